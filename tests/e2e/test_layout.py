"""The layout holds on a 320 px screen, at 200% text, on its side and in dark mode.

Each layout walks the app's screens (start, drafts, checks, the People and Settings
sheets, the question Copy asks) and at each one measures what a user would hit: the page
never wider than the screen, the app bar on one row, every target at least 48 x 48 CSS
px, Copy and Next person on screen and uncovered (outside sheets) and a sheet's close
control in its header on screen.
Each screen is photographed into test-results/screenshots/ for people to look at.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Locator, Page, expect

from notewell_harness import Server
from notewell_ui import (
    PITCHED,
    button,
    compose,
    copy_button,
    grant_clipboard,
    horizontal_overflow,
    note,
    open_app,
    open_finding,
    open_people,
    open_settings,
    screenshot,
    set_text_size,
    small_targets,
    tap_in_place,
    uncovered,
    use_draft,
    wait_for_drafts,
    wait_until_saved,
)

# name: (Playwright device, text size in percent, colour scheme)
LAYOUTS = {
    "pixel-7": ("Pixel 7", 100, "light"),
    "320px": ("iPhone SE", 100, "light"),
    "320px-200pct-text": ("iPhone SE", 200, "light"),
    "200pct-text-dark": ("Pixel 7", 200, "dark"),
    "landscape": ("Pixel 7 landscape", 100, "light"),
    "320px-landscape-dark": ("iPhone SE landscape", 100, "dark"),
}
# What the action bar must keep in reach on every screen outside a sheet: (name, id).
DOCK_ACTIONS = [("Copy", "copy"), ("Next person", "next-person")]
APP_BAR_MAX_PX = 64  # one row: 56 px, and a hair for the border

ON_SCREEN = """(element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
}"""


def problems_on(page: Page, dismiss: Locator | None) -> list[str]:
    """What a user of this screen would trip over, in words (nothing when it holds).
    `dismiss` is how an open sheet or dialog is left; without one, Copy must be in reach."""
    found = []
    wider = horizontal_overflow(page)
    if wider > 0:
        found.append(f"the page is {wider} px wider than the screen")
    bar = page.locator("header.bar").bounding_box()
    if bar and bar["height"] > APP_BAR_MAX_PX:
        found.append(f"the app bar is {round(bar['height'])} px tall: it wrapped")
    found += [f"small target {target}" for target in small_targets(page)]
    if dismiss is None:
        out_of_reach = [name for name, key in DOCK_ACTIONS if not uncovered(page, key)]
        found += [f"{name} is not on screen" for name in out_of_reach]
    elif not dismiss.evaluate(ON_SCREEN):
        found.append(f"{dismiss} is not on screen")
    return found


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_layout_holds(
    phone_context: Any, server: Server, screenshots: Path, layout: str
) -> None:
    device, text_percent, scheme = LAYOUTS[layout]
    context = phone_context(device, color_scheme=scheme, reduced_motion="reduce")
    page = context.new_page()
    grant_clipboard(page, server.origin)
    set_text_size(page, text_percent)
    open_app(page)
    font_px = page.evaluate("() => parseFloat(getComputedStyle(document.documentElement).fontSize)")
    assert font_px == 16 * text_percent / 100, "the text size setting did not apply"
    found: dict[str, list[str]] = {}

    def look(screen: str, dismiss: Locator | None = None) -> None:
        screenshot(page, screenshots, f"layout-{layout}-{screen}", full_page=False)
        problems = problems_on(page, dismiss)
        if problems:
            found[screen] = problems

    look("start")
    compose(
        page,
        "Priya",
        "Met at an event",
        {"Event": "PyCon Lisbon"},
        ["Ask advice"],
        {"Advice on": "type hints"},
    )
    wait_for_drafts(page, "Priya", "PyCon Lisbon")
    tap_in_place(page, page.get_by_role("button", name="drafts ready"))
    look("drafts")

    use_draft(page, 1)
    look("draft-used")
    note(page).fill(PITCHED)
    open_finding(page, "sales-pitch")
    look("checks")

    wait_until_saved(page)
    open_people(page)
    button(page, "Edit").click()
    sheet_head = page.locator("dialog[open] .sheet-head")
    look("people", sheet_head.get_by_role("button", name="Close"))
    button(page, "Close").click()

    open_settings(page)
    look("settings", sheet_head.get_by_role("button", name="Done"))
    button(page, "Done").click()

    tap_in_place(page, copy_button(page))
    question = page.get_by_role("alertdialog", name="Copy it anyway?")
    expect(question).to_be_visible()
    look("copy-question", question.get_by_role("button", name="Keep editing"))
    button(page, "Keep editing").click()

    assert not found, found
