"""`filler`: stock phrases that use characters and say nothing."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, Note
from ..phrases import FILLER, PLEASANTRIES
from .matching import compile_table, fold

RULE = "filler"

_FILLER = compile_table(FILLER)
_FILLER_OR_PLEASANTRY = compile_table(FILLER + PLEASANTRIES)


def check(note: Note) -> Iterator[Finding]:
    """The note has 200 characters (300 on Premium, GUIDE.md); "I hope this message finds
    you well", "My name is ..." (LinkedIn already shows it) and "please accept my request"
    spend them on nothing. Seed 000's author uses "Hope all is well" only with friends.
    A tip: harmless, just wasteful. Pleasantries ("Hope all is well") are fine for `close`.
    """
    pattern = _FILLER if note.is_close else _FILLER_OR_PLEASANTRY
    for match in pattern.finditer(fold(note.text)):
        yield Finding(
            rule=RULE,
            severity="tip",
            start=match.start(),
            end=match.end(),
            message=f'"{note.text[match.start() : match.end()]}" uses characters and says nothing.',
            suggestion="Cut it and get straight to how you know them and why you're writing.",
        )
