"""Drafts of the first message after they accept (`draft(kind="message")`): a brief
thanks, how you know each other when the invitation went without a note, the reason made
concrete and an easy next step; each passes its own check as a message, in every
language and register."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from pycore import DraftError, api, check, draft
from pycore.compose import PHRASINGS, normalise
from pycore.kinds import HOW, WHY, WHY_KINDS
from pycore.lang import LANGUAGES
from pycore.model import MESSAGE_LIMIT, PHONE_READABLE, Relationship
from pycore.phrasing import formality
from test_draft_languages import DETAILS
from test_draft_properties import requests, values

SENT_NOTE = "Hi Ada, great meeting you at PyCon Lisbon. I'd love to stay in touch."
# Every detail of every kind, in English; the other languages' are test_draft_languages'.
ENGLISH_DETAILS = {
    "event": "PyCon Lisbon", "when": "last Tuesday", "topic": "type checkers",
    "talk": "Scaling Postgres", "company": "Stripe", "team": "payments", "org": "MIT",
    "mutual": "Laura Vidal", "work": "post on Rust", "found": "through the Rust forum",
    "advice": "moving into DevRel", "job_role": "Product Designer",
    "hiring_role": "Staff Engineer", "collab": "a podcast on data", "share": "the slides",
}
ROLES = {
    "es": {"job_role": "diseñadora de producto", "hiring_role": "ingeniera de datos",
           "share": "las diapositivas"},
    "fr": {"job_role": "designer produit", "hiring_role": "ingénieur data",
           "share": "les slides"},
    "de": {"job_role": "Produktdesignerin", "hiring_role": "Data Engineer",
           "share": "die Folien"},
    "pt": {"job_role": "designer de produto", "hiring_role": "engenheira de dados",
           "share": "os slides"},
}
SLOTS = {"en": ENGLISH_DETAILS} | {lang: DETAILS[lang] | ROLES[lang] for lang in ROLES}


def call(action: str, payload: object) -> dict[str, Any]:
    request = json.dumps({"action": action, "payload": payload})
    reply: dict[str, Any] = json.loads(api.handle(request))
    return reply


def message_drafts(**request: Any) -> list[str]:
    result = draft(kind="message", **request)
    assert result.problem is None, result.problem
    return [item.text for item in result.drafts]


# --- the promises, for any details -------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(
    requests(),
    st.sampled_from(LANGUAGES),
    st.booleans(),
    st.one_of(st.none(), st.just(SENT_NOTE), values),
    st.booleans(),
)
def test_every_message_draft_passes_its_own_check_and_names_the_person(
    request: dict[str, Any], lang: str, formal: bool, sent_note: str | None, own_limit: bool
) -> None:
    """Drafts pass the checker as first messages, in their language, name the person and
    hold every detail the reasons need, and how they know each other too when no note was
    sent; or there are none and a problem names the fields to change."""
    request = request | {"lang": lang, "formal": formal, "kind": "message"}
    request["sent_note"] = sent_note
    if not own_limit:
        del request["limit"]  # LinkedIn's message limit
    name = normalise(request["name"])
    how, whys = HOW[request["how"]], [WHY[why] for why in request["why"]]
    required = {slot.id for kind in (how, *whys) for slot in kind.required}
    details = {key: normalise(request["slots"][key]) for key in required}
    if not name or not all(details.values()):
        with pytest.raises(DraftError):
            draft(**request)
        event("invalid: DraftError")
        return

    result = draft(**request)
    event("problem" if result.problem else f"{len(result.drafts)} drafts")
    if result.problem is not None:
        assert result.drafts == ()
        assert result.problem.fields, "a problem names what to change"
        return
    noted = sent_note is not None and sent_note.strip() != ""
    # What the message must say: the reasons' details, and how you know them without a note.
    said = {slot.id for kind in whys for slot in kind.required}
    said |= set() if noted else {slot.id for slot in how.required}
    relationship: Relationship = "close" if how.id == "close" else "other"
    limit = request.get("limit", MESSAGE_LIMIT)
    assert 1 <= len(result.drafts) <= 3
    for item in result.drafts:
        assert item.report.verdict == "ready", (item.text, item.report.findings)
        assert (item.report.kind, item.report.language) == ("message", lang)
        assert item.length <= limit
        assert name in item.text
        for key in said:
            # An article may fuse with the preposition before it: "le salon" -> "au salon".
            value = details[key]
            assert value in item.text or value.split(" ", 1)[-1] in item.text, (key, value)
        assert item.report == check(
            item.text,
            limit=limit,
            relationship=relationship,
            name=name,
            lang=lang,
            kind="message",
            sent_note=sent_note,
        )


# --- what a first message says --------------------------------------------------------


@pytest.mark.parametrize("formal", [False, True], ids=["informal", "formal"])
@pytest.mark.parametrize("why", [kind.id for kind in WHY_KINDS])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_reason_ends_on_its_own_easy_next_step(lang: str, why: str, formal: bool) -> None:
    slots = {slot.id: SLOTS[lang][slot.id] for slot in WHY[why].slots if slot.required}
    slots["event"] = SLOTS[lang]["event"]
    texts = message_drafts(
        name="Ada", how="event", why=[why], slots=slots, lang=lang, formal=formal
    )
    step = formality(PHRASINGS[lang].next_steps[why], formal)
    assert len(texts) == 3
    assert all(text.endswith(step) for text in texts), (step, texts)
    assert all(len(text) <= PHONE_READABLE for text in texts)


def test_the_most_concrete_reason_sets_the_next_step_and_an_ask_replaces_it() -> None:
    slots = {"event": "PyCon Lisbon", "advice": "moving into DevRel"}
    texts = message_drafts(name="Ada", how="event", why=["stay", "advice"], slots=slots)
    assert all(text.endswith("Could I send you two or three questions here?") for text in texts)
    asked = message_drafts(
        name="Ada", how="event", why=["stay"], slots=slots, ask="a coffee at PyCon next year"
    )
    assert all(text.endswith("?") and "a coffee at PyCon next year" in text for text in asked)
    assert not any("next time we're in the same place" in text for text in asked)


def test_without_a_sent_note_the_message_says_how_you_know_each_other() -> None:
    slots = {"event": "PyCon Lisbon", "topic": "type checkers", "advice": "moving into DevRel"}
    alone = message_drafts(name="Ada", how="event", why=["advice"], slots=slots)
    after_a_note = message_drafts(
        name="Ada", how="event", why=["advice"], slots=slots, sent_note=SENT_NOTE
    )
    assert alone[0] == (
        "Hi Ada, thanks for connecting! It was great meeting you at PyCon Lisbon and "
        "chatting about type checkers. I'd love to get your advice on moving into DevRel. "
        "Could I send you two or three questions here?"
    )
    assert after_a_note[0] == (
        "Hi Ada, thanks for connecting! I'd love to get your advice on moving into DevRel. "
        "Could I send you two or three questions here?"
    )
    assert all("PyCon Lisbon" in text for text in alone)
    assert not any("PyCon" in text or "type checkers" in text for text in after_a_note)
    # A blank note is no note.
    assert message_drafts(
        name="Ada", how="event", why=["advice"], slots=slots, sent_note=" \n"
    ) == alone


def test_every_draft_opens_with_a_greeting_and_a_brief_thanks_in_its_tone() -> None:
    result = draft(
        name="Ada", how="close", why=["stay"], kind="message", lang="fr", formal=True
    )
    openings = {
        "warm": "Bonjour Ada, merci d'avoir accepté mon invitation ! ",
        "brief": "Bonjour Ada ! C'est un plaisir d'être en contact. ",
        "direct": "Bonjour Ada, merci d'avoir accepté. ",
    }
    assert {item.tone for item in result.drafts} == set(openings)
    for item in result.drafts:
        assert item.text.startswith(openings[item.tone]), item.text


def test_a_message_stays_within_what_a_phone_shows_while_it_can() -> None:
    slots = {"event": "PyCon Lisbon", "advice": "moving into DevRel"}
    about = "I run the Lisbon Python meetup, " + "and I write about developer tools, " * 10
    short = draft(name="Ada", how="event", why=["advice"], slots=slots, about=about.strip(),
                  kind="message")
    assert short.drafts and all(item.length <= PHONE_READABLE for item in short.drafts)
    assert not any(about[:30] in item.text for item in short.drafts), "the about line goes"
    # A detail the message needs that no phone screen holds: the whole message still comes,
    # with the tip that it is long.
    slots["advice"] = "moving into developer relations " * 16
    long = draft(name="Ada", how="event", why=["advice"], slots=slots, kind="message")
    assert long.problem is None
    for item in long.drafts:
        assert PHONE_READABLE < item.length <= MESSAGE_LIMIT
        assert item.report.verdict == "ready"
        assert "long-message" in item.report.rules


def test_a_note_is_still_a_note_by_default() -> None:
    slots = {"event": "PyCon Lisbon"}
    note = draft(name="Ada", how="event", why=["stay"], slots=slots)
    assert all(item.report.kind == "invite" and item.report.limit == 200 for item in note.drafts)
    assert not any("thanks for connecting" in item.text for item in note.drafts)


# --- the API and validation -------------------------------------------------------------


def test_the_api_drafts_messages_that_its_check_calls_ready() -> None:
    payload = {
        "name": "Ada", "how": "talk", "why": ["share"], "kind": "message",
        "slots": {"talk": "Scaling Postgres", "share": "the slides"}, "lang": "en",
    }
    reply = call("draft", payload)
    assert reply["ok"], reply
    drafts = reply["result"]["drafts"]
    assert len(drafts) == 3
    for item in drafts:
        checked = call("check", {"text": item["text"], "name": "Ada", "kind": "message"})
        assert checked["result"]["verdict"] == item["verdict"] == "ready"
        assert checked["result"]["findings"] == item["findings"]
        assert re.search(r"Scaling Postgres.*the slides|the slides.*Scaling Postgres", item["text"])
    with_note = call("draft", payload | {"sent_note": "Hi Ada, loved your talk!"})["result"]
    assert not any("Scaling Postgres" in item["text"] for item in with_note["drafts"])


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"kind": "letter"}, "'kind' must be one of invite, message, not 'letter'"),
        ({"kind": "message", "sent_note": 5}, "'sent_note' must be text, not int"),
        ({"kind": "message", "limit": 0}, "'limit' must be at least 1"),
    ],
)
def test_bad_message_requests_get_a_clear_error(fields: dict[str, Any], message: str) -> None:
    reply = call("draft", {"name": "Ada", "how": "close", "why": ["stay"], **fields})
    assert reply["ok"] is False
    assert reply["error"]["name"] == "RequestError"
    assert message in reply["error"]["message"]
