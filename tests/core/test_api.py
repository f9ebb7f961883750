"""The browser boundary: JSON string in, JSON string out, never an exception."""

from __future__ import annotations

import json
from typing import Any

import pytest

from pycore import api, check
from pycore.textutil import utf16_length

EMOJI = "\N{GRINNING FACE}"  # outside the BMP: two UTF-16 code units


def call(action: str, payload: object) -> dict[str, Any]:
    request = json.dumps({"action": action, "payload": payload})
    reply: dict[str, Any] = json.loads(api.handle(request))
    return reply


def test_check_answers_the_report_with_utf16_spans() -> None:
    text = EMOJI * 3 + "abc"
    reply = call("check", {"text": text, "limit": 4})
    assert reply["ok"] is True
    result = reply["result"]
    assert set(result) == {
        "verdict", "length", "limit", "language", "wording_checked", "kind", "findings"
    }
    assert (result["verdict"], result["length"], result["limit"]) == ("revise", 9, 4)
    length = next(f for f in result["findings"] if f["rule"] == "length")
    assert set(length) == {"rule", "severity", "start", "end", "message", "suggestion", "fix"}
    assert length["fix"] is None  # only the writer knows what to cut
    # In Python the third emoji is index 2; in the page it starts at code unit 4.
    assert next(f for f in check(text, limit=4).findings if f.rule == "length").start == 2
    assert (length["start"], length["end"]) == (4, utf16_length(text))


def test_every_span_converts_to_utf16() -> None:
    text = "Hi \N{WOMAN}\N{ZERO WIDTH JOINER}\N{PERSONAL COMPUTER}! " * 20
    report = check(text, limit=50)
    result = api.report_to_json(report)
    for finding, data in zip(report.findings, result["findings"], strict=True):
        assert data["start"] == utf16_length(text[: finding.start])
        assert data["end"] == utf16_length(text[: finding.end])


def test_a_fix_travels_in_its_finding_with_utf16_offsets() -> None:
    text = EMOJI + " Hi Priya, great to meet you at PyCon!\n[Your Name]"
    payload = {"text": text, "name": "Priya", "sender_name": "Sam Carter"}
    [slot] = [f for f in call("check", payload)["result"]["findings"] if f["rule"] == "placeholder"]
    start = utf16_length(text[: text.index("[")])
    assert slot["fix"] == {
        "label": "put “Sam Carter” for “[Your Name]”",
        "start": start,
        "end": start + len("[Your Name]"),
        "replacement": "Sam Carter",
    }


def test_defaults_are_the_free_limit_and_other_relationship() -> None:
    result = call("check", {"text": "hello"})["result"]
    assert result["limit"] == 200
    assert result == api.report_to_json(check("hello"))


# --- first messages ------------------------------------------------------------------------

THANKS_ONLY = "Hi Ada, thanks for connecting!"


def test_a_first_message_is_checked_against_the_message_limit_and_its_own_rules() -> None:
    note = call("check", {"text": THANKS_ONLY})["result"]
    message = call("check", {"text": THANKS_ONLY, "kind": "message"})["result"]
    assert (note["kind"], note["limit"]) == ("invite", 200)
    assert (message["kind"], message["limit"]) == ("message", 8000)
    assert "thanks-only" not in [f["rule"] for f in note["findings"]]
    assert "thanks-only" in [f["rule"] for f in message["findings"]]
    assert message == api.report_to_json(check(THANKS_ONLY, kind="message"))
    # Null fields are the defaults, as absent ones are.
    defaults = {"text": THANKS_ONLY, "kind": "message", "limit": None, "sent_note": None}
    assert call("check", defaults)["result"] == message
    assert call("check", {"text": THANKS_ONLY, "kind": None})["result"] == note


def test_a_message_limit_given_is_the_limit_used() -> None:
    text = "Hi Ada, thanks for connecting! " + "Could I ask about your Rust migration? " * 8
    result = call("check", {"text": text, "kind": "message", "limit": 300})["result"]
    assert result["limit"] == 300
    assert "length" in [f["rule"] for f in result["findings"]]


