"""Export and import: a JSON export restores everything on a fresh phone, CSV opens in a
spreadsheet, and a bad file is refused with a clear message and changes nothing."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from notewell_harness import Server
from notewell_ui import (
    button,
    download_bytes,
    first_name,
    import_bytes,
    note,
    open_app,
    open_people,
    people_names,
    people_sheet,
    person_status,
    transfer_status,
    wait_until_saved,
)


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


NOW = datetime.now(UTC)


def person(number: int, **fields: Any) -> dict[str, Any]:
    """A person record as an export holds it."""
    record: dict[str, Any] = {
        "id": f"person-{number}",
        "created": iso(NOW - timedelta(hours=number)),
        "updated": iso(NOW - timedelta(hours=number)),
        "name": f"Person{number}",
        "fullName": "",
        "company": "Acme",
        "role": "",
        "profileURL": "",
        "how": "event",
        "why": ["stay_in_touch"],
        "slots": {"event": "PyCon"},
        "notes": "",
        "draft": f"Hi Person{number}, good to meet you at PyCon.",
        "caret": 0,
        "history": [],
    }
    record.update(fields)
    return record


def export_file(people: list[dict[str, Any]], **overrides: Any) -> bytes:
    data = {"format": "notewell-export", "version": 1, "exported": iso(NOW), "people": people}
    data.update(overrides)
    return json.dumps(data).encode()


def stored_people(page: Page) -> list[dict[str, Any]]:
    """What the app would export now, read through its own Export button."""
    _, data = download_bytes(page, "Export (JSON)")
    export = json.loads(data)
    assert export["format"] == "notewell-export" and export["version"] == 1
    people: list[dict[str, Any]] = sorted(export["people"], key=lambda p: p["id"])
    return people


def test_export_then_import_into_a_fresh_profile_gives_identical_data(
    page: Page, new_context: Callable[..., BrowserContext], server: Server
) -> None:
    open_app(page, server.url, python=False)
    first_name(page).fill("Ada")
    note(page).fill("Hi Ada 👋🏽 שלום, loved your PyCon talk.")
    wait_until_saved(page)
    person_status(page).select_option(label="Sent with a note")
    wait_until_saved(page)
    open_people(page)
    no_name = person(3, name="", notes="Met at the booth, name tag unreadable")
    start = [person(1), person(2, fullName="Grace Hopper"), no_name]
    import_bytes(page, "start.json", export_file(start))
    expect(transfer_status(page)).to_have_text("Imported 3 new and 0 updated people.")
    name, data = download_bytes(page, "Export (JSON)")
    assert re.fullmatch(r"notewell-\d{4}-\d{2}-\d{2}\.json", name)
    before = stored_people(page)
    assert len(before) == 4

    other = new_context().new_page()  # another phone: an empty profile
    open_app(other, server.url, python=False)
    open_people(other)
    expect(people_sheet(other).locator("#people-summary")).to_contain_text("No one yet")
    import_bytes(other, name, data)
    expect(transfer_status(other)).to_have_text("Imported 4 new and 0 updated people.")
    assert stored_people(other) == before
    # The same file again: nothing new, no duplicates.
    import_bytes(other, name, data)
    expect(transfer_status(other)).to_have_text("Already up to date: nothing new in that file.")
    assert len(people_names(other)) == 4
    assert stored_people(other) == before


def test_csv_export_opens_as_a_table_and_never_as_formulas(page: Page, server: Server) -> None:
    open_app(page, server.url, python=False)
    open_people(page)
    hostile = person(
        1, name="Eve", company='=HYPERLINK("http://x")', draft='Hi Eve, "quoted", two\nlines'
    )
    import_bytes(page, "people.json", export_file([hostile, person(2)]))
    expect(transfer_status(page)).to_contain_text("Imported 2 new")
    name, data = download_bytes(page, "Export people (CSV)")
    assert name.endswith(".csv")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0][:3] == ["Name", "First name", "Company"]
    by_name = {row[1]: row for row in rows[1:]}
    assert set(by_name) == {"Eve", "Person2"}
    assert by_name["Eve"][2] == '\'=HYPERLINK("http://x")', "a formula is kept as text"
    assert by_name["Eve"][-1] == 'Hi Eve, "quoted", two\nlines'


TEN_MB = (
    b'{"format": "notewell-export", "version": 1, "people": [' + b" " * (10 * 1024 * 1024) + b"]}"
)

BAD_FILES = {
    "not JSON": (b"<html>hello</html>", "not valid JSON"),
    "truncated": (export_file([person(1)])[:-40], "not valid JSON"),
    "empty": (b"", "not valid JSON"),
    "another app's JSON": (json.dumps({"people": []}).encode(), "not a Notewell export"),
    "a newer version": (export_file([person(1)], version=2), "version 2"),
    "a name that is a number": (
        export_file([person(1, name=5)]),
        "Person 1, first name: must be text",
    ),
    "markup in a name": (export_file([person(1, name="<img src=x onerror=alert(1)>")]), "markup"),
    "markup in a company": (export_file([person(1, company="<script>x</script>")]), "markup"),
    "an unknown status": (
        export_file([person(1, history=[{"status": "hacked", "at": iso(NOW)}])]),
        "status",
    ),
    "a javascript: profile": (
        export_file([person(1, profileURL="javascript:alert(1)")]),
        "https://",
    ),
    "the same person twice": (export_file([person(1), person(1)]), "twice"),
    "a bad second person": (
        export_file([person(1), person(2, history="sent")]),
        "Person 2, history",
    ),
    "10 MB": (TEN_MB, "10.0 MB"),
}


@pytest.mark.parametrize("label", list(BAD_FILES))
def test_a_bad_import_is_refused_and_changes_nothing(
    page: Page, server: Server, label: str
) -> None:
    data, message = BAD_FILES[label]
    open_app(page, server.url, python=False)
    open_people(page)
    import_bytes(page, "good.json", export_file([person(7)]))
    expect(transfer_status(page)).to_contain_text("Imported 1 new")
    before = stored_people(page)

    import_bytes(page, "bad.json", data)
    expect(transfer_status(page)).to_contain_text(message)
    expect(transfer_status(page)).to_contain_text("Nothing was imported.")
    assert stored_people(page) == before
    assert people_names(page) == ["Person7"]


def test_delete_a_person_and_delete_everything(page: Page, server: Server) -> None:
    open_app(page, server.url, python=False)
    people = open_people(page)
    import_bytes(page, "people.json", export_file([person(1), person(2), person(3)]))
    expect(people.get_by_role("listitem")).to_have_count(3)

    # Deleting is a mode of its own: no Delete beside a person until "Edit".
    expect(people.get_by_role("button", name="Delete Person2")).to_have_count(0)
    button(page, "Edit").click()
    people.get_by_role("button", name="Delete Person2").click()
    confirm = page.get_by_role("alertdialog", name="Delete Person2?")
    expect(confirm).to_be_visible()
    expect(confirm.get_by_role("button", name="Cancel")).to_be_focused()
    page.keyboard.press("Enter")  # the focused choice keeps them
    expect(confirm).to_be_hidden()
    expect(people.get_by_role("listitem")).to_have_count(3)
    people.get_by_role("button", name="Delete Person2").click()
    confirm.get_by_role("button", name="Delete Person2").click()  # named in full
    expect(transfer_status(page)).to_have_text("Deleted Person2.")
    assert people_names(page) == ["Person1", "Person3"]

    button(page, "Delete everything").click()
    everything = page.get_by_role("alertdialog", name="Delete everything?")
    everything.get_by_role("button", name="Delete everything").click()
    expect(transfer_status(page)).to_have_text("Deleted everything.")
    expect(people.get_by_role("listitem")).to_have_count(0)
    page.reload()
    open_people(page)
    assert people_names(page) == []


def test_people_met_over_two_days_ago_and_still_owed_a_note_get_a_nudge(
    page: Page, server: Server
) -> None:
    three_days = iso(NOW - timedelta(days=3, hours=1))
    sent = [{"status": "sent-note", "at": three_days, "text": "Hi Old, ..."}]
    people = [
        person(1, name="Fresh"),  # met an hour ago: owed, no nudge yet
        person(2, name="Stale", created=three_days, updated=three_days),
        person(3, name="Old", created=three_days, updated=three_days, history=sent),
    ]
    open_app(page, server.url, python=False)
    listed = open_people(page)
    import_bytes(page, "people.json", export_file(people))
    expect(transfer_status(page)).to_contain_text("Imported 3 new")
    nudged = listed.get_by_role("listitem").filter(has_text="send your note soon")
    expect(nudged).to_have_count(1)
    expect(nudged).to_contain_text("Stale")
    expect(nudged).to_contain_text("Met 3 days ago")
    fresh = listed.get_by_role("listitem").filter(has_text="Fresh")
    expect(fresh).to_contain_text("Owe a note")
    expect(listed.get_by_role("listitem").filter(has_text="Old")).to_contain_text(
        "Sent with a note"
    )
    people_sheet(page).get_by_label("Show").select_option(label="Owe a note")
    expect(listed.get_by_role("listitem")).to_have_count(2)
