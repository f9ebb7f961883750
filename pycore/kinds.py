"""The choices a user taps to get drafts: how they know the person and why they connect.

Ids and labels are a shared contract with the web page and the CLI (team brief, "Kinds"),
so they live here once, as data; forms are built from `kinds_to_json()`. The how-kinds
follow the seeds' list of ways to explain how you know someone (004: worked with them, met
them at an event, saw them present, people in common, same organisation; 001/003: say
honestly that you have not met), the why-kinds their list of reasons (004: admire their
work, want advice, want a job; 003: a specific business reason with a concrete ask).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Slot:
    """One detail the user types for a kind, e.g. the event's name."""

    id: str
    label: str
    required: bool = False


@dataclass(frozen=True)
class Kind:
    """One choice: its stable id, the label the user sees and the details it asks for."""

    id: str
    label: str
    slots: tuple[Slot, ...] = ()

    @property
    def required(self) -> tuple[Slot, ...]:
        return tuple(slot for slot in self.slots if slot.required)


HOW_KINDS: tuple[Kind, ...] = (
    Kind(
        "event",
        "Met at an event",
        (
            Slot("event", "Event", required=True),
            Slot("when", "When or where"),
            Slot("topic", "What you talked about"),
        ),
    ),
    Kind("talk", "Saw them speak", (Slot("talk", "Talk or panel", True), Slot("event", "Event"))),
    Kind(
        "worked",
        "Worked together",
        (Slot("company", "Company", required=True), Slot("team", "Team or years")),
    ),
    Kind("same-org", "Same school or company", (Slot("org", "School or company", True),)),
    Kind("mutual", "Mutual contact", (Slot("mutual", "Mutual contact", True),)),
    Kind(
        "their-work",
        "Their work",
        (Slot("work", "Their post, article, project or podcast", True),),
    ),
    Kind("never-met", "Never met", (Slot("found", "How you found them", True),)),
    # Someone you know well: the seeds accept a short warm note, or even the default text.
    Kind("close", "Know them well"),
)

WHY_KINDS: tuple[Kind, ...] = (
    Kind("stay", "Stay in touch"),
    Kind("follow", "Follow their work"),
    Kind("advice", "Ask advice", (Slot("advice", "Advice on", True),)),
    Kind("job", "Job or referral", (Slot("job_role", "Role you're after", True),)),
    Kind("hiring", "Hiring them", (Slot("hiring_role", "Role you're hiring for", True),)),
    Kind(
        "collaborate",
        "Collaborate or business",
        (
            Slot("collab", "What about", required=True),
            Slot("call", "Concrete ask (e.g. a 15-minute call)"),
        ),
    ),
    Kind("share", "Share something promised", (Slot("share", "What you promised", True),)),
)

HOW: dict[str, Kind] = {kind.id: kind for kind in HOW_KINDS}
WHY: dict[str, Kind] = {kind.id: kind for kind in WHY_KINDS}

# The how-kind for people the user knows well; drafts for it are checked as "close".
CLOSE = "close"

# Every slot id any kind uses, with its label (a slot id means the same in every kind).
SLOT_LABELS: dict[str, str] = {
    slot.id: slot.label for kind in HOW_KINDS + WHY_KINDS for slot in kind.slots
}


def kinds_to_json() -> dict[str, list[dict[str, Any]]]:
    """The kinds as plain data, the shape the "kinds" action and `pycore kinds` answer."""

    def kind_json(kind: Kind) -> dict[str, Any]:
        slots = [{"id": s.id, "label": s.label, "required": s.required} for s in kind.slots]
        return {"id": kind.id, "label": kind.label, "slots": slots}

    return {
        "how": [kind_json(kind) for kind in HOW_KINDS],
        "why": [kind_json(kind) for kind in WHY_KINDS],
    }
