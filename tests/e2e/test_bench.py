"""`python3 build.py bench` measures every metric the issue lists, in every engine (the
times are not judged).

One run of the benchmark's own machinery on the session's build, per engine: it opens the
app cold, warm and offline and the plain-Pyodide baseline page (and, in Chromium, both
again on a CPU slowed 4x), and reports each metric as a positive number. Whether the
numbers are good is the README's business, not a test's.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from playwright.sync_api import Playwright

from notewell_build import bench
from notewell_build.engines import session_opener
from notewell_build.machine import ENGINES
from notewell_harness import ROOT


@pytest.mark.parametrize("engine", list(ENGINES))
def test_one_bench_run_reports_every_metric(
    engine: str, playwright: Playwright, dist: Path
) -> None:
    results = bench.measure(session_opener(engine, playwright), ROOT, dist, runs=1)
    report = json.loads(json.dumps(bench.bench_report(engine, results)))

    metrics = bench.engine_metrics(engine)
    assert list(report) == [*metrics, "runs", "spread"]
    assert ("warm_4x_ms" in metrics) == (engine == "chromium")
    for key in metrics:
        value = report[key]
        assert isinstance(value, int | float) and math.isfinite(value) and value > 0, key
        assert report["spread"][key]["values"] == [value], key
    assert report["runs"] == 1
    assert math.isclose(report["warm_ratio"], report["warm_ms"] / report["baseline_warm_ms"])
    assert math.isclose(report["cold_ratio"], report["cold_ms"] / report["baseline_warm_ms"])
    assert report["transfer_gzip_bytes"] < report["precache_bytes"]
    assert report["check_p50_ms"] <= report["check_p95_ms"]
    table = bench.format_table(engine, bench.summarize(results), 1)
    assert all(key in table for key in metrics)
