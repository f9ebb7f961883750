"""`placeholder`: unfilled template slots such as `[First Name]` or `{{company}}`."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, Note
from ..phrases import PLACEHOLDERS, PLACEHOLDERS_CASED
from .matching import compile_table, fold, normalise

RULE = "placeholder"

_SLOTS = compile_table(PLACEHOLDERS, first=r"[\w\[{<%($*]")
_CAPITAL_SLOTS = compile_table(PLACEHOLDERS_CASED)
# Above this share of capital letters the whole note is shouting, and a capitalised
# word such as NAME is just a word (the `shouting` tip covers it).
_SHOUTING_SHARE = 0.6


def mostly_capitals(text: str) -> bool:
    """Whether most letters of `text` are capitals (the writer is shouting, or has caps lock on)."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) > _SHOUTING_SHARE * len(letters)


def check(note: Note) -> Iterator[Finding]:
    """Templates and mail merges leave slots behind ("Hi [First Name]", "{{company}}",
    "<name>", "___", a bare NAME): the recipient sees at once that the note was sent to a
    list, which is what the seeds say makes a request ignorable (seed 003: "It looks like
    spam"). An error: a note with a hole in it must not go out.
    """
    plain = normalise(note.text)
    matches = list(_SLOTS.finditer(fold(note.text)))
    if not mostly_capitals(plain):
        matches += _CAPITAL_SLOTS.finditer(plain)
    for match in matches:
        yield Finding(
            rule=RULE,
            severity="error",
            start=match.start(),
            end=match.end(),
            message=f'Unfilled template slot "{note.text[match.start() : match.end()]}".',
            suggestion="Replace it with the real detail (their name, company or event).",
        )
