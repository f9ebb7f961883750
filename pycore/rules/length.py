"""`length`: the note is longer than the compose box allows."""

from __future__ import annotations

from collections.abc import Iterator

from ..lang import say
from ..model import Finding, Note
from ..textutil import utf16_length

RULE = "length"


def first_over(text: str, limit: int) -> int:
    """Index of the first character that does not end inside `limit` UTF-16 units (an
    emoji may straddle the limit). Reads at most `limit + 1` characters."""
    units = 0
    for index, ch in enumerate(text):
        units += 2 if ord(ch) > 0xFFFF else 1
        if units > limit:
            return index
    return len(text)


def check(note: Note) -> Iterator[Finding]:
    """LinkedIn's compose box stops at 200 characters (free) or 300 (Premium); spaces,
    line breaks and emoji all count, counted like a `<textarea maxlength>` in UTF-16
    code units (GUIDE.md, LinkedIn facts). The span covers the part that does not fit.
    """
    total = utf16_length(note.text)
    if total <= note.limit:
        return
    over = total - note.limit
    message = (
        "1 character over the {limit}-character limit."
        if over == 1
        else "{over} characters over the {limit}-character limit."
    )
    yield Finding(
        rule=RULE,
        severity="error",
        start=first_over(note.text, note.limit),
        end=len(note.text),
        message=say(note.lang, message, over=over, limit=note.limit),
        suggestion=say(
            note.lang, "Cut a sentence or tighten the wording; LinkedIn will not accept it as is."
        ),
    )
