"""Drafting: the exact-draft table, the kinds contract, validation, fitting and problems."""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pycore import DraftError, Finding, Note, api, check, draft
from pycore.kinds import HOW_KINDS, WHY_KINDS
from pycore.model import LIMITS
from pycore.rules import RULES
from pycore.textutil import utf16_length

CASES = json.loads((Path(__file__).parents[1] / "cases" / "drafts.json").read_text("utf-8"))


def call(action: str, payload: object) -> dict[str, Any]:
    request = json.dumps({"action": action, "payload": payload})
    reply: dict[str, Any] = json.loads(api.handle(request))
    return reply


# --- the shared table of exact drafts (the browser runs the same file) ----------------------


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case['request']['how']}")
def test_exact_drafts_through_the_api(case: dict[str, Any]) -> None:
    reply = call("draft", case["request"])
    assert reply["ok"] is True, reply
    result = reply["result"]
    assert [d["text"] for d in result["drafts"]] == case["drafts"]
    limit = case["request"].get("limit", LIMITS[case["request"].get("kind", "invite")])
    for item in result["drafts"]:
        assert set(item) == {"text", "length", "verdict", "tone", "findings"}
        assert item["verdict"] == "ready"
        assert item["length"] == utf16_length(item["text"]) <= limit
    if "problem" in case:
        assert result["problem"]["fields"] == case["problem"]["fields"]
        assert result["problem"]["message"]
    else:
        assert result["problem"] is None


def test_the_table_covers_every_kind_and_a_problem() -> None:
    hows = {case["request"]["how"] for case in CASES}
    whys = {why for case in CASES for why in case["request"]["why"]}
    assert hows == {kind.id for kind in HOW_KINDS}
    assert whys == {kind.id for kind in WHY_KINDS}
    assert any("problem" in case for case in CASES)
    assert {case["request"].get("kind", "invite") for case in CASES} == {"invite", "message"}
    assert {case["request"].get("limit", 200) for case in CASES} >= {200, 300}


# --- kinds ------------------------------------------------------------------------------------

# The team contract, spelled out once more so a change to the data cannot go unnoticed.
CONTRACT = {
    "how": [
        (
            "event",
            "Met at an event",
            [
                ("event", "Event", True),
                ("when", "When or where", False),
                ("topic", "What you talked about", False),
            ],
        ),
        ("talk", "Saw them speak", [("talk", "Talk or panel", True), ("event", "Event", False)]),
        (
            "worked",
            "Worked together",
            [("company", "Company", True), ("team", "Team or years", False)],
        ),
        ("same-org", "Same school or company", [("org", "School or company", True)]),
        ("mutual", "Mutual contact", [("mutual", "Mutual contact", True)]),
        ("their-work", "Their work", [("work", "Their post, article, project or podcast", True)]),
        ("never-met", "Never met", [("found", "How you found them", True)]),
        ("close", "Know them well", []),
    ],
    "why": [
        ("stay", "Stay in touch", []),
        ("follow", "Follow their work", []),
        ("advice", "Ask advice", [("advice", "Advice on", True)]),
        ("job", "Job or referral", [("job_role", "Role you're after", True)]),
        ("hiring", "Hiring them", [("hiring_role", "Role you're hiring for", True)]),
        (
            "collaborate",
            "Collaborate or business",
            [
                ("collab", "What about", True),
                ("call", "Concrete ask (e.g. a 15-minute call)", False),
            ],
        ),
        ("share", "Share something promised", [("share", "What you promised", True)]),
    ],
}


def test_kinds_action_answers_the_contract() -> None:
    reply = call("kinds", {})
    assert reply["ok"] is True
    expected = {
        group: [
            {
                "id": kind_id,
                "label": label,
                "slots": [{"id": s, "label": sl, "required": r} for s, sl, r in slots],
            }
            for kind_id, label, slots in kinds
        ]
        for group, kinds in CONTRACT.items()
    }
    assert reply["result"] == expected
    assert api.kinds_action({}) == expected


# --- validation -------------------------------------------------------------------------------

