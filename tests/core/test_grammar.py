"""Drafts read like a person wrote them: the grammar helpers, then every combination."""

from __future__ import annotations

import itertools
import re

import pytest

from pycore import draft
from pycore.compose import (
    article,
    as_aside,
    as_found,
    as_question,
    as_role,
    as_talk,
    finish,
    join_and,
    render,
    with_article,
)
from pycore.kinds import HOW_KINDS, WHY_KINDS, Kind


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("event", "an"),
        ("hour-long workshop", "an"),
        ("honest chat", "an"),
        ("user research role", "a"),
        ("unique chance", "a"),
        ("university project", "a"),
        ("one-day workshop", "a"),
        ("European startup", "a"),
        ("MBA internship", "an"),
        ("UX role", "a"),
        ("SEO lead", "an"),
        ("HR partner", "an"),
        ("NASA project", "a"),
        ("FAANG company", "a"),
        ("iOS developer", "an"),
        ("SaaS founder", "a"),
        ("8-week course", "an"),
        ("11-person team", "an"),
        ("18th-century archive", "an"),
        ("15-minute call", "a"),
        ("100-day plan", "a"),
        ("X-ray lab", "an"),
        ("C developer", "a"),
        ("École project", "an"),
        ("Uber driver", "an"),
        ("designer", "a"),
        ("", "a"),
        ("👩‍💻 role", "a"),
    ],
)
def test_article_follows_the_first_sound(phrase: str, expected: str) -> None:
    assert article(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("15-minute call", "a 15-minute call"),
        ("a quick chat", "a quick chat"),
        ("An hour", "An hour"),
        ("your seminar series", "your seminar series"),
        ("Sam's team", "Sam's team"),
        ("Sam’s team", "Sam’s team"),
        ("What's next panel", "a What's next panel"),
        ("20 minutes next week", "20 minutes next week"),
        ("lunch next week", "lunch next week"),
        ("hour-long workshop", "an hour-long workshop"),
    ],
)
def test_with_article_adds_one_only_when_missing(phrase: str, expected: str) -> None:
    assert with_article(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Product Designer", "a Product Designer role"),
        ("engineering manager", "an engineering manager role"),
        ("SRE position", "an SRE position"),
        ("an internship", "an internship"),
        ("UX role", "a UX role"),
        ("role on your team", "a role on your team"),
        ("roles in data science", "roles in data science"),
    ],
)
def test_as_role(phrase: str, expected: str) -> None:
    assert as_role(phrase) == expected


def test_phrase_filters_keep_the_users_words() -> None:
    assert as_aside("in Berlin") == "in Berlin"
    assert as_aside("2019-2021") == "(2019-2021)"
    assert as_aside("(Berlin)") == "(Berlin)"
    assert as_found("the Rust Discord") == "through the Rust Discord"
    assert as_found("via GitHub") == "via GitHub"
    assert as_found("searching for mentors") == "while searching for mentors"
    assert as_talk("Scaling Postgres") == "your talk “Scaling Postgres”"
    assert as_talk('"Scaling Postgres"') == 'your talk "Scaling Postgres"'
    assert as_talk("the keynote on AI safety") == "the keynote on AI safety"
    assert as_talk("“The Art of Postgres”") == "your talk “The Art of Postgres”"


@pytest.mark.parametrize(
    ("ask", "expected"),
    [
        ("Could we talk next week?", "Could we talk next week?"),
        ("can we grab coffee", "can we grab coffee?"),
        ("15-minute call", "Would you be up for a 15-minute call?"),
        ("hour-long workshop", "Would you be up for an hour-long workshop?"),
        ("lunch in May", "Would you be up for lunch in May?"),
        ("a quick call!", "Would you be up for a quick call?"),
        ("Coffee?", "Coffee?"),
    ],
)
def test_an_ask_becomes_one_question(ask: str, expected: str) -> None:
    assert as_question(ask, "warm", tight=False) == expected


def test_join_and_and_finish() -> None:
    assert join_and(["a"]) == "a"
    assert join_and(["a", "b"]) == "a and b"
    assert join_and(["a", "b", "c"]) == "a, b, and c"
    assert finish("We met at Yahoo!") == "We met at Yahoo!"
    assert finish("We met at PyCon") == "We met at PyCon."


