"""The first message after they accept (issue 14): "Accepted" turns the editor to the
first message, with its own drafts, checks and count, below the note that was sent;
"Followed up" keeps the message sent; the People list nudges when none went; all of it
offline, kept with the person, exported and imported."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from playwright.sync_api import BrowserContext, Page, expect

from notewell_harness import Server
from notewell_ui import (
    START_TIMEOUT_MS,
    button,
    compose,
    copy_and_read,
    count,
    draft_items,
    export_file,
    exported,
    finding,
    grant_clipboard,
    import_bytes,
    iso,
    message,
    note,
    open_app,
    open_people,
    open_person,
    people_sheet,
    person_status,
    sent_note,
    transfer_status,
    use_draft,
    verdict,
    wait_for_drafts,
    wait_until_saved,
    wait_until_started,
)
from pycore import api

PROFILE = "https://www.linkedin.com/in/ada-lovelace-1815"
NOW = datetime.now(UTC)

# navigator.share as a phone has it, recording what the page shares (desktop Chromium has
# none, and the app shows Share only where there is one).
RECORD_SHARES = """
window.sharedTexts = [];
navigator.share = async (data) => { window.sharedTexts.push(data.text); };
"""


def message_drafts(**request: Any) -> list[str]:
    """What pycore drafts as a first message for these details (CPython, the reference)."""
    payload = {"kind": "message", **request}
    reply = json.loads(api.handle(json.dumps({"action": "draft", "payload": payload})))
    return [draft["text"] for draft in reply["result"]["drafts"]]


def test_accepted_first_message_then_followed_up_through_a_reload_offline(
    page: Page, dist: Path, own_server: Callable[[Path], Server]
) -> None:
    server = own_server(dist)
    page.add_init_script(RECORD_SHARES)
    grant_clipboard(page, server.url)
    open_app(page, server.url)
    expect(page.get_by_text("Ready to work offline")).to_be_visible(timeout=START_TIMEOUT_MS)
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")

    compose(
        page,
        "Ada",
        "Met at an event",
        {"Event": "PyCon Lisbon"},
        ["Ask advice"],
        {"Advice on": "type hints"},
    )
    page.get_by_text("More details").click()
    page.get_by_label("Profile URL", exact=True).fill(PROFILE)
    wait_for_drafts(page, "Ada", "/ 200")
    sent = use_draft(page, 1)
    person_status(page).select_option(label="Sent with a note")
    wait_until_saved(page)
    expect(sent_note(page)).to_be_hidden()

    person_status(page).select_option(label="Accepted")
    expect(message(page)).to_have_value("")
    expect(note(page)).to_have_count(0)
    expect(sent_note(page)).to_be_visible()
    expect(sent_note(page)).to_contain_text(sent)
    expect(count(page)).to_have_text("0 / 8,000")
    # The drafts are pycore's first messages for what the note already said.
    expected = message_drafts(
        name="Ada",
        how="event",
        why=["advice"],
        slots={"event": "PyCon Lisbon", "advice": "type hints"},
        sent_note=sent,
        profile_url=PROFILE,
    )
    wait_for_drafts(page, "Ada", "/ 8,000")
    assert [
        item.locator(".draft-text").inner_text() for item in draft_items(page).all()
    ] == expected

    # Checked as a message: a thanks alone is flagged, and 250 characters are not too long.
    message(page).fill("Thanks for connecting, Ada!")
    expect(finding(page, "thanks-only")).to_have_count(1)
    long = "Hi Ada, " + "your talk on parsers at PyCon Lisbon stayed with me. " * 5
    message(page).fill(long)
    expect(count(page)).to_have_text(f"{len(long)} / 8,000")
    expect(count(page)).to_have_attribute("data-state", "ok")
    expect(finding(page, "thanks-only")).to_have_count(0)  # the long text's report is in
    expect(finding(page, "length")).to_have_count(0)

    button(page, "Use draft 1").click()
    text = expected[0]
    expect(message(page)).to_have_value(text)
    wait_until_saved(page)

    page.context.set_offline(True)
    page.reload()
    wait_until_started(page)
    expect(message(page)).to_have_value(text)
    expect(sent_note(page)).to_contain_text(sent)
    expect(person_status(page)).to_have_value("accepted")
    expect(count(page)).to_have_text(f"{len(text)} / 8,000")
    expect(verdict(page)).to_contain_text("Ready to send", timeout=START_TIMEOUT_MS)

    # Copy, Share and Open their profile work as for a note; copying moves no status on.
    assert copy_and_read(page) == text
    expect(person_status(page)).to_have_value("accepted")
    button(page, "Share").click()
    page.wait_for_function("() => window.sharedTexts.length === 1")
    assert page.evaluate("() => window.sharedTexts") == [text]
    expect(page.get_by_role("link", name="Open their profile")).to_have_attribute("href", PROFILE)

    person_status(page).select_option(label="Followed up")
    wait_until_saved(page)
    page.reload()
    wait_until_started(page)
    expect(person_status(page)).to_have_value("followed-up")
    expect(message(page)).to_have_value(text)
    listed = open_people(page)
    ada = listed.get_by_role("listitem").filter(has_text="Ada")
    expect(ada).to_contain_text("Followed up")
    _, (record,) = exported(page)
    assert record["draft"] == sent and record["message"] == text
    assert [(entry["status"], entry.get("text")) for entry in record["history"]] == [
        ("drafted", None),
        ("sent-note", sent),
        ("accepted", None),
        ("followed-up", text),
    ]
    page.context.set_offline(False)


def days_ago(days: float) -> str:
    return iso(NOW - timedelta(days=days))


def person(name: str, *history: tuple[str, float, str | None]) -> dict[str, Any]:
    """A record as an export of an earlier version holds it (no first message field);
    `history` is (status, days ago, text)."""
    return {
        "id": f"person-{name.lower()}",
        "created": days_ago(6),
        "updated": days_ago(history[-1][1] if history else 6),
        "name": name,
        "how": "event",
        "why": ["stay"],
        "slots": {"event": "PyCon Lisbon"},
        "draft": f"Hi {name}, great to meet you at PyCon Lisbon.",
        "history": [
            {"status": status, "at": days_ago(days), **({"text": text} if text else {})}
            for status, days, text in history
        ],
    }


ADA_NOTE = "Hi Ada, loved your PyCon Lisbon talk on parsers. Could we stay in touch?"
LINUS_MESSAGE = (
    "Hi Linus, thanks for connecting! I would love to hear how your team ships kernels. "
    "Could I send you two or three questions here?"
)


def test_accepted_over_two_days_ago_with_no_message_yet_gets_a_nudge(
    page: Page, server: Server
) -> None:
    people = [
        person("Ada", ("sent-note", 5, ADA_NOTE), ("accepted", 3.05, None)),
        person("Grace", ("sent-note", 5, "Hi Grace ..."), ("accepted", 1, None)),
        person(
            "Linus",
            ("sent-note", 5, "Hi Linus ..."),
            ("accepted", 4, None),
            ("followed-up", 3, LINUS_MESSAGE),
        ),
        person("Zoe", ("sent-plain", 4, None)),
    ]
    open_app(page, server.url)
    listed = open_people(page)
    import_bytes(page, "people.json", export_file(people))
    expect(transfer_status(page)).to_contain_text("Imported 4 new")
    nudged = listed.get_by_role("listitem").filter(has_text="no message yet")
    expect(nudged).to_have_count(1)
    expect(nudged).to_contain_text("Ada")
    expect(nudged).to_contain_text("Accepted 3 days ago, no message yet")
    people_sheet(page).get_by_role("button", name="Close").click()

    # Opening them: their first message, below the note they accepted.
    open_person(page, "Ada")
    expect(message(page)).to_be_visible()
    expect(sent_note(page)).to_contain_text(ADA_NOTE)
    # Checked against the first messages sent to others.
    message(page).fill(LINUS_MESSAGE.replace("Linus", "Ada"))
    expect(finding(page, "repeated")).to_have_count(1)
    # Sent without a note: the first message, and its drafts say how you know each other.
    open_person(page, "Zoe")
    expect(message(page)).to_be_visible()
    expect(sent_note(page)).to_contain_text("Your invitation went without a note.")
    wait_for_drafts(page, "Zoe", "PyCon Lisbon", "/ 8,000")


def test_the_first_message_is_exported_and_imported_with_the_person(
    page: Page, new_context: Callable[..., BrowserContext], server: Server
) -> None:
    open_app(page, server.url, python=False)
    open_people(page)
    # An export from before first messages: it still imports.
    older = person("Ada", ("sent-note", 4, ADA_NOTE), ("accepted", 1, None))
    import_bytes(page, "older.json", export_file([older]))
    expect(transfer_status(page)).to_have_text("Imported 1 new and 0 updated person.")
    people_sheet(page).get_by_role("button", name="Close").click()
    open_person(page, "Ada")
    expect(message(page)).to_have_value("")
    written = "Hi Ada 👋🏽 שלום, thanks for accepting! Could I send you two questions on parsers?"
    message(page).fill(written)
    wait_until_saved(page)
    open_people(page)
    data, before = exported(page)
    assert before[0]["message"] == written and before[0]["draft"] == older["draft"]

    other = new_context().new_page()  # another phone
    open_app(other, server.url, python=False)
    open_people(other)
    import_bytes(other, "notewell.json", data)
    expect(transfer_status(other)).to_have_text("Imported 1 new and 0 updated person.")
    assert exported(other)[1] == before
    people_sheet(other).get_by_role("button", name="Close").click()
    open_person(other, "Ada")
    expect(message(other)).to_have_value(written)
    expect(sent_note(other)).to_contain_text(ADA_NOTE)


def test_a_note_that_never_went_out_starts_the_first_message(page: Page, server: Server) -> None:
    """No personalized notes left: the invitation goes without one, and the note written
    for it becomes the start of the first message (as the monthly budget advises)."""
    open_app(page, server.url, python=False)
    compose(page, "Grace", "Met at an event", {"Event": "RustConf"}, ["Stay in touch"])
    written = "Hi Grace, great chatting at RustConf about compilers. Let's stay in touch."
    note(page).fill(written)
    wait_until_saved(page)
    person_status(page).select_option(label="Sent without a note")
    expect(message(page)).to_have_value(written)
    expect(sent_note(page)).to_have_text(re.compile("went without a note"))
    wait_until_saved(page)
    page.reload()
    wait_until_started(page)
    expect(message(page)).to_have_value(written)
    # Set back: the note, as it was.
    person_status(page).select_option(label="Sent with a note")
    expect(note(page)).to_have_value(written)
    expect(sent_note(page)).to_be_hidden()
