"""Languages: which one a note is in, and the wording tables of those Notewell reads.

Each language Notewell reads has a module with the same tables as `pycore.phrases` (which
is English's): the rules that judge wording pick the note's. Any other language gets only
the rules that do not read words (length, placeholders, links, emoji ...), and the report
says its wording was not checked.
"""

from __future__ import annotations

from typing import Protocol

from .. import phrases
from . import de, es, fr, pt
from .detect import ENGLISH, UNDETERMINED, detect

AUTO = "auto"


class Wording(Protocol):
    """The tables a language's module holds (see `pycore.phrases` for each one's use)."""

    DEFAULT_TEXTS: tuple[str, ...]
    PLACEHOLDERS: tuple[str, ...]
    PLACEHOLDERS_CASED: tuple[str, ...]
    CONTEXT_CUES: tuple[str, ...]
    CONTEXT_CUES_CASED: tuple[str, ...]
    REASON_CUES: tuple[str, ...]
    CONNECT_ONLY: tuple[str, ...]
    VAGUE: tuple[tuple[str, str, bool], ...]
    SALES_PITCH: tuple[str, ...]
    FILLER: tuple[str, ...]
    PLEASANTRIES: tuple[str, ...]
    GREETINGS: tuple[str, ...]
    TITLES: frozenset[str]
    NOT_A_NAME: frozenset[str]


# The languages whose wording is checked, by code. English's tables are pycore.phrases.
WORDING: dict[str, Wording] = {ENGLISH: phrases, "es": es, "fr": fr, "de": de, "pt": pt}
LANGUAGES: tuple[str, ...] = tuple(WORDING)
# What a caller may ask for: a language, or "auto" to detect it.
CHOICES: tuple[str, ...] = (AUTO, *LANGUAGES)
NAMES: dict[str, str] = {
    ENGLISH: "English", "es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese",
}
# The rules' messages in each language but English, keyed by their English text.
CATALOGS: dict[str, dict[str, str]] = {
    "es": es.MESSAGES, "fr": fr.MESSAGES, "de": de.MESSAGES, "pt": pt.MESSAGES,
}

__all__ = [
    "AUTO", "CHOICES", "ENGLISH", "LANGUAGES", "NAMES", "UNDETERMINED", "WORDING", "Wording",
    "detect", "resolve", "say",
]


def resolve(lang: str, text: str) -> str:
    """The language to check `text` in: `lang` itself, or the detected one for "auto"."""
    if lang == AUTO:
        return detect(text)
    if lang not in WORDING:
        raise ValueError(f"lang must be one of {', '.join(CHOICES)}, not {lang!r}")
    return lang


def say(lang: str, english: str, **fields: object) -> str:
    """A rule's message in the note's language (English where it has no translation),
    with its `{fields}` filled in."""
    template = CATALOGS.get(lang, {}).get(english, english)
    return template.format(**fields) if fields else template
