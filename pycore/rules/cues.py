"""What a note says about how they know each other and why the sender writes: the cues
that `missing-context`, `missing-reason`, `default-text` and `vague` look for. Not a rule.
"""

from __future__ import annotations

from .matching import by_language, compile_table, fold, normalise, sentences

_CONTEXT = by_language(lambda wording: compile_table(wording.CONTEXT_CUES))
_NOT_SHARED = by_language(lambda wording: compile_table(wording.NOT_SHARED))
_NAMED_EVENTS = by_language(lambda wording: compile_table(wording.CONTEXT_CUES_CASED))
_REASON = by_language(lambda wording: compile_table(wording.REASON_CUES))
_CONNECT_ONLY = by_language(lambda wording: compile_table(wording.CONNECT_ONLY))
_SMALL_TALK = by_language(lambda wording: compile_table(wording.SMALL_TALK))
# A question of a few words asks for something ("Open to a quick chat?"); "Connect?" does not.
_QUESTION_MIN_WORDS = 3


def has_context(text: str, lang: str) -> bool:
    """Whether `text` (in language `lang`) says where they met, who connects them, which
    work of theirs the sender knows, who the sender is and where, or honestly that they
    have never met."""
    plain = _NOT_SHARED[lang].sub(lambda match: " " * len(match.group()), fold(text))
    return bool(_CONTEXT[lang].search(plain) or _NAMED_EVENTS[lang].search(normalise(text)))


def has_reason(text: str, lang: str) -> bool:
    """Whether `text` (in language `lang`) says what the sender wants, offers or asks,
    including by asking a question about something other than the connection itself or
    small talk."""
    plain = fold(text)
    if _REASON[lang].search(plain):
        return True
    return any(
        "?" in plain[start:end]
        and len(plain[start:end].split()) >= _QUESTION_MIN_WORDS
        and not _CONNECT_ONLY[lang].search(plain, start, end)
        and not _SMALL_TALK[lang].search(plain, start, end)
        for start, end in sentences(plain)
    )
