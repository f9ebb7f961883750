"""Run the core test suite with pytest and tell what happened, as a JSON-ready dict.

The same code runs in two places, so both sides count the same way:
- inside Pyodide, in the test page's worker (`run_in_pyodide`), on the files of
  tests/core and tests/cases copied into the browser's file system;
- under CPython, as `python tests/browser_unit/suite_runner.py OUT.json`, for the
  numbers the browser's run is compared with.

Counts come from pytest's own terminal reporter (the numbers of its summary line), and
the Hypothesis examples from the statistics Hypothesis hands to its pytest plugin.
"""

from __future__ import annotations

import importlib.util
import json
import os
import platform
import sys
import time
import types
from collections import Counter
from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any

import hypothesis
import pytest
from hypothesis.statistics import collector

# What both sides run: the core tests and the shared case tables, minus what a browser
# cannot do (tests/core/conftest.py marks those `no_browser`).
SELECTION = ["tests/core", "tests/cases", "-q", "-m", "not no_browser"]
HYPOTHESIS_PROFILE = "browser"
# Hypothesis' phases, each with the list of test cases (examples) it ran.
PHASES = ("reuse-phase", "generate-phase", "shrink-phase", "explain-phase")
Statistics = dict[str, Any]
# How many of the slowest tests the summary names (where the time goes, in each runtime).
SLOWEST = 5


class Tally:
    """A pytest plugin that keeps pytest's counts, the failures and Hypothesis' examples."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self.failures: list[dict[str, str]] = []
        self.deselected: list[dict[str, Any]] = []
        self.examples: dict[str, Counter[str]] = {}
        self.slowest: dict[str, float] = {}

    def pytest_deselected(self, items: list[pytest.Item]) -> None:
        for item in items:
            marks = sorted({mark.name for mark in item.iter_markers()})
            self.deselected.append({"nodeid": item.nodeid, "marks": marks})

    @pytest.hookimpl(wrapper=True, trylast=True)  # inside Hypothesis' own wrapper
    def pytest_runtest_call(self, item: pytest.Item) -> Generator[None, object, object]:
        """Also hand Hypothesis' statistics for this test to `note`."""
        forward: Callable[[Statistics], None] | None = collector.value

        def note(stats: Statistics) -> None:
            tally = self.examples.setdefault(item.nodeid, Counter())
            for phase in PHASES:
                for case in stats.get(phase, {}).get("test-cases", []):
                    tally[case["status"]] += 1
            if forward is not None:
                forward(stats)

        # Hypothesis types the variable by its default value, None.
        with collector.with_value(note):  # type: ignore[arg-type]
            return (yield)

    @pytest.hookimpl(trylast=True)
    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        stats: dict[str, list[Any]] = reporter.stats if reporter is not None else {}
        # Warnings are not outcomes; "" holds reports of passing setup/teardown phases.
        self.counts = {
            key: len(value) for key, value in stats.items() if key not in ("", "warnings")
        }
        calls = [r for key, value in stats.items() if key != "warnings" for r in value]
        calls = [report for report in calls if getattr(report, "when", None) == "call"]
        calls.sort(key=lambda report: report.duration, reverse=True)
        self.slowest = {report.nodeid: round(report.duration, 2) for report in calls[:SLOWEST]}
        for key in ("failed", "error"):
            for report in stats.get(key, []):
                when = getattr(report, "when", "collect")
                self.failures.append(
                    {
                        "outcome": key,
                        "nodeid": report.nodeid,
                        "when": when,
                        "longrepr": report.longreprtext,
                    }
                )

    def summary(self, exit_code: int, seconds: float) -> dict[str, Any]:
        examples = Counter[str]()
        for tally in self.examples.values():
            examples.update(tally)
        return {
            "python": list(sys.version_info[:3]),
            "python_version": sys.version,
            "implementation": platform.python_implementation(),
            "platform": sys.platform,
            "pytest": pytest.__version__,
            "hypothesis": hypothesis.__version__,
            "hypothesis_profile": os.environ.get("HYPOTHESIS_PROFILE", "default"),
            # Where the tests imported pycore from: in the browser, the app's wheel.
            "pycore": getattr(sys.modules.get("pycore"), "__file__", None),
            "exit_code": exit_code,
            "seconds": round(seconds, 2),
            "counts": self.counts,
            "deselected": self.deselected,
            "failures": self.failures,
            "slowest": self.slowest,
            "hypothesis_tests": len(self.examples),
            # Examples Hypothesis ran, by status: "valid" ones passed, "invalid" ones were
            # rejected by assume()/filters, "overrun" ones needed more random data than
            # allowed and were dropped, "interesting" ones failed the test.
            "hypothesis_examples": dict(examples),
            "hypothesis_examples_total": sum(examples.values()),
        }


def run(args: list[str]) -> dict[str, Any]:
    """pytest.main(args) with a Tally; answers the tally's summary."""
    os.environ["HYPOTHESIS_PROFILE"] = HYPOTHESIS_PROFILE
    tally = Tally()
    started = time.perf_counter()
    exit_code = pytest.main(args, plugins=[tally])
    return tally.summary(int(exit_code), time.perf_counter() - started)


def run_in_pyodide(root: str) -> str:
    """The browser's entry point: run SELECTION in `root` and answer the summary as JSON."""
    if importlib.util.find_spec("venv") is None:
        # build.py imports venv at the top, and Pyodide's standard library leaves venv out.
        # An empty stand-in lets the build's test modules be collected, so their tests are
        # counted as deselected (they are `no_browser`); anything that used it would fail.
        sys.modules["venv"] = types.ModuleType("venv", "stand-in: Pyodide has no venv")
    os.chdir(root)
    return json.dumps(run(SELECTION))


def main(argv: list[str]) -> int:
    """CPython: `suite_runner.py OUT.json` runs SELECTION and writes the summary there."""
    (out,) = argv
    Path(out).write_text(json.dumps(run(SELECTION), indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
