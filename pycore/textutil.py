"""Counting and offsets the way the browser does (UTF-16 code units), the characters it
counts that nobody sees, and folding text for matching without moving any character.

LinkedIn's compose box is a `<textarea maxlength>`; Chromium counts its value in UTF-16
code units (an emoji outside the BMP counts 2, a line break counts 1). Lone surrogates
can arrive from JavaScript strings, so every conversion uses `surrogatepass`.
"""

from __future__ import annotations

import unicodedata

from . import regex


def utf16_length(text: str) -> int:
    """How many UTF-16 code units `text` takes: what `"...".length` says in JavaScript."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def utf16_offsets(text: str) -> list[int]:
    """For each str index 0..len(text), the matching UTF-16 offset."""
    offsets = [0] * (len(text) + 1)
    unit = 0
    for index, ch in enumerate(text):
        offsets[index] = unit
        unit += 2 if ord(ch) > 0xFFFF else 1
    offsets[len(text)] = unit
    return offsets


def latin_fold() -> dict[int, str]:
    """A `str.translate` table that writes Latin letters in lower case without their
    accents ("É" -> "e", "ñ" -> "n", "Ü" -> "u"), one character for one, so positions in
    the folded text are positions in the original. Letters with no plain base keep theirs
    ("ß", "ł"), lower-cased."""
    table: dict[int, str] = {}
    for code in [*range(ord("A"), ord("Z") + 1), *range(0xC0, 0x250)]:
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        if base != char and base.isascii() and base.isalpha():
            table[code] = base.lower()
        elif len(char.lower()) == 1 and char.lower() != char:
            table[code] = char.lower()
    return table


# Characters LinkedIn counts that show nothing: the zero-width space, non-joiner and
# joiner (the joiners only where they join nothing), direction embeddings, overrides and
# isolates (chat apps wrap names in them), and the byte order mark (pasted from web pages
# and documents). `pycore.rules.hidden_character` names each one.
HIDDEN_CHARACTERS = (
    "\u200b\u200c\u200d\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
)
_HIDDEN_RUN = regex.compile(f"[{HIDDEN_CHARACTERS}]+")
_JOINERS = "\u200c\u200d"


def joins(char: str) -> bool:
    """Whether a joiner beside `char` can change what shows: emoji and their modifiers
    (the family 👨‍👩‍👧 is three emoji and two joiners), and the letters and marks of
    scripts that join (Arabic, Persian, the Indic scripts); not Latin text, spaces or
    punctuation."""
    code = ord(char)
    return code >= 0x0590 and not 0x2000 <= code <= 0x206F and not char.isspace()


def hidden_spans(text: str) -> list[tuple[int, int]]:
    """The runs of hidden characters in `text`, leaving out a lone joiner between two
    characters it joins."""
    spans = []
    for match in _HIDDEN_RUN.finditer(text):
        start, end = match.span()
        lone_joiner = end - start == 1 and text[start] in _JOINERS
        between = start > 0 and end < len(text)
        if lone_joiner and between and joins(text[start - 1]) and joins(text[end]):
            continue
        spans.append((start, end))
    return spans


def without_hidden(text: str) -> str:
    """`text` without its hidden characters (see `hidden_spans`)."""
    parts = []
    at = 0
    for start, end in hidden_spans(text):
        parts.append(text[at:start])
        at = end
    parts.append(text[at:])
    return "".join(parts)
