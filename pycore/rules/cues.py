"""What a note says about how they know each other and why the sender writes: the cues
that `missing-context`, `missing-reason`, `default-text` and `vague` look for. Not a rule.
"""

from __future__ import annotations

from ..phrases import (
    CONNECT_ONLY,
    CONTEXT_CUES,
    CONTEXT_CUES_CASED,
    NOT_SHARED,
    REASON_CUES,
    SMALL_TALK,
)
from .matching import compile_table, fold, normalise, sentences

_CONTEXT = compile_table(CONTEXT_CUES)
_NOT_SHARED = compile_table(NOT_SHARED)
_NAMED_EVENTS = compile_table(CONTEXT_CUES_CASED)
_REASON = compile_table(REASON_CUES)
_CONNECT_ONLY = compile_table(CONNECT_ONLY)
_SMALL_TALK = compile_table(SMALL_TALK)
# A question of a few words asks for something ("Open to a quick chat?"); "Connect?" does not.
_QUESTION_MIN_WORDS = 3


def has_context(text: str) -> bool:
    """Whether `text` says where they met, who connects them, which work of theirs the
    sender knows, who the sender is and where, or honestly that they have never met."""
    plain = _NOT_SHARED.sub(lambda match: " " * len(match.group()), fold(text))
    return bool(_CONTEXT.search(plain) or _NAMED_EVENTS.search(normalise(text)))


def has_reason(text: str) -> bool:
    """Whether `text` says what the sender wants, offers or asks, including by asking a
    question about something other than the connection itself or small talk."""
    plain = fold(text)
    if _REASON.search(plain):
        return True
    return any(
        "?" in plain[start:end]
        and len(plain[start:end].split()) >= _QUESTION_MIN_WORDS
        and not _CONNECT_ONLY.search(plain, start, end)
        and not _SMALL_TALK.search(plain, start, end)
        for start, end in sentences(plain)
    )
