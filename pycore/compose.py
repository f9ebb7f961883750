"""Drafting notes from a few taps: templates, slot filling, fit-to-limit, ranking.

The seeds agree on what a good note says (GUIDE.md, section 1): the person's name, how you
know them, why you want to connect, specifically, within the limit. Each tone below
(warm, brief, direct) is a different arrangement of those parts; the phrasing lives in
the tables at the top as data, in a tiny template language:

    {slot}         the user's value for that slot, as typed (whitespace normalised)
    {slot|filter}  the value through a grammar filter (see FILTERS), e.g. {job_role|role}
    [ ... ]        an optional part, kept only when every slot inside it has a value

A draft is built by a ladder of candidates per tone: everything first, then without the
sign-off, then without the line about the sender, then with tighter phrasing, then without
the optional details one at a time. The first candidate that fits the limit and that the
checker calls `ready` is that tone's draft. Words and names are never cut.

The tables below are English's; each other language Notewell writes has a `Phrasing` of
its own in `pycore.lang` (`DRAFTING`), with `<informal|formal>` choices in its templates.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from . import regex
from .checker import check
from .kinds import CLOSE, HOW, SLOT_LABELS, WHY, WHY_KINDS, Kind
from .lang import DRAFTING, PerLanguage
from .model import LIMITS, PHONE_READABLE, TEXT_KINDS, Finding, Relationship, Report, TextKind
from .phrasing import Phrasing, Tone, capitalise, formality
from .textutil import utf16_length, without_hidden

# Also the ranking order between drafts with as many tips.
TONES: tuple[Tone, ...] = ("warm", "brief", "direct")

# --- phrasing tables ------------------------------------------------------------------

# How you know them, per tone. Each starts with template words, never with a user value,
# so the first letter can be capitalised when the phrase starts a sentence.
HOW_PHRASES: dict[str, dict[Tone, str]] = {
    "event": {
        "warm": "it was great meeting you at {event}[ {when|aside}][ and chatting about {topic}]",
        "brief": "we met at {event}[ {when|aside}][ and talked about {topic}]",
        "direct": "we spoke at {event}[ {when|aside}][ about {topic}]",
    },
    "talk": {
        "warm": "I really enjoyed {talk|talk}[ at {event}]",
        "brief": "I saw {talk|talk}[ at {event}]",
        "direct": "{talk|talk}[ at {event}] was really useful",
    },
    "worked": {
        "warm": "I really enjoyed working with you at {company}[ {team|aside}]",
        "brief": "we worked together at {company}[ {team|aside}]",
        "direct": "we overlapped at {company}[ {team|aside}]",
    },
    "same-org": {
        "warm": "I noticed we're both from {org}",
        "brief": "we're both from {org}",
        "direct": "we both spent time at {org}",
    },
    "mutual": {
        "warm": "I see we have a mutual friend, {mutual}",
        "brief": "we're both in {mutual}'s network",
        "direct": "we have a mutual contact, {mutual}",
    },
    "their-work": {
        "warm": "I really enjoyed {work|your}",
        "brief": "thanks for {work|your}",
        "direct": "I enjoyed {work|your}",
    },
    "never-met": {
        "warm": "we haven't met, but I found you {found|via}",
        "brief": "we haven't met; I found you {found|via}",
        "direct": "we haven't met: I found you {found|via}",
    },
    # The seeds' advice for people you know well: a personal "Hope all is well" (000).
    CLOSE: {
        "warm": "hope all is well!",
        "brief": "hope you're doing well",
        "direct": "hope all is well!",
    },
}

# Why you connect: (lead, rest). Reasons with the same lead share it ("I'd love to stay in
# touch and follow your work"); LEADS gives each lead's words per tone.
WHY_PHRASES: dict[str, tuple[str, str]] = {
    "stay": ("love", "stay in touch"),
    "follow": ("love", "follow your work"),
    "advice": ("love", "get your advice on {advice}"),
    "job": ("am", "looking for {job_role|role}[ at {their_company}]"),
    "hiring": ("love", "tell you about {hiring_role|role} I'm hiring for"),
    "collaborate": ("love", "explore working together on {collab}"),
    "share": ("will", "send over {share|the} as promised"),
}
LEADS: dict[str, dict[Tone, str]] = {
    "love": {"warm": "I'd love to", "brief": "I'd love to", "direct": "I'd like to"},
    "am": {"warm": "I'm", "brief": "I'm", "direct": "I'm"},
    "will": {"warm": "I'll", "brief": "I'll", "direct": "I'll"},
}

# A concrete ask (003: "Would you be open for a 20 minute call next Wednesday ...?").
ASK_PHRASES: dict[Tone, str] = {
    "warm": "Would you be up for {value|a}?",
    "brief": "Up for {value|a}?",
    "direct": "Would {value|a} work for you?",
}
# A first message's thanks for connecting, after the greeting.
THANKS: dict[Tone, str] = {
    "warm": "thanks for connecting!",
    "brief": "great to be connected.",
    "direct": "thanks for accepting.",
}
# An easy next step to end a first message on, for the reason it is about (the user's own
# ask, when given, comes instead).
NEXT_STEPS: dict[str, str] = {
    "stay": "Would you be up for a coffee next time we're in the same place?",
    "follow": "What are you working on next?",
    "advice": "Could I send you two or three questions here?",
    "job": "Would you be open to a short chat about your team?",
    "hiring": "Could I send you the details?",
    "collaborate": "Would a short call next week work for you?",
    "share": "Let me know what you think!",
}
SIGN_OFFS: dict[Tone, str] = {
    "warm": "Best, {sign_off}",
    "brief": "Cheers, {sign_off}",
    "direct": "Thanks, {sign_off}",
}
# Shorter wording for the same meaning, tried before any detail is dropped.
TIGHTER: tuple[tuple[str, str], ...] = (
    ("it was great meeting you", "great meeting you"),
    ("I really enjoyed", "I enjoyed"),
    ("I noticed we're", "we're"),
    ("I see we have", "we have"),
    ("was really useful", "was useful"),
    ("hope you're doing well", "hope you're well"),
    ("explore working together on", "work together on"),
    ("send over", "send"),
    ("Would you be up for", "Up for"),
)
# Optional details in the order they are given up when space is short. The sign-off and
# the line about the sender go first, before the wording is tightened.
DROP_FIRST = ("sign_off", "about")
DROP_LATER = ("when", "team", "topic", "event", "their_company", "call", "ask")

# --- grammar tables -------------------------------------------------------------------

# Words that already determine a noun phrase: no article or "your" is added before them.
DETERMINERS = frozenset(
    {
        "a", "an", "the", "my", "our", "your", "his", "her", "their", "its", "this", "that",
        "these", "those", "some", "any", "every", "each", "another", "one", "two", "three",
        "four", "five", "several", "few"
    }
)
# Words ending in 's that are not possessives: "What's next?" is a title, not "Sam's talk".
S_CONTRACTIONS = frozenset(
    {"what's", "that's", "it's", "there's", "here's", "let's", "who's", "where's", "how's"}
)
# Letters whose spoken name starts with a vowel sound: "an MBA", "an SEO", "an HR role".
VOWEL_SOUND_LETTERS = frozenset("AEFHILMNORSX")
# All-capital words said as a word, not letter by letter: "a NASA project", "a MOOC".
WORD_ACRONYMS = frozenset(
    {
        "NASA", "NATO", "FAANG", "GIF", "JPEG", "SCUBA", "LASER", "RADAR", "ASAP", "AWOL",
        "UNICEF", "UNESCO", "OPEC", "FOMO", "YOLO", "EMEA", "APAC", "LATAM", "SIM", "MOOC"
    }
)
# Spelling that misleads about the first sound: "an hour", "a user", "a one-day workshop".
AN_BEFORE = ("hour", "honest", "honor", "honour", "heir", "unin", "unim")
A_BEFORE = ("uni", "use", "usu", "uti", "ura", "ure", "uro", "ukr", "eu", "ewe", "ubiq")
A_BEFORE_WORDS = frozenset({"one", "once"})
# Role names that already say "role": "a PM position", "a role on your team".
ROLE_NOUNS = frozenset({"role", "position", "job", "opening", "internship", "gig", "vacancy"})
# ... and in the plural take no article: "looking for roles in data".
ROLE_NOUNS_PLURAL = frozenset(
    {"roles", "positions", "jobs", "openings", "internships", "gigs", "vacancies"}
)
# Nouns that take no article: "up for lunch", not "up for a lunch".
MASS_NOUNS = frozenset({"lunch", "breakfast", "dinner", "feedback", "advice", "help", "input"})
# Words that open a "when or where" phrase on their own: "at PyCon in Berlin"; anything
# else goes in brackets: "at PyCon (Berlin)".
ASIDE_STARTS = frozenset(
    {
        "in", "on", "at", "during", "last", "this", "yesterday", "today", "earlier", "over",
        "after", "before", "back", "from", "near", "around", "by"
    }
)
# Words that open a "how you found them" phrase: "I found you through ..." otherwise.
FOUND_STARTS = frozenset(
    {
        "through", "via", "on", "in", "at", "while", "when", "after", "from", "during",
        "thanks", "by", "because"
    }
)
# Words that open a question the user typed without its question mark.
QUESTION_STARTS = frozenset(
    {
        "can", "could", "would", "will", "do", "does", "are", "is", "may", "might", "shall",
        "should", "what", "when", "where", "how", "who", "why"
    }
)
SENTENCE_END = ".!?…"
QUOTES = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"
WORD = regex.compile(r"[^\W_]+")
TOKEN = regex.compile(r"\{(\w+)(?:\|(\w+))?\}")
OPTIONAL = regex.compile(r"\[([^\[\]]*)\]")

# Labels for the request's own fields, as problem messages name them.
FIELD_LABELS: dict[str, str] = {
    "name": "First name",
    "about": "About you",
    "ask": "Ask",
    "sign_off": "Your name",
    "their_company": "Company",
    **SLOT_LABELS,
}
# Internal value keys that the request spells differently.
REQUEST_FIELDS = {"their_company": "company"}


# --- results --------------------------------------------------------------------------


class DraftError(ValueError):
    """The request cannot be drafted as asked; the message names the field to fix."""


@dataclass(frozen=True)
class Draft:
    """One ready note: its text, UTF-16 length, tone and the checker's report on it."""

    text: str
    length: int
    tone: Tone
    report: Report