def test_the_note_that_was_sent_says_how_they_know_each_other() -> None:
    text = "Hi Ada, thanks for connecting! Could I ask you two questions about Rust?"
    alone = call("check", {"text": text, "kind": "message"})["result"]
    after_a_note = {"text": text, "kind": "message", "sent_note": "Hi Ada, we met at PyCon."}
    noted = call("check", after_a_note)["result"]
    assert [f["rule"] for f in alone["findings"]] == ["missing-context"]
    assert noted["findings"] == []
    assert noted["verdict"] == "ready"
    # A blank note is no note: the invitation went without one.
    blank = call("check", {**after_a_note, "sent_note": "  \n"})["result"]
    assert blank == alone


def test_null_earlier_notes_mean_none() -> None:
    text = "Hi Ada, great meeting you at PyCon Lisbon. I'd love to stay in touch."
    assert (
        call("check", {"text": text, "earlier": None})["result"]
        == call("check", {"text": text})["result"]
    )
    repeated = call("check", {"text": text, "earlier": [text]})["result"]
    assert "repeated" in [f["rule"] for f in repeated["findings"]]


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({}, "'text' is required"),
        ({"text": 5}, "'text' must be str, not int"),
        ({"text": "hi", "limit": "200"}, "'limit' must be int, not str"),
        ({"text": "hi", "limit": True}, "'limit' must be int, not bool"),
        ({"text": "hi", "limit": 0}, "limit must be at least 1"),
        ({"text": "hi", "relationship": "boss"}, "relationship must be one of"),
        ({"text": "hi", "earlier": "one note"}, "'earlier' must be list"),
        ({"text": "hi", "kind": "letter"}, "kind must be one of invite, message"),
        ({"text": "hi", "kind": 2}, "'kind' must be str, not int"),
        ({"text": "hi", "kind": "message", "sent_note": ["hi"]}, "'sent_note' must be str"),
        ({"text": "hi", "sender_name": 5}, "'sender_name' must be str, not int"),
        ({"text": "hi", "company": ["Acme"]}, "'company' must be str, not list"),
        ({"text": "a" * (api.MAX_TEXT_CHARS + 1)}, "paste at most"),
    ],
)
def test_bad_payloads_get_a_clear_error(payload: dict[str, Any], message: str) -> None:
    reply = call("check", payload)
    assert reply["ok"] is False
    assert reply["error"]["name"] == "RequestError"
    assert message in reply["error"]["message"]


@pytest.mark.parametrize(
    ("request_", "message"),
    [
        (None, "must be a JSON string"),
        (b"{}", "must be a JSON string"),
        ("{not json", "not valid JSON"),
        ("[1, 2]", "JSON object"),
        ('{"action": "send", "payload": {}}', "unknown action 'send'"),
        ('{"payload": {}}', "unknown action None"),
        ('{"action": "check", "payload": []}', "'payload' must be a JSON object"),
    ],
)
def test_malformed_requests_get_an_error_reply_not_an_exception(
    request_: object, message: str
) -> None:
    reply = json.loads(api.handle(request_))
    assert reply["ok"] is False
    assert message in reply["error"]["message"]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t ",
        "\x00nul\x00",
        "lone \ud800 surrogate \udfff",
        "\N{HEBREW LETTER SHIN}\N{HEBREW LETTER LAMED}\N{HEBREW LETTER VAV}\N{HEBREW LETTER MEM}",
        "e\N{COMBINING ACUTE ACCENT}" * 50,
        "\N{MAN}\N{ZERO WIDTH JOINER}\N{WOMAN}\N{ZERO WIDTH JOINER}\N{GIRL}" * 30,
    ],
    ids=["empty", "whitespace", "nul", "surrogates", "rtl", "combining", "zwj"],
)
@pytest.mark.parametrize("kind", ["invite", "message"])
def test_any_text_gets_a_report_that_is_valid_json(text: str, kind: str) -> None:
    raw = api.handle(json.dumps({"action": "check", "payload": {"text": text, "kind": kind}}))
    reply = json.loads(raw)
    assert reply["ok"] is True, reply
    assert reply["result"]["length"] == utf16_length(text)
    for finding in reply["result"]["findings"]:
        assert 0 <= finding["start"] <= finding["end"] <= reply["result"]["length"]


def test_the_reply_is_ascii_json_so_any_transport_carries_it() -> None:
    raw = api.handle(json.dumps({"action": "check", "payload": {"text": "caf\u00e9 \ud800"}}))
    assert raw.isascii()
