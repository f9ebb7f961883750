"""`placeholder`: unfilled template slots such as `[First Name]` or `{{company}}`."""

from __future__ import annotations

from collections.abc import Iterator

from .. import regex
from ..lang import ENGLISH, WORDING, say
from ..model import Finding, Note
from ..phrases import PLACEHOLDERS, PLACEHOLDERS_CASED
from .matching import by_language, compile_table, fold, normalise

RULE = "placeholder"

# Slots in brackets, braces or capitals look alike in every language, and templates are
# often English whatever the note's language: English's tables run on every note, with
# the slot words of the note's language ("NOMBRE", "Hola ,").
_SLOTS = by_language(
    lambda wording: compile_table(
        tuple(dict.fromkeys(PLACEHOLDERS + wording.PLACEHOLDERS)), first=r"[\w\[{<%($*]"
    )
)
_CAPITAL_SLOTS = by_language(
    lambda wording: compile_table(
        tuple(dict.fromkeys(PLACEHOLDERS_CASED + wording.PLACEHOLDERS_CASED))
    )
)
# Full-width brackets (U+FF3B, U+3010) and brackets around a word in another script:
# Chinese and Japanese put no space around words, so these are not matched as words.
_OTHER_SCRIPTS = regex.compile(
    r"\[[^\W\d_A-Za-z\u00c0-\u024f][^\[\]\n]{0,30}\]|"
    r"[\uff3b\u3010][^\uff3d\u3011\n]{1,20}[\uff3d\u3011]|\uff5b[^\uff5d\n]{1,20}\uff5d"
)

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
    lang = note.lang if note.lang in WORDING else ENGLISH
    matches = [*_SLOTS[lang].finditer(fold(note.text)), *_OTHER_SCRIPTS.finditer(plain)]
    if not mostly_capitals(plain):
        matches += _CAPITAL_SLOTS[lang].finditer(plain)
    for match in matches:
        yield Finding(
            rule=RULE,
            severity="error",
            start=match.start(),
            end=match.end(),
            message=say(
                note.lang,
                'Unfilled template slot "{slot}".',
                slot=note.text[match.start() : match.end()],
            ),
            suggestion=say(
                note.lang, "Replace it with the real detail (their name, company or event)."
            ),
        )