@dataclass(frozen=True)
class Problem:
    """Why no draft could be written, and which request fields to change."""

    message: str
    fields: tuple[str, ...]


@dataclass(frozen=True)
class DraftResult:
    """2-3 drafts best first, or no drafts and the problem that prevented them."""

    drafts: tuple[Draft, ...]
    problem: Problem | None = None


@dataclass(frozen=True)
class Request:
    """A validated, normalised draft request. `values` holds every non-empty detail."""

    name: str
    how: Kind
    whys: tuple[Kind, ...]
    values: Mapping[str, str]
    limit: int
    lang: str = "en"
    formal: bool = False
    kind: TextKind = "invite"
    # For a first message: the note the invitation carried, None when it had none.
    sent_note: str | None = None

    @property
    def words(self) -> Phrasing:
        return PHRASINGS[self.lang]

    @property
    def required(self) -> tuple[str, ...]:
        """The ids of the slots the chosen kinds need, in the order the form shows them."""
        kinds = (self.how, *self.whys)
        return tuple(dict.fromkeys(slot.id for kind in kinds for slot in kind.required))


# --- grammar helpers ------------------------------------------------------------------


def normalise(value: str) -> str:
    """Collapse runs of whitespace (line breaks too) to one space and trim the ends, with
    a trailing comma, colon or semicolon that would clash with the sentence around it.
    Hidden characters go too: a name copied from a chat app or a shared profile address
    can carry a direction isolate or a zero-width space that would open the note."""
    return " ".join(without_hidden(value).split()).rstrip(",;: ")


