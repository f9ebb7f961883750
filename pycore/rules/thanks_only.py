"""`thanks-only`: a first message that thanks them for connecting and says nothing more
to answer: no reason, no next step."""

from __future__ import annotations

from collections.abc import Iterator

from ..lang import say
from ..model import Finding, Note
from .cues import has_reason
from .default_text import CANNED
from .first_message import thanks_spans, without_courtesy
from .matching import fold
from .sales_pitch import pitches

RULE = "thanks-only"


def thanked_without_reason(note: Note) -> bool:
    """Whether a first message thanks them (or is glad to be connected) and, apart from
    that and pleasantries, gives no reason to write and no question to answer."""
    if not note.is_message or note.is_close or not thanks_spans(note):
        return False
    return not has_reason(without_courtesy(note), note.lang)


def check(note: Note) -> Iterator[Finding]:
    """After they accept, the first message is where the conversation starts (issue 14).
    "Thanks for connecting!" alone is what everyone sends: it asks nothing and gives them
    nothing to answer, so the connection goes quiet. A short thanks is fine; it needs the
    reason you connected (seed 004: tell them why) and an easy next step beside it.
    People you know well need no reason (seed 002), as in `missing-reason`. Only for
    first messages: a note cannot thank them for accepting it. When the rest is a pitch
    or the canned invitation, `pitch-first`, `sales-pitch` or `canned-text` says so.
    """
    if not thanked_without_reason(note):
        return
    if CANNED[note.lang].search(fold(note.text)) or next(pitches(note), None):
        return
    start, end = thanks_spans(note)[0]
    yield Finding(
        rule=RULE,
        severity="warning",
        start=start,
        end=end,
        message=say(
            note.lang,
            "Only thanks: the message gives them no reason to reply and no next step.",
        ),
        suggestion=say(
            note.lang,
            "Keep the thanks short, then say why you connected and end with an easy "
            "question, e.g. \"Could I ask you two questions about ...?\"",
        ),
    )
