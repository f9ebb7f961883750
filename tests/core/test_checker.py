"""The checker as a whole: verdicts, exemptions for close contacts, spans, messages and
argument checking. Per-rule behaviour lives in the case tables (test_rules.py)."""

from __future__ import annotations

import pytest

from case_tables import check_case, rule_cases
from pycore import Finding, check
from pycore.checker import arrange
from pycore.model import SEVERITIES
from pycore.rules import RULES
from pycore.rules.matching import WINDOW

CANNED = "I'd like to add you to my professional network on LinkedIn."
GOOD = (
    "Hi Maria, great meeting you at PyCon Lisbon yesterday \u2014 loved your take on "
    "packaging. Would be great to stay in touch!"
)


def rules_of(text: str, **options: object) -> set[str]:
    return set(check(text, **options).rules)  # type: ignore[arg-type]


def test_a_specific_note_has_no_findings_at_all() -> None:
    report = check(GOOD)
    assert report.findings == ()
    assert report.verdict == "ready"


def test_the_canned_text_is_an_error_for_others_and_fine_for_close_contacts() -> None:
    other = check(CANNED)
    assert "default-text" in other.rules
    assert other.verdict == "revise"
    close = check(CANNED, relationship="close")
    assert close.verdict == "ready"
    assert not {"default-text", "missing-context", "missing-reason"} & set(close.rules)


def test_the_canned_text_gets_its_one_error_rather_than_every_warning_too() -> None:
    report = check("Hi Maria,\n" + CANNED + "\n- John")
    assert [f.rule for f in report.findings if f.severity != "tip"] == ["default-text"]


def test_close_contacts_still_get_placeholders_and_pitches() -> None:
    assert "placeholder" in rules_of("Hi [First Name], adding you here!", relationship="close")
    pitch = "We help companies like yours cut costs by 40%."
    assert "sales-pitch" in rules_of(pitch, relationship="close")


def test_tips_never_block_the_verdict() -> None:
    text = "Hi there, I hope this message finds you well!! " + GOOD[len("Hi Maria, ") :]
    report = check(text)
    assert {f.severity for f in report.findings} == {"tip"}
    assert {"filler", "exclamation", "missing-greeting"} <= set(report.rules)
    assert report.verdict == "ready"


def test_the_canned_line_beside_where_they_met_is_marked_as_the_missing_reason() -> None:
    text = "Hi Tanya, great to meet you at Oslo Innovation Week. " + CANNED
    assert {"default-text", "missing-reason"} <= rules_of(text)
    assert "missing-context" not in rules_of(text)


def test_the_canned_line_inside_a_note_with_a_reason_is_left_to_the_other_rules() -> None:
    text = CANNED + " I'd love to hear how the Oslo pilot went."
    assert "default-text" not in rules_of(text)
    assert "missing-context" in rules_of(text)


def test_typographic_apostrophes_and_quotes_read_like_plain_ones() -> None:
    plain = "Hi Sam, we haven't met, but I'd love your advice on \"data contracts\"."
    curly = plain.replace("'", "\u2019").replace('"', "\u201c", 1).replace('"', "\u201d")
    assert check(plain).rules == check(curly).rules
    assert check(curly).verdict == "ready"


def test_spans_point_at_the_offending_words_in_the_original_text() -> None:
    text = "Hi [First Name], your profile is really impressive. Let\u2019s connect!!"
    report = check(text)
    spans = {f.rule: text[f.start : f.end] for f in report.findings}
    assert spans["placeholder"] == "[First Name]"
    assert spans["vague"] == "your profile is"
    assert spans["exclamation"] == "!!"


def test_quoted_phrases_in_messages_keep_the_writers_case() -> None:
    report = check("Hi Tom, YOUR PROFILE IS impressive and we help Companies Like Yours.")
    messages = " ".join(f.message for f in report.findings)
    assert '"YOUR PROFILE IS"' in messages
    assert '"we help Companies"' in messages


def test_the_length_message_says_by_how_much() -> None:
    (one,) = [f for f in check("a" * 201).findings if f.rule == "length"]
    assert one.message.startswith("1 character over the 200-character limit")
    (five,) = [f for f in check("a" * 305, limit=300).findings if f.rule == "length"]
    assert five.message.startswith("5 characters over the 300-character limit")
    assert (five.start, five.end) == (300, 305)


def test_an_emoji_straddling_the_limit_is_where_the_overflow_starts() -> None:
    text = "a" * 199 + "\U0001f600"
    (finding,) = [f for f in check(text).findings if f.rule == "length"]
    assert check(text).length == 201
    assert (finding.start, finding.end) == (199, 200)


def test_the_greeting_must_name_the_given_recipient() -> None:
    assert "missing-greeting" in rules_of("Hi Tom, great meeting you!", name="Maria")
    assert "missing-greeting" not in rules_of("Hi Maria, great meeting you!", name="Maria")
    assert "missing-greeting" not in rules_of("hi zoe, great meeting you!", name="Zo\u00eb")


def test_every_finding_of_every_table_case_is_well_formed() -> None:
    for _, _, _, case in rule_cases():
        report = check_case(case)
        for finding in report.findings:
            assert finding.rule in RULES
            assert finding.severity in SEVERITIES
            assert 0 <= finding.start <= finding.end <= len(case["text"])
            assert finding.message.strip()
            assert finding.suggestion and finding.suggestion.strip()


def test_warnings_and_errors_come_with_a_concrete_suggestion() -> None:
    report = check("Hi, I came across your profile and would like to expand my network.")
    suggestions = [f.suggestion or "" for f in report.findings if f.rule == "vague"]
    assert len(suggestions) == 2
    assert all("?" in s or ":" in s for s in suggestions), suggestions


def test_wording_rules_read_a_window_and_length_reads_everything() -> None:
    text = GOOD + " " * WINDOW + "[First Name]"
    report = check(text)
    assert report.length == len(text)
    assert "placeholder" not in report.rules
    assert "length" in report.rules


def test_arrange_removes_duplicates_and_orders_by_position_then_severity() -> None:
    tip = Finding("filler", "tip", 0, 5, "m")
    error = Finding("placeholder", "error", 0, 3, "m")
    later = Finding("vague", "warning", 4, 9, "m")
    assert arrange([later, tip, error, tip]) == (error, tip, later)


@pytest.mark.parametrize(
    ("arguments", "error"),
    [
        ({"text": None}, TypeError),
        ({"text": b"bytes"}, TypeError),
        ({"text": "hi", "limit": "200"}, TypeError),
        ({"text": "hi", "limit": True}, TypeError),
        ({"text": "hi", "limit": 0}, ValueError),
        ({"text": "hi", "relationship": "friend"}, ValueError),
        ({"text": "hi", "name": 3}, TypeError),
        ({"text": "hi", "earlier": [1]}, TypeError),
    ],
)
def test_bad_arguments_raise_clear_errors(arguments: dict[str, object], error: type) -> None:
    text = arguments.pop("text")
    with pytest.raises(error):
        check(text, **arguments)  # type: ignore[arg-type]
