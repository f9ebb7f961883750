"""The browser boundary: a JSON string in, a JSON string out, never an exception.

The Web Worker calls `handle(request)` with `{"action": ..., "payload": {...}}` and gets
`{"ok": true, "result": ...}` or `{"ok": false, "error": {"name": ..., "message": ...}}`.
Spans in results are UTF-16 code-unit offsets, so the page can highlight them exactly.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from typing import Any

from .checker import check
from .compose import DraftError, DraftResult, draft
from .kinds import kinds_to_json
from .lang import AUTO
from .model import Report
from .profile import MESSAGES as PROFILE_MESSAGES
from .profile import NotAProfile, Profile, ProfileError, read_profile
from .textutil import utf16_offsets

# A note is at most a few hundred characters; a megabyte is pasted by mistake. Checking
# is linear, but serialising findings for megabytes of text is wasted work for the page.
MAX_TEXT_CHARS = 1_000_000

JSONObject = dict[str, Any]


class RequestError(ValueError):
    """A request the API understood but cannot serve; its message is shown to the user."""


def report_to_json(report: Report) -> JSONObject:
    """A report as plain data, with spans converted to UTF-16 offsets."""
    offsets = utf16_offsets(report.text)
    return {
        "verdict": report.verdict,
        "length": report.length,
        "limit": report.limit,
        "language": report.language,
        "wording_checked": report.wording_checked,
        "kind": report.kind,
        "findings": [
            {
                "rule": f.rule,
                "severity": f.severity,
                "start": offsets[f.start],
                "end": offsets[f.end],
                "message": f.message,
                "suggestion": f.suggestion,
                "fix": None
                if f.fix is None
                else {
                    "label": f.fix.label,
                    "start": offsets[f.fix.start],
                    "end": offsets[f.fix.end],
                    "replacement": f.fix.replacement,
                },
            }
            for f in report.findings
        ],
    }


def field(payload: JSONObject, key: str, kind: type, default: Any = None) -> Any:
    """Read one payload field, answering a clear message when it has the wrong type."""
    value = payload.get(key, default)
    if value is None:
        return None
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise RequestError(f"'{key}' must be {kind.__name__}, not {type(value).__name__}")
    return value


def check_action(payload: JSONObject) -> JSONObject:
    """Check a note (`kind` "invite", the default) or a first message ("message"); a
    message may carry `sent_note`, the note the invitation went with. Absent or null
    `limit` is the kind's (200 for a note, LinkedIn's 8,000 for a message)."""
    text = field(payload, "text", str)
    if text is None:
        raise RequestError("'text' is required")
    if len(text) > MAX_TEXT_CHARS:
        raise RequestError(
            f"The note is {len(text):,} characters long; paste at most {MAX_TEXT_CHARS:,}."
        )
    earlier = field(payload, "earlier", list) or []  # null means none, as absent does
    report = check(
        text,
        limit=field(payload, "limit", int),
        relationship=field(payload, "relationship", str, "other"),
        name=field(payload, "name", str),
        earlier=earlier,
        lang=field(payload, "lang", str, AUTO) or AUTO,
        sender_name=field(payload, "sender_name", str),
        company=field(payload, "company", str),
        event=field(payload, "event", str),
        kind=field(payload, "kind", str, "invite") or "invite",
        sent_note=field(payload, "sent_note", str),
    )
    return report_to_json(report)


# The draft payload's fields, each passed to `pycore.draft` under the same name.
DRAFT_FIELDS = (
    "name", "how", "why", "slots", "limit", "company", "role", "full_name", "profile_url",
    "ask", "about", "sign_off", "lang", "formal", "kind", "sent_note",
)


def draft_action(payload: JSONObject) -> JSONObject:
    """Drafts for the page: `{"drafts": [...], "problem": null | {"message", "fields"}}`."""
    unknown = [key for key in payload if key not in DRAFT_FIELDS]
    if unknown:
        expected = ", ".join(DRAFT_FIELDS)
        raise RequestError(f"unknown draft field {unknown[0]!r}; expected one of {expected}")
    # Absent optional fields take draft()'s defaults; absent required ones get its message.
    arguments: JSONObject = {key: payload.get(key) for key in DRAFT_FIELDS[:3]}
    arguments |= {key: payload[key] for key in DRAFT_FIELDS[3:] if payload.get(key) is not None}
    try:
        result = draft(**arguments)
    except DraftError as error:
        raise RequestError(str(error)) from None
    return draft_result_to_json(result)


def draft_result_to_json(result: DraftResult) -> JSONObject:
    problem = result.problem
    drafts = []
    for item in result.drafts:
        report = report_to_json(item.report)
        drafts.append(
            {
                "text": item.text,
                "length": item.length,
                "verdict": report["verdict"],
                "tone": item.tone,
                "findings": report["findings"],
            }
        )
    return {
        "drafts": drafts,
        "problem": None if problem is None else {
            "message": problem.message,
            "fields": list(problem.fields),
        },
    }


def kinds_action(payload: JSONObject) -> JSONObject:
    """The how- and why-kinds with their slots, to build forms from data."""
    return kinds_to_json()


def profile_action(payload: JSONObject) -> JSONObject:
    """Who a scanned or shared text is about: `{"profile_url", "first_name", "full_name",
    "company", "problem"}`, null where unknown; `problem` is null, or `{"reason",
    "message", "wording", "details"}` when the text names no person (a company page,
    another site ...): `wording` is the message before `details` fill it, the key the
    app translates."""
    text = field(payload, "text", str)
    if text is None:
        raise RequestError("'text' is required")
    try:
        found = read_profile(text)
    except ProfileError as error:
        raise RequestError(str(error)) from None
    if isinstance(found, NotAProfile):
        problem = {
            "reason": found.reason,
            "message": found.message,
            "wording": PROFILE_MESSAGES[found.reason],
            "details": found.details,
        }
        return {**dataclasses.asdict(Profile()), "problem": problem}
    return {**dataclasses.asdict(found), "problem": None}


ACTIONS: dict[str, Callable[[JSONObject], Any]] = {
    "check": check_action,
    "draft": draft_action,
    "kinds": kinds_action,
    "profile": profile_action,
}


def handle(request: object) -> str:
    """Answer one request. Never raises: every failure becomes an error object."""
    try:
        return json.dumps({"ok": True, "result": dispatch(request)})
    except Exception as error:  # noqa: BLE001  # the boundary must answer, whatever failed
        invalid = isinstance(error, (TypeError, ValueError))
        name = "RequestError" if invalid else type(error).__name__
        return json.dumps({"ok": False, "error": {"name": name, "message": str(error)}})


def dispatch(request: object) -> Any:
    if not isinstance(request, str):
        raise RequestError(f"request must be a JSON string, not {type(request).__name__}")
    try:
        message = json.loads(request)
    except json.JSONDecodeError as error:
        raise RequestError(f"request is not valid JSON: {error}") from None
    if not isinstance(message, dict):
        raise RequestError("request must be a JSON object with 'action' and 'payload'")
    action = message.get("action")
    if action not in ACTIONS:
        raise RequestError(f"unknown action {action!r}; expected one of {', '.join(ACTIONS)}")
    payload = message.get("payload", {})
    if not isinstance(payload, dict):
        raise RequestError("'payload' must be a JSON object")
    return ACTIONS[action](payload)