def first_word(phrase: str) -> str:
    match = WORD.search(phrase)
    return match.group() if match else ""


def article(phrase: str) -> str:
    """'a' or 'an' for a phrase, by how its first word sounds (an hour, a user, an MBA)."""
    word = first_word(phrase)
    if not word:
        return "a"
    if word[0].isdigit():
        digits = re.match(r"\d+", word)
        number = digits.group() if digits else word
        # eight, eighty, eleven, eighteen, eleven/eighteen thousand
        spoken_vowel = number[0] == "8" or (number[:2] in ("11", "18") and len(number) in (2, 5))
        return "an" if spoken_vowel else "a"
    said_as_letters = len(word) == 1 or (word.isupper() and word not in WORD_ACRONYMS)
    if said_as_letters:
        return "an" if base_letter(word[0]).upper() in VOWEL_SOUND_LETTERS else "a"
    lower = word.lower()
    if lower.startswith(AN_BEFORE):
        return "an"
    if lower in A_BEFORE_WORDS or lower.startswith(A_BEFORE):
        return "a"
    return "an" if base_letter(lower[0]) in "aeiou" else "a"


def base_letter(char: str) -> str:
    """The letter without its accent: 'É' -> 'E', so 'an École ...' sounds right."""
    return unicodedata.normalize("NFD", char)[0]


