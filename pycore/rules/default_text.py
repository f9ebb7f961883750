"""`default-text`: LinkedIn's canned invitation, or a close paraphrase of it."""

from __future__ import annotations

from collections.abc import Iterator

from ..lang import say
from ..model import Finding, Note
from .cues import has_reason
from .matching import Span, by_language, compile_table, fold

RULE = "default-text"

# Also `canned-text`'s, in a first message.
CANNED = by_language(lambda wording: compile_table(wording.DEFAULT_TEXTS))


def canned_spans(note: Note) -> list[Span]:
    """Where the canned invitation is, when the rest of the note (a name, a signature, a
    pleasantry, where they met) does not say why; else nothing. The canned line stands
    in for a reason, so a note with only its context still needs one in its place."""
    if note.is_close:
        return []
    plain = fold(note.text)
    canned = [match.span() for match in CANNED[note.lang].finditer(plain)]
    if not canned:
        return []
    rest = list(plain)
    for start, end in canned:
        rest[start:end] = " " * (end - start)
    remainder = "".join(rest)
    return [] if has_reason(remainder, note.lang) else canned


def check(note: Note) -> Iterator[Finding]:
    """Seeds 000, 002 and 004: "I'd like to add you to my professional network on
    LinkedIn" (and the older "I'd like to add you to my LinkedIn network", "Join my network
    on LinkedIn", GUIDE.md, and its versions in each language) gets ignored by anyone who
    does not know the sender well.
    Fine for people you know well (seeds 000, 002), so `close` is exempt. A canned line
    inside a note that also says why is left to the other rules.
    Only for notes: in a first message the canned line is `canned-text`'s, which excuses
    nothing, since the invitation it stood for was already accepted.
    """
    for start, end in canned_spans(note):
        yield Finding(
            rule=RULE,
            severity="error",
            start=start,
            end=end,
            message=say(
                note.lang,
                "This is LinkedIn's canned invitation; people who don't know you "
                "well tend to ignore it.",
            ),
            suggestion=say(
                note.lang,
                "Replace it with how you know them and why you want to connect, e.g. "
                "\"We met at ... - I'd love to ...\".",
            ),
        )
