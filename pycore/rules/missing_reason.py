"""`missing-reason`: no reason to connect beyond "connect" or "add you"."""

from __future__ import annotations

from collections.abc import Iterator

from ..lang import say
from ..model import Finding, Note
from . import default_text
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
    """
    if note.is_close or has_reason(note.text, note.lang):
        return
    if default_text.canned_spans(note) and not has_context(note.text, note.lang):
        return
    yield whole_note_warning(
        note,
        RULE,
        message=say(
            note.lang, "No reason to connect: say what you would like from them or can offer."
        ),
        suggestion=say(
            note.lang,
            "Add one concrete line, e.g. \"I'd love to hear how you ...\", \"Could I ask "
            "your advice on ...?\" or \"Would be great to stay in touch.\"",
        ),
    )
