"""The shared case tables in tests/cases/, loaded for the core tests.

The browser tests read the very same JSON files. A rule table is
`{"rule": id, "should_fail": [case, ...], "should_pass": [case, ...]}` and a case is
`{"text": str, "limit"?: int, "relationship"?: "close"|"other", "name"?: str,
"earlier"?: [str], "lang"?: str, "sender_name"?: str, "company"?: str, "event"?: str,
"kind"?: "invite"|"message", "sent_note"?: str}` ("kind": "message" checks it as the
first message after they accept), plus, for a failing case, the note its rule's one-tap
fix leaves (`"fixed"`; null: no fix). The English corpora (`corpus.json`,
`corpus_intents.json`) add the expected `verdict` and `rules`. Tables in
`rules/<language>/` hold notes in that language (detected, as the app detects it), and
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


# The fields of a case besides its text: what the app sends the checker with the text,
# each an argument of `pycore.check` of the same name.
CHECK_FIELDS = (
    "limit", "relationship", "name", "earlier", "lang", "sender_name", "company", "event",
    "kind", "sent_note",
)
LANGUAGES_CORPUS = "corpus_languages.json"


def corpora() -> dict[str, list[Case]]:
    """The realistic English notes with their expected verdict and, when bad, the rules
    expected, by corpus file name."""
    return {
        path.name: load(path)["notes"]
        for path in sorted(CASES_DIR.glob("corpus*.json"))
        if path.name != LANGUAGES_CORPUS
    }


def corpus_languages() -> list[Case]:
    """Notes in Spanish, French, German, Portuguese and other languages, with their
    `language`, verdict and expected rules."""
    notes: list[Case] = load(CASES_DIR / LANGUAGES_CORPUS)["notes"]
    return notes


def check_case(case: Case) -> Report:
    """Check a case's text with its own limit, relationship, language, people, earlier
    notes, kind and sent note."""
    return check(case["text"], **{key: case[key] for key in CHECK_FIELDS if key in case})


def case_id(case: Case, width: int = 40) -> str:
    """A short readable test id for a case."""
    text = " ".join(case["text"].split())
    return text[:width] or "<empty>"
