"""The core's own test suite, run by pytest inside Pyodide in Chromium (issue 7).

The browser's run is compared with the same selection run by CPython here: the same
tests pass, none fails, and the tests a browser cannot run (`no_browser`) are
deselected on both sides, one for one, rather than dropped.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page
from suite_site import PAGE_DIR, SUITE_TIMEOUT_S, serving

pytestmark = [pytest.mark.browser_unit, pytest.mark.e2e]

NOT_IN_BROWSER = "no_browser"


def origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme, parts.netloc


def open_suite_page(page: Page, url: str) -> tuple[dict[str, Any], list[str]]:
    """Open the test page, wait for its answer; answer it with every URL requested."""
    requests: list[str] = []
    # The context also sees the requests of the page's worker, where Pyodide runs.
    page.context.on("request", lambda request: requests.append(request.url))
    page.goto(url)
    done = "() => window.__browserUnitResult !== undefined"
    page.wait_for_function(done, timeout=SUITE_TIMEOUT_S * 1000)
    answer: dict[str, Any] = page.evaluate("window.__browserUnitResult")
    return answer, requests


def outcomes(summary: dict[str, Any]) -> str:
    counts = ", ".join(f"{n} {key}" for key, n in sorted(summary["counts"].items()))
    examples = f"{summary['hypothesis_examples_total']} {summary['hypothesis_examples']}"
    return f"{counts}; Hypothesis examples {examples} in {summary['hypothesis_tests']} tests"


def version(summary: dict[str, Any]) -> str:
    return ".".join(map(str, summary["python"]))


def failure_text(summary: dict[str, Any]) -> str:
    return "\n\n".join(
        f"{f['nodeid']} ({f['when']}):\n{f['longrepr']}" for f in summary["failures"]
    )


def test_the_core_suite_passes_in_pyodide_as_under_cpython(
    page: Page,
    unit_page_url: str,
    cpython_summary: Callable[[], dict[str, Any]],
    summary_lines: list[str],
) -> None:
    answer, requests = open_suite_page(page, unit_page_url)
    assert answer["ok"], answer["error"]
    # Every file came from the test server: no request left the origin.
    assert any(url.endswith(".whl") for url in requests), "the request log missed the worker"
    assert {origin(url) for url in requests} == {origin(unit_page_url)}

    browser, expected = answer["result"], cpython_summary()
    summary_lines.extend(
        [
            f"Pyodide: Python {version(browser)} on {browser['platform']}: {outcomes(browser)}",
            f"CPython: Python {version(expected)} on {expected['platform']}: {outcomes(expected)}",
            f"browser steps (ms): {browser['timings']}",
            f"slowest in the browser (s): {browser['slowest']}",
        ]
    )
    # It really ran inside Pyodide, on the app's wheel.
    assert browser["platform"] == "emscripten"
    assert browser["python"][:2] == [3, 14]
    assert "/site-packages/pycore/" in browser["pycore"]
    # Nothing failed, and exactly what passes under CPython passes here.
    assert not browser["failures"], failure_text(browser)
    assert browser["exit_code"] == 0, browser["output"]
    assert browser["counts"].get("passed", 0) > 0
    assert browser["counts"].get("passed") == expected["counts"].get("passed")
    assert browser["counts"].get("skipped") == expected["counts"].get("skipped")
    # What a browser cannot run is deselected by its marker, the same tests on both sides.
    deselected = {test["nodeid"] for test in browser["deselected"]}
    assert deselected == {test["nodeid"] for test in expected["deselected"]}
    assert all(NOT_IN_BROWSER in test["marks"] for test in browser["deselected"])
    assert browser["counts"].get("deselected") == len(deselected)
    # The property tests ran there too, and said how many examples.
    assert browser["hypothesis_tests"] == expected["hypothesis_tests"] > 0
    assert browser["hypothesis_examples"].get("valid", 0) > 0


def test_a_test_tool_failing_its_integrity_check_stops_the_run(
    page: Page, unit_site: Path, tmp_path: Path
) -> None:
    """The harness fails loudly: a wheel whose lock hash is wrong is not run."""
    site = shutil.copytree(unit_site, tmp_path / "site")
    lock_path = site / PAGE_DIR / "pyodide-lock.json"
    lock = json.loads(lock_path.read_text(encoding="utf-8"))
    lock["packages"]["micropip"]["sha256"] = "0" * 64
    lock_path.write_text(json.dumps(lock), encoding="utf-8")
    with serving(site) as url:
        answer, _ = open_suite_page(page, url)
    assert not answer["ok"]
    assert "micropip did not load" in answer["error"]
