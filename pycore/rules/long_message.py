"""`long-message`: a first message longer than a phone shows at a glance."""

from __future__ import annotations

from collections.abc import Iterator

from ..lang import say
from ..model import PHONE_READABLE, Finding, Note
from ..textutil import utf16_length
from .length import first_over
from .matching import content_span

RULE = "long-message"


def check(note: Note) -> Iterator[Finding]:
    """A message may run to 8,000 characters (GUIDE.md, LinkedIn facts), but most are
    read on a phone, where about `PHONE_READABLE` (500) characters fill the screen; a
    first message longer than that asks a near stranger to scroll before they know what
    you want. A tip: a long message can be right, once there is a conversation. It points
    at the part past the mark. Only for first messages: a note's limit is far below it,
    and past the limit `length` already says so.
    """
    length = utf16_length(note.text)
    if length <= PHONE_READABLE or length > note.limit:
        return
    start = first_over(note.text, PHONE_READABLE)
    yield Finding(
        rule=RULE,
        severity="tip",
        start=start,
        end=max(start, content_span(note.text)[1]),
        message=say(
            note.lang,
            "{length} characters: a first message past about {readable} is more than a "
            "phone shows at once.",
            length=length,
            readable=PHONE_READABLE,
        ),
        suggestion=say(
            note.lang,
            "Keep it to a few short lines: a brief thanks, the reason, one easy next step.",
        ),
    )
