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
    export_file,
    exported,
    first_name,
    import_bytes,
    iso,
    note,
    open_app,
    open_people,
    people_names,
    people_sheet,
    person_status,
    transfer_status,
    wait_until_saved,
)

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


def stored_people(page: Page) -> list[dict[str, Any]]:
    """What the app would export now, read through its own Export button."""
    return exported(page)[1]


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
    assert by_name["Eve"][rows[0].index("Note")] == 'Hi Eve, "quoted", two\nlines'


TEN_MB = (
    b'{"format": "notewell-export", "version": 1, "people": [' + b" " * (10 * 1024 * 1024) + b"]}"
)

# Files that are not a Notewell export this app reads: refused whole, nothing changes.
NOT_EXPORTS = {
    "not JSON": (b"<html>hello</html>", "not valid JSON"),
    "truncated": (export_file([person(1)])[:-40], "not valid JSON"),
    "empty": (b"", "not valid JSON"),
    "another app's JSON": (json.dumps({"people": []}).encode(), "not a Notewell export"),
    "a newer version": (export_file([person(1)], version=2), "newer Notewell (format 2)"),
    "a version given as text": (
        export_file([person(1)], version="1"),
        'gives its version as "1", not as the number 1',
    ),
    "no list of people": (
        json.dumps(
            {"format": "notewell-export", "version": 1, "people": {"1": person(1)}}
        ).encode(),
        "no list of people",
    ),
    "10 MB": (TEN_MB, "10.0 MB"),
}


@pytest.mark.parametrize("label", list(NOT_EXPORTS))
def test_a_file_that_is_not_an_export_is_refused_and_changes_nothing(
    page: Page, server: Server, label: str
) -> None:
    data, message = NOT_EXPORTS[label]
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


# Records an export may hold that cannot be read as a person: each is skipped, with its
# position and reason, and the others are imported.
BAD_RECORDS = {
    "a name that is a number": (person(2, name=5), "first name is not text"),
    "an unknown status": (
        person(2, history=[{"status": "hacked", "at": iso(NOW)}]),
        "status 1 is not a known status",
    ),
    "history that is not a list": (person(2, history="sent"), "history is not a list"),
    "no id": (person(2, id=""), "has no id"),
    # Date.parse reads "1" as 2001-01-01: a date must look like one.
    "a created date of 1": (person(2, created="1"), "created is not a date"),
    "not a record": ("Person2", "is not a person record"),
    "an event without a day": (
        person(2, event={"name": "PyCon", "date": "yesterday"}),
        "event date is not a date",
    ),
}


@pytest.mark.parametrize("label", list(BAD_RECORDS))
def test_a_bad_record_is_skipped_with_its_reason_and_the_rest_imported(
    page: Page, server: Server, label: str
) -> None:
    bad, reason = BAD_RECORDS[label]
    open_app(page, server.url, python=False)
    open_people(page)
    import_bytes(page, "mixed.json", export_file([person(1), bad, person(3)]))
    expect(transfer_status(page)).to_contain_text("Imported 2 new and 0 updated people.")
    expect(transfer_status(page)).to_contain_text(
        f"Skipped 1 that could not be read: Person 2: {reason}."
    )
    assert people_names(page) == ["Person1", "Person3"]
    assert [p["id"] for p in stored_people(page)] == ["person-1", "person-3"]


def test_a_person_listed_twice_is_imported_once_from_the_newer_copy(
    page: Page, server: Server
) -> None:
    newer = person(1, name="Newer", updated=iso(NOW))
    older = person(1, name="Older", updated=iso(NOW - timedelta(days=1)))
    open_app(page, server.url, python=False)
    open_people(page)
    import_bytes(page, "twice.json", export_file([older, person(2), newer]))
    expect(transfer_status(page)).to_contain_text("Imported 2 new")
    expect(transfer_status(page)).to_contain_text(
        "Person 1: a second copy of person 3 (the newer copy is kept)"
    )
    assert sorted(people_names(page)) == ["Newer", "Person2"]


def test_an_import_keeps_what_is_newer_on_the_device_and_says_so(
    page: Page, server: Server
) -> None:
    open_app(page, server.url, python=False)
    open_people(page)
    day_old = iso(NOW - timedelta(days=1))
    first = [person(1, updated=day_old), person(2, updated=day_old), person(3, updated=day_old)]
    import_bytes(page, "first.json", export_file(first))
    expect(transfer_status(page)).to_contain_text("Imported 3 new")
    # An older backup: person 1 renamed since on this device, person 2 changed in the file.
    renamed = person(1, name="Renamed", updated=iso(NOW))
    import_bytes(page, "renamed.json", export_file([renamed]))
    expect(transfer_status(page)).to_contain_text("Imported 0 new and 1 updated person.")
    old_backup = [
        person(1, name="Stale", updated=day_old),
        person(2, name="Changed", updated=iso(NOW)),
        person(3, updated=day_old),
    ]
    import_bytes(page, "old-backup.json", export_file(old_backup))
    expect(transfer_status(page)).to_have_text(
        "Imported 0 new and 1 updated person. "
        "Kept this device's copy of 1 person: it is newer than the file's."
    )
    assert sorted(people_names(page)) == ["Changed", "Person3", "Renamed"]


def test_markup_and_any_profile_text_in_an_export_are_data_kept_as_text(
    page: Page, server: Server
) -> None:
    """Names are shown with textContent, so markup in them is data: refusing it blocked
    restoring names the form and the share target had stored (issue 16)."""
    records = [
        person(1, name="<img src=x onerror=window.__xss=1>", company="<script>x</script>"),
        person(2, profileURL="javascript:window.__xss=1", role="Head of <Platform>"),
    ]
    open_app(page, server.url, python=False)
    open_people(page)
    import_bytes(page, "markup.json", export_file(records))
    expect(transfer_status(page)).to_have_text("Imported 2 new and 0 updated people.")
    assert people_names(page) == ["<img src=x onerror=window.__xss=1>", "Person2"]
    assert [p["profileURL"] for p in stored_people(page)] == ["", "javascript:window.__xss=1"]
    people_sheet(page).get_by_role("button", name=re.compile("^Person2")).click()
    expect(page.locator("#profile-text")).to_contain_text("javascript:window.__xss=1")
    # By id: a hidden link has no role to find it by, whatever its name.
    expect(page.locator("#open-linkedin")).to_be_hidden()
    assert page.evaluate("() => typeof window.__xss") == "undefined"
    assert page.locator("img[onerror]").count() == 0


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
