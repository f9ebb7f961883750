"""`missing-reason`: no reason to connect beyond "connect" or "add you"."""

from __future__ import annotations

from collections.abc import Iterator

from ..lang import say
from ..model import Finding, Note
from . import default_text, thanks_only
from .cues import has_context, has_reason
from .matching import whole_note_warning

RULE = "missing-reason"


def check(note: Note) -> Iterator[Finding]:
    """Seed 004: "Tell them why you're sending them a connection request"; seed 000: "What
    is in it for me to connect with you?"; seed 003: "Give the person a reason to accept".
    A reason is what the sender wants, offers or asks: stay in touch, follow their work,
    advice, a job, a specific collaboration. People you know well need none (seed 002).
    The canned text alone gets its own error, which already asks for the reason; beside
    how they met ("We met at ... I'd like to add you to my network") it is still no reason.
    A first message needs a reason or a next step as much (a connection that nobody
    writes to goes quiet); one that thanks them and gives none is `thanks-only`'s (or,
    when the rest sells or is canned, the rule that says so).
    """
    if note.is_close or has_reason(note.text, note.lang):
        return
    if default_text.canned_spans(note) and not has_context(note.text, note.lang):
        return
    if thanks_only.thanked_without_reason(note):
        return
    message = (
        say(note.lang, "No reason or next step: say what you would like from them, or ask "
            "something easy.")
        if note.is_message
        else say(note.lang, "No reason to connect: say what you would like from them or "
                 "can offer.")
    )
    yield whole_note_warning(
        note,
        RULE,
        message=message,
        suggestion=say(
            note.lang,
            "Add one concrete line, e.g. \"I'd love to hear how you ...\", \"Could I ask "
            "your advice on ...?\" or \"Would be great to stay in touch.\"",
        ),
    )
