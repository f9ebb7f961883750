"""`emoji`: a run of emoji ("🚀🚀🚀")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import regex
from ..lang import say
from ..model import Finding, Note
from ..phrases import EMOJI_EXTENDERS, EMOJI_RANGES
from .matching import head

RULE = "emoji"

# One or two emoji are warm; three or more in a row read as a social-media post.
_RUN = 3
_ZWJ = "\u200d"
_PICTOGRAPH = "".join(f"{chr(low)}-{chr(high)}" for low, high in EMOJI_RANGES)
_EXTENDER = "".join(re.escape(chr(code)) for code in sorted(EMOJI_EXTENDERS - {ord(_ZWJ)}))
# One emoji: a pictograph with its modifiers, joined to more by zero-width joiners (a
# family, a flag's two letters). The classes exclude one another, so matching is linear.
_ONE = rf"[{_PICTOGRAPH}][{_EXTENDER}]*(?:{_ZWJ}[{_PICTOGRAPH}][{_EXTENDER}]*)*"
_EMOJI = regex.compile(_ONE)
_EMOJI_RUN = regex.compile(rf"{_ONE}(?: ?{_ONE})+")
_REGIONAL = regex.compile("[\U0001f1e6-\U0001f1ff]{2}")


def emoji_count(run: str) -> int:
    """How many emoji a run shows: a flag is two regional letters but one emoji."""
    return len(_EMOJI.findall(run)) - len(_REGIONAL.findall(run))


def check(note: Note) -> Iterator[Finding]:
    """A first note is read as a professional introduction; a row of emoji makes it look
    like a social-media post. Single emoji are fine (good notes often carry one). A tip.
    """
    for match in _EMOJI_RUN.finditer(head(note.text)):
        if emoji_count(match.group()) >= _RUN:
            yield Finding(
                rule=RULE,
                severity="tip",
                start=match.start(),
                end=match.end(),
                message=say(note.lang, "A run of emoji can look unprofessional in a first note."),
                suggestion=say(note.lang, "Keep one emoji, or none."),
            )
