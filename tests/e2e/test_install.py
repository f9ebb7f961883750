"""Chromium's own verdict on installability, with a broken manifest as the negative control.

Incognito contexts always answer "in-incognito", so these use a persistent profile.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from playwright.sync_api import BrowserContext

from notewell_build.webapp import write_service_worker
from notewell_harness import ROOT, Server
from notewell_ui import START_TIMEOUT_MS

MANIFEST = "manifest.webmanifest"


def installability_errors(context: BrowserContext, url: str) -> list[str]:
    """Open `url`, wait for its service worker to control it, ask Chromium what is wrong."""
    page = context.pages[0] if context.pages else context.new_page()
    page.goto(url)
    page.wait_for_function(
        "() => navigator.serviceWorker.controller !== null", timeout=START_TIMEOUT_MS
    )
    cdp = context.new_cdp_session(page)
    reply: dict[str, Any] = cdp.send("Page.getInstallabilityErrors")
    return [error["errorId"] for error in reply["installabilityErrors"]]


def test_chromium_finds_the_app_installable(
    persistent_context: Callable[..., BrowserContext], server: Server
) -> None:
    assert installability_errors(persistent_context(), server.url) == []


def test_a_broken_manifest_is_reported(
    persistent_context: Callable[..., BrowserContext],
    dist_copy: Path,
    own_server: Callable[[Path], Server],
) -> None:
    """Negative control: the check above can fail."""
    manifest_path = dist_copy / MANIFEST
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["display"] = "browser"
    manifest["icons"] = []
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    # A build of its own: the service worker refuses files whose hash it does not list.
    write_service_worker(ROOT / "web" / "sw.js", dist_copy)

    errors = installability_errors(persistent_context(), own_server(dist_copy).url)
    assert "manifest-display-not-supported" in errors, errors
    assert "manifest-missing-suitable-icon" in errors, errors
