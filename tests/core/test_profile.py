"""Profile addresses and contact cards (pycore.profile) through the app's own boundary:
the case table tests/cases/profiles.json, the errors, and properties over any text."""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from case_tables import CASES_DIR, load
from pycore import api
from pycore.profile import (
    MAX_FIELD_CHARS,
    MAX_TEXT_CHARS,
    MESSAGES,
    NotAProfile,
    Profile,
    read_profile,
)

TABLE = load(CASES_DIR / "profiles.json")
FIELDS = ("profile_url", "first_name", "full_name", "company")
# A tag's opening as a browser would read it ("<b", "< script", "<!--", "</", "<?").
LOOKS_LIKE_MARKUP = re.compile(r"<\s*[A-Za-z!/?]")
CANONICAL = re.compile(r"https://www\.linkedin\.com/in/(?:[A-Za-z0-9_-]|%[0-9A-F]{2})+")


def profile(text: object) -> dict[str, Any]:
    """The profile action's reply, as the worker gets it: through JSON both ways."""
    request = json.dumps({"action": "profile", "payload": {"text": text}})
    reply: dict[str, Any] = json.loads(api.handle(request))
    return reply


@pytest.mark.parametrize(
    "case", [pytest.param(case, id=case["about"]) for case in TABLE["profiles"]]
)
def test_each_profile_reads_as_the_table_says(case: dict[str, Any]) -> None:
    assert profile(case["text"]) == {"ok": True, "result": {**case["expect"], "problem": None}}


@pytest.mark.parametrize(
    "case", [pytest.param(case, id=case["about"]) for case in TABLE["not_profiles"]]
)
def test_each_text_that_names_no_one_says_why(case: dict[str, Any]) -> None:
    reply = profile(case["text"])
    assert reply["ok"] is True, reply
    result = reply["result"]
    assert {key: result[key] for key in FIELDS} == dict.fromkeys(FIELDS)
    assert result["problem"]["reason"] == case["reason"]
    assert result["problem"]["message"]


def test_the_table_covers_every_reason_and_uses_known_keys() -> None:
    assert {case["reason"] for case in TABLE["not_profiles"]} == set(MESSAGES)
    for case in TABLE["profiles"]:
        assert set(case) == {"about", "text", "expect"}
        assert set(case["expect"]) == set(FIELDS)
    for case in TABLE["not_profiles"]:
        assert set(case) == {"about", "text", "reason"}


def test_another_sites_address_is_named_in_the_message() -> None:
    reply = profile("https://example.com/in/priya")
    assert reply["result"]["problem"]["message"] == (
        "That is an address on example.com, not a LinkedIn profile."
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (None, "'text' is required"),
        (5, "'text' must be str, not int"),
        ("a" * (MAX_TEXT_CHARS + 1), f"at most {MAX_TEXT_CHARS:,}"),
        ("https://www.linkedin.com/in/priya\ud83d-sharma", "broken character at position 34"),
        ("\udfff", "U+DFFF"),
    ],
    ids=["missing", "not text", "a megabyte", "half an emoji", "a lone low surrogate"],
)
def test_unreadable_text_gets_a_clear_error(text: object, message: str) -> None:
    reply = profile(text)
    assert reply["ok"] is False
    assert reply["error"]["name"] == "RequestError"
    assert message in reply["error"]["message"]


