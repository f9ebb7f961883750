"""`length`: the note is longer than the compose box allows."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, Note
from ..textutil import utf16_offsets

RULE = "length"


def check(note: Note) -> Iterator[Finding]:
    """LinkedIn's compose box stops at 200 characters (free) or 300 (Premium); spaces,
    line breaks and emoji all count, counted like a `<textarea maxlength>` in UTF-16
    code units (GUIDE.md, LinkedIn facts). The span covers the part that does not fit.
    """
    offsets = utf16_offsets(note.text)
    total = offsets[-1]
    if total <= note.limit:
        return
    # The first character that does not end inside the limit (an emoji may straddle it).
    first_over = next(i for i in range(len(note.text)) if offsets[i + 1] > note.limit)
    over = total - note.limit
    plural = "" if over == 1 else "s"
    yield Finding(
        rule=RULE,
        severity="error",
        start=first_over,
        end=len(note.text),
        message=f"{over} character{plural} over the {note.limit}-character limit.",
        suggestion="Cut a sentence or tighten the wording; LinkedIn will not accept it as is.",
    )
