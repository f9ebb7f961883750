"""The editor's one-tap fixes (web/fixes.js), run in Chromium on real findings.

Each case takes a note, asks the real worker for its findings, applies the fix offered
for one rule and compares the note that results. Rules with no mechanical repair
(length, default-text, ...) must offer none. Template slots and hidden characters are
fixed through the app's own fix button, with the details the user typed in the form and
in Settings, as pycore decided what each slot stands for.
"""

from __future__ import annotations

from playwright.sync_api import Page, expect

from notewell_ui import (
    compose,
    finding,
    first_name,
    fix_button,
    note,
    open_app,
    open_finding,
    set_your_name,
    tap_fix,
)

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


SENDER = "Sam Carter"
THEM = "Priya"
NOTE = f"Hi {THEM}, great chatting at PyCon Lisbon. Let's stay in touch!"


def test_template_slots_get_the_words_they_stand_for_through_the_fix_button(page: Page) -> None:
    open_app(page)
    set_your_name(page, SENDER)
    first_name(page).fill(THEM)

    # A slot that means the sender gets Settings' "Your name", never their first name.
    for slot in ("[Your Name]", "[My Name]", "YOUR NAME", "{{sender_name}}"):
        fixed = tap_fix(page, f"{NOTE}\n{slot}", "placeholder", f"put “{SENDER}” for “{slot}”")
        assert fixed == f"{NOTE}\n{SENDER}"
    # Theirs gets theirs.
    fixed = tap_fix(page, "Hi [First Name], great chatting at PyCon Lisbon!", "placeholder",
                    f"put “{THEM}” for “[First Name]”")
    assert fixed == f"Hi {THEM}, great chatting at PyCon Lisbon!"

    # Their company and the event are unknown yet: no fix, a message saying what to type.
    for slot, says in (("[Company Name]", "their company"), ("[Event Name]", "the event")):
        note(page).fill(f"Hi {THEM}, we met at {slot}. Let's stay in touch!")
        expect(finding(page, "placeholder")).to_contain_text(f"it stands for {says}")
        expect(fix_button(page, "placeholder")).to_have_count(0)

    # Once the form has them, the same slots get them; the sender's company stays theirs to type.
    page.get_by_text("More details").click()
    page.get_by_label("Their company", exact=True).fill("Acme Robotics")
    compose(page, THEM, "Met at an event", {"Event": "PyCon Lisbon"}, ["Stay in touch"])
    fixed = tap_fix(page, f"Hi {THEM}, loved your work at [Company Name]!", "placeholder",
                    "put “Acme Robotics” for “[Company Name]”")
    assert fixed == f"Hi {THEM}, loved your work at Acme Robotics!"
    fixed = tap_fix(page, f"Hi {THEM}, great to meet you at [Event Name]!", "placeholder",
                    "put “PyCon Lisbon” for “[Event Name]”")
    assert fixed == f"Hi {THEM}, great to meet you at PyCon Lisbon!"
    note(page).fill(f"Hi {THEM}, we both worked at [Your Company]. Let's stay in touch!")
    expect(finding(page, "placeholder")).to_contain_text("your own company")
    expect(fix_button(page, "placeholder")).to_have_count(0)

    # With no name in Settings, the sender's slot in a sign-off is offered for removal.
    set_your_name(page, "")
    fixed = tap_fix(page, f"{NOTE}\nBest,\n[Your Name]", "placeholder", "remove “[Your Name]”")
    assert fixed == f"{NOTE}\nBest,"


def test_hidden_characters_are_removed_by_their_fix_buttons_one_tap_each(page: Page) -> None:
    open_app(page)
    first_name(page).fill(THEM)
    rest = ", great chatting at PyCon Lisbon.\u200b Let's stay in touch!"
    note(page).fill(f"Hi \u2068{THEM}\u2069{rest}")
    # One line for the rule, "3 places", a fix for each place.
    fixes = open_finding(page, "hidden-character").get_by_role("button", name="Fix")
    expect(fixes).to_have_count(3)
    expect(finding(page, "hidden-character")).to_contain_text("(3 places)")
    # A double tap: the second lands before the checks catch up with the edit, on a button
    # whose offsets point into the old note, and must change nothing.
    fixes.first.dblclick()
    expect(fixes).to_have_count(2)
    expect(note(page)).to_have_value(f"Hi {THEM}\u2069{rest}")
    for remaining in (1, 0):
        expect(fixes.first).to_have_text("Fix: remove an invisible character")
        fixes.first.click()
        expect(fixes).to_have_count(remaining)
    expect(note(page)).to_have_value(NOTE)