# Inputs of the longest length read that make careless regular expressions backtrack. No
# time is asserted (the suite's duration shows a regression); each must simply finish.
LONGEST = {
    "dotted host": "a." * (MAX_TEXT_CHARS // 2),
    "slug of percent signs": "linkedin.com/in/" + "%" * (MAX_TEXT_CHARS - 16),
    "one long word": "https://www.linkedin.com/in/" + "a-1" * ((MAX_TEXT_CHARS - 28) // 3),
    "at signs": "https://" + "@" * (MAX_TEXT_CHARS - 8),
    "card parameters": "BEGIN:VCARD\nN" + ';"a' * ((MAX_TEXT_CHARS - 13) // 3),
    "folded card line": "BEGIN:VCARD\nFN:a" + "\n " * ((MAX_TEXT_CHARS - 16) // 2),
    "mecard escapes": "MECARD:N:" + "\\" * ((MAX_TEXT_CHARS - 9) // 2),
    "words": "x " * (MAX_TEXT_CHARS // 2),
}


@pytest.mark.parametrize("text", LONGEST.values(), ids=LONGEST.keys())
def test_the_longest_texts_read_without_backtracking_forever(text: str) -> None:
    assert len(text) <= MAX_TEXT_CHARS
    assert profile(text)["ok"] is True


def test_a_whole_emoji_is_no_broken_character() -> None:
    reply = profile("\N{WAVING HAND SIGN} https://www.linkedin.com/in/priya-sharma-12ab34")
    assert reply["result"]["profile_url"] == "https://www.linkedin.com/in/priya-sharma-12ab34"


# --- properties -------------------------------------------------------------------------

ANY_CHAR = st.characters(exclude_categories=())  # lone surrogates included
TEXT_CHAR = st.characters(exclude_categories=("Cs",))
HIDDEN = st.sampled_from("\u200b\u200c\u200d\u200e\u202a\u202b\u202c\u202d\u202e\u2066\u2069\ufeff")
NAME_WORDS = st.sampled_from(["priya", "Sharma", "jos%C3%A9", "Jos\u00e9", "e%CC%81", "j", "ACoAA"])
SLUG_WORDS = NAME_WORDS | HIDDEN | st.sampled_from(["12ab34", "08", "%E2%80%8B", "%c3", "%2F", "."])
SLUGS = st.one_of(
    st.lists(NAME_WORDS, min_size=1, max_size=4).map("-".join),
    st.lists(SLUG_WORDS, max_size=6).map("-".join),
    st.lists(SLUG_WORDS | st.sampled_from(["-", "_", "--"]), max_size=6).map("".join),
    st.text(alphabet=TEXT_CHAR, max_size=30),
    st.text(alphabet=TEXT_CHAR, max_size=30).map(lambda s: quote(s, safe="")),
)
HOSTS = st.sampled_from(["www.", "uk.", "m.", "", "DE."]).map("{}linkedin.com".format)
TAILS = st.sampled_from(["", "/", "?utm_source=share&utm_medium=ios_app", "#x", "/details/", "."])
PROFILE_ADDRESSES = st.builds(
    "{}{}{}{}{}".format,
    st.sampled_from(["", "https://", "http://", "HTTPS://"]),
    HOSTS,
    st.sampled_from(["/in/", "/IN/", "/comm/in/", "/mwlite/in/"]),
    SLUGS,
    TAILS,
)
ANY_ADDRESSES = st.builds(
    "{}{}{}{}{}".format,
    st.sampled_from(["", "https://", "javascript:", "https://u@", "data:text/html,"]),
    HOSTS | st.sampled_from(["lnkd.in", "example.com", "evil-linkedin.com", "linkedin.co"]),
    st.sampled_from(["/in/", "/pub/", "/company/", "/in//", "/", "@x.com/in/", ".evil.com/in/"]),
    SLUGS,
    TAILS,
)
ADDRESSES = PROFILE_ADDRESSES | ANY_ADDRESSES
CARD_VALUES = st.one_of(
    st.text(alphabet=ANY_CHAR, max_size=20),
    st.lists(
        st.sampled_from(["Priya", " ", "Sharma", ";", ",", "\\n", "Dr.", "\u0646"]) | HIDDEN,
        min_size=1,
        max_size=8,
    ).map("".join),
    st.sampled_from(["=C3=A9", "a\\,b", "\\", "<b>", "\x00"]),
)
CARD_LINES = st.one_of(
    st.builds(
        "{}{}:{}".format,
        st.sampled_from(["FN", "N", "ORG", "URL", "X-SOCIALPROFILE", "item1.URL", "END", "x"]),
        st.sampled_from(["", ";TYPE=linkedin", ";ENCODING=QUOTED-PRINTABLE", ';X="a:b"', ";"]),
        CARD_VALUES | ADDRESSES,
    ),
    st.text(alphabet=ANY_CHAR, max_size=10),
)
CARDS = st.builds(
    lambda start, lines, end: start + end.join(lines),
    st.sampled_from(["BEGIN:VCARD\n", "begin:vcard\r\n", "MECARD:", " BEGIN:VCARD\r"]),
    st.lists(CARD_LINES, max_size=8),
    st.sampled_from(["\r\n", "\n", "\r", ";", "\r\n ", "=\r\n"]),
)
TEXTS = st.one_of(
    ADDRESSES,
    CARDS,
    st.builds("{} {} {}".format, st.text(alphabet=ANY_CHAR, max_size=20), ADDRESSES, ADDRESSES),
    st.text(alphabet=ANY_CHAR, max_size=200),
)


def visible(name: str) -> bool:
    """No control characters, and no format characters but a joiner between letters."""
    for index, ch in enumerate(name):
        category = unicodedata.category(ch)
        joins = ch in "\u200c\u200d" and 0 < index < len(name) - 1
        if category == "Cc" or (category == "Cf" and not joins):
            return False
    return True


@settings(max_examples=300)
@given(text=TEXTS)
@example(text="BEGIN:VCARD\nN:<")  # a lone "<" is text, not markup: kept as a name
def test_any_text_gets_a_profile_or_a_reason_or_a_clear_error(text: str) -> None:
    reply = profile(text)
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        assert reply["ok"] is False
        assert "broken character" in reply["error"]["message"]
        return
    assert reply["ok"] is True, reply
    result = reply["result"]
    assert set(result) == {*FIELDS, "problem"}
    if result["problem"] is not None:
        assert result["problem"]["reason"] in MESSAGES
        assert all(result[key] is None for key in FIELDS)
        return
    assert any(result[key] for key in FIELDS)
    url = result["profile_url"]
    assert url is None or (CANONICAL.fullmatch(url) and len(url) <= MAX_FIELD_CHARS), url
    for key in ("first_name", "full_name", "company"):
        value = result[key]
        assert value is None or (value == value.strip() and len(value) <= MAX_FIELD_CHARS)
        assert value is None or (not LOOKS_LIKE_MARKUP.search(value) and visible(value)), value


SHARED = st.builds("{} {} {}".format, st.text(TEXT_CHAR, max_size=20), ADDRESSES, ADDRESSES)


def canonical_reading(text: str) -> Profile | None:
    """The profile `text` reads as, when it has a profile address; else None."""
    try:
        found = read_profile(text)
    except ValueError:
        return None
    return None if isinstance(found, NotAProfile) or found.profile_url is None else found


@settings(max_examples=300)
@given(text=ADDRESSES | SHARED)
def test_reading_the_canonical_address_gives_the_same_answer(text: str) -> None:
    found = canonical_reading(text)
    if found is not None:
        assert canonical_reading(found.profile_url or "") == found


@settings(max_examples=200)
@given(text=CARDS)
def test_a_cards_address_reads_as_itself(text: str) -> None:
    found = canonical_reading(text)
    if found is not None:
        again = canonical_reading(found.profile_url or "")
        assert again is not None
        assert again.profile_url == found.profile_url
