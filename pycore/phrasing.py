"""The wording drafts are made of, per language, and the grammar helpers its templates use.

`pycore.compose` builds every draft the same way in every language (greeting, how you know
them, why you connect, an ask, a sign-off; see its docstring for the template language).
A `Phrasing` holds one language's words for those parts. Templates may also hold
`<informal|formal>` choices ("<tu|usted>"): the draft's `formal` option picks one side.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Literal

from . import regex

Tone = Literal["warm", "brief", "direct"]
Filter = Callable[[str], str]

_FORMALITY = regex.compile(r"<([^<>|]*)\|([^<>|]*)>")
_FIRST_LETTER = regex.compile(r"[^\W\d_]")
_VOWEL_START = regex.compile(r"(?i)[aeiouyhàâäéèêëîïôöûüœæ]")
_I_SOUND = regex.compile(r"(?i)h?i(?![aeiouáéó])")


@dataclass(frozen=True)
class Phrasing:
    """One language's words for drafts. Each tone's `greeting` is a template with {name};
    `how`, `why`, `leads`, `ask` and `sign_offs` are as in English (`pycore.compose`), and
    so are a first message's `thanks` and `next_steps`."""

    greeting: Mapping[Tone, str]
    how: Mapping[str, Mapping[Tone, str]]
    why: Mapping[str, tuple[str, str]]
    leads: Mapping[str, Mapping[Tone, str]]
    ask: Mapping[Tone, str]
    sign_offs: Mapping[Tone, str]
    # Shorter wording for the same meaning, tried before any detail is dropped.
    tighter: tuple[tuple[str, str], ...]
    filters: Mapping[str, Filter]
    # A first message (after they accept) opens with its tone's thanks, after the greeting,
    # and ends with an easy next step: a question for the reason it is about (a why id).
    thanks: Mapping[Tone, str]
    next_steps: Mapping[str, str]
    # "a, b and c" for a list; two clauses of different leads are joined by `clauses`.
    join: Callable[[list[str]], str]
    clauses: str
    # Words that open a question the user typed without its question mark, and how a
    # question is written ("¿...?" in Spanish, "... ?" in French).
    question_starts: frozenset[str]
    question: str = "{}?"


def formality(template: str, formal: bool) -> str:
    """The template with each `<informal|formal>` choice made."""
    return _FORMALITY.sub(lambda choice: choice.group(2 if formal else 1), template)


def capitalise(sentence: str) -> str:
    """The sentence with its first letter in capitals, after any opening "¿" or "¡"."""
    letter = _FIRST_LETTER.search(sentence)
    if letter is None:
        return sentence
    at = letter.start()
    return sentence[:at] + sentence[at].upper() + sentence[at + 1 :]


def starts_with_vowel(phrase: str) -> bool:
    return bool(_VOWEL_START.match(phrase))


def first_word(phrase: str) -> str:
    return phrase.split(" ", 1)[0].lower().strip("\"'«»„“”")


def determined_by(determiners: frozenset[str]) -> Callable[[str], bool]:
    """Whether a phrase already starts with one of `determiners` ("la", "mein", "l'...")."""

    def determined(phrase: str) -> bool:
        word = first_word(phrase)
        return word in determiners or word.split("'")[0] + "'" in determiners

    return determined


def prefixed(prefix: str, determined: Callable[[str], bool]) -> Filter:
    """A filter putting `prefix` before a phrase that has no determiner yet."""
    return lambda phrase: phrase if determined(phrase) else f"{prefix} {phrase}"


def titled(prefix: str, opening: str, closing: str, determined: Callable[[str], bool]) -> Filter:
    """'Scaling Postgres' -> 'tu charla «Scaling Postgres»'; a phrase with its own
    determiner ("mi charla sobre ...") or quotes is used as typed."""

    def title(phrase: str) -> str:
        if determined(phrase):
            return phrase
        quoted = phrase[:1] in "\"'«„“" and phrase[-1:] in "\"'»“”"
        return f"{prefix} {phrase}" if quoted else f"{prefix} {opening}{phrase}{closing}"

    return title


def agreeing(
    forms: Mapping[str, str], agreement: Callable[[str], str], determined: Callable[[str], bool]
) -> Filter:
    """A filter putting before a phrase the form that agrees with its first noun:
    `agreement` names the noun's class ("f", "mp" ...) and `forms` gives each one's word
    ("ta newsletter", "deiner Studie", "da sua palestra")."""

    def apply(phrase: str) -> str:
        if determined(phrase):
            return phrase
        return f"{forms[agreement(first_word(phrase))]} {phrase}"

    return apply


def contracted(
    preposition: str, fused: Mapping[str, str], elided: str | None = None
) -> Filter:
    """A filter putting `preposition` before a phrase, fused with the article it starts
    with (à + le -> au, bei + dem -> beim, em + a -> na); `elided` before a vowel (d')."""

    def apply(phrase: str) -> str:
        word, _, rest = phrase.partition(" ")
        article = word.lower()
        if article in fused and rest:
            return f"{fused[article]} {rest}"
        if elided and starts_with_vowel(phrase):
            return f"{elided}{phrase}"
        return f"{preposition} {phrase}"

    return apply


def opening_with(words: frozenset[str], otherwise: str) -> Filter:
    """A filter keeping a phrase that opens with one of `words` ("en Berlín") and giving
    any other `otherwise` ("(Berlín)" for "({})", "a través de Ana" for "a través de {}")."""

    def apply(phrase: str) -> str:
        if phrase.startswith("(") or first_word(phrase) in words:
            return phrase
        return otherwise.format(phrase)

    return apply


def joined(conjunction: str, before_i: str | None = None) -> Callable[[list[str]], str]:
    """'a, b y c' style lists; `before_i` replaces the conjunction before an i- sound
    (Spanish "y" becomes "e": "seguir y e informarme")."""

    def join(items: list[str]) -> str:
        if not items:
            return ""
        last = items[-1]
        word = conjunction
        if before_i and _I_SOUND.match(last):
            word = before_i
        head = ", ".join(items[:-1])
        return f"{head} {word} {last}" if head else last

    return join
