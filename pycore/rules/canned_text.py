"""`canned-text`: a first message that repeats LinkedIn's canned invitation."""

from __future__ import annotations

from collections.abc import Iterator

from ..lang import say
from ..model import Finding, Note
from .default_text import CANNED
from .matching import fold

RULE = "canned-text"


def check(note: Note) -> Iterator[Finding]:
    """The message's counterpart of `default-text`: "I'd like to add you to my
    professional network on LinkedIn" (and its versions in each language, GUIDE.md)
    pasted into the first message, usually along with the draft that went with the
    invitation. They have accepted, so the line is no longer true, and it tells them the
    message is boilerplate. Unlike the note's rule, neither a reason elsewhere in the
    message nor knowing them well excuses it: in a message it is never the right words.
    """
    for match in CANNED[note.lang].finditer(fold(note.text)):
        yield Finding(
            rule=RULE,
            severity="warning",
            start=match.start(),
            end=match.end(),
            message=say(
                note.lang,
                "This is LinkedIn's canned invitation; they have already accepted it.",
            ),
            suggestion=say(
                note.lang, "Cut it and say why you connected, or ask them something."
            ),
        )
