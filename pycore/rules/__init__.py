"""The registry of rules: one module per concern, each exposing `RULE` and `check(note)`.

Adding a rule means adding its module here and its case table under `tests/cases/rules/`.
`matching` (normalising and compiling the phrase tables) and `cues` (what says how they
know each other and why) are shared helpers, not rules.

`WORDING_RULES` read the words of the note's language; on a note in a language Notewell
does not read (`pycore.lang`) only the others run. Most rules judge both kinds of text,
the invitation's note and the first message after they accept; `INVITE_ONLY` and
`MESSAGE_ONLY` judge one (each one's docstring says why).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..model import Finding, Note
from . import (
    canned_text,
    default_text,
    emoji,
    exclamation,
    filler,
    hidden_character,
    length,
    link,
    long_message,
    missing_context,
    missing_greeting,
    missing_reason,
    pitch_first,
    placeholder,
    repeated,
    sales_pitch,
    shouting,
    thanks_only,
    vague,
)

Rule = Callable[[Note], Iterator[Finding]]

RULES: dict[str, Rule] = {
    module.RULE: module.check
    for module in (
        length,
        default_text,
        placeholder,
        hidden_character,
        missing_context,
        missing_reason,
        vague,
        sales_pitch,
        missing_greeting,
        shouting,
        exclamation,
        emoji,
        link,
        filler,
        repeated,
        thanks_only,
        canned_text,
        pitch_first,
        long_message,
    )
}

WORDING_RULES: frozenset[str] = frozenset(
    module.RULE
    for module in (
        default_text,
        missing_context,
        missing_reason,
        vague,
        sales_pitch,
        missing_greeting,
        filler,
        thanks_only,
        canned_text,
        pitch_first,
    )
)

INVITE_ONLY: frozenset[str] = frozenset(module.RULE for module in (default_text, link, filler))
MESSAGE_ONLY: frozenset[str] = frozenset(
    module.RULE for module in (thanks_only, canned_text, pitch_first, long_message)
)