def test_render_keeps_optional_parts_only_when_filled() -> None:
    template = "at {event}[ {when|aside}][ about {topic}]."
    assert render(template, {"event": "PyCon"}) == "at PyCon."
    assert render(template, {"event": "PyCon", "when": "Berlin"}) == "at PyCon (Berlin)."
    # A value that ends a sentence swallows the template's full stop: no "Inc..".
    assert render(template, {"event": "Acme Inc."}) == "at Acme Inc."
    # Template syntax typed by the user is text, not a template.
    assert render(template, {"event": "{topic} [x]"}) == "at {topic} [x]."


# Plain details, two sets: consonant-initial and vowel-initial (for a/an).
PLAIN = [
    {
        "event": "PyCon Lisbon",
        "when": "last Tuesday",
        "topic": "type checkers",
        "talk": "Scaling Postgres",
        "company": "Stripe",
        "team": "on the payments team",
        "org": "Stanford",
        "mutual": "Maria Silva",
        "work": "post about onboarding",
        "found": "through the Rust Discord",
        "advice": "moving into product management",
        "job_role": "UX designer",
        "hiring_role": "Staff Engineer",
        "collab": "a podcast episode",
        "call": "15-minute call next week",
        "share": "slides from my talk",
    },
    {
        "event": "Open Source Summit",
        "when": "2024",
        "topic": "open data",
        "talk": "an intro to Rust",
        "company": "IBM",
        "team": "2019-2021",
        "org": "Imperial College",
        "mutual": "Omar",
        "work": "essay on pricing",
        "found": "Hacker News",
        "advice": "hiring engineers",
        "job_role": "engineering manager",
        "hiring_role": "iOS developer",
        "collab": "open-source tooling",
        "call": "hour-long workshop",
        "share": "article I mentioned",
    },
]
EXTRAS = {"about": "I run the Lisbon Python meetup.", "sign_off": "Ana", "company": "Acme"}

COMBINATIONS: list[tuple[Kind, tuple[Kind, ...]]] = [
    (how, whys)
    for how in HOW_KINDS
    for whys in [(why,) for why in WHY_KINDS] + list(itertools.combinations(WHY_KINDS, 2))
]

# What a careful writer never produces.
BAD_PATTERNS = {
    "'a' before a vowel": re.compile(r"\b[Aa] [aeioAEIO]"),
    "'an' before a consonant": re.compile(r"\b[Aa]n [b-df-gj-np-tv-zB-DF-GJ-NP-TV-Z]"),
    "space before punctuation": re.compile(r" [,.;:!?]"),
    "doubled space": re.compile(r"  "),
    "doubled punctuation": re.compile(r"[,.;:!?][,.;:!?]"),
    "lower-case sentence start": re.compile(r"[.!?] +[a-z]"),
    "template syntax": re.compile(r"[{}\[\]|]"),
    "repeated word": re.compile(r"\b(\w+) \1\b", re.IGNORECASE),
}


def grammar_problems(text: str) -> list[str]:
    problems = [name for name, pattern in BAD_PATTERNS.items() if pattern.search(text)]
    if text != text.strip():
        problems.append("leading or trailing space")
    last_line = text.split("\n")[-1]
    if "\n" not in text and not last_line.endswith((".", "!", "?")):
        problems.append("unfinished last sentence")
    return problems


@pytest.mark.parametrize("values", PLAIN, ids=["consonants", "vowels"])
@pytest.mark.parametrize("limit", [200, 300])
@pytest.mark.parametrize("extras", [{}, EXTRAS], ids=["bare", "extras"])
def test_every_combination_reads_naturally(
    values: dict[str, str], limit: int, extras: dict[str, str]
) -> None:
    failures: list[str] = []
    for how, whys in COMBINATIONS:
        slots = {slot.id: values[slot.id] for kind in (how, *whys) for slot in kind.slots}
        result = draft(
            name="Ada", how=how.id, why=[w.id for w in whys], slots=slots, limit=limit, **extras
        )
        label = f"{how.id}+{'+'.join(w.id for w in whys)}"
        if result.problem or len(result.drafts) < 2:
            failures.append(f"{label}: {result.problem} ({len(result.drafts)} drafts)")
        for item in result.drafts:
            problems = grammar_problems(item.text)
            if problems:
                failures.append(f"{label} [{item.tone}] {problems}: {item.text!r}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ada, we met at a event.",
        "Hi Ada, I'm looking for an design role.",
        "Hi Ada , we met.",
        "Hi Ada,  we met.",
        "Hi Ada, we met at Acme Inc..",
        "Hi Ada! we met.",
        "Hi Ada, we met at {event}.",
        "Hi Ada, we met at the the event.",
        "Hi Ada, we met",
    ],
)
def test_the_grammar_check_catches_what_it_claims(text: str) -> None:
    assert grammar_problems(text)
