"""`missing-context`: nothing says how they know each other or how the sender found them."""

from __future__ import annotations

from collections.abc import Iterator

from ..lang import say
from ..model import Finding, Note
from . import default_text
from .cues import has_context
from .matching import whole_note_warning

RULE = "missing-context"


def check(note: Note) -> Iterator[Finding]:
    """Seed 004: "Explain how you know them (or not)"; seed 000: "Tell me how you found me";
    seed 001: even "we haven't been introduced, but ..." earns an accept. Strangers ignore
    a note that gives them nothing to place you by. People you know well need no context
    (seeds 000 and 002), so a `close` relationship is exempt; so is the canned text, whose
    own error already asks for how you know them.
    A first message needs it only when the invitation went without a note (`sent_note`):
    a note that was sent has told them already.
    """
    if note.is_close or (note.is_message and note.sent_note is not None):
        return
    if has_context(note.text, note.lang) or default_text.canned_spans(note):
        return
    yield whole_note_warning(
        note,
        RULE,
        message=say(note.lang, "Nothing says how you know them or how you found them."),
        suggestion=say(
            note.lang,
            "Add where you met, who introduced you, which post or project of theirs you "
            "know, or an honest \"we haven't met, but ...\".",
        ),
    )