VALID: dict[str, Any] = {
    "name": "Ada",
    "how": "event",
    "why": ["stay"],
    "slots": {"event": "PyCon"},
}


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"name": None}, ["'name' is required"]),
        ({"name": "   "}, ["'name' is required"]),
        ({"name": 7}, ["'name' must be text"]),
        ({"how": "party"}, ["Unknown 'how'", "'party'", "event"]),
        ({"how": None}, ["'how' is required"]),
        ({"why": ["stay", "gossip"]}, ["Unknown 'why'", "'gossip'"]),
        ({"why": "stay"}, ["'why' must be a list"]),
        ({"why": []}, ["at least one reason", "'why'"]),
        ({"slots": {"event": ""}}, ["“Met at an event” needs “Event”", "'event'"]),
        ({"slots": {"event": " \n\t "}}, ["needs “Event”"]),
        ({"slots": {"event": 42}}, ["'slots.event' must be text"]),
        ({"slots": {"evnet": "PyCon"}}, ["Unknown slot 'evnet'"]),
        ({"slots": ["PyCon"]}, ["'slots' must map"]),
        ({"why": ["stay", "advice"]}, ["“Ask advice” needs “Advice on”", "'advice'"]),
        ({"limit": "200"}, ["'limit' must be a whole number"]),
        ({"limit": True}, ["'limit' must be a whole number"]),
        ({"limit": 0}, ["'limit' must be at least 1"]),
        ({"company": ["Acme"]}, ["'company' must be text"]),
        ({"profile_url": 3}, ["'profile_url' must be text"]),
    ],
)
def test_invalid_input_names_the_field(change: dict[str, Any], words: list[str]) -> None:
    arguments = VALID | change
    with pytest.raises(DraftError) as raised:
        draft(**arguments)
    for word in words:
        assert word in str(raised.value)
    reply = call("draft", {key: value for key, value in arguments.items() if value is not None})
    assert reply["ok"] is False
    assert reply["error"]["name"] == "RequestError"
    for word in words:
        assert word in reply["error"]["message"]


def test_the_api_rejects_unknown_fields_and_raises_request_error() -> None:
    reply = call("draft", VALID | {"relationship": "close"})
    assert reply["ok"] is False
    assert "unknown draft field 'relationship'" in reply["error"]["message"]
    with pytest.raises(api.RequestError, match="needs “Event”"):
        api.draft_action(VALID | {"slots": {}})


def test_slots_of_kinds_not_chosen_are_ignored() -> None:
    result = draft(**VALID | {"slots": {"event": "PyCon", "org": "Stanford", "share": "x"}})
    assert result.drafts
    assert all("Stanford" not in d.text for d in result.drafts)


# --- what the drafts promise --------------------------------------------------------------


def texts(**changes: Any) -> list[str]:
    result = draft(**VALID | changes)
    assert result.problem is None, result.problem
    return [d.text for d in result.drafts]


def test_two_or_three_materially_different_variants_best_first() -> None:
    result = draft(**VALID)
    assert 2 <= len(result.drafts) <= 3
    assert [d.tone for d in result.drafts] == ["warm", "brief", "direct"]
    openings = {d.text.split(" ", 2)[2][:12] for d in result.drafts}
    assert len(openings) == len(result.drafts), openings
    for one in result.drafts:
        for other in result.drafts:
            if one is not other:
                words = difflib.SequenceMatcher(None, one.text.split(), other.text.split())
                assert words.ratio() < 0.8, (one.text, other.text)


def test_same_input_same_drafts() -> None:
    assert draft(**VALID) == draft(**VALID)


def test_whitespace_is_normalised_and_empty_optional_details_vanish() -> None:
    messy = texts(
        name="  Ada\n",
        slots={"event": "  PyCon \n  Lisbon ", "when": "   ", "topic": ""},
        sign_off="",
        about=" ",
    )
    assert messy == texts(slots={"event": "PyCon Lisbon"})
    assert all("PyCon Lisbon" in text and "  " not in text for text in messy)


def test_hidden_characters_pasted_with_a_detail_never_reach_a_draft() -> None:
    # A name from a chat app comes wrapped in direction isolates; one from a web page can
    # carry a zero-width space or a byte order mark.
    hidden = texts(name="\u2068\ufeffAda\u200b\u2069", slots={"event": "\u202aPyCon Lisbon\u202c"})
    assert hidden == texts(slots={"event": "PyCon Lisbon"})
    assert all(text.startswith("Hi Ada") for text in hidden)
    # A joiner inside an emoji is part of it.
    family = "PyCon \U0001f468\u200d\U0001f469\u200d\U0001f467 day"
    assert all(family in text for text in texts(slots={"event": family}))


def test_user_punctuation_is_not_doubled() -> None:
    for event in ("Yahoo!", "Acme Inc.", "What's next?", "PyCon,", "PyCon ;"):
        for text in texts(name="Ada,", slots={"event": event}):
            assert event.rstrip(",; ") in text
            for doubled in ("..", "!.", "?.", ".!", "!!", "?!", ",.", ";.", ",,"):
                assert doubled not in text, text


def test_capitalisation_is_left_as_typed() -> None:
    for text in texts(name="ada", slots={"event": "pyCon lisbon"}):
        assert "ada" in text and "pyCon lisbon" in text


def test_close_drafts_are_short_warm_and_checked_as_close() -> None:
    result = draft(name="Sam", how="close", why=["stay"])
    assert result.drafts
    for item in result.drafts:
        assert "hope" in item.text.lower()
        assert item.length <= 80
        assert item.report.verdict == "ready"
        # No context, which only someone you know well can do without.
        assert check(item.text, relationship="other").verdict == "revise"


