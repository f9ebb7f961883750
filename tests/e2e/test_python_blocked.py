"""When Python cannot load, the app says so and the editor, count and copy still work;
Retry starts it again."""

from __future__ import annotations

import io
import zipfile
from typing import Any

import pytest
from playwright.sync_api import Route, expect

from notewell_harness import Server
from notewell_ui import (
    START_TIMEOUT_MS,
    copy_and_read,
    count,
    grant_clipboard,
    note,
    open_app,
    status,
    verdict,
)
from pycore.model import DEFAULT_LIMIT
from pycore.textutil import utf16_length

TEXT = "Hi Ada, great to meet you at PyCon Lisbon \U0001f44b Let's stay in touch."


def refuse(route: Route) -> None:
    route.abort()


def tamper(route: Route) -> None:
    """A wheel that would install and work, but is not the one whose sha256 the lock holds:
    only the integrity check stops it."""
    original = io.BytesIO(route.fetch().body())
    tampered = io.BytesIO()
    with zipfile.ZipFile(original) as source, zipfile.ZipFile(tampered, "w") as target:
        for item in source.infolist():
            target.writestr(item, source.read(item))
        target.writestr("pycore/tampered.py", "# not what the build shipped\n")
    route.fulfill(status=200, content_type="application/zip", body=tampered.getvalue())


BREAKAGES = {
    "runtime-blocked": ("**/pyodide/**", refuse),
    "wheel-tampered": ("**/*.whl", tamper),
}


@pytest.mark.parametrize("breakage", BREAKAGES)
def test_editor_count_and_copy_work_without_python(
    new_context: Any, server: Server, breakage: str
) -> None:
    pattern, handler = BREAKAGES[breakage]
    # No service worker, so every request of the worker meets the route below.
    context = new_context(service_workers="block")
    broken: list[str] = []

    def intercept(route: Route) -> None:
        broken.append(route.request.url)
        handler(route)

    context.route(pattern, intercept)
    page = context.new_page()
    grant_clipboard(page, server.origin)
    open_app(page, python=False)

    expect(status(page)).to_contain_text("Checks unavailable", timeout=START_TIMEOUT_MS)
    assert broken, f"the route never saw a request for {pattern}"
    note(page).press_sequentially(TEXT)
    expect(note(page)).to_have_value(TEXT)
    expect(count(page)).to_have_text(f"{utf16_length(TEXT)} / {DEFAULT_LIMIT}")
    assert copy_and_read(page) == TEXT


def test_retry_starts_python_again_and_keeps_the_note(new_context: Any, server: Server) -> None:
    """A network that failed while Python loaded: Retry starts it again, nothing typed lost."""
    context = new_context(service_workers="block")
    network = "down"
    held: list[Route] = []

    def flaky(route: Route) -> None:
        if network == "down":
            route.abort()
        elif network == "slow":
            held.append(route)  # answered later: Python stays loading meanwhile
        else:
            route.continue_()

    context.route("**/pyodide/**", flaky)
    page = context.new_page()
    open_app(page, python=False)
    retry = page.get_by_role("button", name="Retry")
    expect(status(page)).to_contain_text("Checks unavailable", timeout=START_TIMEOUT_MS)
    expect(retry).to_be_visible()
    note(page).fill(TEXT)
    expect(verdict(page)).to_have_text("Not checked")
    expect(page.locator("#verdict-word")).to_have_text("Not checked")

    network = "slow"  # Python cannot finish loading until the held requests are answered
    retry.click()
    expect(status(page)).to_have_text("Loading checks… You can start writing now.")
    expect(retry).to_be_hidden()
    network = "up"
    for route in held:
        route.continue_()
    expect(status(page)).to_have_text("Checks ready.", timeout=START_TIMEOUT_MS)
    expect(note(page)).to_have_value(TEXT)
    # The note is checked now, by the new worker.
    expect(verdict(page)).not_to_have_text("Not checked")
    expect(verdict(page)).not_to_be_empty()
    expect(page.locator("#verdict-word")).not_to_have_text("Not checked")
