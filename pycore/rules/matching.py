"""Shared matching for the rules: one normalisation, one way to compile a phrase table,
sentences, the note's content span and its greeting. Not a rule: the registry lists rules.

Every pattern here and in `pycore.phrases` must run in linear time on any input (the
checker gets whatever is pasted, up to a megabyte), so rules that need repetition scan
with simple loops instead of nested regex repeats.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import TypeVar

from .. import phrases, regex
from ..lang import WORDING, PerLanguage, Wording
from ..model import Finding, Note
from ..textutil import latin_fold

# The wording rules read this much of a note. LinkedIn's longest message is 8,000
# characters (GUIDE.md), so past this point nothing can be sent and the `length` error
# already says so; reading a pasted megabyte word by word would only make typing lag.
WINDOW = 10_000

_NORMALISE = str.maketrans(phrases.NORMALISE)
# Tables match on a lower-cased copy without accents (one character for one, so the copy
# keeps every index) rather than with re.IGNORECASE, which compares case-insensitively
# character by character and is several times slower over a long text.
_FOLD = {**str.maketrans(phrases.NORMALISE), **latin_fold()}
# Whole words of a fragment that people also type the short way ("you" as "u").
_TEXTING = regex.compile(r"(?<![\w\\])(?:" + "|".join(phrases.TEXTING) + r")(?![\w'])")
_SENTENCE = regex.compile(r"[^.!?\n]+[.!?\n]*")
# A word: a letter, then letters, digits, apostrophes or hyphens ("Zoë", "Maria-José").
WORD = regex.compile(r"[^\W\d_][\w'-]*")

Span = tuple[int, int]
Compiled = TypeVar("Compiled")


def by_language(make: Callable[[Wording], Compiled]) -> Mapping[str, Compiled]:
    """What `make` builds from each checked language's tables, by language code. In the
    app, where the build's table serves the patterns, a language's are made when a note
    in it first comes; anywhere else at once, so that the build sees every pattern."""
    made = PerLanguage(lambda code: make(WORDING[code]))
    if not regex.served():
        made.make_all()
    return made


_GREETINGS = by_language(
    lambda wording: regex.compile(
        r"\s*(?:" + "|".join(wording.GREETINGS) + r")(?!\w)[\s,!.:;-]*", re.IGNORECASE
    )
)

# The fragments that tables name as `%NAME%` (conventions: `pycore.phrases`).
_SHARED_FRAGMENTS = (
    "NOT_A_REASON", "IN_MY_NETWORK", "NOT_A_SELF_NAME", "WHERE", "WORK", "GATHERINGS", "GIVE",
)


def head(text: str) -> str:
    """The part of the note the wording rules read (the first `WINDOW` characters)."""
    return text[:WINDOW]


def normalise(text: str) -> str:
    """`head(text)` with typographic quotes, spaces and hyphens made plain, one character
    for one, so spans found in it are spans in the original. Cased tables match this."""
    return head(text).translate(_NORMALISE)


def fold(text: str) -> str:
    """`normalise(text)` in lower case without accents, same length: what the other
    tables match."""
    return head(text).translate(_FOLD)


def expand(fragment: str) -> str:
    """A phrase-table fragment as a regular expression (conventions: `pycore.phrases`)."""
    for name in _SHARED_FRAGMENTS:  # in this order: the first ones hold the later ones
        fragment = fragment.replace(f"%{name}%", getattr(phrases, name))
    fragment = _TEXTING.sub(lambda word: phrases.TEXTING[word.group()], fragment)
    return fragment.replace(" ?", r"\s*").replace(" ", r"\s+").replace("'", "'?")


def compile_table(fragments: tuple[str, ...], *, first: str = r"\w") -> re.Pattern[str]:
    """One pattern matching any fragment as whole words. `first` is a character class
    for the characters a match can start with: checking it first lets the scan skip
    spaces and punctuation instead of trying every fragment at every position."""
    body = "|".join(expand(fragment) for fragment in fragments)
    return regex.compile(rf"(?<!\w)(?={first})(?:{body})(?!\w)")


def sentences(text: str) -> list[Span]:
    """Spans of the sentences (or lines) of `text`, with their closing punctuation."""
    return [match.span() for match in _SENTENCE.finditer(text)]


def sentence_around(sentence_spans: list[Span], start: int) -> Span:
    """The sentence containing position `start` (the whole text when none does)."""
    for span in sentence_spans:
        if span[0] <= start < span[1]:
            return span
    return (0, sentence_spans[-1][1] if sentence_spans else 0)


def content_span(text: str) -> Span:
    """The note without surrounding whitespace: where whole-note findings point."""
    start = len(text) - len(text.lstrip())
    return (min(start, len(text.rstrip())), len(text.rstrip()))


def whole_note_warning(note: Note, rule: str, *, message: str, suggestion: str) -> Finding:
    """A warning about the note as a whole (something it lacks or shares with another),
    pointing at all of its text."""
    start, end = content_span(note.text)
    return Finding(rule, "warning", start, end, message=message, suggestion=suggestion)


def greeting(text: str, lang: str) -> tuple[Span, list[str]] | None:
    """The opening greeting ("Hi Maria,", "Dear Dr. Okafor") in language `lang`, with up to
    three words that follow it on its line, or None when the note opens without one."""
    match = _GREETINGS[lang].match(text)
    if match is None:
        return None
    # "Hey! Loved your post": the greeting ended at the "!", so it names nobody.
    ended = any(mark in match.group() for mark in "!.:;")
    rest = "" if ended else text[match.end() : match.end() + 40].split("\n", 1)[0]
    words = [word.group() for word in WORD.finditer(rest)][:3]
    return (content_span(text)[0], match.end()), words
