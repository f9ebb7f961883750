"""The count agrees with Chromium's own `<textarea maxlength>` on whether a note fits.

LinkedIn's compose box is such a textarea, so "fits" means: the browser accepts all of it.
Each tricky piece of text is put at the very end of a note padded to just under, exactly
at and just over the limit, so the limit falls inside (or right after) the tricky part.
"""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from notewell_ui import button, count, note, open_app, open_settings
from pycore.model import DEFAULT_LIMIT, PREMIUM_LIMIT
from pycore.textutil import utf16_length

TRICKY = {
    "emoji": "\U0001f600",
    "zwj-family": "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466",
    "flag": "\U0001f1f5\U0001f1f9",
    "skin-tone": "\U0001f44b\U0001f3fd",
    "combining": "e\u0301\u0308",
    "crlf": "\r\n",  # the textarea holds LF: one unit, like a typed line break
    "lone-cr": "\r",
    "cjk": "\u4f60\u597d",
    "rtl": "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627",
    "astral-cjk": "\U00020bb7",
}

# Every piece at the free limit; at the Premium limit, enough to show the count follows it.
ACCOUNTS = {
    "Free (200)": (DEFAULT_LIMIT, list(TRICKY)),
    "Premium (300)": (PREMIUM_LIMIT, ["zwj-family", "combining", "crlf"]),
}


# Insert into a fresh <textarea maxlength>, as typing or pasting would, and read it back.
PROBE = """(limit) => {
    const probe = document.createElement('textarea');
    probe.maxLength = limit;
    document.body.append(probe);
    probe.focus();
    return probe;
}"""


# The worker's "check" length for each [text, limit], in one round trip.
WORKER_LENGTHS = """async (cases) => {
    const lengths = [];
    for (const [text, limit] of cases) {
        lengths.push((await window.notewell.call('check', {text, limit})).length);
    }
    return lengths;
}"""


def textarea_keeps(page: Page, text: str, limit: int) -> str:
    """What Chromium's `<textarea maxlength=limit>` keeps of `text` inserted by the user."""
    handle = page.evaluate_handle(PROBE, limit)
    page.keyboard.insert_text(text)
    kept: str = handle.evaluate("(probe) => { const v = probe.value; probe.remove(); return v; }")
    return kept


def as_textarea_holds(text: str) -> str:
    """A textarea's value turns CR LF and lone CR into LF (the Note's value confirms it)."""
    return re.sub(r"\r\n?", "\n", text)


def padded(piece: str, total: int) -> str:
    """`piece` at the end of a note whose textarea value is `total` UTF-16 units long."""
    held = as_textarea_holds(piece)
    return "a" * (total - utf16_length(held)) + piece


def test_count_agrees_with_textarea_maxlength(page: Page) -> None:
    open_app(page)
    checked_in_worker = []
    for account, (limit, names) in ACCOUNTS.items():
        open_settings(page)
        page.get_by_role("radio", name=account, exact=True).check()
        button(page, "Done").click()
        for name in names:
            for offset in (-1, 0, 1):
                case = f"{name} at {limit + offset}"
                held = agree_on(page, limit, case, padded(TRICKY[name], limit + offset))
                checked_in_worker.append((case, held, limit))

    worker_lengths = page.evaluate(
        WORKER_LENGTHS, [[held, limit] for _, held, limit in checked_in_worker]
    )
    wrong = [
        (case, utf16_length(held), length)
        for (case, held, _), length in zip(checked_in_worker, worker_lengths, strict=True)
        if length != utf16_length(held)
    ]
    assert not wrong, f"the worker's length differs from pycore's: {wrong}"


def agree_on(page: Page, limit: int, case: str, text: str) -> str:
    """Chromium's textarea, pycore and the app's count agree on `text`; returns the note."""
    held = as_textarea_holds(text)
    fits_in_chromium = textarea_keeps(page, text, limit) == held
    length = utf16_length(held)
    case += f": Chromium {'keeps' if fits_in_chromium else 'cuts'} it"
    assert fits_in_chromium == (length <= limit), f"{case}, pycore counts {length}"

    note(page).fill(text)
    expect(note(page)).to_have_value(held)
    expect(count(page)).to_have_text(f"{length} / {limit}")
    if fits_in_chromium:
        expect(count(page)).not_to_have_attribute("data-state", "over")
    else:
        expect(count(page)).to_have_attribute("data-state", "over")
    return held