def is_determined(phrase: str) -> bool:
    """Does the phrase already start with an article, a possessive or a quantity?"""
    words = phrase.split()
    if not words:
        return True
    head = words[0].lower().replace("\u2019", "'").strip(QUOTES)
    plural_count = head.isdigit() and len(words) > 1 and words[1].lower().endswith("s")
    return (
        head in DETERMINERS
        or (head.endswith("'s") and head not in S_CONTRACTIONS)
        or plural_count
        or head.rstrip(".,!?") in MASS_NOUNS
    )


def with_article(phrase: str) -> str:
    """'15-minute call' -> 'a 15-minute call', 'MBA internship' -> 'an MBA internship'."""
    return phrase if is_determined(phrase) else f"{article(phrase)} {phrase}"


def with_determiner(determiner: str) -> Callable[[str], str]:
    """A filter putting `determiner` before a phrase that has none yet."""
    return lambda phrase: phrase if is_determined(phrase) else f"{determiner} {phrase}"


def as_role(phrase: str) -> str:
    """'Product Designer' -> 'a Product Designer role'; 'an SRE position' stays as is."""
    words = {word.lower() for word in WORD.findall(phrase)}
    if words & ROLE_NOUNS_PLURAL:
        return phrase
    return with_article(phrase if words & ROLE_NOUNS else f"{phrase} role")


def as_aside(phrase: str) -> str:
    """'in Berlin' follows the event as is; 'Berlin' or '2019-2021' goes in brackets."""
    if phrase.startswith("(") or first_word(phrase).lower() in ASIDE_STARTS:
        return phrase
    return f"({phrase})"


def as_found(phrase: str) -> str:
    """How you found them, after 'I found you': 'through X', 'while searching ...'."""
    word = first_word(phrase).lower()
    if word in FOUND_STARTS:
        return phrase
    if word.endswith("ing") and len(word) > 4 and phrase[0].islower():
        return f"while {phrase}"
    return f"through {phrase}"


def as_talk(phrase: str) -> str:
    """'Scaling Postgres' -> 'your talk “Scaling Postgres”'; a phrase the user made
    themselves ('your panel on remote work') or already quoted is used as typed."""
    if len(phrase) > 1 and phrase[0] in QUOTES and phrase[-1] in QUOTES:
        return f"your talk {phrase}"
    return phrase if is_determined(phrase) else f"your talk “{phrase}”"


def join_and(items: Sequence[str]) -> str:
    """'a', 'a and b', 'a, b, and c'."""
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + ", and " + items[-1]


def finish(sentence: str) -> str:
    """End a sentence with a full stop unless it already ends with one ('Yahoo!')."""
    return sentence if sentence.endswith(tuple(SENTENCE_END)) else sentence + "."


FILTERS: dict[str, Callable[[str], str]] = {
    "": lambda value: value,
    "a": with_article,
    "the": with_determiner("the"),
    "your": with_determiner("your"),
    "role": as_role,
    "aside": as_aside,
    "via": as_found,
    "talk": as_talk,
}

ENGLISH = Phrasing(
    greeting={"warm": "Hi {name},", "brief": "Hi {name}!", "direct": "Hi {name},"},
    how=HOW_PHRASES,
    why=WHY_PHRASES,
    leads=LEADS,
    ask=ASK_PHRASES,
    sign_offs=SIGN_OFFS,
    tighter=TIGHTER,
    filters=FILTERS,
    thanks=THANKS,
    next_steps=NEXT_STEPS,
    join=join_and,
    clauses="{}, and {}",
    question_starts=QUESTION_STARTS,
)
# The languages drafts can be written in.
PHRASINGS: Mapping[str, Phrasing] = PerLanguage(
    lambda code: ENGLISH if code == "en" else DRAFTING[code]
)


