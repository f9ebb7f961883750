"""The shared case tables in tests/cases/, loaded for the core tests.

The browser tests read the very same JSON files. A rule table is
`{"rule": id, "should_fail": [case, ...], "should_pass": [case, ...]}` and a case is
`{"text": str, "limit"?: int, "relationship"?: "close"|"other", "name"?: str,
"earlier"?: [str]}`; the corpus (`corpus.json`) adds the expected `verdict` and `rules`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pycore import DEFAULT_LIMIT, Report, check

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


def corpus() -> list[Case]:
    """The realistic notes with their expected verdict and, when bad, the rules expected."""
    notes: list[Case] = load(CASES_DIR / "corpus.json")["notes"]
    return notes


def check_case(case: Case) -> Report:
    """Check a case's text with its own limit, relationship, name and earlier notes."""
    return check(
        case["text"],
        limit=case.get("limit", DEFAULT_LIMIT),
        relationship=case.get("relationship", "other"),
        name=case.get("name"),
        earlier=case.get("earlier", ()),
    )


def case_id(case: Case, width: int = 40) -> str:
    """A short readable test id for a case."""
    text = " ".join(case["text"].split())
    return text[:width] or "<empty>"
