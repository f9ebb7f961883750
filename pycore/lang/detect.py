"""Which language a note is written in, from its script and its most frequent words.

A note is a few dozen words, often with names, events and English loanwords ("meetup",
"startup") in it, so the detector counts only words that carry a language: the common
words of each profile (`pycore.lang.profiles`). A word several languages share counts
for each of them in part. English wins ties: a note with no telling word ("Ana 🙂",
"Thanks!") is checked as English, as every note was before. So is an English note that
opens with a foreign greeting ("Hola Marta! Great meeting you ..."): its other words
outvote the greeting.
"""

from __future__ import annotations

from .. import regex
from ..textutil import latin_fold
from . import profiles

ENGLISH = "en"
# An unknown language: letters of a script or words of no profile.
UNDETERMINED = "und"
# Enough of a note to tell its language; the rest would only cost time on a pasted page.
SAMPLE_CHARS = 2_000
# A letter that only a few languages use weighs this much against a word.
LETTER_WEIGHT = 0.5
# A note of this many words or more whose words are this rarely in the best profile is
# in a language no profile knows (Swahili, Vietnamese). English notes have a quarter or
# more of their words in the English profile.
FOREIGN_MIN_WORDS = 8
MIN_SHARE = 0.1

_FOLD = latin_fold()
_WORD = regex.compile(r"[^\W\d_]+")
# Links, addresses and handles are no language's words ("com" is Portuguese for "with").
_LINK_LIKE = regex.compile(r"://|www\.|@|\w\.[a-z]{2,6}(?:/|$)")


def _profile_table() -> dict[str, tuple[str, ...]]:
    """Each profile word with the languages whose profiles list it."""
    table: dict[str, list[str]] = {}
    for code, text in profiles.WORDS.items():
        for word in dict.fromkeys(_WORD.findall(text.translate(_FOLD))):
            table.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in table.items()}


_LANGUAGES_OF_WORD = _profile_table()
_LETTERS = {letter: codes.split() for letter, codes in profiles.LETTERS.items()}
_TELLING_LETTERS = regex.compile("[" + "".join(profiles.LETTERS) + "]")
_LATIN_LETTER = regex.compile(r"[A-Za-z\u00c0-\u024f]")
# Past the Latin letters: most notes have none, and need no count by script.
_BEYOND_LATIN = regex.compile(r"[\u0370-\uffff]")
# Scripts that name their language well enough, most specific first: Japanese mixes
# kana with Chinese characters, so kana make a note Japanese before Chinese is tried.
SCRIPTS = (
    ("ja", regex.compile("[\u3040-\u30ff\u31f0-\u31ff]")),
    ("ko", regex.compile("[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")),
    ("zh", regex.compile("[\u4e00-\u9fff\u3400-\u4dbf]")),
    ("hi", regex.compile("[\u0900-\u097f]")),
    ("ru", regex.compile("[\u0400-\u04ff]")),
    ("ar", regex.compile("[\u0600-\u06ff\u0750-\u077f]")),
    ("he", regex.compile("[\u0590-\u05ff]")),
    ("el", regex.compile("[\u0370-\u03ff]")),
    ("th", regex.compile("[\u0e00-\u0e7f]")),
)


def detect(text: str) -> str:
    """The note's language as a short code ("en", "es", "nl", "ja" ...): the script's
    when most letters are not Latin, else the profile with the most evidence; "en" when
    nothing tells, "und" when a long note has words of no profile."""
    sample = " ".join(
        token
        for token in text[:SAMPLE_CHARS].split()
        if not ("." in token or "@" in token) or not _LINK_LIKE.search(token)
    )
    if _BEYOND_LATIN.search(sample):
        latin = len(_LATIN_LETTER.findall(sample))
        for code, script in SCRIPTS:
            count = len(script.findall(sample))
            if count and count >= latin:
                return code
    scores: dict[str, float] = {}
    words = _WORD.findall(sample.translate(_FOLD))
    for word in words:
        codes = _LANGUAGES_OF_WORD.get(word, ())
        for code in codes:
            scores[code] = scores.get(code, 0.0) + 1 / len(codes)
    for letter in set(_TELLING_LETTERS.findall(sample.lower())):
        for code in _LETTERS[letter]:
            scores[code] = scores.get(code, 0.0) + LETTER_WEIGHT / len(_LETTERS[letter])
    best = max(scores, key=lambda code: (scores[code], code == ENGLISH), default=ENGLISH)
    if len(words) >= FOREIGN_MIN_WORDS and scores.get(best, 0.0) < MIN_SHARE * len(words):
        return UNDETERMINED
    return best if scores.get(best, 0.0) > scores.get(ENGLISH, 0.0) else ENGLISH