def as_question(
    ask: str, tone: Tone, tight: bool, words: Phrasing = ENGLISH, formal: bool = False
) -> str:
    """The user's ask as a question: their own question as typed, else our wording."""
    if ask.endswith("?"):
        return ask
    # Our question mark replaces the user's closing "!" or ".": "a quick call!" -> "...call?"
    bare = ask.rstrip(".!").rstrip() or ask  # "a call ." -> "a call", not "a call ?"
    if first_word(ask).lower() in words.question_starts:
        return words.question.format(bare)
    template = phrasing(words.ask[tone], tight, words, formal)
    return capitalise(render(template, {"value": bare}, words))


# --- templates ------------------------------------------------------------------------


def render(template: str, values: Mapping[str, str], words: Phrasing = ENGLISH) -> str:
    """Fill a template (see the module docstring). A value that ends a sentence itself
    ('Yahoo!', 'Inc.') swallows the template's own full stop or question mark after it."""

    def keep_if_filled(part: re.Match[str]) -> str:
        slots = [name for name, _ in TOKEN.findall(part.group(1))]
        return part.group(1) if all(values.get(slot) for slot in slots) else ""

    template = OPTIONAL.sub(keep_if_filled, template)
    # split() gives literal, slot, filter, literal, slot, filter, ..., literal.
    parts = TOKEN.split(template)
    text = parts[0]
    for index in range(1, len(parts), 3):
        slot, name, literal = parts[index : index + 3]
        value = words.filters[name or ""](values[slot])
        if value.endswith(tuple(SENTENCE_END)) and literal[:1] in ".?!":
            literal = literal[1:]
        text += value + literal
    return text


def phrasing(template: str, tight: bool, words: Phrasing = ENGLISH, formal: bool = False) -> str:
    """The template in the formal or informal register, in its tighter wording when space
    is short."""
    template = formality(template, formal)
    if tight:
        for long, short in words.tighter:
            template = template.replace(formality(long, formal), formality(short, formal))
    return template


def reasons(request: Request, tone: Tone, values: Mapping[str, str], tight: bool) -> list[str]:
    """The why-kinds as sentences; reasons sharing a lead share one clause."""
    words, formal = request.words, request.formal
    grouped: dict[str, list[str]] = {}
    # The kinds' own order reads naturally; the direct tone leads with the concrete asks.
    whys = sorted(request.whys, key=WHY_KINDS.index, reverse=tone == "direct")
    for why in whys:
        lead, rest = words.why[why.id]
        grouped.setdefault(lead, []).append(
            render(phrasing(rest, tight, words, formal), values, words)
        )
    clauses = [
        f"{phrasing(words.leads[lead][tone], tight, words, formal)} {words.join(rests)}"
        for lead, rests in grouped.items()
    ]
    if len(clauses) == 2:
        return [words.clauses.format(*clauses)]
    return clauses


@dataclass(frozen=True)
class Parts:
    """What one candidate says, in its tone, before it is arranged into sentences."""

    greeting: str
    # How they know each other.
    context: str
    # The reasons: the first as it follows a greeting or a dash, the others capitalised.
    first_reason: str
    later_reasons: list[str]
    # The line about the sender, and the question to end on: none or one of each.
    about: list[str]
    question: list[str]


