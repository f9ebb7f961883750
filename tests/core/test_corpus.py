"""The checker against a corpus of realistic notes (tests/cases/corpus.json): good ones
(specific, informal, emoji, accents, signatures) and bad ones (canned, vague, salesy,
placeholders, too long), each with the verdict a careful human reviewer would give.

The bar mirrors the product's: most verdicts right, most problems caught, and never a
warning or error on a good note, since a false alarm teaches people to ignore the checker.
"""

from __future__ import annotations

import re

from case_tables import Case, check_case, corpus
from pycore.rules import RULES

NOTES = corpus()
MIN_ACCURACY = 0.95
MIN_RECALL = 0.85


def blocking_rules(case: Case) -> set[str]:
    return {f.rule for f in check_case(case).findings if f.severity != "tip"}


def test_the_corpus_is_large_mixed_and_names_only_registered_rules() -> None:
    assert len(NOTES) >= 120
    verdicts = [note["verdict"] for note in NOTES]
    assert verdicts.count("ready") >= 40
    assert verdicts.count("revise") >= 40
    for note in NOTES:
        assert set(note.get("rules", [])) <= set(RULES), note
        assert bool(note.get("rules")) == (note["verdict"] == "revise"), note


def test_no_good_note_gets_a_warning_or_an_error() -> None:
    flagged = [
        (rules, note["text"])
        for note in NOTES
        if note["verdict"] == "ready" and (rules := blocking_rules(note))
    ]
    assert not flagged, flagged


def test_verdicts_are_right_for_nearly_every_note() -> None:
    wrong = [note["text"] for note in NOTES if check_case(note).verdict != note["verdict"]]
    accuracy = 1 - len(wrong) / len(NOTES)
    assert accuracy >= MIN_ACCURACY, (accuracy, wrong)


def test_the_expected_problems_are_caught() -> None:
    expected = [(rule, note) for note in NOTES for rule in note.get("rules", [])]
    missed = [(rule, note["text"]) for rule, note in expected if rule not in blocking_rules(note)]
    recall = 1 - len(missed) / len(expected)
    assert recall >= MIN_RECALL, (recall, missed)


# Edits that change nothing a reader cares about: typographic quotes, lower case, a
# signature, an emoji, doubled or non-breaking spaces, Windows line breaks, dropped
# apostrophes ("Im", "youre"), texting ("u", "ur"). Longer texts get room under the limit.
HARMLESS_EDITS = {
    "curly quotes": lambda text: text.replace("'", "\u2019"),
    "lower case": str.lower,
    "signature": lambda text: text + "\n\nBest,\nSam",
    "emoji": lambda text: text + " \U0001f642",
    "double spaces": lambda text: text.replace(" ", "  "),
    "no-break spaces": lambda text: text.replace(" ", "\u00a0"),
    "windows line breaks": lambda text: text.replace("\n", "\r\n"),
    "no apostrophes": lambda text: text.replace("'", "").replace("\u2019", ""),
    "texting": lambda text: re.sub(r"\byour\b", "ur", re.sub(r"\byou\b(?!['\u2019])", "u", text)),
}


def test_harmless_edits_keep_good_notes_good() -> None:
    flagged = []
    for note in NOTES:
        if note["verdict"] != "ready":
            continue
        for name, edit in HARMLESS_EDITS.items():
            edited = {**note, "text": edit(note["text"]), "limit": 2 * len(note["text"]) + 40}
            if rules := blocking_rules(edited):
                flagged.append((name, rules, edited["text"]))
    assert not flagged, flagged[:10]
