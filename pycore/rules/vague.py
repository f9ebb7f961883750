"""`vague`: lines that could be sent to anyone ("like-minded professionals", "synergies")."""

from __future__ import annotations

from collections.abc import Iterator

from ..lang import say
from ..model import Finding, Note
from .cues import has_context
from .matching import by_language, compile_table, fold, sentence_around, sentences

RULE = "vague"

# All entries in one pattern, each in its own group: one scan finds them all and
# `lastindex` says which entry matched (the fragments use no capturing groups).
_PHRASES = by_language(
    lambda wording: compile_table(tuple(f"({pattern})" for pattern, _, _ in wording.VAGUE))
)
_ENTRIES = by_language(lambda wording: dict(enumerate(wording.VAGUE, start=1)))


def check(note: Note) -> Iterator[Finding]:
    """Seed 003's teardowns: "the marketing world" is so generic, "a similar objective"
    (what objective?), "business opportunities" (what opportunities? why? when? how
    long?). A line that fits every recipient tells this one nothing; the suggestion asks
    for the specific thing. Some phrases are fine when the same sentence names it (seed
    003's better example: "came across your profile after reading your article ...").
    """
    plain = fold(note.text)
    spans = sentences(plain)
    for match in _PHRASES[note.lang].finditer(plain):
        _, suggestion, specific_forgives = _ENTRIES[note.lang][match.lastindex or 0]
        if specific_forgives:
            start, end = sentence_around(spans, match.start())
            if has_context(note.text[start:end], note.lang):
                continue
        yield Finding(
            rule=RULE,
            severity="warning",
            start=match.start(),
            end=match.end(),
            message=say(
                note.lang,
                '"{quoted}" could be sent to anyone.',
                quoted=note.text[match.start() : match.end()],
            ),
            suggestion=suggestion,
        )
