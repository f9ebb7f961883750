"""The registry of rules: one module per concern, each exposing `RULE` and `check(note)`.

Adding a rule means adding its module here and its case table under `tests/cases/rules/`.
`matching` (normalising and compiling the phrase tables) and `cues` (what says how they
know each other and why) are shared helpers, not rules.

`WORDING_RULES` read the words of the note's language; on a note in a language Notewell
does not read (`pycore.lang`) only the others run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..model import Finding, Note
from . import (
    default_text,
    emoji,
    exclamation,
    filler,
    hidden_character,
    length,
    link,
    missing_context,
    missing_greeting,
    missing_reason,
    placeholder,
    repeated,
    sales_pitch,
    shouting,
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
    )
)
