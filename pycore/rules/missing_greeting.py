"""`missing-greeting`: the note does not address the recipient by name."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from .. import regex
from ..model import Finding, Note
from ..phrases import NOT_A_NAME, TITLES
from .matching import WORD, content_span, greeting, normalise

RULE = "missing-greeting"

# The name must appear near the start to count as the greeting ("Maria, great to ...").
_OPENING_CHARS = 60
_FIRST_WORD = regex.compile(r"\S+")
# A name opening the note without a greeting: "Maria, ...", "Rachel - ...", "Ana Silva!".
_NAME_FIRST = regex.compile(
    r"\s*([^\W\d_][\w'.]*)(?: [^\W\d_][\w'.]*)?\s*(?:[,!:\u2014\u2013\n]|-\s)"
)


def loose(text: str) -> str:
    """Case- and accent-insensitive form of a name, so "Zoe" matches "Zoë" and "ZOE"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def addresses_someone(text: str) -> bool:
    """Whether the note opens with a greeting to a named person, or with a name."""
    opening = greeting(text)
    if opening is None:
        named = _NAME_FIRST.match(text[:_OPENING_CHARS])
        return named is not None and named[1][0].isupper() and loose(named[1]) not in NOT_A_NAME
    words = [word for word in opening[1] if loose(word).rstrip(".") not in TITLES]
    return bool(words) and loose(words[0]) not in NOT_A_NAME


def check(note: Note) -> Iterator[Finding]:
    """GUIDE.md: "address them by name". A note that opens with the recipient's name reads
    as written for them; "Hi there" reads as sent to many. A tip: it never blocks. With
    `name` given, that name must appear in the opening; without it, any name will do.
    """
    if note.is_close or not note.text.strip():
        return
    plain = normalise(note.text)
    start = content_span(plain)[0]
    if note.name:
        first_name = loose(note.name.split()[0])
        opening_words = WORD.findall(plain[start : start + _OPENING_CHARS])
        if any(loose(word) == first_name for word in opening_words):
            return
        hint = f'Start with "Hi {note.name.split()[0]},".'
    elif addresses_someone(plain):
        return
    else:
        hint = 'Start with their first name, e.g. "Hi Maria,".'
    # Point at the greeting, or else at the note's first word.
    opening = greeting(plain)
    first_word = _FIRST_WORD.match(plain, start, start + _OPENING_CHARS)
    span_end = opening[0][1] if opening else first_word.end() if first_word else start
    yield Finding(
        rule=RULE,
        severity="tip",
        start=start,
        end=span_end,
        message="Not addressed by name.",
        suggestion=hint,
    )
