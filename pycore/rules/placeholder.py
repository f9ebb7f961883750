"""`placeholder`: unfilled template slots such as `[First Name]` or `{{company}}`, with the
detail that fills each one when the user gave it."""

from __future__ import annotations

from collections.abc import Iterator

from .. import regex
from ..model import Finding, Fix, Note
from ..phrases import PLACEHOLDERS, PLACEHOLDERS_CASED, SLOT_SENDER_WORDS, SLOT_WORDS
from .matching import compile_table, fold, greeting, normalise

RULE = "placeholder"

_SLOTS = compile_table(PLACEHOLDERS, first=r"[\w\[{<%($*]")
_CAPITAL_SLOTS = compile_table(PLACEHOLDERS_CASED)
# Above this share of capital letters the whole note is shouting, and a capitalised
# word such as NAME is just a word (the `shouting` tip covers it).
_SHOUTING_SHARE = 0.6
# "firstName" -> "first Name"; then the words, whatever joins them ("sender_name").
_CAMEL_CASE = regex.compile(r"(?<=[a-z])(?=[A-Z])")
_LETTERS = regex.compile(r"[a-z]+")
_KNOWN_WORDS = SLOT_SENDER_WORDS.union({"their"}, *SLOT_WORDS.values())
_QUOTE_MAX = 40
# What may follow a slot that ends its line: spaces, then a line break or the end.
_LINE_END = regex.compile(r"[ \t]*(?:[\r\n]|\Z)")


def mostly_capitals(text: str) -> bool:
    """Whether most letters of `text` are capitals (the writer is shouting, or has caps lock on)."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) > _SHOUTING_SHARE * len(letters)


def slot_words(slot: str) -> list[str]:
    """The words of a slot in lower case, glued ones apart: "{{yourName}}", "YOURNAME"
    and "[Your Name]" all give ["your", "name"]."""
    words = []
    for word in _LETTERS.findall(_CAMEL_CASE.sub(" ", slot).lower()):
        glued = [
            [word[:cut], word[cut:]]
            for cut in range(2, len(word) - 2)
            if word[:cut] in _KNOWN_WORDS and word[cut:] in _KNOWN_WORDS
        ]
        words += glued[0] if glued else [word]
    return words


def meaning(slot: str, after_greeting: bool) -> str | None:
    """What the slot stands for: "sender name", "sender company", "company", "event",
    "other name" or "name"; None when its words do not say."""
    words = set(slot_words(slot))
    kind = next((kind for kind, known in SLOT_WORDS.items() if words & known), None)
    if words & SLOT_SENDER_WORDS:
        if kind == "company":
            return "sender company"
        # "[Your Name]", "[Your Full Name]", "{{sender}}"; not "[Your Title]".
        if kind in ("name", "other name") or words <= SLOT_SENDER_WORDS:
            return "sender name"
    # "Hi XXX," and "Dear ___": a slot right after a greeting is their name.
    return kind or ("name" if after_greeting else None)


# What each meaning is, to the writer, and how to fill it in by hand.
DESCRIPTIONS = {
    "sender name": ("your own name", "Type your name, or set Your name in Settings."),
    "sender company": ("your own company", "Type your company's name."),
    "name": ("their first name", "Type their first name."),
    "other name": ("a part of their name", "Type their name as it should read."),
    "company": ("their company", "Type their company's name."),
    "event": ("the event where you met", "Type the event's name."),
}


def quoted(text: str) -> str:
    flat = " ".join(text.split())
    return f"“{flat if len(flat) <= _QUOTE_MAX else flat[: _QUOTE_MAX - 1] + '…'}”"


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
        return Fix(f"put {quoted(value)} for {quoted(slot)}", start, end, value)
    if kind == "sender name" and _LINE_END.match(note.text, end):
        # With the spaces or line breaks that led to it (those alone are looked at: a
        # pasted megabyte holds many slots).
        before = start
        while before and note.text[before - 1].isspace():
            before -= 1
        return Fix(f"remove {quoted(slot)}", before, end, "")
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
    matches = list(_SLOTS.finditer(fold(note.text)))
    if not mostly_capitals(plain):
        matches += _CAPITAL_SLOTS.finditer(plain)
    opening = greeting(note.text) if matches else None
    for match in matches:
        start, end = match.span()
        slot = note.text[start:end]
        after_greeting = opening is not None and opening[0][1] == start
        kind = meaning(slot, after_greeting or is_bare_greeting(slot))
        described, by_hand = DESCRIPTIONS.get(kind or "", (None, None))
        fix = fill(note, start, end, kind)
        yield Finding(
            rule=RULE,
            severity="error",
            start=start,
            end=end,
            message=f'Unfilled template slot "{slot}"'
            + (f": it stands for {described}." if described else "."),
            suggestion=f"Put {quoted(fix.replacement)} in its place."
            if fix and fix.replacement
            else by_hand or "Replace it with the real detail (their name, company or event).",
            fix=fix,
        )