def compose(request: Request, tone: Tone, dropped: frozenset[str], tight: bool) -> str:
    """One candidate note, or first message, in `tone` without the `dropped` details."""
    values = {key: value for key, value in request.values.items() if key not in dropped}
    words, formal = request.words, request.formal
    why = reasons(request, tone, values, tight)
    # One question reads better than two: the concrete ask of a collaboration comes first.
    asks = [values[key] for key in ("call", "ask") if key in values][:1]
    parts = Parts(
        # Not str.format: a name may hold braces.
        greeting=formality(words.greeting[tone], formal).replace("{name}", request.name),
        context=render(
            phrasing(words.how[request.how.id][tone], tight, words, formal), values, words
        ),
        first_reason=why[0],
        # A reason that starts a sentence starts with a capital ("I'd", "Me encantaría").
        later_reasons=[capitalise(reason) for reason in why[1:]],
        about=[values["about"]] if "about" in values else [],
        question=[as_question(ask, tone, tight, words, formal) for ask in asks],
    )
    arrange = message_sentences if request.kind == "message" else note_sentences
    text = " ".join(finish(sentence) for sentence in arrange(request, tone, parts))
    if "sign_off" in values:
        text += "\n" + render(phrasing(words.sign_offs[tone], False, words, formal), values, words)
    return text


def note_sentences(request: Request, tone: Tone, parts: Parts) -> list[str]:
    """A note: how you know them and why you connect, in the tone's order."""
    greeting, context, why = parts.greeting, parts.context, parts.first_reason
    later, about, question = parts.later_reasons, parts.about, parts.question
    if tone == "warm":
        return [f"{greeting} {context}", *about, capitalise(why), *later, *question]
    if tone == "brief":
        return [f"{greeting} {capitalise(context)} — {why}", *later, *about, *question]
    return [f"{greeting} {why}", *later, capitalise(context), *about, *question]


def message_sentences(request: Request, tone: Tone, parts: Parts) -> list[str]:
    """A first message: a brief thanks, how you know them when the invitation went without
    a note (one that was sent said it), the reasons, and an easy next step to end on."""
    words, formal = request.words, request.formal
    thanks = formality(words.thanks[tone], formal)
    told = [capitalise(parts.context)] if request.sent_note is None else []
    why, later, about = parts.first_reason, parts.later_reasons, parts.about
    # The most concrete reason (the kinds' last) is the one a next step follows up.
    topic = max(request.whys, key=WHY_KINDS.index).id
    step = parts.question or [formality(words.next_steps[topic], formal)]
    if tone == "warm":
        return [f"{parts.greeting} {thanks}", *told, *about, capitalise(why), *later, *step]
    if tone == "brief":
        opening = f"{told[0]} — {why}" if told else capitalise(why)
        return [f"{parts.greeting} {capitalise(thanks)}", opening, *later, *about, *step]
    return [f"{parts.greeting} {thanks}", capitalise(why), *later, *told, *about, *step]


def ladder(request: Request, tone: Tone) -> Iterator[str]:
    """Candidates for one tone, fullest first, each a little shorter; no repeats."""
    droppable = [key for key in DROP_LATER if key in request.values]
    droppable = [key for key in droppable if key not in request.required]
    steps: list[tuple[frozenset[str], bool]] = [(frozenset(), False)]
    dropped: frozenset[str] = frozenset()
    for key in DROP_FIRST:
        dropped |= {key}
        steps.append((dropped, False))
    steps.append((dropped, True))
    for key in droppable:
        dropped |= {key}
        steps.append((dropped, True))
    seen: set[str] = set()
    for removed, tight in steps:
        text = compose(request, tone, removed, tight)
        if text not in seen:
            seen.add(text)
            yield text


# --- the entry point ------------------------------------------------------------------


