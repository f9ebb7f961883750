"""`missing-greeting`: the note does not address the recipient by name."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from .. import regex
from ..lang import WORDING, say
from ..model import Finding, Note
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


def addresses_someone(text: str, lang: str) -> bool:
    """Whether the note opens with a greeting to a named person, or with a name."""
    not_a_name = WORDING[lang].NOT_A_NAME
    opening = greeting(text, lang)
    if opening is None:
        named = _NAME_FIRST.match(text[:_OPENING_CHARS])
        return named is not None and named[1][0].isupper() and loose(named[1]) not in not_a_name
    words = [word for word in opening[1] if loose(word).rstrip(".") not in WORDING[lang].TITLES]
    return bool(words) and loose(words[0]) not in not_a_name


def addresses_formally(text: str, lang: str) -> bool:
    """Whether the greeting names them by title and surname ("Guten Tag Frau Becker",
    "Estimado Sr. Ruiz"): as good as the first name, which it does not contain."""
    opening = greeting(text, lang)
    words = opening[1] if opening else []
    titles = 0
    while titles < len(words) and loose(words[titles]) in WORDING[lang].TITLES:
        titles += 1
    return 0 < titles < len(words) and words[titles][0].isupper()


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
        if addresses_formally(plain, note.lang):
            return
        hint = say(note.lang, 'Start with "Hi {name},".', name=note.name.split()[0])
    elif addresses_someone(plain, note.lang):
        return
    else:
        hint = say(note.lang, 'Start with their first name, e.g. "Hi Maria,".')
    # Point at the greeting, or else at the note's first word.
    opening = greeting(plain, note.lang)
    first_word = _FIRST_WORD.match(plain, start, start + _OPENING_CHARS)
    span_end = opening[0][1] if opening else first_word.end() if first_word else start
    yield Finding(
        rule=RULE,
        severity="tip",
        start=start,
        end=span_end,
        message=say(note.lang, "Not addressed by name."),
        suggestion=hint,
    )
