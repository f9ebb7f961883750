"""The privacy promise: nothing leaves the device on a new user's whole path. (The path
itself, written once, runs in every engine: test_engines.py.)"""

from __future__ import annotations

from playwright.sync_api import Page, expect

from notewell_harness import RequestLog, Server, origin_of
from notewell_ui import (
    button,
    checks,
    compose,
    copy_and_read,
    grant_clipboard,
    open_app,
    open_settings,
    use_draft,
    wait_for_drafts,
)

NAME = "Ada"
EVENT = "PyCon Lisbon"


def test_no_request_leaves_the_origin(page: Page, server: Server, request_log: RequestLog) -> None:
    """Every request of a full journey, pages, workers and service worker, stays home."""
    grant_clipboard(page, server.origin)
    open_app(page)
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")
    open_settings(page)
    page.get_by_label("Your name", exact=True).fill("Grace")
    button(page, "Done").click()
    compose(page, NAME, "Met at an event", {"Event": EVENT}, ["Stay in touch", "Follow their work"])
    wait_for_drafts(page, NAME, EVENT)
    use_draft(page, 2)
    expect(checks(page)).to_be_attached()
    copy_and_read(page)

    # The log must have seen the service worker's and the Python worker's requests too.
    sources = {source for source, _ in request_log.seen}
    assert "service worker" in sources, f"the service worker's requests were not seen: {sources}"
    assert any(url.endswith("/pyodide.asm.wasm") for url in request_log.urls())
    foreign = request_log.leaving({origin_of(server.url)})
    assert not foreign, f"requests left the origin: {foreign}"
