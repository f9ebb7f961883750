"""`hidden-character`: characters LinkedIn counts that nobody sees (U+200B, U+202E ...)."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, Fix, Note
from ..textutil import HIDDEN_CHARACTERS, hidden_spans
from .matching import head

RULE = "hidden-character"


def check(note: Note) -> Iterator[Finding]:
    """LinkedIn's box counts every character (GUIDE.md: counting), including the invisible
    ones that text copied from a web page, a document or a chat app carries: zero-width
    spaces, byte order marks, direction embeddings, overrides and isolates, and joiners
    that join nothing. They take room from the limit, can split a word so it no longer
    reads as one, and a direction override shows the text after it reversed. A joiner
    inside an emoji or between letters of a joining script is writing, not debris.
    """
    text = head(note.text)
    for start, end in hidden_spans(text):
        run = text[start:end]
        names = ", ".join(
            f"{HIDDEN_CHARACTERS[char]}, U+{ord(char):04X}" for char in dict.fromkeys(run)
        )
        if len(run) == 1:
            what, it, they = "An invisible character", "it", "it"
        else:
            what, it, they = f"{len(run)} invisible characters", "them", "they"
        cause = "text pasted from elsewhere often carries these"
        yield Finding(
            rule=RULE,
            severity="warning",
            start=start,
            end=end,
            message=f"{what} ({names}): LinkedIn counts {it} but nobody sees {it}, and "
            f"{they} can split or reorder the words beside {it}.",
            suggestion=f"Remove {it}: {cause}.",
            fix=Fix(label=f"remove {what.lower()}", start=start, end=end, replacement=""),
        )
