"""How the tests drive the app: its DOM contract as locators and a few user steps.

Everything is found by accessible name (the contract in the team brief), so a test that
passes here also says the screen reader names are right.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from playwright.sync_api import Locator, Page, expect

from notewell_harness import Server

# Starting Pyodide, or precaching the ~10 MB build, takes 2-3 s on two idle cores; much
# more while `build.py test` runs linters beside the browser.
START_TIMEOUT_MS = 30_000


def open_app(page: Page, url: str = "/", *, python: bool = True) -> None:
    """Open the app; with `python`, wait until the worker answers requests."""
    page.goto(url)
    page.wait_for_function("() => typeof window.notewell === 'object'")
    if python:
        wait_for_python(page)


def shared(page: Page, server: Server, **fields: str) -> None:
    """What Android does when the user shares into the installed app: a GET of the
    manifest's share_target action with the shared fields as the query."""
    manifest = json.loads((Path(server.directory) / "manifest.webmanifest").read_text())
    target = manifest["share_target"]
    assert target["method"] == "GET"
    query = {target["params"][key]: value for key, value in fields.items()}
    action = target["action"].removeprefix("./")
    open_app(page, f"{server.url}{action}?{urlencode(query)}", python=False)


def wait_for_python(page: Page) -> None:
    """Return once the worker answers; raise with the reason when Python failed to load."""
    page.evaluate("async () => { await window.notewell.ready; }")


def call(page: Page, action: str, payload: dict[str, Any]) -> Any:
    """One request through the real worker, as the page makes it."""
    return page.evaluate("([a, p]) => window.notewell.call(a, p)", [action, payload])


def first_name(page: Page) -> Locator:
    return page.get_by_label("First name", exact=True)


def how(page: Page, label: str) -> Locator:
    return page.get_by_role("group", name="How do you know them?").get_by_role(
        "radio", name=label, exact=True
    )


def why(page: Page, label: str) -> Locator:
    return page.get_by_role("group", name="Why connect?").get_by_role(
        "checkbox", name=label, exact=True
    )


def detail(page: Page, label: str) -> Locator:
    """A detail field; kinds share labels ("Event"), so only the one shown counts."""
    return page.get_by_role("textbox", name=label, exact=True).filter(visible=True)


def drafts(page: Page) -> Locator:
    return page.get_by_role("list", name="Drafts", exact=True)


def draft_items(page: Page) -> Locator:
    return drafts(page).get_by_role("listitem")


def note(page: Page) -> Locator:
    return page.get_by_role("textbox", name="Note", exact=True)


def count(page: Page) -> Locator:
    return page.locator("#count")


def checks(page: Page) -> Locator:
    return page.get_by_role("list", name="Checks", exact=True)


def finding(page: Page, rule: str) -> Locator:
    return checks(page).locator(f'li[data-rule="{rule}"]')


def open_finding(page: Page, rule: str) -> Locator:
    """A finding's line, opened so its excerpt, advice and fixes show (a tap, if closed)."""
    line = finding(page, rule)
    toggle = line.locator("button[aria-expanded]")
    if toggle.get_attribute("aria-expanded") == "false":
        toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    return line


def show_optional_details(page: Page) -> None:
    """Unfold every chosen kind's optional details ("Optional: ...")."""
    for fold in page.locator("details.optional-fold:not([open]) > summary").all():
        fold.click()


def verdict(page: Page) -> Locator:
    """The checker's summary line: "Ready to send", or "1 error, 2 warnings"."""
    return page.locator("#verdict")


def status(page: Page) -> Locator:
    return page.locator("#status")


def button(page: Page, name: str) -> Locator:
    return page.get_by_role("button", name=name, exact=True)


def compose(
    page: Page,
    name: str,
    how_label: str,
    how_details: dict[str, str],
    why_labels: list[str],
    why_details: dict[str, str] | None = None,
) -> None:
    """Fill the compose form as a person would: name, how, its details, reasons."""
    first_name(page).fill(name)
    how(page, how_label).check()
    for label, value in how_details.items():
        detail(page, label).fill(value)
    for label in why_labels:
        why(page, label).check()
    for label, value in (why_details or {}).items():
        detail(page, label).fill(value)


# Drafts update as the user types; this waits until the list shows the current details.
DRAFTS_SHOW = """([needles, low, high]) => {
    const list = document.querySelector('ol[aria-label="Drafts"]');
    if (!list) return false;
    const items = [...list.querySelectorAll(':scope > li')];
    return items.length >= low && items.length <= high
        && items.every(li => needles.every(n => li.textContent.includes(n)));
}"""


def wait_for_drafts(page: Page, *needles: str, low: int = 2, high: int = 3) -> None:
    """Wait until the Drafts list holds low..high drafts, each containing every needle."""
    page.wait_for_function(DRAFTS_SHOW, arg=[list(needles), low, high])


