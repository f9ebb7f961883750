"""After one visit the app works with no server at all: loads, drafts, checks, copies."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page, expect

from notewell_harness import Server
from notewell_ui import (
    START_TIMEOUT_MS,
    compose,
    copy_and_read,
    finding,
    grant_clipboard,
    note,
    open_app,
    status,
    use_draft,
    wait_for_drafts,
    wait_for_python,
)

# The element holding `text`: in the page's flow (nothing fixed or sticky around it), so it
# covers no control, however the page is scrolled.
IN_FLOW = """(text) => {
    const holder = [...document.querySelectorAll('body *')]
        .find((element) => !element.children.length && element.textContent.includes(text));
    for (let element = holder; element; element = element.parentElement) {
        const position = getComputedStyle(element).position;
        if (['fixed', 'sticky'].includes(position)) return `${element.tagName} is ${position}`;
    }
    return 'in flow';
}"""


def test_works_offline_after_the_first_visit(
    page: Page, dist: Path, own_server: Callable[[Path], Server]
) -> None:
    server = own_server(dist)
    grant_clipboard(page, server.origin)
    # Python need not finish here: the service worker precaches every file on its own.
    open_app(page, server.url, python=False)
    expect(page.get_by_text("Ready to work offline")).to_be_visible(timeout=START_TIMEOUT_MS)
    assert page.evaluate(IN_FLOW, "Ready to work offline") == "in flow"
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")

    server.stop()
    assert server.refuses_connections()

    page.reload()
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")
    wait_for_python(page)
    expect(status(page)).not_to_contain_text("unavailable")
    expect(status(page)).to_have_text("Checks ready.")  # the offline notice was shown once

    compose(page, "Ada", "Met at an event", {"Event": "PyCon Lisbon"}, ["Stay in touch"])
    wait_for_drafts(page, "Ada", "PyCon Lisbon")
    chosen = use_draft(page, 1)
    note(page).fill(chosen + " Thanks!" * 30)
    expect(finding(page, "length")).to_be_visible()
    note(page).fill(chosen)
    expect(finding(page, "length")).to_have_count(0)
    assert copy_and_read(page) == chosen

    # The phone says it is offline: so does the app, in plain words, and nothing changes.
    page.context.set_offline(True)
    expect(status(page)).to_have_text(
        "Checks ready. You're offline: everything still works on this phone."
    )
    page.context.set_offline(False)
    expect(status(page)).to_have_text("Checks ready.")
