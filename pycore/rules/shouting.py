"""`shouting`: words in capitals read as shouting."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lang import say
from ..model import Finding, Note
from .matching import WORD, head

RULE = "shouting"

# Acronyms come one or two at a time ("AWS", "ML OPS"); three capital words in a row shout.
_RUN = 3


def capital_runs(text: str) -> Iterator[tuple[int, int]]:
    """Spans of runs of at least `_RUN` consecutive words in capitals of 2+ letters; "I"
    and "A" neither count nor break a run."""
    run: list[re.Match[str]] = []
    for word in WORD.finditer(text):
        if word.group().isupper():
            if len(word.group()) >= 2:
                run.append(word)
            continue
        if len(run) >= _RUN:
            yield run[0].start(), run[-1].end()
        run = []
    if len(run) >= _RUN:
        yield run[0].start(), run[-1].end()


def check(note: Note) -> Iterator[Finding]:
    """Capitals read as shouting, in email and chat alike; in a note to a stranger it looks
    pushy. A tip: some people type in capitals by habit and the note is still fine.
    """
    for start, end in capital_runs(head(note.text)):
        yield Finding(
            rule=RULE,
            severity="tip",
            start=start,
            end=end,
            message=say(note.lang, "Capital letters read as shouting."),
            suggestion=say(note.lang, "Write it in normal sentence case."),
        )
