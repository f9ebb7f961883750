"""Who a scanned or shared text is about: a LinkedIn profile address or a contact card.

`read_profile(text)` reads what a QR code or another app hands over: a LinkedIn profile
address (alone, or inside text the LinkedIn app shares: "Check out Priya Sharma's profile
on LinkedIn https://..."), a vCard (2.1, 3.0, 4.0) or a MECARD. It answers a `Profile`
(the address as `https://www.linkedin.com/in/<slug>`, a first and full name, a company;
None where the text does not say) or, when the text names no person, a `NotAProfile`
with a stable `reason` and a message to show.

What counts as a profile (GUIDE.md section 1, LinkedIn facts):
- `/in/<slug>` on linkedin.com or any of its subdomains (`www`, `uk`, `de`, `m` ...),
  with or without a scheme; also under `/comm/` (LinkedIn's e-mails) and `/mwlite/`
  (LinkedIn Lite). Query (the share's `utm_*` tracking), fragment and anything after the
  slug are dropped: every form of one profile gives the one address.
- Not profiles, each with its own reason: company and showcase pages, job posts, other
  LinkedIn pages, `lnkd.in` short links (only LinkedIn can tell where they lead), other
  sites and `javascript:`/`data:` links. `/pub/<name>/..` is LinkedIn's retired public
  address: LinkedIn still redirects it to the member's `/in/` address, but how the two
  map is not published, so it is refused with a message saying how to get the current
  address, rather than stored as an address that may stop working.

Names are only suggestions for the user to confirm: from a card's N or FN, else from a
readable slug (`priya-sharma-12ab34`: Priya / Priya Sharma; percent-encoded letters
decoded). None comes from an opaque member id (`ACoAAB...`), from a slug whose words
carry digits, or from a single-word custom address, which is usually a whole name run
together (`satyanadella`) and would greet them wrongly.

Invisible characters (format characters: zero-width space, bidi controls, byte order
mark ...) are dropped everywhere; a zero-width joiner or non-joiner stays in a name only
between two letters, where some scripts need it.
"""

from __future__ import annotations

import binascii
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from . import regex

# A QR code holds at most ~3 KB and a shared profile a few hundred characters; a contact
# card with a photo is tens of KB. More is a paste by mistake.
MAX_TEXT_CHARS = 100_000
# What the app keeps of a name, a company or a URL (web/transfer.js MAX_SHORT), and what
# it refuses in a name or company (its MARKUP): such fields are left unknown here.
MAX_FIELD_CHARS = 200
MARKUP = regex.compile(r"<\s*[a-z!/?]", re.IGNORECASE)
LONE_SURROGATE = regex.compile("[\ud800-\udfff]")
PROFILE_PREFIX = "https://www.linkedin.com/in/"

# A word that is a LinkedIn address (matched whole). A user part is only taken after a
# scheme, so that an e-mail address at linkedin.com is no address.
LINKEDIN_ADDRESS = regex.compile(
    r"(?:https?://(?:[^/?#@]*@)?)?(?P<host>(?:[a-z0-9-]+\.)*linkedin\.com|lnkd\.in)\.?"
    r"(?::[0-9]{1,5})?(?P<path>/[^?#]*)?(?:[?#].*)?",
    re.IGNORECASE,
)
WEB_ADDRESS = regex.compile(r"(?:https?://(?:[^/?#@]*@)?|www\.)(?P<host>[\w.-]+)", re.IGNORECASE)
SCHEME_LINK = regex.compile(r"(?P<scheme>[a-z][a-z0-9+.-]{0,30}):\S", re.IGNORECASE)
# Path segments LinkedIn puts before a profile's or a job's own path: its e-mails, Lite.
PATH_PREFIXES = ("comm", "mwlite")
# Why a LinkedIn address is not a profile, by its first path segment (others: a page).
SECTION_REASONS = {"company": "company", "showcase": "company", "jobs": "job", "job": "job",
                   "pub": "old-address"}  # fmt: skip
# Opaque member ids (the profile and Sales Navigator URNs): an address, never a name.
MEMBER_ID = regex.compile(r"AC[a-z]AA[a-z0-9_-]{10,}", re.IGNORECASE)
PERCENT_RUN = regex.compile(r"(?:%[0-9a-f]{2})+", re.IGNORECASE)
SLUG_WORD_BREAK = regex.compile(r"[-_]+")
# A word's wrapping in prose: brackets and quotes around it, punctuation after it.
OPENERS = "<([{\"'\u201c\u2018\u00ab"
CLOSERS = ">)]}\"'\u201d\u2019\u00bb.,;:!?"

