"""`link`: a link in a first note."""

from __future__ import annotations

from collections.abc import Iterator

from .. import regex
from ..lang import say
from ..model import Finding, Note
from ..phrases import LINK_TLDS
from .matching import head

RULE = "link"

_TOKEN = regex.compile(r"\S+")
_TRAILING = ".,;:!?)]}\"'"
_HOST_LABEL = regex.compile(r"[a-z0-9-]+")


def is_link(token: str) -> bool:
    """Whether a whitespace-free token is a URL ("https://...", "www...", "bit.ly/x")."""
    lowered = token.lower()
    if lowered.startswith(("http://", "https://", "www.")):
        return True
    host = lowered.split("/", 1)[0]
    labels = host.split(".")
    return (
        len(labels) >= 2
        and labels[-1] in LINK_TLDS
        and all(_HOST_LABEL.fullmatch(label) for label in labels)
        # "Node.js" style names are capitalised; a typed-in domain is usually lower case.
        and token.split("/", 1)[0].islower()
    )


def check(note: Note) -> Iterator[Finding]:
    """Links in a connection note are not clickable in every LinkedIn client and read as
    spam from a stranger (seed 003: generic outreach "looks like spam"). Send the link
    after they accept. A tip: a promised link (e.g. to slides) is sometimes the point.
    Only for notes: the first message after they accept is where the link belongs.
    """
    for match in _TOKEN.finditer(head(note.text)):
        token = match.group().rstrip(_TRAILING)
        if token and is_link(token):
            yield Finding(
                rule=RULE,
                severity="tip",
                start=match.start(),
                end=match.start() + len(token),
                message=say(note.lang, "A link in a first note looks like spam to many people."),
                suggestion=say(note.lang, "Send the link in a message after they accept."),
            )
