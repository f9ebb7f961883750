"""Fixtures for running the core test suite inside Pyodide in Chromium (issue 7).

suite_site.py builds the site (the app plus the test page) and serves it; these
fixtures make one per session and start the CPython run to compare with.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from suite_site import (
    BROWSER_REQUIREMENTS,
    ROOT,
    SUITE_TIMEOUT_S,
    WHEEL_CACHE,
    add_test_page,
    serving,
)

import build  # the root and this folder are on the path (pyproject's pythonpath)
from notewell_build.runtime import fetch_wheels

HERE = Path(__file__).resolve().parent

# Lines the browser-unit tests want shown in pytest's closing summary, captured or not.
SUMMARY_LINES = pytest.StashKey[list[str]]()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    lines = terminalreporter.config.stash.get(SUMMARY_LINES, [])
    if lines:
        terminalreporter.write_sep("-", "core tests in Pyodide")
        for line in lines:
            terminalreporter.write_line(line)


@pytest.fixture
def summary_lines(request: pytest.FixtureRequest) -> list[str]:
    """Append a line here to have it printed in pytest's closing summary."""
    return request.config.stash.setdefault(SUMMARY_LINES, [])


@pytest.fixture(scope="session")
def unit_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built app (NOTEWELL_DIST or a fresh build) with the test page beside it."""
    site = tmp_path_factory.mktemp("browser-unit") / "site"
    given = os.environ.get("NOTEWELL_DIST")
    if given:
        shutil.copytree(given, site)
    else:
        build.build_dist(ROOT, site)
    add_test_page(site, fetch_wheels(BROWSER_REQUIREMENTS, WHEEL_CACHE))
    return site


@pytest.fixture(scope="session")
def unit_page_url(unit_site: Path) -> Iterator[str]:
    with serving(unit_site) as url:
        yield url


@pytest.fixture
def cpython_summary(tmp_path: Path) -> Iterator[Callable[[], dict[str, Any]]]:
    """Start the same selection under CPython at once, beside the browser (two cores).

    Calling the fixture's value waits for that run and answers its summary.
    """
    out = tmp_path / "cpython.json"
    runner = [sys.executable, str(HERE / "suite_runner.py"), str(out)]
    process = subprocess.Popen(runner, cwd=ROOT, stdout=subprocess.DEVNULL)

    def summary() -> dict[str, Any]:
        assert process.wait(timeout=SUITE_TIMEOUT_S) == 0, "the CPython run crashed"
        result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
        return result

    yield summary
    if process.poll() is None:  # the test failed before waiting for it
        process.kill()
        process.wait()