CARD_START = regex.compile(
    r"^[ \t]*(?:(?P<vcard>BEGIN:VCARD)|MECARD:)", re.IGNORECASE | re.MULTILINE
)
LINE_BREAK = regex.compile(r"\r\n|\r|\n")
# One vCard content line: group.NAME;params:value (a colon in a quoted parameter is text).
CONTENT_LINE = regex.compile(
    r"(?:[a-z0-9-]+\.)?(?P<name>[a-z0-9-]+)(?P<params>(?:;(?:[^:;\"]|\"[^\"]*\")*)*):(?P<value>.*)",
    re.IGNORECASE,
)
PARAMETER = regex.compile(r";((?:[^;\"]|\"[^\"]*\")*)")
ESCAPE = regex.compile(r"\\(.)", re.DOTALL)
# Charsets a vCard 2.1 quoted-printable value may name that every Python here decodes;
# Windows' western code page is read as the Latin-1 it extends.
CHARSETS = {
    "utf-8": "utf-8", "utf8": "utf-8", "us-ascii": "ascii", "ascii": "ascii",
    "iso-8859-1": "latin-1", "latin1": "latin-1", "windows-1252": "latin-1",
}  # fmt: skip
# Card properties that may hold a LinkedIn address; a LinkedIn-typed one may hold a slug.
URL_PROPERTIES = ("URL", "X-SOCIALPROFILE", "SOCIALPROFILE")
JOINERS = "\u200c\u200d"

MESSAGES = {
    "empty": "Nothing to read: scan or paste a LinkedIn profile address or a contact card.",
    "no-profile": "There is no LinkedIn profile address or contact card in this text.",
    "company": "That is a LinkedIn company page, not a person's profile.",
    "job": "That is a LinkedIn job post, not a person's profile.",
    "linkedin-page": "That LinkedIn page is not a person's profile (a profile's address "
    "has /in/ in it).",
    "short-link": "That is a LinkedIn short link (lnkd.in), which only LinkedIn can open: "
    "open it, then share the profile itself.",
    "old-address": "That is a retired LinkedIn address (/pub/...): open it on LinkedIn, "
    "then share the profile to get its current address.",
    "damaged": "That LinkedIn profile address is damaged: its name part cannot be read.",
    "other-site": "That is an address on {host}, not a LinkedIn profile.",
    "link": "That is a {scheme}: link, not a LinkedIn profile address.",
    "empty-card": "That contact card has no name, company or LinkedIn address.",
}


class ProfileError(ValueError):
    """Text that cannot be read at all (too long, broken characters); the message says why."""


@dataclass(frozen=True)
class Profile:
    """What a text says about a person; None where it does not say."""

    profile_url: str | None = None
    first_name: str | None = None
    full_name: str | None = None
    company: str | None = None

    def fill(self, other: Profile) -> Profile:
        """This profile with its unknown fields taken from `other`."""
        return Profile(
            self.profile_url or other.profile_url,
            self.first_name or other.first_name,
            self.full_name or other.full_name,
            self.company or other.company,
        )


@dataclass(frozen=True)
class NotAProfile:
    """Why a text names no person: a stable `reason` id and a `message` for the user, with
    the `details` filled into its wording (MESSAGES), for the app to word it in its own
    language."""

    reason: str
    message: str
    details: dict[str, str] = field(default_factory=dict)


def not_a_profile(reason: str, **details: str) -> NotAProfile:
    return NotAProfile(reason, MESSAGES[reason].format(**details), details)


def read_profile(text: str) -> Profile | NotAProfile:
    """The person a LinkedIn address, a shared text, a vCard or a MECARD is about."""
    if len(text) > MAX_TEXT_CHARS:
        raise ProfileError(
            f"The text is {len(text):,} characters long; a profile address or a contact "
            f"card is at most {MAX_TEXT_CHARS:,}."
        )
    broken = LONE_SURROGATE.search(text)
    if broken is not None:
        raise ProfileError(
            f"The text has a broken character at position {broken.start() + 1} "
            f"(U+{ord(broken[0]):04X}, half of a pair): copy or scan it again."
        )
    card = CARD_START.search(text)
    if card is None:
        return read_address_in(without_format_characters(text))
    fields = vcard_fields if card["vcard"] else mecard_fields
    return read_card(fields(text[card.start() :].lstrip()))


# --- addresses ------------------------------------------------------------------------


def read_address_in(text: str) -> Profile | NotAProfile:
    """The first profile among the text's words; else why its first address is none."""
    words = [word.lstrip(OPENERS).rstrip(CLOSERS) for word in text.split()]
    if not words:
        return not_a_profile("empty")
    refusals = []
    for word in words:
        found = read_address(word)
        if isinstance(found, Profile):
            return found
        if found is not None:
            refusals.append(found)
    if refusals:
        return refusals[0]
    link = SCHEME_LINK.match(text.strip()) if len(words) == 1 else None
    if link is not None:
        return not_a_profile("link", scheme=link["scheme"].lower())
    return not_a_profile("no-profile")


