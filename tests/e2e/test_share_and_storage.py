"""Sharing into Notewell from the LinkedIn app (the manifest's share_target), and storage
that fails: the user is told, the note stays on screen and copyable, saving is retried."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from notewell_harness import Server
from notewell_ui import (
    START_TIMEOUT_MS,
    button,
    copy_and_read,
    first_name,
    grant_clipboard,
    note,
    open_app,
    open_people,
    people_names,
    save_status,
    shared,
    wait_until_saved,
)

PROFILE = "https://www.linkedin.com/in/jane-doe-4b1a2c"


def test_a_shared_profile_becomes_a_new_person_with_the_name_guessed(
    page: Page, server: Server
) -> None:
    shared(page, server, text=f"Check out Jane Doe's profile on LinkedIn {PROFILE}?utm=share")
    expect(first_name(page)).to_have_value("Jane")
    expect(page.get_by_label("Profile URL")).to_have_value(PROFILE)
    expect(page.get_by_text("New person from a shared profile")).to_be_visible()
    profile_link = page.get_by_role("link", name="Open their profile")
    expect(profile_link).to_have_attribute("href", PROFILE)
    assert "?" not in page.url, "a reload must not add the person again"
    wait_until_saved(page)
    open_people(page)
    assert people_names(page) == ["Jane Doe"]


def test_a_name_from_a_shared_address_brings_no_hidden_character(
    page: Page, server: Server
) -> None:
    # A byte order mark and a direction isolate, percent-encoded in the address.
    shared(page, server, text="https://www.linkedin.com/in/%EF%BB%BF%E2%81%A8jane-doe-4b1a2c")
    expect(first_name(page)).to_have_value("Jane")
    expect(page.get_by_label("Full name")).to_have_value("Jane Doe")


def test_shared_text_that_is_not_a_profile_is_kept_as_a_note(page: Page, server: Server) -> None:
    text = "Met at the booth: ask about their Rust migration 🦀"
    shared(page, server, title="From my notes", text=text)
    expect(first_name(page)).to_have_value("")
    expect(page.get_by_label("Private notes")).to_have_value(f"From my notes\n{text}")
    expect(page.get_by_text("kept in their private notes")).to_be_visible()
    wait_until_saved(page)
    open_people(page)
    assert people_names(page) == ["Unnamed"]


def test_an_empty_share_adds_no_one_and_says_so(page: Page, server: Server) -> None:
    shared(page, server, title="", text="  ", url="")
    expect(page.locator("#notice")).to_have_text(
        "Nothing came with that share (no link and no text), so no one was added."
    )
    expect(first_name(page)).to_have_value("")
    expect(page.get_by_label("Private notes")).to_have_value("")
    open_people(page)
    assert people_names(page) == []


# Every IndexedDB write fails as on a full disk, until the test lets it through.
QUOTA_FULL = """
window.__storageFull = true;
const put = IDBObjectStore.prototype.put;
IDBObjectStore.prototype.put = function (...args) {
  if (window.__storageFull) throw new DOMException("Quota exceeded", "QuotaExceededError");
  return put.apply(this, args);
};
"""

NO_INDEXEDDB = "Object.defineProperty(window, 'indexedDB', { value: undefined });"


def test_a_full_storage_is_explained_the_note_stays_copyable_and_saving_retries(
    page: Page, server: Server
) -> None:
    grant_clipboard(page, server.origin)
    page.add_init_script(QUOTA_FULL)
    open_app(page, server.url, python=False)
    first_name(page).fill("Ada")
    note(page).fill("Hi Ada, loved your PyCon talk on parsers.")
    expect(save_status(page)).to_contain_text("storage is full")
    expect(save_status(page)).to_contain_text("can still be copied")
    assert copy_and_read(page) == "Hi Ada, loved your PyCon talk on parsers."

    page.evaluate("() => { window.__storageFull = false; }")  # the user freed some space
    # The retry, with no new keystroke (retries back off to one every 10 s at most).
    expect(save_status(page)).to_have_attribute("data-state", "saved", timeout=START_TIMEOUT_MS)
    page.reload()
    expect(note(page)).to_have_value("Hi Ada, loved your PyCon talk on parsers.")


def test_without_indexeddb_the_app_still_writes_and_copies(page: Page, server: Server) -> None:
    grant_clipboard(page, server.origin)
    page.add_init_script(NO_INDEXEDDB)
    open_app(page, server.url, python=False)
    expect(save_status(page)).to_contain_text("Not saved")
    note(page).fill("Hi Ada, loved your PyCon talk on parsers.")
    expect(save_status(page)).to_contain_text("private mode")
    assert copy_and_read(page) == "Hi Ada, loved your PyCon talk on parsers."
    button(page, "People").click()
    expect(page.get_by_text("The people list is unavailable")).to_be_visible()
