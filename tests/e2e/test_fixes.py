"""The editor's one-tap fixes (web/fixes.js), run in Chromium on real findings.

Each case takes a note, asks the real worker for its findings, applies the fix offered
for one rule and compares the note that results. Rules with no mechanical repair
(length, default-text, ...) must offer none.
"""

from __future__ import annotations

from playwright.sync_api import Page

from notewell_ui import open_app

# Apply the fix for `rule` to `text` as the page would, with the First name "Ada".
APPLY_FIX = """async ([text, rule, limit]) => {
    const { fixFor } = await import('./fixes.js');
    const report = await window.notewell.call('check', {text, limit, name: 'Ada'});
    const finding = report.findings.find(f => f.rule === rule);
    if (!finding) return {error: `no ${rule} finding in ${JSON.stringify(report.findings)}`};
    const fix = fixFor(text, finding, {name: 'Ada', company: 'Acme'});
    if (!fix) return {fixed: null};
    return {fixed: text.slice(0, fix.start) + fix.replacement + text.slice(fix.end)};
}"""

CASES = [
    (
        "vague",
        "Hi Ada, we met at PyCon. I came across your profile. Let's stay in touch.",
        "Hi Ada, we met at PyCon. Let's stay in touch.",
    ),
    (
        "filler",
        "Hi Ada, I hope this message finds you well. We met at PyCon; let's stay in touch.",
        "Hi Ada, We met at PyCon; let's stay in touch.",
    ),
    (
        "exclamation",
        "Hi Ada, great to meet you at PyCon!!! Let's stay in touch.",
        "Hi Ada, great to meet you at PyCon! Let's stay in touch.",
    ),
    (
        "missing-greeting",
        "Hello, we met at PyCon and I'd love to stay in touch.",
        "Hi Ada, we met at PyCon and I'd love to stay in touch.",
    ),
    (
        "placeholder",
        "Hi [First Name], we met at PyCon and I'd love to stay in touch.",
        "Hi Ada, we met at PyCon and I'd love to stay in touch.",
    ),
]


def test_each_fix_repairs_its_finding_and_length_is_never_cut(page: Page) -> None:
    open_app(page)  # one page for every case: Python starts once
    results = {rule: page.evaluate(APPLY_FIX, [text, rule, 300]) for rule, text, _ in CASES}
    assert results == {rule: {"fixed": expected} for rule, _, expected in CASES}
    over_long = "Hi Ada, we met at PyCon. " * 12
    assert page.evaluate(APPLY_FIX, [over_long, "length", 200]) == {"fixed": None}
