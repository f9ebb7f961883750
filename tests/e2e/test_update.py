"""A new build waits until the user taps "Update": no reload on its own, no edit or
stored person lost, and afterwards only the new build's cache is left."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page, expect

from notewell_build.webapp import write_service_worker
from notewell_harness import ROOT, Server
from notewell_ui import (
    START_TIMEOUT_MS,
    button,
    first_name,
    note,
    open_app,
    open_people,
    people_names,
    wait_until_saved,
)

CACHES = "() => caches.keys()"
EDIT = "Hi Ada, half-written when the update arrived"


def test_an_update_waits_for_the_user_and_keeps_the_note(
    page: Page, dist_copy: Path, own_server: Callable[[Path], Server]
) -> None:
    server = own_server(dist_copy)
    open_app(page, server.url)
    expect(page.get_by_text("Works offline now")).to_be_visible(timeout=START_TIMEOUT_MS)
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")
    (old_cache,) = page.evaluate(CACHES)
    first_name(page).fill("Ada")
    note(page).fill(EDIT)
    wait_until_saved(page)

    # A new build on the server: one changed file, so a new VERSION and file list.
    styles = dist_copy / "styles.css"
    styles.write_text(styles.read_text(encoding="utf-8") + "\n/* v2 */\n", encoding="utf-8")
    new_version = write_service_worker(ROOT / "web" / "sw.js", dist_copy)
    page.evaluate("() => navigator.serviceWorker.getRegistration().then(r => r.update())")

    expect(page.get_by_text("Update available")).to_be_visible(timeout=START_TIMEOUT_MS)
    expect(note(page)).to_have_value(EDIT)  # still the same page: nothing reloaded
    assert page.evaluate("() => document.readyState") == "complete"

    with page.expect_event("load"):
        button(page, "Update").click()
    expect(note(page)).to_have_value(EDIT)
    expect(first_name(page)).to_have_value("Ada")
    open_people(page)
    assert people_names(page) == ["Ada"]
    page.wait_for_function(
        "(cache) => caches.keys().then(keys => keys.length === 1 && keys[0] === cache)",
        arg=f"notewell-{new_version}",
    )
    assert old_cache != f"notewell-{new_version}"
