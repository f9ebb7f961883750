"""Notewell's core: check and draft LinkedIn connection notes, and read who a scanned or
shared profile is. Standard library only."""

from __future__ import annotations

from .checker import check
from .compose import Draft, DraftError, DraftResult, Problem, draft
from .kinds import HOW_KINDS, WHY_KINDS, Kind, Slot, kinds_to_json
from .model import DEFAULT_LIMIT, PREMIUM_LIMIT, Finding, Note, Report
from .profile import NotAProfile, Profile, read_profile

__all__ = [
    "DEFAULT_LIMIT",
    "HOW_KINDS",
    "PREMIUM_LIMIT",
    "WHY_KINDS",
    "Draft",
    "DraftError",
    "DraftResult",
    "Finding",
    "Kind",
    "NotAProfile",
    "Note",
    "Problem",
    "Profile",
    "Report",
    "Slot",
    "check",
    "draft",
    "kinds_to_json",
    "read_profile",
]
