"""What a note says about how they know each other and why the sender writes: the cues
that `missing-context`, `missing-reason`, `default-text` and `vague` look for. Not a rule.
"""

from __future__ import annotations

from .matching import by_language, compile_table, fold, normalise, sentences

_CONTEXT = by_language(lambda wording: compile_table(wording.CONTEXT_CUES))
_NAMED_EVENTS = by_language(lambda wording: compile_table(wording.CONTEXT_CUES_CASED))
_REASON = by_language(lambda wording: compile_table(wording.REASON_CUES))
_CONNECT_ONLY = by_language(lambda wording: compile_table(wording.CONNECT_ONLY))
# A question of a few words asks for something ("Open to a quick chat?"); "Connect?" does not.
_QUESTION_MIN_WORDS = 3


def has_context(text: str, lang: str) -> bool:
    """Whether `text` (in language `lang`) says where they met, who connects them, which
    work of theirs the sender knows, who the sender is and where, or honestly that they
    have never met."""
    return bool(_CONTEXT[lang].search(fold(text)) or _NAMED_EVENTS[lang].search(normalise(text)))


def has_reason(text: str, lang: str) -> bool:
    """Whether `text` (in language `lang`) says what the sender wants, offers or asks,
    including by asking a question about something other than the connection itself."""
    plain = fold(text)
    if _REASON[lang].search(plain):
        return True
    return any(
        "?" in plain[start:end]
        and len(plain[start:end].split()) >= _QUESTION_MIN_WORDS
        and not _CONNECT_ONLY[lang].search(plain, start, end)
        for start, end in sentences(plain)
    )
