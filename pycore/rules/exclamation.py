"""`exclamation`: a run of exclamation marks ("Let's connect!!!")."""

from __future__ import annotations

from collections.abc import Iterator

from .. import regex
from ..lang import say
from ..model import Finding, Note
from .matching import head

RULE = "exclamation"

# Two or more marks in a row ("?!" mixes included, "??" alone not); a lone "!" is fine.
# One character class, so the scan is linear even over a megabyte of "?".
_RUN = regex.compile(r"[!?]{2,}")


def check(note: Note) -> Iterator[Finding]:
    """A row of exclamation marks reads as over-excited or salesy in a first note to
    someone who does not know you; one is plenty. A tip: it never blocks.
    """
    for match in _RUN.finditer(head(note.text)):
        if "!" not in match.group():
            continue
        yield Finding(
            rule=RULE,
            severity="tip",
            start=match.start(),
            end=match.end(),
            message=say(note.lang, "A run of exclamation marks reads as over-excited."),
            suggestion=say(note.lang, "Keep a single exclamation mark."),
        )
