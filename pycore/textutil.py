"""Counting and offsets the way the browser does: UTF-16 code units; and folding text
for matching without moving any character.

LinkedIn's compose box is a `<textarea maxlength>`; Chromium counts its value in UTF-16
code units (an emoji outside the BMP counts 2, a line break counts 1). Lone surrogates
can arrive from JavaScript strings, so every conversion uses `surrogatepass`.
"""

from __future__ import annotations

import unicodedata


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