def test_sign_off_and_about_are_dropped_first_when_space_is_short() -> None:
    long_about = "I lead the developer experience team at a fintech in Lisbon."
    details = {
        "slots": {"event": "PyCon Lisbon", "topic": "type checkers"},
        "about": long_about,
        "sign_off": "Ana",
    }
    roomy = texts(limit=300, **details)
    assert all(long_about in t and t.endswith("Ana") for t in roomy)
    tight = texts(limit=120, **details)
    assert tight and all(utf16_length(t) <= 120 for t in tight)
    assert all("Ana" not in t and long_about not in t for t in tight)
    # The details stay: the sign-off and the line about the sender went first.
    assert all("PyCon Lisbon" in t and "type checkers" in t and "Ada" in t for t in tight)


def test_optional_details_are_dropped_whole_never_cut() -> None:
    topic = "the trade-offs between gradual typing and runtime validation"
    for limit in (100, 120, 140, 160, 200):
        for text in texts(limit=limit, slots={"event": "PyCon Lisbon", "topic": topic}):
            assert utf16_length(text) <= limit
            assert topic in text or "trade-offs" not in text


def test_details_that_cannot_fit_give_a_problem_naming_the_field() -> None:
    result = draft(**VALID | {"slots": {"event": "E" * 180}})
    assert result.drafts == ()
    assert result.problem is not None
    assert result.problem.fields == ("event",)
    assert "“Event”" in result.problem.message
    over = int(result.problem.message.split("by about ")[1].split()[0])
    # Shortening the event by that much is enough.
    assert draft(**VALID | {"slots": {"event": "E" * (180 - over)}}).drafts


def test_a_long_name_is_blamed_too() -> None:
    result = draft(**VALID | {"name": "N" * 250})
    assert result.problem is not None and "name" in result.problem.fields
    assert "“First name”" in result.problem.message


def test_a_tiny_limit_asks_for_fewer_or_shorter_details() -> None:
    result = draft(**VALID | {"limit": 10})
    assert result.drafts == ()
    assert result.problem is not None
    assert "limit is 10" in result.problem.message


@pytest.fixture
def objection_to_zebra(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stand-in rule that objects to the word 'zebra', wherever it comes from."""

    def zebra(note: Note) -> Iterator[Finding]:
        start = note.text.find("zebra")
        if start != -1:
            yield Finding("zebra", "warning", start, start + 5, "Zebras are off topic.")

    monkeypatch.setitem(RULES, "zebra", zebra)


@pytest.mark.usefixtures("objection_to_zebra")
def test_a_detail_the_checker_objects_to_is_named_in_the_problem() -> None:
    result = draft(**VALID | {"slots": {"event": "zebra camp"}})
    assert result.drafts == ()
    assert result.problem is not None
    assert result.problem.fields == ("event",)
    assert result.problem.message == "“Event”: Zebras are off topic."


@pytest.mark.usefixtures("objection_to_zebra")
def test_an_optional_detail_the_checker_objects_to_is_dropped() -> None:
    result = draft(**VALID | {"slots": {"event": "PyCon", "topic": "zebra care"}})
    assert result.drafts
    assert all("zebra" not in d.text for d in result.drafts)


def test_lone_surrogates_and_rtl_text_get_drafts_through_the_api() -> None:
    request = (
        '{"action": "draft", "payload": {"name": "\\ud800Ada", "how": "event", '
        '"why": ["stay"], "slots": {"event": "\u0645\u0624\u062a\u0645\u0631 \\udfff"}}}'
    )
    reply = json.loads(api.handle(request))
    assert reply["ok"] is True
    assert reply["result"]["drafts"]


def test_a_pasted_megabyte_gets_a_problem_not_a_crash() -> None:
    result = draft(**VALID | {"slots": {"event": "PyCon " * 200_000}, "about": "x" * 1_000_000})
    assert result.drafts == ()
    # The line about the sender is optional and dropped; the event is what must shrink.
    assert result.problem is not None and result.problem.fields == ("event",)


def test_drafts_with_fewer_tips_rank_first(monkeypatch: pytest.MonkeyPatch) -> None:
    def dislike_great(note: Note) -> Iterator[Finding]:
        start = note.text.find("great")
        if start != -1:
            yield Finding("great", "tip", start, start + 5, "Say what was great.")

    monkeypatch.setitem(RULES, "great", dislike_great)
    result = draft(**VALID)
    assert [d.tone for d in result.drafts] == ["brief", "direct", "warm"]
    assert "great" in result.drafts[-1].report.rules


def test_an_objection_to_the_whole_note_names_the_kinds_details(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_camps(note: Note) -> Iterator[Finding]:
        if "camp" in note.text:
            yield Finding("camps", "warning", 0, len(note.text), "Camps say nothing.")

    monkeypatch.setitem(RULES, "camps", no_camps)
    result = draft(**VALID | {"why": ["advice"], "slots": {"event": "camp", "advice": "tents"}})
    assert result.problem is not None
    assert result.problem.fields == ("event", "advice")
    assert result.problem.message == "“Event” and “Advice on”: Camps say nothing."
