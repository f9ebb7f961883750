"""Notewell's core: check and draft LinkedIn connection notes. Standard library only."""

from __future__ import annotations

from .checker import check
from .compose import Draft, DraftError, DraftResult, Problem, draft
from .kinds import HOW_KINDS, WHY_KINDS, Kind, Slot, kinds_to_json
from .model import DEFAULT_LIMIT, PREMIUM_LIMIT, Finding, Note, Report

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
    "Note",
    "Problem",
    "Report",
    "Slot",
    "check",
    "draft",
    "kinds_to_json",
]
