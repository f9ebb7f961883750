"""The core tests' case tables, run through the real worker, answer exactly as CPython does.

Pyodide's Python (3.14) and CPython here (3.11) run the same pycore; any difference in rule
ids, severities, spans (UTF-16 offsets), verdict or length is a bug on one side.
"""

from __future__ import annotations

import json
from typing import Any

from playwright.sync_api import Page

from notewell_harness import ROOT
from notewell_ui import open_app
from pycore import api

CASES = ROOT / "tests" / "cases"
DRAFTS = CASES / "drafts.json"
# Input the page may send that no table holds; first in the batch, so every later answer
# also shows the worker survived them.
EDGE_CASES = [
    {"text": ""},
    {"text": " \n\t "},
    {"text": "Hi \ud800 Ada \udfff"},  # lone surrogates: JavaScript strings carry them
    {"text": "Hi Ada\x00, we met at PyCon."},
    {"text": "x" * (api.MAX_TEXT_CHARS + 1)},  # too long: a clear error, not a dead worker
    {"text": "Hi Ada", "limit": "200"},  # wrong type: a clear error
]
CHECK_FIELDS = (
    "text", "limit", "relationship", "name", "earlier", "lang", "sender_name", "company",
    "event", "kind", "sent_note",
)

# Every request in one round trip to the page; JSON strings both ways, so lone surrogates
# in the tables survive the trip (JSON escapes them; the protocol's UTF-8 would not).
CALL_ALL = """async (requests) => {
    const replies = [];
    for (const {action, payload} of JSON.parse(requests)) {
        try {
            replies.push({ok: true, result: await window.notewell.call(action, payload)});
        } catch (error) {
            replies.push({ok: false, error: {name: error.name, message: error.message}});
        }
    }
    return JSON.stringify(replies);
}"""


def check_payloads(table: Any) -> list[dict[str, Any]]:
    """Every check payload in a rule table: objects with a "text", or bare strings in lists."""
    found: list[dict[str, Any]] = []
    if isinstance(table, dict):
        if isinstance(table.get("text"), str):
            found.append({key: table[key] for key in CHECK_FIELDS if key in table})
        else:
            for value in table.values():
                found.extend(check_payloads(value))
    elif isinstance(table, list):
        for item in table:
            if isinstance(item, str):
                found.append({"text": item})
            else:
                found.extend(check_payloads(item))
    return found


def in_cpython(action: str, payload: dict[str, Any]) -> dict[str, Any]:
    reply: dict[str, Any] = json.loads(
        api.handle(json.dumps({"action": action, "payload": payload}))
    )
    return reply


def in_browser(page: Page, requests: list[dict[str, Any]]) -> list[dict[str, Any]]:
    replies: list[dict[str, Any]] = json.loads(page.evaluate(CALL_ALL, json.dumps(requests)))
    return replies


def comparable(reply: dict[str, Any]) -> Any:
    """Results compare whole; errors by name only (messages may quote Python's internals)."""
    return reply["result"] if reply["ok"] else {"error": reply["error"]["name"]}


def mismatches(
    requests: list[dict[str, Any]], replies: list[dict[str, Any]]
) -> list[tuple[Any, ...]]:
    """(where, payload, browser, cpython) for each request the two answer differently."""
    found = []
    for request, browser in zip(requests, replies, strict=True):
        cpython = in_cpython(request["action"], request["payload"])
        if comparable(browser) != comparable(cpython):
            payload = repr(request["payload"])[:200]  # the megabyte case stays readable
            found.append((request["where"], payload, comparable(browser), comparable(cpython)))
    return found


def check_requests() -> list[dict[str, Any]]:
    """Every rule table (tests/cases/rules/) and every other check table, e.g. the corpus."""
    tables = sorted(path for path in CASES.rglob("*.json") if path != DRAFTS)
    assert (CASES / "rules") in {table.parent for table in tables}, "no rule tables"
    requests = [
        {"action": "check", "payload": payload, "where": "edge case"} for payload in EDGE_CASES
    ]
    requests += [
        {"action": "check", "payload": payload, "where": table.relative_to(CASES).as_posix()}
        for table in tables
        for payload in check_payloads(json.loads(table.read_text(encoding="utf-8")))
    ]
    assert len(requests) >= len(EDGE_CASES) + 2 * len(tables), "tables have cases to run"
    return requests


def test_case_tables_answer_the_same_in_the_browser(page: Page) -> None:
    """One page for every table: they only talk to the worker, so Python starts once."""
    open_app(page)
    checks = check_requests()
    replies = in_browser(page, checks)
    found = mismatches(checks, replies)
    assert not found, found[:5]
    # The first messages' tables reached the worker as messages (kind passed through).
    messages = [
        reply
        for request, reply in zip(checks, replies, strict=True)
        if request["payload"].get("kind") == "message"
    ]
    assert messages and all(reply["result"]["kind"] == "message" for reply in messages)

    cases = json.loads(DRAFTS.read_text(encoding="utf-8"))
    drafts = [
        {"action": "draft", "payload": case["request"], "where": f"drafts.json #{number}"}
        for number, case in enumerate(cases)
    ]
    replies = in_browser(page, drafts)
    found = mismatches(drafts, replies)
    assert not found, found[:5]
    texts = [[draft["text"] for draft in reply["result"]["drafts"]] for reply in replies]
    assert texts == [case["drafts"] for case in cases]
