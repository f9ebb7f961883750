"""Languages: which one a note is in, and the wording tables of those Notewell reads.

Each language Notewell reads has a module with the same tables as `pycore.phrases` (which
is English's): the rules that judge wording pick the note's. Any other language gets only
the rules that do not read words (length, placeholders, links, emoji ...), and the report
says its wording was not checked.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from typing import Protocol, TypeVar, cast

from .. import phrases
from ..phrasing import Phrasing
from .detect import ENGLISH, UNDETERMINED, detect

AUTO = "auto"
# The languages whose wording is checked. English's tables are pycore.phrases; each
# other's are the module of that name here.
LANGUAGES: tuple[str, ...] = (ENGLISH, "es", "fr", "de", "pt")
# What a caller may ask for: a language, or "auto" to detect it.
CHOICES: tuple[str, ...] = (AUTO, *LANGUAGES)
NAMES: dict[str, str] = {
    ENGLISH: "English", "es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese",
}

Made = TypeVar("Made")


class PerLanguage(Mapping[str, Made]):
    """What `make(code)` gives for each of `codes`, made when first asked for: a
    language's module is imported, and its tables compiled, when a note in it comes."""

    def __init__(self, make: Callable[[str], Made], codes: tuple[str, ...] = LANGUAGES) -> None:
        self._make = make
        self._codes = codes
        self._made: dict[str, Made] = {}

    def __getitem__(self, code: str) -> Made:
        if code not in self._made:
            if code not in self._codes:
                raise KeyError(code)
            self._made[code] = self._make(code)
        return self._made[code]

    def __contains__(self, code: object) -> bool:
        return code in self._codes

    def __iter__(self) -> Iterator[str]:
        return iter(self._codes)

    def __len__(self) -> int:
        return len(self._codes)

    def make_all(self) -> None:
        for code in self._codes:
            self.__getitem__(code)


class Wording(Protocol):
    """The tables a language's module holds (see `pycore.phrases` for each one's use)."""

    DEFAULT_TEXTS: tuple[str, ...]
    PLACEHOLDERS: tuple[str, ...]
    PLACEHOLDERS_CASED: tuple[str, ...]
    SLOT_SENDER_WORDS: frozenset[str]
    SLOT_WORDS: dict[str, frozenset[str]]
    CONTEXT_CUES: tuple[str, ...]
    CONTEXT_CUES_CASED: tuple[str, ...]
    NOT_SHARED: tuple[str, ...]
    REASON_CUES: tuple[str, ...]
    CONNECT_ONLY: tuple[str, ...]
    SMALL_TALK: tuple[str, ...]
    VAGUE: tuple[tuple[str, str, bool], ...]
    SALES_PITCH: tuple[str, ...]
    NOT_SELLING: tuple[str, ...]
    FILLER: tuple[str, ...]
    PLEASANTRIES: tuple[str, ...]
    THANKS: tuple[str, ...]
    GREETINGS: tuple[str, ...]
    TITLES: frozenset[str]
    NOT_A_NAME: frozenset[str]


def _module(code: str) -> Wording:
    if code == ENGLISH:
        return phrases
    return cast(Wording, importlib.import_module(f"{__name__}.{code}"))


# Each language's tables, by code.
WORDING: Mapping[str, Wording] = PerLanguage(_module)
# The rules' messages in each language but English, keyed by their English text.
CATALOGS: Mapping[str, dict[str, str]] = PerLanguage(
    lambda code: cast(dict[str, str], vars(WORDING[code])["MESSAGES"]), LANGUAGES[1:]
)
# Each language's wording for drafts (English's is in pycore.compose).
DRAFTING: Mapping[str, Phrasing] = PerLanguage(
    lambda code: cast(Phrasing, vars(WORDING[code])["DRAFTING"]), LANGUAGES[1:]
)

__all__ = [
    "AUTO", "CATALOGS", "CHOICES", "DRAFTING", "ENGLISH", "LANGUAGES", "NAMES", "UNDETERMINED",
    "WORDING", "PerLanguage", "Wording", "detect", "resolve", "say",
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
    template = CATALOGS[lang].get(english, english) if lang in CATALOGS else english
    return template.format(**fields) if fields else template