def draft(
    *,
    name: str,
    how: str,
    why: Sequence[str],
    slots: Mapping[str, str] | None = None,
    limit: int | None = None,
    company: str | None = None,
    role: str | None = None,
    full_name: str | None = None,
    profile_url: str | None = None,
    ask: str | None = None,
    about: str | None = None,
    sign_off: str | None = None,
    lang: str = "en",
    formal: bool = False,
    kind: TextKind = "invite",
    sent_note: str | None = None,
) -> DraftResult:
    """Write 2-3 notes, best first, that fit `limit` and pass the checker; or a problem.

    `lang` is the note's language (any of `PHRASINGS`); `formal` picks the formal
    address where the language has one (usted, vous, Sie, você rather than tu).

    `kind` "message" writes the first message after they accept instead, from the same
    details and `sent_note`, the note the invitation carried (None: it went without
    one, so the message says how you know each other). Messages aim to stay within what
    a phone shows (`PHONE_READABLE`) and pass the checker as messages. `limit` defaults
    to the kind's (`LIMITS`).

    `slots` maps slot ids of the chosen kinds (see `pycore.kinds`) to the user's text.
    `role`, `full_name` and `profile_url` describe the person for the app's records;
    the notes use the first name only and no link (a link in a first note is a tip).
    Invalid input raises DraftError naming the field.
    """
    for label, value in (("role", role), ("full_name", full_name), ("profile_url", profile_url)):
        text_or_none(label, value)
    request = make_request(
        name=name,
        how=how,
        why=why,
        slots={} if slots is None else slots,
        limit=limit,
        extras={"their_company": company, "ask": ask, "about": about, "sign_off": sign_off},
        lang=lang,
        formal=formal,
        kind=kind,
        sent_note=sent_note,
    )
    relationship: Relationship = "close" if request.how.id == CLOSE else "other"
    # A first message aims at what a phone shows, and may use the whole limit if it must.
    fits = [request.limit]
    if request.kind == "message" and request.limit > PHONE_READABLE:
        fits.insert(0, PHONE_READABLE)
    for fit in fits:
        drafts: list[Draft] = []
        shortest: list[str] = []
        unready: list[tuple[str, Report]] = []
        for tone in TONES:
            candidates = list(ladder(request, tone))
            shortest.append(min(candidates, key=len))
            for text in candidates:
                # Counting code points first is cheap and never more than the UTF-16
                # length, so a pasted megabyte is turned away without counting it unit
                # by unit.
                if len(text) > fit:
                    continue
                length = utf16_length(text)
                if length > fit:
                    continue
                report = check(
                    text,
                    limit=request.limit,
                    relationship=relationship,
                    name=request.name,
                    lang=request.lang,
                    kind=request.kind,
                    sent_note=request.sent_note,
                )
                if report.verdict == "ready":
                    drafts.append(Draft(text=text, length=length, tone=tone, report=report))
                    break
                unready.append((text, report))
        if drafts:
            return DraftResult(drafts=rank(drafts))
    if unready:
        return DraftResult(drafts=(), problem=blame(request, *unready[0]))
    return DraftResult(drafts=(), problem=too_long(request, min(shortest, key=len)))


def rank(drafts: list[Draft]) -> tuple[Draft, ...]:
    """Fewest tips first, then the tone order; identical texts once."""
    unique = {d.text: d for d in reversed(drafts)}
    ordered = sorted(unique.values(), key=lambda d: (len(d.report.findings), TONES.index(d.tone)))
    return tuple(ordered)


def too_long(request: Request, text: str) -> Problem:
    """Say which of the user's details to shorten, and by about how much."""
    over = utf16_length(text) - request.limit
    lengths = {"name": utf16_length(request.name)}
    lengths |= {key: utf16_length(v) for key, v in request.values.items() if v in text}
    longest = sorted(lengths, key=lambda key: -lengths[key])
    # A detail shortened to a few characters still says something; count what it can give.
    chosen: list[str] = []
    room = 0
    for key in longest:
        chosen.append(key)
        room += max(lengths[key] - 3, 0)
        if room >= over:
            break
    labels = join_and([label(key) for key in chosen])
    if room < over:
        message = (
            f"A note with these details needs about {utf16_length(text) - room} characters; "
            f"the limit is {request.limit}. Choose fewer reasons or shorten {labels}."
        )
    elif len(chosen) == 1:
        message = (
            f"The details don't fit in {request.limit} characters: shorten {labels} "
            f"by about {over} characters."
        )
    else:
        message = (
            f"The details don't fit in {request.limit} characters: shorten {labels} "
            f"by about {over} characters in all."
        )
    return Problem(message=message, fields=tuple(request_field(key) for key in chosen))


def blame(request: Request, text: str, report: Report) -> Problem:
    """A draft fits but the checker objects: name the details to change. An objection
    inside one detail ('[Event]' as the event) names it; one about the whole note names
    the details the chosen kinds asked for."""
    values = {"name": request.name, **request.values}
    messages: list[str] = []
    fields: list[str] = []
    for finding in report.findings:
        if finding.severity == "tip":
            continue
        culprits = [key for key, value in values.items() if holds(text, value, finding)]
        culprits = culprits or list(request.required) or ["name"]
        messages.append(f"{join_and([label(key) for key in culprits])}: {finding.message}")
        fields += [request_field(key) for key in culprits if request_field(key) not in fields]
    return Problem(message=" ".join(messages), fields=tuple(fields))


