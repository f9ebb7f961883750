"""The checker's data model: what a rule sees (Note) and what it says (Finding, Report).

Spans (`start`, `end`) in this module are Python `str` indices (code points).
The JSON boundary (`pycore.api`) converts them to UTF-16 code units for the browser.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning", "tip"]
Relationship = Literal["close", "other"]
Verdict = Literal["ready", "revise"]
# What the text is: the invitation's note, or the first message after they accept.
TextKind = Literal["invite", "message"]

SEVERITIES: tuple[Severity, ...] = ("error", "warning", "tip")
RELATIONSHIPS: tuple[Relationship, ...] = ("close", "other")
TEXT_KINDS: tuple[TextKind, ...] = ("invite", "message")
# A free account's note limit (LinkedIn fact, GUIDE.md section 1); Premium allows 300.
DEFAULT_LIMIT = 200
PREMIUM_LIMIT = 300
# A message to a connection, such as the first one after they accept (GUIDE.md).
MESSAGE_LIMIT = 8_000
# Each kind's limit when the caller names none.
LIMITS: dict[TextKind, int] = {"invite": DEFAULT_LIMIT, "message": MESSAGE_LIMIT}
# About what a phone shows of a message without scrolling: past it a first message gets a
# tip (`long-message`), and drafts of one aim to stay within it.
PHONE_READABLE = 500

SEVERITY_RANK: dict[str, int] = {"error": 0, "warning": 1, "tip": 2}


@dataclass(frozen=True)
class Note:
    """A note as the rules see it, with what the user told us about the recipient."""

    text: str
    limit: int = DEFAULT_LIMIT
    relationship: Relationship = "other"
    name: str | None = None
    # Notes the user already sent to other people (for the `repeated` rule).
    earlier: tuple[str, ...] = ()
    # The language the note is checked in ("en", "es", ...; see `pycore.lang`).
    lang: str = "en"
    # What fills a template slot: the sender's own name (Settings), their company and the
    # event where they met, when the user gave them.
    sender_name: str | None = None
    company: str | None = None
    event: str | None = None
    kind: TextKind = "invite"
    # For a first message: the note the invitation carried, None when it went without one.
    sent_note: str | None = None

    @property
    def is_close(self) -> bool:
        return self.relationship == "close"

    @property
    def is_message(self) -> bool:
        return self.kind == "message"


@dataclass(frozen=True)
class Fix:
    """A one-tap repair: `replacement` in place of the note's `[start:end]` (str indices),
    described by `label` ("put “Sam Carter” for “[Your Name]”")."""

    label: str
    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class Finding:
    """One problem in a note: which rule, how bad, where (str indices), what to do and,
    when the rule knows the repair for certain, the fix."""

    rule: str
    severity: Severity
    start: int
    end: int
    message: str
    suggestion: str | None = None
    fix: Fix | None = None


@dataclass(frozen=True)
class Report:
    """The checker's answer for one note."""

    text: str
    limit: int
    length: int
    findings: tuple[Finding, ...] = field(default_factory=tuple)
    # The note's language, and whether its wording was checked: only the languages in
    # `pycore.lang.WORDING` are; for others only the rules that read no words ran.
    language: str = "en"
    wording_checked: bool = True
    kind: TextKind = "invite"

    @property
    def verdict(self) -> Verdict:
        blocking = any(f.severity != "tip" for f in self.findings)
        return "revise" if blocking else "ready"

    @property
    def rules(self) -> tuple[str, ...]:
        """The ids of the rules that fired, in report order (handy in tests)."""
        return tuple(f.rule for f in self.findings)