def read_address(word: str) -> Profile | NotAProfile | None:
    """What one word is: a profile, a web address that is none, or no address (None)."""
    address = LINKEDIN_ADDRESS.fullmatch(word)
    if address is None:
        other = WEB_ADDRESS.match(word)
        return None if other is None else not_a_profile("other-site", host=other["host"])
    if address["host"].lower() == "lnkd.in":
        return not_a_profile("short-link")
    segments = [part for part in (address["path"] or "").split("/") if part]
    while segments and segments[0].lower() in PATH_PREFIXES:
        del segments[0]
    section = segments[0].lower() if segments else ""
    if section == "in" and len(segments) > 1:
        return profile_from_slug(segments[1])
    return not_a_profile(SECTION_REASONS.get(section, "linkedin-page"))


def profile_from_slug(raw: str) -> Profile | NotAProfile:
    """The profile at `/in/<raw>`: its canonical address and the names its slug suggests.

    The slug keeps its letters as given (LinkedIn matches them); percent-encoding is
    decoded and written again the one way, so every spelling gives the same address."""
    try:
        slug = PERCENT_RUN.sub(lambda run: bytes.fromhex(run[0].replace("%", "")).decode(), raw)
    except UnicodeDecodeError:
        return not_a_profile("damaged")
    slug = without_format_characters(slug)
    allowed = all(ch in "-_" or is_word_character(ch) for ch in slug)
    if not allowed or not any(is_word_character(ch) for ch in slug):
        return not_a_profile("damaged")
    url = PROFILE_PREFIX + "".join(
        ch if ch.isascii() else "".join(f"%{byte:02X}" for byte in ch.encode()) for ch in slug
    )
    if len(url) > MAX_FIELD_CHARS:
        return not_a_profile("damaged")
    return Profile(url, *names_from_slug(slug))


def is_word_character(ch: str) -> bool:
    """A letter, a combining mark or a digit, of any script."""
    return unicodedata.category(ch)[0] in "LMN"


def names_from_slug(slug: str) -> tuple[str | None, str | None]:
    """(first name, full name) a readable slug suggests; (None, None) for any other."""
    words = [word for word in SLUG_WORD_BREAK.split(slug) if word]
    named = list(words)
    # LinkedIn makes addresses unique with a suffix such as 12ab34 (or a year: 08).
    while named and any(ch.isdigit() for ch in named[-1]):
        named.pop()
    readable = named and not any(ch.isdigit() for word in named for ch in word)
    if not readable or len(words) == 1 or MEMBER_ID.fullmatch(slug):
        return None, None
    cased = [unicodedata.normalize("NFC", word[0].title() + word[1:]) for word in named]
    first = cased[0] if len(named[0]) > 1 else None  # an initial is no name to greet
    return first, " ".join(cased) if len(cased) > 1 else None


# --- cards ----------------------------------------------------------------------------

# A card's fields as (property name, parameters, value); values still carry their
# backslash escapes, which `read_card` resolves.
CardField = tuple[str, dict[str, list[str]], str]


def read_card(fields: Iterator[CardField]) -> Profile | NotAProfile:
    """Name, company and LinkedIn address from a card's fields; its slug fills gaps."""
    first: dict[str, str] = {}  # the first of each property; later ones are alternatives
    address: Profile | None = None
    for name, parameters, value in fields:
        first.setdefault(name, value)
        if name in URL_PROPERTIES and address is None:
            address = card_address(unescape(value), parameters)
    family, given = [*split_structured(first.get("N", "")), "", ""][:2]
    company = name_or_none(split_structured(first.get("ORG", ""))[0])
    full_name = name_or_none(unescape(first.get("FN", ""))) or name_or_none(f"{given} {family}")
    card = Profile(None, name_or_none(given) or first_word(full_name), full_name, company)
    if address is not None:
        card = Profile(address.profile_url).fill(card).fill(address)
    return not_a_profile("empty-card") if card == Profile() else card


def card_address(value: str, parameters: dict[str, list[str]]) -> Profile | None:
    """The profile a card's URL or social profile names, if it is a LinkedIn one."""
    value = without_format_characters(value).strip()
    found = read_address(value)
    if isinstance(found, Profile):
        return found
    services = parameters.get("TYPE", []) + parameters.get("SERVICE-TYPE", [])
    if found is None and value and "linkedin" in (kind.lower() for kind in services):
        bare = profile_from_slug(value)  # a LinkedIn social profile given by its slug
        return bare if isinstance(bare, Profile) else None
    return None


