"""Run every registered rule over a note and put the findings in one stable order."""

from __future__ import annotations

from collections.abc import Iterable

from .lang import AUTO, WORDING, resolve
from .model import (
    LIMITS,
    RELATIONSHIPS,
    SEVERITY_RANK,
    TEXT_KINDS,
    Finding,
    Note,
    Relationship,
    Report,
    TextKind,
)
from .rules import INVITE_ONLY, MESSAGE_ONLY, RULES, WORDING_RULES
from .textutil import utf16_length, without_hidden


def check(
    text: str,
    *,
    limit: int | None = None,
    relationship: Relationship = "other",
    name: str | None = None,
    earlier: Iterable[str] = (),
    lang: str = AUTO,
    sender_name: str | None = None,
    company: str | None = None,
    event: str | None = None,
    kind: TextKind = "invite",
    sent_note: str | None = None,
) -> Report:
    """Check a LinkedIn connection note (`kind` "invite") or the first message after they
    accept ("message") in language `lang` ("auto" detects it). Finding spans are `str`
    indices into `text`; `limit` defaults to the kind's (`LIMITS`).

    `name` is their first name, `company` their company, `event` where you met and
    `sender_name` your own name: what fills a template slot left in the note.
    `sent_note` is the note the invitation carried, when it had one."""
    note = make_note(
        text,
        limit=limit,
        relationship=relationship,
        name=name,
        earlier=earlier,
        lang=lang,
        sender_name=sender_name,
        company=company,
        event=event,
        kind=kind,
        sent_note=sent_note,
    )
    checked = note.lang in WORDING
    other_kinds = MESSAGE_ONLY if note.kind == "invite" else INVITE_ONLY
    rules = [
        rule
        for rule_id, rule in RULES.items()
        if rule_id not in other_kinds and (checked or rule_id not in WORDING_RULES)
    ]
    findings = (finding for rule in rules for finding in rule(note))
    return Report(
        text=text,
        limit=note.limit,
        length=utf16_length(text),
        findings=arrange(findings),
        language=note.lang,
        wording_checked=checked,
        kind=note.kind,
    )


def make_note(
    text: object,
    *,
    limit: object,
    relationship: object,
    name: object,
    earlier: Iterable[object],
    lang: object = AUTO,
    sender_name: object = None,
    company: object = None,
    event: object = None,
    kind: object = "invite",
    sent_note: object = None,
) -> Note:
    """Validate the caller's arguments; wrong types raise TypeError, bad values ValueError."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if kind not in TEXT_KINDS:
        raise ValueError(f"kind must be one of {', '.join(TEXT_KINDS)}, not {kind!r}")
    if limit is None:
        limit = LIMITS[kind]  # narrowed to TextKind by the `in` check above
    if isinstance(limit, bool) or not isinstance(limit, int):
        raise TypeError(f"limit must be an int, not {type(limit).__name__}")
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    if relationship not in RELATIONSHIPS:
        choices = ", ".join(RELATIONSHIPS)
        raise ValueError(f"relationship must be one of {choices}, not {relationship!r}")
    if not isinstance(lang, str):
        raise TypeError(f"lang must be a str, not {type(lang).__name__}")
    earlier_notes: list[str] = []
    for item in earlier:
        if not isinstance(item, str):
            raise TypeError(f"earlier notes must be str, not {type(item).__name__}")
        earlier_notes.append(item)
    return Note(
        text=text,
        limit=limit,
        relationship=relationship,  # narrowed to Relationship by the `in` check above
        name=detail("name", name),
        earlier=tuple(earlier_notes),
        lang=resolve(lang, text),
        sender_name=detail("sender_name", sender_name),
        company=detail("company", company),
        event=detail("event", event),
        kind=kind,
        # A blank note is no note: the invitation went out without one.
        sent_note=detail("sent_note", sent_note),
    )


def detail(key: str, value: object) -> str | None:
    """An optional text given with the note (about the people in it, or the note sent
    before a first message): blank means not given, and hidden characters pasted with it
    (a name copied from a chat app) are left out."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"{key} must be a str or None, not {type(value).__name__}")
    return without_hidden(value).strip() or None


def arrange(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """The one place findings are de-duplicated and sorted: by position, then severity."""
    unique: dict[tuple[str, int, int], Finding] = {}
    for finding in findings:
        unique.setdefault((finding.rule, finding.start, finding.end), finding)
    return tuple(
        sorted(
            unique.values(),
            key=lambda f: (f.start, SEVERITY_RANK[f.severity], f.end, f.rule, f.message),
        )
    )