def holds(text: str, value: str, finding: Finding) -> bool:
    """Does an occurrence of `value` in `text` hold the finding's whole span?"""
    start = text.find(value)
    while start != -1 and start <= finding.start:
        if finding.end <= start + len(value):
            return True
        start = text.find(value, start + 1)
    return False


def label(key: str) -> str:
    return f"“{FIELD_LABELS[key]}”"


def request_field(key: str) -> str:
    return REQUEST_FIELDS.get(key, key)


# --- validation -----------------------------------------------------------------------


def make_request(
    *,
    name: object,
    how: object,
    why: object,
    slots: object,
    limit: object,
    extras: Mapping[str, object],
    lang: object = "en",
    formal: object = False,
    kind: object = "invite",
    sent_note: object = None,
) -> Request:
    """Check types and choices; normalise whitespace; empty text counts as not given."""
    first_name = normalise(text_or_none("name", name) or "")
    if not first_name:
        raise DraftError("'name' is required: their first name, as the note will greet them.")
    how_kind = choose(HOW, "how", how)
    if why is None:
        why = ()
    if isinstance(why, str) or not isinstance(why, Sequence):
        raise DraftError(f"'why' must be a list of ids from: {', '.join(WHY)}")
    whys = tuple(dict.fromkeys(choose(WHY, "why", item) for item in why))
    if not whys:
        raise DraftError(f"Choose at least one reason to connect ('why'): {', '.join(WHY)}.")
    if kind not in TEXT_KINDS:
        raise DraftError(f"'kind' must be one of {', '.join(TEXT_KINDS)}, not {kind!r}")
    if limit is None:
        limit = LIMITS[kind]
    if isinstance(limit, bool) or not isinstance(limit, int):
        raise DraftError(f"'limit' must be a whole number, not {type(limit).__name__}")
    if limit < 1:
        raise DraftError(f"'limit' must be at least 1, not {limit}")
    if not isinstance(slots, Mapping):
        raise DraftError(f"'slots' must map slot ids to text, not {type(slots).__name__}")
    used = {slot.id for kind in (how_kind, *whys) for slot in kind.slots}
    values: dict[str, str] = {}
    for key, value in slots.items():
        if key not in SLOT_LABELS:
            raise DraftError(f"Unknown slot {key!r}; slots are: {', '.join(SLOT_LABELS)}")
        text = normalise(text_or_none(f"slots.{key}", value) or "")
        if text and key in used:
            values[key] = text
    for key, value in extras.items():
        text = normalise(text_or_none(request_field(key), value) or "")
        if text:
            values[key] = text
    if not isinstance(lang, str) or lang not in PHRASINGS:
        raise DraftError(f"'lang' must be one of {', '.join(PHRASINGS)}, not {lang!r}")
    if not isinstance(formal, bool):
        raise DraftError(f"'formal' must be true or false, not {type(formal).__name__}")
    request = Request(
        name=first_name,
        how=how_kind,
        whys=whys,
        values=values,
        limit=limit,
        lang=lang,
        formal=formal,
        kind=kind,
        # A blank note is no note: the invitation went out without one.
        sent_note=(text_or_none("sent_note", sent_note) or "").strip() or None,
    )
    for chosen in (how_kind, *whys):
        for slot in chosen.required:
            if slot.id not in values:
                raise DraftError(
                    f"“{chosen.label}” needs “{slot.label}” (slot '{slot.id}'): "
                    "fill it in or choose another option."
                )
    return request


def choose(table: Mapping[str, Kind], field: str, kind_id: object) -> Kind:
    if kind_id is None:
        raise DraftError(f"'{field}' is required; choose from: {', '.join(table)}")
    if not isinstance(kind_id, str) or kind_id not in table:
        raise DraftError(f"Unknown '{field}' {kind_id!r}; choose from: {', '.join(table)}")
    return table[kind_id]


def text_or_none(field: str, value: object) -> str | None:
    if value is not None and not isinstance(value, str):
        raise DraftError(f"'{field}' must be text, not {type(value).__name__}")
    return value
