"""axe-core finds nothing on any screen (drafts, checks, the sheets, the questions asked
before copying or deleting, Python failed), light or dark; each is also photographed.

The screenshots (phone viewport) land in test-results/screenshots/ for people to look at;
they are never compared.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from playwright.sync_api import BrowserContext, Page, expect

from notewell_harness import ROOT
from notewell_ui import (
    START_TIMEOUT_MS,
    button,
    compose,
    copy_button,
    note,
    open_app,
    open_finding,
    open_people,
    open_settings,
    screenshot,
    status,
    tap_in_place,
    use_draft,
    verdict,
    wait_for_drafts,
    wait_until_saved,
)

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCHEMES: tuple[Literal["light", "dark"], ...] = ("light", "dark")

# Violations only, each with the selectors of the offending nodes, to read in a failure.
RUN_AXE = """async () => {
    const result = await axe.run(document, {resultTypes: ['violations']});
    return result.violations.map(v => ({
        id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.map(n => n.target.join(' ')),
    }));
}"""


def violations_in_both_themes(page: Page, screen: str, folder: Path) -> dict[str, Any]:
    """axe's violations for this screen per colour scheme (photographing each)."""
    found = {}
    for scheme in SCHEMES:
        page.emulate_media(color_scheme=scheme)
        page.wait_for_function(
            "(dark) => matchMedia('(prefers-color-scheme: dark)').matches === dark",
            arg=scheme == "dark",
        )
        screenshot(page, folder, f"{screen}-{scheme}")
        violations = page.evaluate(RUN_AXE)
        if violations:
            found[f"{screen} ({scheme})"] = violations
    return found


def test_axe_finds_no_violations_on_any_screen(new_context: Any, screenshots: Path) -> None:
    assert AXE.is_file(), f"{AXE} is missing: run `npm ci` (package.json pins axe-core)"
    # axe arrives as an inline script tag, which the app's strict CSP rightly refuses.
    context: BrowserContext = new_context(bypass_csp=True, reduced_motion="reduce")
    page = context.new_page()
    open_app(page)
    page.add_script_tag(path=AXE)
    found = violations_in_both_themes(page, "start", screenshots)

    compose(page, "Ada", "Met at an event", {"Event": "PyCon Lisbon"}, ["Stay in touch"])
    wait_for_drafts(page, "Ada", "PyCon Lisbon")
    found |= violations_in_both_themes(page, "compose-drafts", screenshots)

    chosen = use_draft(page, 1)
    note(page).fill(chosen + " I came across your profile.")
    open_finding(page, "vague")
    found |= violations_in_both_themes(page, "editor-checks", screenshots)

    note(page).fill(chosen * 3)  # over the limit: Copy asks first
    tap_in_place(page, copy_button(page))
    expect(page.get_by_role("alertdialog", name="Copy it anyway?")).to_be_visible()
    found |= violations_in_both_themes(page, "copy-question", screenshots)
    button(page, "Keep editing").click()
    note(page).fill(chosen)

    open_settings(page)
    found |= violations_in_both_themes(page, "settings", screenshots)
    button(page, "Done").click()

    wait_until_saved(page)
    people = open_people(page)
    expect(people.get_by_role("listitem")).to_have_count(1)
    found |= violations_in_both_themes(page, "people", screenshots)
    button(page, "Edit").click()
    people.get_by_role("button", name="Delete Ada").click()
    expect(page.get_by_role("alertdialog", name="Delete Ada?")).to_be_visible()
    found |= violations_in_both_themes(page, "people-delete-question", screenshots)
    button(page, "Cancel").click()
    button(page, "Close").click()

    assert not found, found


def test_axe_finds_no_violations_when_python_failed(new_context: Any, screenshots: Path) -> None:
    context: BrowserContext = new_context(bypass_csp=True, service_workers="block")
    context.route("**/pyodide/**", lambda route: route.abort())
    page = context.new_page()
    open_app(page, python=False)
    expect(status(page)).to_contain_text("Checks unavailable", timeout=START_TIMEOUT_MS)
    note(page).fill("Hi Ada, great to meet you at PyCon Lisbon.")
    expect(verdict(page)).to_have_text("Not checked")
    page.add_script_tag(path=AXE)
    found = violations_in_both_themes(page, "python-failed", screenshots)
    assert not found, found
