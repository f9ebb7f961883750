"""The `repeated` rule beyond its case table: properties over generated notes, one finding
however many earlier notes match, the caps on what it reads, no false alarm across the
corpus, and the `earlier` list through the JSON API."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from case_tables import corpora
from pycore import api, check
from pycore.model import Note
from pycore.rules import repeated
from pycore.rules.matching import WINDOW
from pycore.textutil import utf16_length

PYCON = "Hi Jane, great meeting you at PyCon yesterday! Would love to stay in touch."
REUSED = "Hi Tom, great meeting you at PyCon yesterday! Would love to stay in touch."
OTHER = "Hi Sam, we haven't met, but I've read your climate fintech newsletter for a year."

# Lower-case words joined by spaces: no greeting and no separator, so every word counts.
WORDS = st.lists(st.from_regex(r"[a-z]{2,9}", fullmatch=True), min_size=1, max_size=30)
ANY_TEXT = st.text(alphabet=st.characters(exclude_categories=()), max_size=300)


def repeated_findings(text: str, earlier: list[str], **options: Any) -> list[Any]:
    return [f for f in check(text, earlier=earlier, **options).findings if f.rule == "repeated"]


@settings(max_examples=200)
@given(words=WORDS)
def test_a_note_sent_before_is_flagged_when_it_has_enough_words(words: list[str]) -> None:
    text = " ".join(words)
    flagged = bool(repeated_findings(text, [text]))
    assert flagged == (len(words) >= repeated.MIN_WORDS)


@settings(max_examples=100)
@given(words=WORDS.filter(lambda words: len(words) >= repeated.MIN_WORDS))
def test_case_punctuation_and_the_greeting_name_do_not_hide_a_repeat(words: list[str]) -> None:
    sent = "Hi Jane, " + " ".join(words) + "."
    again = "HEY TOM! " + ", ".join(word.upper() for word in words) + "!!"
    assert repeated_findings(again, [sent])


@settings(max_examples=200)
@given(text=ANY_TEXT, others=st.lists(ANY_TEXT, max_size=5), close=st.booleans())
def test_any_note_with_itself_among_the_earlier_notes_gets_a_report(
    text: str, others: list[str], close: bool
) -> None:
    relationship = "close" if close else "other"
    findings = repeated_findings(text, [*others, text, text], relationship=relationship)
    assert len(findings) <= 1
    for finding in findings:
        assert 0 <= finding.start <= finding.end <= len(text)


def test_several_matching_earlier_notes_give_one_finding_over_the_whole_note() -> None:
    text = f"  {REUSED}\n"
    findings = repeated_findings(text, [PYCON, OTHER, PYCON.upper(), REUSED])
    assert len(findings) == 1
    finding = findings[0]
    assert (finding.severity, finding.start, finding.end) == ("warning", 2, 2 + len(REUSED))
    assert "nearly the same as a note you already sent" in finding.message
    assert "mass-sent" in finding.message
    assert finding.suggestion is not None
    assert "only this person would recognise" in finding.suggestion


def test_only_the_most_recent_earlier_notes_are_read() -> None:
    fillers = [f"{OTHER} ({number})" for number in range(repeated.MAX_EARLIER)]
    assert not repeated_findings(REUSED, [PYCON, *fillers])
    assert repeated_findings(REUSED, [*fillers, PYCON])


def test_only_the_first_window_of_characters_is_compared() -> None:
    past_the_window = REUSED + " " * WINDOW + "and here is a lot more that only Tom knows about"
    assert repeated_findings(past_the_window, [PYCON], limit=20_000)
    assert repeated_findings(REUSED, [past_the_window.replace("Tom", "Jane")])


def test_no_good_note_in_the_corpus_repeats_another_corpus_note() -> None:
    """The corpus notes were written one by one: none should read as a copy of another."""
    notes = [note for notes in corpora().values() for note in notes]
    texts = [note["text"] for note in notes]
    flagged = []
    for note in notes:
        if note["verdict"] != "ready":
            continue
        others = tuple(text for text in texts if text != note["text"])
        checked = Note(
            text=note["text"], relationship=note.get("relationship", "other"), earlier=others
        )
        if list(repeated.check(checked)):
            flagged.append(note["text"])
    assert not flagged


def call_check(payload: dict[str, Any]) -> dict[str, Any]:
    reply: dict[str, Any] = json.loads(
        api.handle(json.dumps({"action": "check", "payload": payload}))
    )
    return reply


def test_the_api_reads_earlier_notes_and_answers_utf16_spans() -> None:
    text = "\N{WAVING HAND SIGN} " + REUSED
    reply = call_check({"text": text, "earlier": [OTHER, "\ud800", PYCON]})
    assert reply["ok"] is True
    found = [f for f in reply["result"]["findings"] if f["rule"] == "repeated"]
    assert [(f["severity"], f["start"], f["end"]) for f in found] == [
        ("warning", 0, utf16_length(text))
    ]
    assert reply["result"]["verdict"] == "revise"
    for earlier in ([], [OTHER]):
        reply = call_check({"text": REUSED, "earlier": earlier})
        assert "repeated" not in [f["rule"] for f in reply["result"]["findings"]]


@pytest.mark.parametrize(
    ("earlier", "message"),
    [
        ([PYCON, 3], "earlier notes must be str, not int"),
        ([[PYCON]], "earlier notes must be str, not list"),
        ([None], "earlier notes must be str, not NoneType"),
        ({"0": PYCON}, "'earlier' must be list, not dict"),
        (PYCON, "'earlier' must be list, not str"),
    ],
)
def test_bad_earlier_notes_get_a_clear_error_object(earlier: object, message: str) -> None:
    reply = call_check({"text": REUSED, "earlier": earlier})
    assert reply["ok"] is False
    assert reply["error"] == {"name": "RequestError", "message": message}
