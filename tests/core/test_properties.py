"""Properties of the checker over arbitrary text (Hypothesis): it never raises, its spans
lie inside the text in the one order `arrange` gives, it is deterministic, and `length`
counts UTF-16 code units like a browser `<textarea maxlength>`."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pycore import check
from pycore.checker import arrange
from pycore.model import RELATIONSHIPS, TEXT_KINDS, TextKind

# Every code point, lone surrogates included (JavaScript strings can carry them).
ANY_CHAR = st.characters(exclude_categories=())
# Pieces of real notes and of the rules' vocabulary, with the characters that trip
# text handling up: curly quotes, emoji with joiners and skin tones, flags, RTL text,
# combining marks, NUL, a lone surrogate. Joined at random they reach the rules' paths.
PIECES = st.sampled_from(
    [
        "Hi Maria, ", "I'd like to add you to my professional network on LinkedIn",
        "we met at PyCon ", "would love to ", "stay in touch", "[First Name]", "{{company}}",
        "NAME ", "came across your profile ", "synergies ", "we help companies like yours ",
        "$99/month ", "https://calendly.com/x ", "I hope this message finds you well. ",
        "!!!", "?", "\u2019", "\u201c", " ", "\n", "\U0001f680", "\U0001f44d\U0001f3fd",
        "\U0001f468\u200d\U0001f469\u200d\U0001f467", "\U0001f1f5\U0001f1f9",
        "\u05e9\u05dc\u05d5\u05dd ", "\u0645\u0631\u062d\u0628\u0627 ", "e\u0301",
        "\x00", "\ud800", "\udfff", "THE END ", "www.example.com ", "_", "{", "<", "[",
        "Thanks for connecting! ", "glad to be connected ", "Could I ask you ",
    ]
)
TEXTS = st.one_of(
    st.text(alphabet=ANY_CHAR, max_size=400),
    st.lists(PIECES, max_size=40).map("".join),
)
OPTIONS = st.fixed_dictionaries(
    {
        "limit": st.integers(min_value=1, max_value=400),
        "relationship": st.sampled_from(RELATIONSHIPS),
        "name": st.none() | st.text(alphabet=ANY_CHAR, max_size=20),
        "kind": st.sampled_from(TEXT_KINDS),
        "sent_note": st.none() | st.text(alphabet=ANY_CHAR, max_size=20),
    }
)


def utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


@settings(max_examples=200)
@given(text=TEXTS, options=OPTIONS)
def test_any_text_gets_a_consistent_report(text: str, options: dict[str, object]) -> None:
    report = check(text, **options)  # type: ignore[arg-type]
    assert report.length == utf16_units(text)
    assert report.findings == arrange(report.findings)
    for finding in report.findings:
        assert 0 <= finding.start <= finding.end <= len(text)
    assert report.verdict == ("revise" if any(
        f.severity != "tip" for f in report.findings) else "ready")
    assert check(text, **options) == report  # type: ignore[arg-type]


# A megabyte of the inputs that make careless regular expressions backtrack. No timing
# is asserted (the suite's own duration shows a regression); each must simply finish.
MEGABYTE = 1_000_000
ADVERSARIAL = {
    "letters": "a" * MEGABYTE,
    "capitals": "A" * MEGABYTE,
    "braces": "{" * MEGABYTE,
    "brackets": "[ " * (MEGABYTE // 2),
    "spaces": " " * MEGABYTE,
    "line breaks": "\n" * MEGABYTE,
    "exclamations": "!" * MEGABYTE,
    "questions": "?" * MEGABYTE,
    "apostrophes": "\u2019" * MEGABYTE,
    "dotted": "a." * (MEGABYTE // 2),
    "slot words": "NAME " * (MEGABYTE // 5),
    "canned text": "I would like to add you to my " * (MEGABYTE // 30),
    "thanks": "Thanks for connecting! " * (MEGABYTE // 23),
    "emoji": "\U0001f680" * (MEGABYTE // 2),
    "lone surrogates": "\ud800" * MEGABYTE,
}


@pytest.mark.parametrize("kind", TEXT_KINDS)
@pytest.mark.parametrize("text", list(ADVERSARIAL.values()), ids=list(ADVERSARIAL))
def test_a_megabyte_of_adversarial_text_is_checked(text: str, kind: TextKind) -> None:
    report = check(text, kind=kind)
    assert report.length == utf16_units(text)
    assert report.verdict == "revise"
    assert "length" in report.rules
