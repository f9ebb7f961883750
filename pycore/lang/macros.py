"""`%NAME%` macros in the phrase tables of the languages in this package."""

from __future__ import annotations


def fill(fragments: tuple[str, ...], **macros: str) -> tuple[str, ...]:
    """The fragments with each `%NAME%` replaced by the regular expression `NAME=...`."""
    filled = []
    for fragment in fragments:
        for name, value in macros.items():
            fragment = fragment.replace(f"%{name}%", value)
        filled.append(fragment)
    return tuple(filled)
