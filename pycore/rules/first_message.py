"""What a first message opens with: the thanks for connecting, and where its opening ends.
Shared by the rules that read first messages (`thanks-only`, `pitch-first`, and
`sales-pitch` and `missing-reason` on a message). Not a rule.
"""

from __future__ import annotations

from ..model import Note
from .matching import (
    WORD,
    Span,
    by_language,
    compile_table,
    content_span,
    fold,
    greeting,
    normalise,
    sentences,
)

_THANKS = by_language(lambda wording: compile_table(wording.THANKS))
# What a message says besides its point: thanks, and "hope you're well".
_COURTESY = by_language(lambda wording: compile_table(wording.THANKS + wording.PLEASANTRIES))
# Once the greeting and the thanks are left out, a sentence of fewer words says only hello:
# "Hi Ada!", "Thanks for connecting, Maria José!".
_SAYS_SOMETHING = 3


def thanks_spans(note: Note) -> list[Span]:
    """Where the message thanks them for connecting, or says it is glad to be connected."""
    return [match.span() for match in _THANKS[note.lang].finditer(fold(note.text))]


def blank(text: str, spans: list[Span]) -> str:
    """`text` with each span turned into as many spaces, so other positions stay put."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def without_courtesy(note: Note) -> str:
    """The message's text as the tables match it, with its thanks and pleasantries
    blanked out: what is left to say why it was written."""
    plain = fold(note.text)
    return blank(plain, [match.span() for match in _COURTESY[note.lang].finditer(plain)])


def opening(note: Note) -> Span:
    """The message's opening: from its start through its first sentence that says more
    than hello, thanks and pleasantries ("Hi Ada! Thanks for connecting! We help ..."
    opens with "We help ..."); the whole message when no sentence does."""
    said = greeting(normalise(note.text), note.lang)
    rest = without_courtesy(note)
    if said is not None:
        rest = blank(rest, [said[0]])
    start = content_span(rest)[0]
    for _, end in sentences(rest):
        if len(WORD.findall(rest, start, end)) >= _SAYS_SOMETHING:
            return (content_span(note.text)[0], end)
        start = end
    return content_span(note.text)
