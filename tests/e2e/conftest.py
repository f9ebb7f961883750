"""Fixtures for the end-to-end tests: Debian's Chromium on a phone, the built app, a server.

The app is built once per session with `build.build_dist` (or taken from NOTEWELL_DIST) and
served by the project's own dev server (notewell_build.server), so the tests see the same MIME
types and Content-Security-Policy as `python3 build.py serve`. Every browser context records
every request, including the service worker's, and a test fails when one leaves the origin.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Playwright, expect

import build  # the root and this folder are on the path (pyproject's pythonpath)
from notewell_build.engines import Session, session_opener
from notewell_build.machine import ENGINES
from notewell_harness import ROOT, KillableChromium, RequestLog, Server

E2E_DIR = Path(__file__).resolve().parent

PHONE = "Pixel 7"
EXPECT_TIMEOUT_MS = 15_000


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if E2E_DIR in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session", autouse=True)
def patient_expect() -> None:
    """A check round trip takes milliseconds, but `build.py test` may share two cores with
    linters and Chromium's start-up: wait on conditions longer than the 5 s default."""
    expect.set_options(timeout=EXPECT_TIMEOUT_MS)


@pytest.fixture(scope="session")
def phone(playwright: Playwright) -> dict[str, Any]:
    """The phone's context options (viewport, touch, mobile user agent)."""
    descriptor = dict(playwright.devices[PHONE])
    descriptor.pop("default_browser_type", None)
    return descriptor


@pytest.fixture(scope="session")
def browser_context_args(
    browser_context_args: dict[str, Any], phone: dict[str, Any], base_url: str
) -> dict[str, Any]:
    # base_url is named here, not inherited: pytest-playwright computes its own session
    # value once, and when tests/browser_unit ran first that value has no base URL.
    return {**browser_context_args, **phone, "base_url": base_url}


# --- the built app and its server ------------------------------------------------------


@pytest.fixture(scope="session")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built app: NOTEWELL_DIST when given, else one build for the whole session."""
    given = os.environ.get("NOTEWELL_DIST")
    if given:
        return Path(given).resolve()
    return Path(build.build_dist(ROOT, tmp_path_factory.mktemp("dist") / "dist"))


@pytest.fixture(scope="session")
def server(dist: Path) -> Iterator[Server]:
    running = Server(dist).start()
    yield running
    running.stop()


@pytest.fixture(scope="session")
def base_url(server: Server) -> str:
    """pytest-playwright's base_url, so `page.goto("/")` opens the app."""
    return server.url


@pytest.fixture
def own_server() -> Iterator[Callable[[Path], Server]]:
    """Start a private server (for a test that stops it or serves a modified dist)."""
    started: list[Server] = []

    def start(directory: Path) -> Server:
        started.append(Server(directory).start())
        return started[-1]

    yield start
    for running in started:
        running.stop()


@pytest.fixture
def dist_copy(dist: Path, tmp_path: Path) -> Path:
    """A private copy of the built app that a test may break."""
    copy = tmp_path / "dist"
    shutil.copytree(dist, copy)
    return copy


@pytest.fixture
def screenshots(pytestconfig: pytest.Config) -> Path:
    """Where tests leave pictures for people to look at (never compared)."""
    return Path(pytestconfig.getoption("--output")).resolve() / "screenshots"


@pytest.fixture
def request_log() -> RequestLog:
    return RequestLog()


@pytest.fixture
def new_context(
    new_context: Callable[..., BrowserContext], request_log: RequestLog
) -> Iterator[Callable[..., BrowserContext]]:
    """pytest-playwright's contexts, each recorded; fails the test when a request leaves."""

    def recorded(**kwargs: Any) -> BrowserContext:
        context = new_context(**kwargs)
        request_log.watch(context)
        return context

    yield recorded
    request_log.assert_stayed_home()


@pytest.fixture
def phone_context(
    playwright: Playwright, browser: Browser, base_url: str, request_log: RequestLog
) -> Iterator[Callable[..., BrowserContext]]:
    """A context on another of Playwright's phones ("iPhone SE", "Pixel 7 landscape"), in
    Chromium, recorded like every other; fails the test when a request leaves."""
    opened: list[BrowserContext] = []

    def open_phone(device: str, **kwargs: Any) -> BrowserContext:
        descriptor = dict(playwright.devices[device])
        descriptor.pop("default_browser_type", None)
        context = browser.new_context(**{**descriptor, "base_url": base_url, **kwargs})
        request_log.watch(context)
        opened.append(context)
        return context

    yield open_phone
    try:
        request_log.assert_stayed_home()
    finally:
        for context in opened:
            context.close()


@pytest.fixture
def persistent_context(
    playwright: Playwright,
    browser_type_launch_args: dict[str, Any],
    phone: dict[str, Any],
    request_log: RequestLog,
    tmp_path: Path,
) -> Iterator[Callable[..., BrowserContext]]:
    """A non-incognito Chromium profile (installability is never granted in incognito)."""
    opened: list[BrowserContext] = []

    def launch(user_data_dir: Path | None = None, **kwargs: Any) -> BrowserContext:
        """A new profile, or `user_data_dir` again to reopen one (a phone after a restart)."""
        profile = user_data_dir or tmp_path / f"profile-{len(opened)}"
        context = playwright.chromium.launch_persistent_context(
            profile, **browser_type_launch_args, **phone, **kwargs
        )
        request_log.watch(context)
        opened.append(context)
        return context

    yield launch
    try:
        request_log.assert_stayed_home()
    finally:
        for context in opened:
            context.close()


@pytest.fixture
def killable_chromium(
    playwright: Playwright,
    browser_type_launch_args: dict[str, Any],
    request_log: RequestLog,
) -> Iterator[KillableChromium]:
    """A Chromium the test launches on a profile folder and may SIGKILL at any moment."""
    executable = (
        browser_type_launch_args.get("executable_path") or playwright.chromium.executable_path
    )
    args = list(browser_type_launch_args.get("args", []))
    chromium = KillableChromium(playwright, str(executable), args, request_log)
    yield chromium
    chromium.kill()
    request_log.assert_stayed_home()


# --- every engine (notewell_build.engines) ----------------------------------------------


@pytest.fixture(params=list(ENGINES))
def session(request: pytest.FixtureRequest, playwright: Playwright) -> Iterator[Session]:
    """A fresh browser of each engine in turn, on a phone-sized page. An engine that is
    not installed fails the test: `python3 build.py test` installs all of them."""
    opened = session_opener(request.param, playwright)()
    yield opened
    opened.close()
