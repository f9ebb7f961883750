"""`pitch-first`: a first message that opens with a sales pitch."""

from __future__ import annotations

from collections.abc import Iterator

from ..lang import say
from ..model import Finding, Note
from .sales_pitch import by_place

RULE = "pitch-first"


def check(note: Note) -> Iterator[Finding]:
    """The canonical spam on LinkedIn: "Thanks for connecting! We help companies like
    yours ...". The request was a way in, and the pitch comes the moment they accept
    (seed 000: requests from "sales people for products that I don't have any use for";
    seed 003: a business reason needs a relationship and a specific ask first). A pitch
    later in a message that first says something personal is left to `sales-pitch`.
    Only for first messages: in a note every pitch is `sales-pitch`'s.
    """
    for pitch in by_place(note)[0]:
        yield Finding(
            rule=RULE,
            severity="warning",
            start=pitch.start,
            end=pitch.end,
            message=say(
                note.lang,
                '"{quoted}" opens the message with a pitch; selling the moment they '
                "accept reads as spam.",
                quoted=note.text[pitch.start : pitch.end],
            ),
            suggestion=say(
                note.lang,
                "Open with why you connected and a question about them; offer your "
                "product later, if they ask.",
            ),
        )
