"""The registry of rules: one module per concern, each exposing `RULE` and `check(note)`.

Adding a rule means adding its module here and its case table under `tests/cases/rules/`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..model import Finding, Note
from . import length

Rule = Callable[[Note], Iterator[Finding]]

RULES: dict[str, Rule] = {
    module.RULE: module.check
    for module in (length,)
}
