"""`sales-pitch`: a pitch in a first note (pricing, "we help companies like yours", demos)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ..lang import say
from ..model import Finding, Note
from .first_message import opening
from .matching import Span, by_language, compile_table, fold, sentence_around, sentences

RULE = "sales-pitch"

# Prices start with a currency sign, rankings with "#".
_PITCH = by_language(
    lambda wording: compile_table(
        wording.SALES_PITCH, first=r"[\w$\u20ac\u00a3\u00a5\u20b9#]"
    )
)
_NOT_SELLING = by_language(lambda wording: compile_table(wording.NOT_SELLING))


def check(note: Note) -> Iterator[Finding]:
    """Seed 000: requests from "sales people for products that I don't have any use for"
    get declined; seed 003: a business reason is legitimate only when it is specific and
    asks for something concrete. Prices, discounts, "we help companies like yours", demo
    and booking links and "a quick call to see if we're a fit" sell before there is any
    relationship to sell into. A buyer asking for a demo or a quote is not selling, nor
    is a host telling a speaker what the invitation comes with.
    In a first message, a pitch in its opening is `pitch-first`'s to report.
    """
    yield from by_place(note)[1]


# `sales-pitch` and `pitch-first` both ask, one after the other, in the same check.
@lru_cache(maxsize=1)
def by_place(note: Note) -> tuple[tuple[Finding, ...], tuple[Finding, ...]]:
    """The pitches in a first message's opening (`first_message.opening`), and the
    others: every pitch of a note."""
    found = list(pitches(note))
    end = opening(note)[1] if note.is_message and found else 0
    return tuple(p for p in found if p.start < end), tuple(p for p in found if p.start >= end)


def pitches(note: Note) -> Iterator[Finding]:
    """Every pitch in the text, in order, as a `sales-pitch` finding."""
    plain = fold(note.text)
    spans: list[Span] | None = None  # found once a pitch needs its sentence
    for match in _PITCH[note.lang].finditer(plain):
        spans = sentences(plain) if spans is None else spans
        if _NOT_SELLING[note.lang].search(plain, *sentence_around(spans, match.start())):
            continue
        quoted = note.text[match.start() : match.end()]
        yield Finding(
            rule=RULE,
            severity="warning",
            start=match.start(),
            end=match.end(),
            message=say(
                note.lang,
                '"{quoted}" reads like a sales pitch; a first note that sells is usually '
                "ignored.",
                quoted=quoted,
            ),
            suggestion=say(
                note.lang,
                "Connect with a personal reason first; offer your product later, "
                "if they ask.",
            ),
        )
