"""The shared case tables in tests/cases/, loaded for the core tests.

The browser tests read the very same JSON files. A rule table is
`{"rule": id, "should_fail": [case, ...], "should_pass": [case, ...]}` and a case is
`{"text": str, "limit"?: int, "relationship"?: "close"|"other", "name"?: str,
"earlier"?: [str], "lang"?: str, "kind"?: "invite"|"message", "sent_note"?: str}`
("kind": "message" checks it as the first message after they accept); the corpus
(`corpus.json`) adds the expected `verdict` and `rules`. Tables in `rules/<language>/`
hold notes in that language (detected, as the app detects it), and
`corpus_languages.json` notes in many languages, each with its `language` and, for
problems that are only tips, the `tips` expected.
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


def rule_tables(language: str = "en") -> dict[str, dict[str, Any]]:
    """Every rule table of a language, by the file name's rule id. English's are at the
    top of `rules/`, the others in a folder named by the language."""
    folder = RULE_TABLES_DIR if language == "en" else RULE_TABLES_DIR / language
    return {path.stem: load(path) for path in sorted(folder.glob("*.json"))}


def table_languages() -> list[str]:
    """English and every language with a folder of rule tables."""
    return ["en", *sorted(path.name for path in RULE_TABLES_DIR.iterdir() if path.is_dir())]


def rule_cases() -> list[tuple[str, str, str, Case]]:
    """(language, rule id, "should_fail" or "should_pass", case) for every case of every
    table of every language."""
    return [
        (language, table["rule"], kind, case)
        for language in table_languages()
        for table in rule_tables(language).values()
        for kind in KINDS
        for case in table.get(kind, [])
    ]


def corpus() -> list[Case]:
    """The realistic notes with their expected verdict and, when bad, the rules expected."""
    notes: list[Case] = load(CASES_DIR / "corpus.json")["notes"]
    return notes


def corpus_languages() -> list[Case]:
    """Notes in Spanish, French, German, Portuguese and other languages, with their
    `language`, verdict and expected rules."""
    notes: list[Case] = load(CASES_DIR / "corpus_languages.json")["notes"]
    return notes


def check_case(case: Case) -> Report:
    """Check a case's text with its own limit, relationship, name, earlier notes, kind
    and sent note."""
    return check(
        case["text"],
        limit=case.get("limit"),
        relationship=case.get("relationship", "other"),
        name=case.get("name"),
        earlier=case.get("earlier", ()),
        lang=case.get("lang", "auto"),
        kind=case.get("kind", "invite"),
        sent_note=case.get("sent_note"),
    )


def case_id(case: Case, width: int = 40) -> str:
    """A short readable test id for a case."""
    text = " ".join(case["text"].split())
    return text[:width] or "<empty>"