def vcard_fields(text: str) -> Iterator[CardField]:
    """The fields of the first vCard in `text`, lines unfolded, quoted-printable decoded."""
    for line in unfolded(LINE_BREAK.split(text)):
        content = CONTENT_LINE.fullmatch(line)
        if content is None:
            continue
        name = content["name"].upper()
        if name == "END":
            return
        parameters = vcard_parameters(content["params"])
        value = content["value"]
        if "QUOTED-PRINTABLE" in (encoding.upper() for encoding in parameters.get("ENCODING", [])):
            charset = CHARSETS.get("".join(parameters.get("CHARSET", [])[:1]).lower(), "utf-8")
            value = binascii.a2b_qp(value.encode()).decode(charset, errors="replace")
        yield name, parameters, value


def unfolded(lines: list[str]) -> Iterator[str]:
    """Logical lines: a line that starts with a space or tab continues the one before
    (RFC 6350 3.2), as does any line after a quoted-printable one ending in '='."""
    current: str | None = None
    for line in lines:
        if current is not None and line[:1] in (" ", "\t"):
            current += line[1:]
        elif current is not None and current.endswith("=") and is_quoted_printable(current):
            current = current[:-1] + line
        else:
            if current is not None:
                yield current
            current = line
    if current is not None:
        yield current


def is_quoted_printable(line: str) -> bool:
    return "QUOTED-PRINTABLE" in line.split(":", 1)[0].upper()


def vcard_parameters(text: str) -> dict[str, list[str]]:
    """`;TYPE=work,linkedin;CHARSET=UTF-8` as {"TYPE": [...], ...}; vCard 2.1's bare
    words (`;WORK;QUOTED-PRINTABLE`) are types, or the encoding they name."""
    parameters: dict[str, list[str]] = {}
    for part in PARAMETER.findall(text):
        key, equals, value = part.partition("=")
        if not equals:
            bare_encoding = part.upper() in ("QUOTED-PRINTABLE", "BASE64")
            key, value = ("ENCODING" if bare_encoding else "TYPE"), part
        values = [item.strip('"') for item in value.split(",")]
        parameters.setdefault(key.strip().upper(), []).extend(values)
    return parameters


def mecard_fields(text: str) -> Iterator[CardField]:
    """The fields of a MECARD (`MECARD:N:Sharma,Priya;ORG:...;URL:...;;`) as a vCard's.
    Its N is "family,given", or a whole name when it has no comma."""
    rest = text.partition(":")[2]
    while rest:
        field, _, rest = unescaped_partition(rest, ";")
        key, _, value = field.partition(":")
        key = key.strip().upper()
        if key == "N":
            family, comma, given = unescaped_partition(value, ",")
            yield ("N", {}, f"{family};{given}") if comma else ("FN", {}, value)
        elif key in ("ORG", "URL"):
            yield key, {}, value


def unescaped_partition(value: str, separator: str) -> tuple[str, str, str]:
    """`value.partition(separator)` at the first separator no backslash escapes."""
    escaped = False
    for index, ch in enumerate(value):
        if ch == separator and not escaped:
            return value[:index], separator, value[index + 1 :]
        escaped = ch == "\\" and not escaped
    return value, "", ""


def split_structured(value: str) -> list[str]:
    """A structured value's components (split at unescaped semicolons), unescaped."""
    parts = []
    separator = ";"
    while separator:
        part, separator, value = unescaped_partition(value, ";")
        parts.append(unescape(part))
    return parts


def unescape(value: str) -> str:
    r"""A card value with its backslash escapes resolved (\n \, \; \: \\)."""
    return ESCAPE.sub(lambda escape: "\n" if escape[1] in "nN" else escape[1], value)


# --- text -----------------------------------------------------------------------------


def without_format_characters(text: str) -> str:
    """`text` without invisible format characters (zero-width, bidi controls, BOM ...)."""
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def name_or_none(value: str) -> str | None:
    """A name or company fit to show and keep: no invisible characters, one space between
    words, NFC; None when nothing is left, or it is too long or looks like markup."""
    kept = []
    for index, ch in enumerate(value):
        category = unicodedata.category(ch)
        if category == "Cf" and not (ch in JOINERS and between_letters(value, index)):
            continue
        kept.append(" " if category == "Cc" else ch)
    name = unicodedata.normalize("NFC", " ".join("".join(kept).split()))
    if not name or len(name) > MAX_FIELD_CHARS or MARKUP.search(name):
        return None
    return name


def between_letters(text: str, index: int) -> bool:
    neighbours = text[index - 1 : index] + text[index + 1 : index + 2]
    return len(neighbours) == 2 and all(unicodedata.category(ch)[0] in "LM" for ch in neighbours)


def first_word(full_name: str | None) -> str | None:
    """The first name in a full name: its first word after titles and initials ("Dr.")."""
    words = (full_name or "").split()
    while len(words) > 1 and words[0].endswith("."):
        del words[0]
    return words[0] if words and not words[0].endswith(".") else None
