"""`repeated`: the note is nearly the same as one the user already sent to someone else."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from .. import regex
from ..lang import say
from ..model import Finding, Note
from ..phrases import GREETINGS
from .matching import normalise, whole_note_warning

RULE = "repeated"

# "Nearly the same" compares the notes' words as bags: likeness is 2 * shared words / all
# words of both (difflib's quick_ratio, or Dice over word multisets), and a note is a
# repeat when it is at least SIMILAR alike and adds fewer than OWN_WORDS words of its own.
# Word order is ignored on purpose: a reused note with its sentences swapped is still the
# same note. The two numbers come from pairs tried by hand (tests/cases/rules/repeated.json):
# a note reused with another name scores 1.0, with a word or two changed 0.83-0.96; two
# notes sharing an event but saying something different score 0.47-0.72 or add 3+ words
# of their own, as does a reused note once the suggestion is followed ("we talked about
# Rust compilers" added: 0.82, 5 own words). A note that is an earlier one without its
# specific line is not a repeat either (0.72). Of the 617 corpus notes, no good note is a
# repeat of any other (tests/core/test_repeated.py). Counting over sets is linear and runs
# in C, where a word-sequence ratio (difflib's ratio) is quadratic on long notes.
SIMILAR = 0.8
OWN_WORDS = 3
# Under this many words (after the greeting) a note is "Thanks!" or "Great to meet you":
# everyone writes those alike, so repeating one says nothing about the sender.
MIN_WORDS = 5
# The check runs on every keystroke. Callers list the earlier notes oldest first, as they
# were sent, so the last ones are the most recent; a thousand covers years of invitations.
MAX_EARLIER = 1_000

_WORD = regex.compile(r"[^\W_]+")
# The opening address, which differs between recipients by design: a greeting with up to
# three words of name, or one or two words alone, ending at a separator ("Hi Jane,",
# "Dear Dr. Okafor -", "Maria,"). Looked for only in the note's first characters.
_OPENING_CHARS = 60
_NAME_WORD = r"[^\W\d_][\w'.-]*"
_ADDRESS = regex.compile(
    r"\s*(?:(?i:" + "|".join(GREETINGS) + r")(?!\w)[\s,!.:;-]*"
    rf"(?:{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})?|{_NAME_WORD}(?:\s+{_NAME_WORD})?)"
    r"\s*(?:[,!.:;?\n\u2013\u2014]|-+\s)"
)


def words(text: str) -> list[str]:
    """The note's words without its opening address, case, quotes or punctuation: what
    stays the same when one note is sent to two people."""
    plain = normalise(text)
    address = _ADDRESS.match(plain, 0, _OPENING_CHARS)
    body = plain[address.end() :] if address else plain
    return _WORD.findall(body.casefold().replace("'", ""))


def bag(text: str) -> frozenset[str]:
    """The note's words as a set with each word tagged by its occurrence ("to", "to#2"),
    so its size is the word count and intersections count repeated words as often as
    both notes use them."""
    seen: dict[str, int] = {}
    tagged = []
    for word in words(text):
        seen[word] = count = seen.get(word, 0) + 1
        tagged.append(word if count == 1 else f"{word}#{count}")
    return frozenset(tagged)


# Earlier notes are the same on every keystroke: each is read once, not once per check.
earlier_bag = lru_cache(maxsize=2 * MAX_EARLIER)(bag)


def repeats(note: frozenset[str], telltale: frozenset[str], other: frozenset[str]) -> bool:
    """Whether the note (its bag) is nearly the same as an earlier one: at least `SIMILAR`
    alike and fewer than `OWN_WORDS` words of its own. `telltale` holds `OWN_WORDS` of
    the note's words; an earlier note with none of them leaves the note enough words of
    its own, so three look-ups rule out most notes before any counting."""
    if other.isdisjoint(telltale):
        return False
    total = len(note) + len(other)
    if 2 * min(len(note), len(other)) < SIMILAR * total:
        return False
    shared = len(note & other)
    return 2 * shared >= SIMILAR * total and len(note) - shared < OWN_WORDS


def check(note: Note) -> Iterator[Finding]:
    """Seed 003: a note that could go to anyone "looks like spam"; a better one shows
    "this person isn't just blasting out the same message to everybody". The same note
    sent twice is exactly that, and the recipients may compare. Only what naturally
    differs between two people is ignored: the greeting and name, case, punctuation and
    quotes. People you know well are exempt: seeds 001 and 002 accept even LinkedIn's
    one-for-everyone default text for them.
    """
    if note.is_close or not note.earlier:
        return
    note_bag = bag(note.text)
    if len(note_bag) < MIN_WORDS:
        return
    # The longest words are the rarest, so they tell notes apart fastest.
    telltale = frozenset(sorted(note_bag, key=lambda word: (-len(word), word))[:OWN_WORDS])
    earlier = note.earlier[-MAX_EARLIER:]
    if not any(repeats(note_bag, telltale, earlier_bag(text)) for text in earlier):
        return
    yield whole_note_warning(
        note,
        RULE,
        message=say(
            note.lang,
            "This is nearly the same as a note you already sent; identical notes "
            "read as mass-sent.",
        ),
        suggestion=say(
            note.lang,
            "Add something only this person would recognise: what you talked "
            "about, their talk or post, or where exactly you met.",
        ),
    )
