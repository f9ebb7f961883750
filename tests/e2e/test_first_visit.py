"""The first visit, as on conference Wi-Fi: every file crosses the network once, compressed
the way a real host sends it; the page says how far the download is and what already
works, then "Works offline now"; a download cut off says so and starts again by itself
when the network is back, with the note kept."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from playwright.sync_api import Route, expect

from notewell_build.webapp import precache_files
from notewell_harness import Server
from notewell_ui import (
    START_TIMEOUT_MS,
    copy_and_read,
    count,
    grant_clipboard,
    note,
    open_app,
    status,
)
from pycore.model import DEFAULT_LIMIT
from pycore.textutil import utf16_length

# Chromium's "Fast 4G"-like profile: slow enough that the download takes several
# seconds, so its progress can be seen between the first and the last byte.
THROTTLED = {
    "offline": False,
    "latency": 60,
    "downloadThroughput": 9e6 / 8,
    "uploadThroughput": 2e6 / 8,
}
PROGRESS = re.compile(r"Getting Notewell ready for offline: (\d+\.\d) of (\d+\.\d) MB\.")
STALLED = re.compile(r"stalled at (\d+\.\d) of (\d+\.\d) MB")
TEXT = "Hi Ada, we met at PyCon Lisbon \U0001f44b Let's stay in touch."


def settled(page: Any) -> dict[str, Any]:
    """The worker's account of its start, once its idle work (the snapshot) is done."""
    info: dict[str, Any] = page.evaluate("() => window.notewell.call('runtime', {settled: true})")
    return info


def test_a_first_visit_downloads_each_file_once(
    new_context: Callable[..., Any], dist: Path, own_server: Callable[[Path], Server]
) -> None:
    server = own_server(dist)
    page = new_context().new_page()
    open_app(page, server.url)
    expect(status(page)).to_have_text("Works offline now.", timeout=START_TIMEOUT_MS)
    assert settled(page)["snapshot"] == "saved"

    requests = server.httpd.traffic.requests_per_path()
    twice = {path: times for path, times in requests.items() if times != 1}
    assert not twice, f"requested more than once on a first visit: {twice}"
    missing = {f"/{name}" for name in precache_files(dist)} - set(requests)
    assert not missing, f"precached files the server never sent: {missing}"
    # The runtime went over the wire as the .br copies the build made, not raw.
    wasm = "/pyodide/pyodide.asm.wasm"
    [(sent)] = [size for path, _, size in server.httpd.traffic.responses if path == wasm]
    compressed = (dist / "pyodide" / "pyodide.asm.wasm.br").stat().st_size
    assert compressed <= sent < compressed + 2048


def test_progress_shows_what_works_then_works_offline(
    new_context: Callable[..., Any], dist: Path, own_server: Callable[[Path], Server]
) -> None:
    server = own_server(dist)
    context = new_context()
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", THROTTLED)
    open_app(page, server.url, python=False)

    # A figure between the first byte and the last, of the real total.
    expect(status(page)).to_have_text(PROGRESS, timeout=START_TIMEOUT_MS)
    page.wait_for_function(
        """(pattern) => {
            const found = document.getElementById('status').textContent.match(new RegExp(pattern));
            return found && Number(found[1]) > 0 && Number(found[1]) < Number(found[2]);
        }""",
        arg=PROGRESS.pattern,
        timeout=START_TIMEOUT_MS,
    )
    total = float(PROGRESS.search(status(page).inner_text()).group(2))  # type: ignore[union-attr]
    sizes = page.evaluate(
        "async () => (await (await fetch('pyodide/pyodide-lock.json')).json()).info.notewell_sizes"
    )
    assert total == round(sum(sizes.values()) / 1e6, 1)
    # Meanwhile the note can be written and counted.
    note(page).fill(TEXT)
    expect(count(page)).to_have_text(f"{utf16_length(TEXT)} / {DEFAULT_LIMIT}")

    expect(status(page)).to_have_text("Works offline now.", timeout=START_TIMEOUT_MS * 4)
    expect(note(page)).to_have_value(TEXT)


def test_a_cut_off_download_starts_again_when_the_network_is_back(
    new_context: Callable[..., Any], server: Server
) -> None:
    # No service worker: every request of the Python worker meets the route below.
    context = new_context(service_workers="block")
    network = {"up": False}
    refused: list[str] = []

    def flaky(route: Route) -> None:
        if network["up"]:
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort("internetdisconnected")

    context.route("**/pyodide/pyodide.asm.wasm", flaky)
    page = context.new_page()
    grant_clipboard(page, server.origin)
    open_app(page, python=False)
    # Pyodide waits for good on a runtime that never came: the page says the download
    # stalled, short of its total, and offers Retry.
    expect(status(page)).to_contain_text("The download has stalled at", timeout=START_TIMEOUT_MS)
    assert refused, "the route never saw the runtime's request"
    stalled = STALLED.search(status(page).inner_text())
    assert stalled and float(stalled[1]) < float(stalled[2])
    expect(page.get_by_role("button", name="Retry")).to_be_visible()
    note(page).fill(TEXT)
    assert copy_and_read(page) == TEXT

    context.set_offline(True)
    expect(status(page)).to_contain_text("You're offline; it starts again when the network")
    network["up"] = True
    context.set_offline(False)  # the page hears "online" and starts Python again by itself
    expect(status(page)).to_have_text("Checks ready.", timeout=START_TIMEOUT_MS)
    expect(note(page)).to_have_value(TEXT)
    expect(page.get_by_role("button", name="Retry")).to_be_hidden()


def test_saving_for_offline_that_failed_is_tried_again_when_the_network_is_back(
    new_context: Callable[..., Any], server: Server
) -> None:
    context = new_context()
    network = {"up": False}

    def flaky(route: Route) -> None:
        if network["up"]:
            route.continue_()
        else:
            route.abort("internetdisconnected")

    # A file only the service worker asks for: Python starts, precaching fails.
    context.route("**/icons/icon-512.png", flaky)
    page = context.new_page()
    open_app(page)
    expect(status(page)).to_have_text(
        "Checks ready. Not saved for offline yet (a download failed); "
        "trying again when the network is back.",
        timeout=START_TIMEOUT_MS,
    )
    note(page).fill(TEXT)
    network["up"] = True
    context.set_offline(True)
    context.set_offline(False)  # "online": the service worker is registered again
    expect(status(page)).to_have_text("Works offline now.", timeout=START_TIMEOUT_MS)
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")
    expect(note(page)).to_have_value(TEXT)
