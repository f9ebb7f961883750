"""Every rule against its own case table (tests/cases/rules/<rule>.json), plus the
meta-tests that keep the tables and the registry in step."""

from __future__ import annotations

import re

import pytest

from case_tables import (
    CHECK_FIELDS,
    KINDS,
    Case,
    case_id,
    check_case,
    rule_cases,
    rule_tables,
    table_languages,
)
from pycore.lang import LANGUAGES, WORDING
from pycore.rules import RULES, WORDING_RULES

CASES = rule_cases()


@pytest.mark.parametrize(
    ("language", "rule", "kind", "case"),
    [
        pytest.param(*entry, id=f"{entry[0]}-{entry[1]}-{entry[2]}-{case_id(entry[3])}")
        for entry in CASES
    ],
)
def test_rule_fires_exactly_on_its_failing_cases(
    language: str, rule: str, kind: str, case: Case
) -> None:
    report = check_case(case)
    # A table's notes are in its language: the rules that judged them are that language's.
    assert report.language == language, (report.language, case["text"])
    fired = [f for f in report.findings if f.rule == rule]
    if kind == "should_fail":
        assert fired, f"{rule} did not fire; findings: {report.findings}"
    else:
        assert not fired, f"{rule} fired: {fired}"


def test_every_registered_rule_has_cases_of_both_kinds() -> None:
    tables = rule_tables()
    for rule in RULES:
        assert rule in tables, f"no case table for rule {rule!r}"
        for kind in KINDS:
            assert tables[rule].get(kind), f"{rule}: no {kind} cases"


def test_every_language_has_cases_for_every_rule_that_reads_words() -> None:
    assert table_languages() == ["en", *sorted(set(LANGUAGES) - {"en"})]
    for language in LANGUAGES:
        tables = rule_tables(language)
        for rule in WORDING_RULES | {"placeholder"}:
            assert rule in tables, f"no {language} case table for rule {rule!r}"
            for kind in KINDS:
                assert tables[rule].get(kind), f"{language} {rule}: no {kind} cases"


def test_every_table_names_a_registered_rule_and_matches_its_file_name() -> None:
    for language in table_languages():
        for stem, table in rule_tables(language).items():
            assert table["rule"] == stem
            assert table["rule"] in RULES, f"{stem}.json names an unregistered rule"
            assert set(table) <= {"rule", *KINDS}, f"{stem}.json has unknown keys"


def test_every_case_uses_only_the_shared_case_fields() -> None:
    for language, rule, kind, case in CASES:
        assert isinstance(case["text"], str), (language, rule, kind, case)
        allowed = {"text", *CHECK_FIELDS, *(["fixed"] if kind == "should_fail" else [])}
        assert set(case) <= allowed, (language, rule, kind, case)


FIX_CASES = [(language, rule, case) for language, rule, _, case in CASES if "fixed" in case]


@pytest.mark.parametrize(
    ("language", "rule", "case"),
    [
        pytest.param(*entry, id=f"{entry[0]}-{case_id(entry[2])}")
        for entry in FIX_CASES
    ],
)
def test_the_one_tap_fix_leaves_the_expected_note(language: str, rule: str, case: Case) -> None:
    """The fix the finding carries, applied as the app applies it; null: none offered."""
    text = case["text"]
    finding = next(f for f in check_case(case).findings if f.rule == rule)
    fix = finding.fix
    fixed = None if fix is None else text[: fix.start] + fix.replacement + text[fix.end :]
    assert fixed == case["fixed"], fix


def test_fixes_are_tabled_for_the_rules_that_decide_them_in_every_language() -> None:
    assert {rule for _, rule, _ in FIX_CASES} >= {"placeholder", "hidden-character"}
    assert {language for language, rule, _ in FIX_CASES if rule == "placeholder"} == set(
        LANGUAGES
    )


def test_no_phrase_fragment_ends_where_it_can_never_match() -> None:
    """A table matches whole words: each fragment is followed by `(?!\\w)`, so one ending in
    a space (any whitespace, expanded) or in a lookahead after a space never matches."""
    ends_in_space = re.compile(r" (?:\(\?!(?:[^()]|\([^()]*\))*\))?$")
    tables = {
        f"{language}.{name}": table
        for language, wording in WORDING.items()
        for name, table in vars(wording).items()
        if isinstance(table, tuple) and all(isinstance(fragment, str) for fragment in table)
    }
    assert len(tables) > 5 * len(WORDING)
    dead = [
        (name, fragment[-60:])
        for name, table in tables.items()
        for fragment in table
        if ends_in_space.search(fragment)
    ]
    assert dead == []
