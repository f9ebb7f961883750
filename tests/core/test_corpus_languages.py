"""The checker against notes in Spanish, French, German, Portuguese and a dozen other
languages (tests/cases/corpus_languages.json): 339 written before the language rules
existed, 90 more written fresh afterwards to see how the rules did on notes they had
never met. Figures are per language, since a good English score says nothing of German.

The bar is the product's, as for English (test_corpus.py): most verdicts right, most
problems caught, no warning or error on a good note. In a language Notewell does not
read only the rules that read no words run, so its problems are counted apart.
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from case_tables import Case, check_case, corpus_languages
from pycore.lang import LANGUAGES
from pycore.rules import RULES

NOTES = corpus_languages()
MIN_ACCURACY = 0.95
MIN_RECALL = 0.9
READ = [language for language in LANGUAGES if language != "en"]


def by_language() -> dict[str, list[Case]]:
    notes: dict[str, list[Case]] = defaultdict(list)
    for note in NOTES:
        notes[note["language"] if note["language"] in LANGUAGES else "other"].append(note)
    return notes


def blocking_rules(case: Case) -> set[str]:
    return {f.rule for f in check_case(case).findings if f.severity != "tip"}


def test_the_corpus_has_60_notes_a_language_and_40_in_others() -> None:
    notes = by_language()
    for language in READ:
        verdicts = [note["verdict"] for note in notes[language]]
        assert len(verdicts) >= 60, language
        assert verdicts.count("ready") >= 25 and verdicts.count("revise") >= 25, language
    assert len(notes["other"]) >= 40
    assert len({note["language"] for note in notes["other"]}) >= 8
    for note in NOTES:
        assert set(note.get("rules", [])) | set(note.get("tips", [])) <= set(RULES), note
        assert bool(note.get("rules")) == (note["verdict"] == "revise"), note


@pytest.mark.parametrize("language", READ)
def test_no_good_note_gets_a_warning_or_an_error(language: str) -> None:
    flagged = [
        (rules, note["text"])
        for note in by_language()[language]
        if note["verdict"] == "ready" and (rules := blocking_rules(note))
    ]
    assert not flagged, flagged


@pytest.mark.parametrize("language", READ)
def test_verdicts_are_right_for_nearly_every_note(language: str) -> None:
    notes = by_language()[language]
    wrong = [note["text"] for note in notes if check_case(note).verdict != note["verdict"]]
    assert 1 - len(wrong) / len(notes) >= MIN_ACCURACY, wrong


@pytest.mark.parametrize("language", READ)
def test_the_expected_problems_are_caught(language: str) -> None:
    expected = [(rule, note) for note in by_language()[language] for rule in note.get("rules", [])]
    missed = [(rule, note["text"]) for rule, note in expected if rule not in blocking_rules(note)]
    assert 1 - len(missed) / len(expected) >= MIN_RECALL, missed


def test_expected_tips_are_given() -> None:
    missed = [
        (tip, note["text"])
        for note in NOTES
        for tip in note.get("tips", [])
        if tip not in check_case(note).rules
    ]
    assert missed == []


def test_good_notes_in_other_languages_are_ready_and_their_slots_and_lengths_caught() -> None:
    others = by_language()["other"]
    flagged = [n["text"] for n in others if n["verdict"] == "ready" and blocking_rules(n)]
    assert flagged == []
    independent = {"placeholder", "length"}
    missed = [
        (rule, note["text"])
        for note in others
        for rule in note.get("rules", [])
        if rule in independent and rule not in blocking_rules(note)
    ]
    assert missed == []


def test_english_notes_with_a_foreign_greeting_are_judged_as_english() -> None:
    english = by_language()["en"]
    assert len(english) >= 10
    wrong = [
        note["text"]
        for note in english
        if check_case(note).language != "en" or check_case(note).verdict != note["verdict"]
    ]
    assert wrong == []