def use_draft(page: Page, number: int) -> str:
    """Tap "Use draft N"; return the Note's text once it holds that draft."""
    button(page, f"Use draft {number}").click()
    expect(note(page)).not_to_have_value("")
    return note(page).input_value()


def squash(text: str) -> str:
    """Whitespace collapsed, to compare text read from rendered elements."""
    return re.sub(r"\s+", " ", text).strip()


def copy_and_read(page: Page) -> str:
    """Tap Copy, wait for its confirmation, and return what the clipboard holds."""
    button(page, "Copy").click()
    expect(page.get_by_role("status").filter(has_text="Copied")).to_be_visible()
    text: str = page.evaluate("() => navigator.clipboard.readText()")
    return text


def grant_clipboard(page: Page, origin: str) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=origin)


def open_settings(page: Page) -> Locator:
    button(page, "Settings").click()
    settings = page.get_by_role("group", name="Account type")
    expect(settings).to_be_visible()
    return settings


def set_your_name(page: Page, name: str) -> None:
    """Settings' "Your name": what fills a template slot that stands for the sender."""
    settings = open_settings(page)
    page.get_by_label("Your name", exact=True).fill(name)
    button(page, "Done").click()
    expect(settings).to_be_hidden()


def fix_button(page: Page, rule: str) -> Locator:
    """The fix of the rule's first finding, in the note's order."""
    return finding(page, rule).first.get_by_role("button", name="Fix")


def tap_fix(page: Page, text: str, rule: str, label: str) -> str:
    """Type `text` as the note, tap the fix the `rule` finding offers (it must say
    `label`) and return the note it leaves."""
    note(page).fill(text)
    fix = open_finding(page, rule).get_by_role("button", name="Fix").first
    expect(fix).to_have_text(f"Fix: {label}")
    fix.click()
    expect(note(page)).not_to_have_value(text)
    return note(page).input_value()


def screenshot(page: Page, folder: Path, name: str, *, full_page: bool = True) -> None:
    """A picture for people to look at (never compared): the whole page, or the screen."""
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=folder / f"{name}.png", full_page=full_page)


# --- people, saving and the data on the device (issue 5) --------------------------------


def wait_until_started(page: Page) -> None:
    """Wait until the app has decided whom to show: the stored person, or rescued edits."""
    page.evaluate("async () => { await window.notewell.started; }")


def reopen_offline(page: Page, server: Server) -> None:
    """Open the app once, wait until it works offline, stop `server` and open it again."""
    open_app(page, server.url, python=False)
    expect(page.get_by_text("Ready to work offline")).to_be_visible(timeout=START_TIMEOUT_MS)
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")
    server.stop()
    page.reload()
    wait_until_started(page)


def wait_until_saved(page: Page) -> None:
    """Wait until the last edit is in IndexedDB (the app says so within a second)."""
    expect(page.locator("#save-status")).to_have_attribute("data-state", "saved")


def save_status(page: Page) -> Locator:
    return page.locator("#save-status")


def person_status(page: Page) -> Locator:
    return page.get_by_role("combobox", name="Status", exact=True)


def people_sheet(page: Page) -> Locator:
    return page.get_by_role("dialog", name="People")


def open_people(page: Page) -> Locator:
    """Open the People sheet; return its list once it shows the stored people."""
    button(page, "People").click()
    sheet = people_sheet(page)
    expect(sheet).to_be_visible()
    expect(sheet.locator("#people-summary")).not_to_be_empty()
    return sheet.get_by_role("list", name="People", exact=True)


def people_names(page: Page) -> list[str]:
    """The names in the People list, top to bottom."""
    names: list[str] = people_sheet(page).locator(".person-name").all_inner_texts()
    return names


def transfer_status(page: Page) -> Locator:
    return people_sheet(page).locator("#transfer-status")


def import_bytes(page: Page, name: str, data: bytes) -> None:
    """Choose a file in "Import a Notewell export", as a user picking it would."""
    people_sheet(page).get_by_label("Import a Notewell export").set_input_files(
        {"name": name, "mimeType": "application/json", "buffer": data}
    )


def download_bytes(page: Page, button_name: str) -> tuple[str, bytes]:
    """Tap an export button; return the suggested file name and the file's bytes."""
    with page.expect_download() as info:
        people_sheet(page).get_by_role("button", name=button_name, exact=True).click()
    download = info.value
    return download.suggested_filename, Path(download.path()).read_bytes()


def iso(moment: datetime) -> str:
    """A moment as the app writes one (JavaScript's toISOString)."""
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def export_file(people: list[dict[str, Any]], **overrides: Any) -> bytes:
    """A Notewell export holding these person records (`overrides` for its envelope)."""
    data = {
        "format": "notewell-export",
        "version": 1,
        "exported": iso(datetime.now(UTC)),
        "people": people,
    }
    data.update(overrides)
    return json.dumps(data).encode()


