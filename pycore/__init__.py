"""Notewell's core: check and draft LinkedIn connection notes. Standard library only."""

from __future__ import annotations

from .checker import check
from .model import DEFAULT_LIMIT, PREMIUM_LIMIT, Finding, Note, Report

__all__ = ["DEFAULT_LIMIT", "PREMIUM_LIMIT", "Finding", "Note", "Report", "check"]
