"""The shared case tables in tests/cases/, loaded for the core tests.

The browser tests read the very same JSON files. A rule table is
`{"rule": id, "should_fail": [case, ...], "should_pass": [case, ...]}` and a case is
`{"text": str, "limit"?: int, "relationship"?: "close"|"other", "name"?: str,
"earlier"?: [str], "sender_name"?: str, "company"?: str, "event"?: str}`, plus, for a
failing case, the note its rule's one-tap fix leaves (`"fixed"`; null: no fix). The
corpora (`corpus*.json`) add the expected `verdict` and `rules`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pycore import Report, check

CASES_DIR = Path(__file__).resolve().parents[1] / "cases"
RULE_TABLES_DIR = CASES_DIR / "rules"
KINDS = ("should_fail", "should_pass")

Case = dict[str, Any]


def load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def rule_tables() -> dict[str, dict[str, Any]]:
    """Every rule table, by the file name's rule id."""
    return {path.stem: load(path) for path in sorted(RULE_TABLES_DIR.glob("*.json"))}


def rule_cases() -> list[tuple[str, str, Case]]:
    """(rule id, "should_fail" or "should_pass", case) for every case of every table."""
    return [
        (table["rule"], kind, case)
        for table in rule_tables().values()
        for kind in KINDS
        for case in table.get(kind, [])
    ]


# The fields of a case besides its text: what the app sends the checker with the text,
# each an argument of `pycore.check` of the same name.
CHECK_FIELDS = ("limit", "relationship", "name", "earlier", "sender_name", "company", "event")


def corpora() -> dict[str, list[Case]]:
    """The realistic notes with their expected verdict and, when bad, the rules expected,
    by corpus file name."""
    return {path.name: load(path)["notes"] for path in sorted(CASES_DIR.glob("corpus*.json"))}


def check_case(case: Case) -> Report:
    """Check a case's text with its own limit, relationship, people and earlier notes."""
    return check(case["text"], **{key: case[key] for key in CHECK_FIELDS if key in case})


def case_id(case: Case, width: int = 40) -> str:
    """A short readable test id for a case."""
    text = " ".join(case["text"].split())
    return text[:width] or "<empty>"