def exported(page: Page) -> tuple[bytes, list[dict[str, Any]]]:
    """Tap "Export (JSON)" in People; the file, and the people in it in id order."""
    _, data = download_bytes(page, "Export (JSON)")
    export = json.loads(data)
    assert export["format"] == "notewell-export" and export["version"] == 1
    return data, sorted(export["people"], key=lambda p: p["id"])


# --- one thumb, one screen (issue 18) ---------------------------------------------------


# LinkedIn's canned text and a pitch in one sentence: an error, a warning in two places (one
# fix for both) and a tip.
PITCHED = (
    "I'd like to add you to my professional network on LinkedIn. We help teams grow, book a demo."
)


def copy_button(page: Page) -> Locator:
    return button(page, "Copy")


def tap_in_place(page: Page, target: Locator) -> None:
    """Tap a target where it is on screen, as a thumb does. Playwright's click() first
    scrolls its target "into view", which for one in a sticky bar moves the page under it
    (and can hide a target that depends on what is on screen, like the drafts cue)."""
    expect(target).to_be_visible()
    box = target.bounding_box()
    assert box is not None, f"{target} is not on the page"
    page.touchscreen.tap(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


# The element with this id is on screen and nothing covers its middle (a sheet, a toast,
# the app bar, the keyboard's inset).
UNCOVERED = """(id) => {
    const element = document.getElementById(id);
    const box = element.getBoundingClientRect();
    const onScreen = box.top >= 0 && box.left >= 0
        && box.bottom <= innerHeight && box.right <= innerWidth;
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return onScreen && element.contains(hit);
}"""


def uncovered(page: Page, element_id: str) -> bool:
    """Whether the element with this id is on screen with nothing over its middle."""
    seen: bool = page.evaluate(UNCOVERED, element_id)
    return seen


def wait_until_uncovered(page: Page, element_id: str) -> None:
    """Wait until the element with this id is on screen and uncovered (a smooth scroll)."""
    page.wait_for_function(UNCOVERED, arg=element_id)


def copy_in_reach(page: Page) -> bool:
    return uncovered(page, "copy")


# Every target the user can reach now (inside the topmost open dialog, which makes the rest
# inert) that is smaller than 48 x 48 CSS px, described for a failure message.
SMALL_TARGETS = """(minimum) => {
    const dialogs = [...document.querySelectorAll('dialog[open]')];
    const scope = dialogs.length ? dialogs[dialogs.length - 1] : document;
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, '
        + '[tabindex]:not([tabindex="-1"])';
    return [...scope.querySelectorAll(selector)]
        .filter(element => element.checkVisibility({visibilityProperty: true}))
        .map(element => [element, element.getBoundingClientRect()])
        .filter(([, box]) => box.width < minimum || box.height < minimum)
        .map(([element, box]) => `${element.outerHTML.slice(0, 80)}: `
            + `${Math.round(box.width)} x ${Math.round(box.height)}`);
}"""


def small_targets(page: Page, minimum: int = 48) -> list[str]:
    small: list[str] = page.evaluate(SMALL_TARGETS, minimum)
    return small


# How many CSS px the page, or an open sheet's content, is wider than its box.
OVERFLOW = """() => Math.max(
    document.documentElement.scrollWidth - innerWidth,
    ...[...document.querySelectorAll('dialog[open]')].map(d => d.scrollWidth - d.clientWidth),
)"""


def horizontal_overflow(page: Page) -> int:
    """How many CSS px the page or an open sheet is wider than the screen (0: it fits)."""
    wider: int = page.evaluate(OVERFLOW)
    return wider


def set_text_size(page: Page, percent: int) -> None:
    """The browser's text size setting (Chromium's default font size; 100% is 16 px)."""
    session = page.context.new_cdp_session(page)
    session.send("Page.setFontSizes", {"fontSizes": {"standard": 16 * percent // 100}})


# --- the first message after they accept (issue 14) -------------------------------------


def message(page: Page) -> Locator:
    """The editor while it writes the first message (the same box as the Note)."""
    return page.get_by_role("textbox", name="First message", exact=True)


def sent_note(page: Page) -> Locator:
    """The note the invitation carried, read-only above the first message."""
    return page.get_by_role("region", name="Your invitation’s note", exact=True)


def open_person(page: Page, name: str) -> None:
    """Open someone from the People sheet by the name it lists."""
    open_people(page)
    people_sheet(page).get_by_role("button", name=re.compile(f"^{re.escape(name)}")).click()
    expect(people_sheet(page)).to_be_hidden()
    expect(first_name(page)).to_have_value(name)
