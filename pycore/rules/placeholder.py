"""`placeholder`: unfilled template slots such as `[First Name]` or `{{company}}`, with the
detail that fills each one when the user gave it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .. import phrases, regex
from ..lang import ENGLISH, WORDING, Wording, say
from ..model import Finding, Fix, Note
from ..phrases import PLACEHOLDERS, PLACEHOLDERS_CASED
from .matching import by_language, compile_table, fold, greeting, normalise

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
# "firstName" -> "first Name"; then the words, whatever joins them ("sender_name").
_CAMEL_CASE = regex.compile(r"(?<=[a-z])(?=[A-Z])")
_LETTERS = regex.compile(r"[a-z]+")
_QUOTE_MAX = 40
# What may follow a slot that ends its line: spaces, then a line break or the end.
_LINE_END = regex.compile(r"[ \t]*(?:[\r\n]|\Z)")


@dataclass(frozen=True)
class SlotWords:
    """The words that say what a slot stands for in one language, with English's (templates
    are often English whatever the note's language): the sender's words ("your", "tu",
    "Ihr"), each meaning's words in the order they are tried, and every word known."""

    sender: frozenset[str]
    meanings: dict[str, frozenset[str]]
    known: frozenset[str]


def slot_words_of(wording: Wording) -> SlotWords:
    sender = phrases.SLOT_SENDER_WORDS | wording.SLOT_SENDER_WORDS
    meanings = {
        kind: words | wording.SLOT_WORDS.get(kind, frozenset())
        for kind, words in phrases.SLOT_WORDS.items()
    }
    return SlotWords(sender, meanings, sender.union({"their"}, *meanings.values()))


_SLOT_WORDS = by_language(slot_words_of)


def mostly_capitals(text: str) -> bool:
    """Whether most letters of `text` are capitals (the writer is shouting, or has caps lock on)."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) > _SHOUTING_SHARE * len(letters)


def slot_words(slot: str, known: frozenset[str]) -> list[str]:
    """The words of a slot in lower case without accents, glued ones apart: "{{yourName}}",
    "YOURNAME" and "[Your Name]" all give ["your", "name"], "[Votre prénom]" ["votre",
    "prenom"]."""
    words = []
    for word in _LETTERS.findall(fold(_CAMEL_CASE.sub(" ", slot))):
        glued = [
            [word[:cut], word[cut:]]
            for cut in range(2, len(word) - 2)
            if word[:cut] in known and word[cut:] in known
        ]
        words += glued[0] if glued else [word]
    return words


def meaning(slot: str, after_greeting: bool, lang: str) -> str | None:
    """What the slot stands for: "sender name", "sender company", "company", "event",
    "other name" or "name"; None when its words do not say."""
    table = _SLOT_WORDS[lang]
    words = set(slot_words(slot, table.known))
    kind = next((kind for kind, known in table.meanings.items() if words & known), None)
    if words & table.sender:
        if kind == "company":
            return "sender company"
        # "[Your Name]", "[Your Full Name]", "{{sender}}"; not "[Your Title]".
        if kind in ("name", "other name") or words <= table.sender:
            return "sender name"
    # "Hi XXX," and "Dear ___": a slot right after a greeting is their name.
    return kind or ("name" if after_greeting else None)


def describe(lang: str, kind: str | None) -> tuple[str | None, str | None]:
    """What a meaning is, to the writer, and how to fill it in by hand."""
    descriptions = {
        "sender name": (
            say(lang, "your own name"),
            say(lang, "Type your name, or set Your name in Settings."),
        ),
        "sender company": (say(lang, "your own company"), say(lang, "Type your company's name.")),
        "name": (say(lang, "their first name"), say(lang, "Type their first name.")),
        "other name": (
            say(lang, "a part of their name"),
            say(lang, "Type their name as it should read."),
        ),
        "company": (say(lang, "their company"), say(lang, "Type their company's name.")),
        "event": (say(lang, "the event where you met"), say(lang, "Type the event's name.")),
    }
    return descriptions.get(kind or "", (None, None))


def shortened(text: str) -> str:
    """`text` on one line, cut to `_QUOTE_MAX` characters, to quote in a message."""
    flat = " ".join(text.split())
    return flat if len(flat) <= _QUOTE_MAX else flat[: _QUOTE_MAX - 1] + "…"


def fill(note: Note, start: int, end: int, kind: str | None) -> Fix | None:
    """The fix for the slot at [start, end): the detail it stands for, when the user gave
    it; the sender's own name, when none is set, taken out of a sign-off (anywhere else
    its removal would leave a hole)."""
    slot = note.text[start:end]
    value = {
        "sender name": note.sender_name,
        "name": note.name,
        "company": note.company,
        "event": note.event,
    }.get(kind or "")
    if value and is_bare_greeting(slot):
        value = f"{slot.split()[0]} {value},"
    if value:
        return Fix(f"put “{shortened(value)}” for “{shortened(slot)}”", start, end, value)
    if kind == "sender name" and _LINE_END.match(note.text, end):
        # With the spaces or line breaks that led to it (those alone are looked at: a
        # pasted megabyte holds many slots).
        before = start
        while before and note.text[before - 1].isspace():
            before -= 1
        return Fix(f"remove “{shortened(slot)}”", before, end, "")
    return None


def is_bare_greeting(slot: str) -> bool:
    """"Hi ,": a greeting whose name was never typed (the only slot ending in a comma)."""
    return slot.endswith(",")


def check(note: Note) -> Iterator[Finding]:
    """Templates and mail merges leave slots behind ("Hi [First Name]", "{{company}}",
    "<name>", "___", a bare NAME): the recipient sees at once that the note was sent to a
    list, which is what the seeds say makes a request ignorable (seed 003: "It looks like
    spam"). An error: a note with a hole in it must not go out. The fix puts in the
    detail the slot stands for: "[Your Name]" is the sender's, "[First Name]" theirs.
    """
    plain = normalise(note.text)
    lang = note.lang if note.lang in WORDING else ENGLISH
    matches = [*_SLOTS[lang].finditer(fold(note.text)), *_OTHER_SCRIPTS.finditer(plain)]
    if not mostly_capitals(plain):
        matches += _CAPITAL_SLOTS[lang].finditer(plain)
    opening = greeting(note.text, lang) if matches else None
    for match in matches:
        start, end = match.span()
        slot = note.text[start:end]
        after_greeting = opening is not None and opening[0][1] == start
        kind = meaning(slot, after_greeting or is_bare_greeting(slot), lang)
        described, by_hand = describe(note.lang, kind)
        fix = fill(note, start, end, kind)
        if described:
            message = say(
                note.lang,
                'Unfilled template slot "{slot}": it stands for {described}.',
                slot=slot,
                described=described,
            )
        else:
            message = say(note.lang, 'Unfilled template slot "{slot}".', slot=slot)
        if fix and fix.replacement:
            suggestion = say(
                note.lang, "Put “{value}” in its place.", value=shortened(fix.replacement)
            )
        else:
            suggestion = by_hand or say(
                note.lang, "Replace it with the real detail (their name, company or event)."
            )
        yield Finding(
            rule=RULE,
            severity="error",
            start=start,
            end=end,
            message=message,
            suggestion=suggestion,
            fix=fix,
        )
