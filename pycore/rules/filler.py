"""`filler`: stock phrases that use characters and say nothing."""

from __future__ import annotations

from collections.abc import Iterator

from ..lang import say
from ..model import Finding, Note
from .matching import by_language, compile_table, fold

RULE = "filler"

_FILLER = by_language(lambda wording: compile_table(wording.FILLER))
_FILLER_OR_PLEASANTRY = by_language(
    lambda wording: compile_table(wording.FILLER + wording.PLEASANTRIES)
)


def check(note: Note) -> Iterator[Finding]:
    """The note has 200 characters (300 on Premium, GUIDE.md); "I hope this message finds
    you well", "My name is ..." (LinkedIn already shows it) and "please accept my request"
    spend them on nothing. Seed 000's author uses "Hope all is well" only with friends.
    A tip: harmless, just wasteful. Pleasantries ("Hope all is well") are fine for `close`.
    Only for notes: a first message has room for a pleasantry, its natural opening is a
    thanks for accepting (`thanks-only` asks for more beside it), and `long-message`
    says when it grows past what a phone shows.
    """
    pattern = (_FILLER if note.is_close else _FILLER_OR_PLEASANTRY)[note.lang]
    for match in pattern.finditer(fold(note.text)):
        yield Finding(
            rule=RULE,
            severity="tip",
            start=match.start(),
            end=match.end(),
            message=say(
                note.lang,
                '"{quoted}" uses characters and says nothing.',
                quoted=note.text[match.start() : match.end()],
            ),
            suggestion=say(
                note.lang, "Cut it and get straight to how you know them and why you're writing."
            ),
        )
