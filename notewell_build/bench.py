"""The benchmark: start-up and round-trip times of the built app in Chromium, against a
plain-Pyodide baseline page, the size of a first visit, and first visits over throttled
networks beside their physical floor.

Times come from the page itself (performance.now(), from navigation start, recorded by
the probes in probes/); the benchmark never asserts them.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import statistics
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from notewell_build.compress import COMPRESSIBLE, PRECOMPRESSED, gzip_bytes
from notewell_build.machine import CHROMIUM, find_browser
from notewell_build.runtime import (
    MICROPIP_REQUIREMENT,
    STDLIB_ZIP,
    fetch_wheels,
    pyodide_runtime,
)
from notewell_build.server import served_copy, server_url, serving_in_thread, stop_server
from notewell_build.steps import StepFailed, log
from notewell_build.webapp import WORKER_SCRIPT, module_graph, page_modules, precache_files
from notewell_build.wheel import lock_entry

if TYPE_CHECKING:  # Playwright is imported only by `bench`, inside the project's venv
    from playwright.sync_api import Browser, Page, Playwright

BENCH_PHONE = "Pixel 7"
# The baseline page (tests/bench/) and micropip's wheel go into a temporary copy of dist/ only.
BENCH_SOURCES = Path("tests") / "bench"
BENCH_PAGE_DIR = "bench"
BENCH_WHEELS = Path(".cache") / "bench-wheels"
BENCH_RUNS = 5
# A guard against a hung page, not a performance claim.
BENCH_TIMEOUT_MS = 180_000
LATENCY_CALLS = 200
# A realistic 300-character note (the Premium limit) for the round-trip timings.
BENCH_NOTE = (
    "Hi Ada, we met at PyCon Lisbon after your talk on packaging Python for the browser. "
    "I'm rebuilding our build pipeline around wheels and your point about lock files "
    "changed my plan. I'd like to stay in touch and follow your work. Would you be open "
    "to a 15-minute call next month? Thanks, Sam"
)[:300]
BENCH_DRAFT = {
    "name": "Ada",
    "how": "event",
    "why": ["stay"],
    "slots": {"event": "PyCon Lisbon", "topic": "packaging Python"},
    "limit": 300,
}
PROBES = Path(__file__).resolve().parent / "probes"
# Run in every page the bench opens: when the note box takes input, when Python answered.
START_TIMES = PROBES / "start-times.js"
# Evaluated in the app's page: the times of a series of round trips to the worker.
ROUND_TRIPS = PROBES / "round-trips.js"
# Run in the page of a first visit: its first paint, and when progress first showed.
FIRST_VISIT = PROBES / "first-visit.js"
# What Chromium's browser sends, so the server picks the copy a real visit gets.
BROWSER_ACCEPT_ENCODING = "gzip, deflate, br, zstd"
# First visits over these networks (Chromium's CDP Network.emulateNetworkConditions):
# download bits per second and round-trip time. Upload hardly matters here.
NETWORKS = {"slow4g": (1.6e6, 150), "4g": (9e6, 60)}
UPLOAD_BITS_PER_S = 750e3
CONTROLLED = "() => navigator.serviceWorker.controller !== null"
STARTED = "() => window.__bench && ('started' in window.__bench || 'error' in window.__bench)"
# Metrics in the order the table shows them (the list).
BENCH_METRICS = (
    "ui_ready_ms",
    "cold_ms",
    "warm_ms",
    "offline_ms",
    "baseline_warm_ms",
    "warm_speedup",
    "check_p50_ms",
    "check_p95_ms",
    "draft_p50_ms",
    "draft_p95_ms",
    "precache_bytes",
    "transfer_gzip_bytes",
    "heap_mb",
    "first_visit_slow4g_ms",
    "first_visit_slow4g_floor_ms",
    "first_visit_slow4g_vs_floor",
    "first_visit_4g_ms",
    "first_visit_4g_floor_ms",
    "first_visit_4g_vs_floor",
    "first_paint_slow4g_ms",
    "progress_slow4g_ms",
    "first_visit_bytes",
    "precache_compressed_bytes",
    "first_visit_vs_precache",
)


def add_bench_page(site: Path, sources: Path, micropip: Path, full_stdlib: Path) -> None:
    """Put the baseline page, micropip, a lock naming only micropip and Pyodide's full
    standard library (micropip needs more of it than the app's trimmed one) into
    `site`/bench/."""
    page = site / BENCH_PAGE_DIR
    shutil.copytree(sources, page)
    shutil.copyfile(micropip, page / micropip.name)
    shutil.copyfile(full_stdlib, page / STDLIB_ZIP)
    runtime = site / "pyodide"
    app_lock = json.loads((runtime / "pyodide-lock.json").read_text(encoding="utf-8"))
    [(package, entry)] = app_lock["packages"].items()
    micropip_entry = lock_entry(micropip, f"../{BENCH_PAGE_DIR}/{micropip.name}", ["micropip"])
    lock = {"info": app_lock["info"], "packages": {"micropip": micropip_entry}}
    (page / "pyodide-lock.json").write_text(json.dumps(lock, indent=1), encoding="utf-8")
    manifest = {
        "lock": "pyodide-lock.json",
        "stdlib": STDLIB_ZIP,
        "wheel": f"../pyodide/{entry['file_name']}",
        "package": entry["imports"][0],
        "name": package,
    }
    (page / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")


def transfer_sizes(dist: Path) -> tuple[int, int]:
    """(raw, gzip) bytes of a first visit: every precached file plus sw.js.

    The gzip figure is what a host compressing text, JavaScript, JSON and wasm sends
    (gzip level 9); archives and images go as they are.
    """
    raw = gzipped = 0
    for name in [*precache_files(dist), "sw.js"]:
        data = (dist / name).read_bytes()
        raw += len(data)
        compressible = Path(name).suffix in COMPRESSIBLE
        gzipped += len(gzip_bytes(data)) if compressible else len(data)
    return raw, gzipped


def compressed_size(dist: Path, names: Sequence[str]) -> int:
    """Bytes of the copies the dev server sends a browser for these files of `dist`."""
    return sum(
        served_copy(dist / name, BROWSER_ACCEPT_ENCODING)[0].stat().st_size for name in names
    )


def first_check_files(dist: Path) -> list[str]:
    """What the first check needs: the page, its modules, the Python worker's modules,
    and the runtime (Pyodide, the lock and the app's wheel)."""
    page = (dist / "index.html").read_text(encoding="utf-8")
    runtime = [
        path.relative_to(dist).as_posix()
        for path in sorted((dist / "pyodide").iterdir())
        if path.suffix not in PRECOMPRESSED
    ]
    return [
        "index.html",
        *module_graph(dist, page_modules(page)),
        *module_graph(dist, [WORKER_SCRIPT]),
        *runtime,
    ]


def floor_ms(size: int, bits_per_s: float) -> float:
    """The physical floor: the time `size` bytes take at that bandwidth."""
    return size * 8 / bits_per_s * 1000


def first_visit(
    browser: Browser, phone: Mapping[str, Any], site: Path, network: tuple[float, float]
) -> dict[str, float]:
    """A first visit in a fresh context over a throttled network, from a server of its
    own: ms to the first check, to the first paint and to the first progress figure
    on screen, and the bytes the server sent until the service worker controls the page and the
    worker's snapshot is saved."""
    bits_per_s, rtt_ms = network
    conditions = {
        "offline": False,
        "latency": rtt_ms,
        "downloadThroughput": bits_per_s / 8,
        "uploadThroughput": UPLOAD_BITS_PER_S / 8,
    }
    with serving_in_thread(site) as server:
        context = browser.new_context(**phone)
        try:
            page = context.new_page()
            page.add_init_script(path=START_TIMES)
            page.add_init_script(path=FIRST_VISIT)
            cdp = context.new_cdp_session(page)
            cdp.send("Network.enable")
            cdp.send("Network.emulateNetworkConditions", conditions)
            _, first_check = timed_start(page, server_url(server))
            page.wait_for_function(CONTROLLED, timeout=BENCH_TIMEOUT_MS)
            page.evaluate("() => window.notewell.call('runtime', {settled: true})")
            visit: dict[str, float] = page.evaluate("window.__firstVisit")
        finally:
            context.close()
        return {
            "first_check_ms": first_check,
            "first_paint_ms": visit["paint"],
            # A figure written before the first paint is seen with it.
            "progress_ms": max(visit["progress"], visit["paint"]),
            "bytes": float(server.traffic.bytes_sent()),
        }


def percentile(values: Sequence[float], fraction: float) -> float:
    """The nearest-rank percentile (p50 = median of an odd count)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def timed_start(page: Page, url: str | None) -> tuple[float, float]:
    """Open `url` (None: reload); answer (ms to the note box, ms to the first check)."""
    if url is None:
        page.reload()
    else:
        page.goto(url)
    page.wait_for_function(STARTED, timeout=BENCH_TIMEOUT_MS)
    probe: dict[str, Any] = page.evaluate("window.__bench")
    if "error" in probe:
        raise StepFailed(f"{page.url}: Python did not start: {probe['error']}")
    return float(probe["ui"]), float(probe["started"])


def latencies(page: Page, action: str, payload: Mapping[str, Any]) -> list[float]:
    probe = ROUND_TRIPS.read_text(encoding="utf-8")
    times: list[float] = page.evaluate(probe, [action, payload, LATENCY_CALLS])
    return times


def bench_run(playwright: Playwright, site: Path, chromium: Path | None) -> dict[str, float]:
    """One run in a fresh browser process: cold, warm, baseline warm, offline, then a
    first visit over each throttled network (NETWORKS)."""
    phone = dict(playwright.devices[BENCH_PHONE])
    phone.pop("default_browser_type", None)
    executable = str(chromium) if chromium else None  # None: Playwright's own browser
    args = list(CHROMIUM.launch_args)
    browser = playwright.chromium.launch(args=args, executable_path=executable)
    # The baseline gets its own origin: the app's service worker must not serve it.
    with serving_in_thread(site) as app_server, serving_in_thread(site) as baseline_server:
        try:
            app = browser.new_context(**phone).new_page()
            app.add_init_script(path=START_TIMES)
            _, cold = timed_start(app, server_url(app_server))
            app.wait_for_function("() => navigator.serviceWorker.controller !== null")
            # Whatever the worker does once idle after a first start (storing a snapshot)
            # is finished before the next visit.
            app.evaluate("() => window.notewell.call('runtime', {settled: true})")
            ui_ready, warm = timed_start(app, server_url(app_server))
            # Round trips as a user meets them: after the worker's idle warm-up (a person
            # takes seconds to type), not in the same millisecond as the start.
            runtime: dict[str, Any] = app.evaluate(
                "() => window.notewell.call('runtime', {settled: true})"
            )
            checks = latencies(app, "check", {"text": BENCH_NOTE, "limit": 300})
            drafts = latencies(app, "draft", BENCH_DRAFT)

            baseline = browser.new_context(**phone).new_page()
            baseline.add_init_script(path=START_TIMES)
            baseline_url = server_url(baseline_server) + f"{BENCH_PAGE_DIR}/baseline.html"
            timed_start(baseline, baseline_url)  # the first visit fills the HTTP cache
            _, baseline_warm = timed_start(baseline, baseline_url)

            stop_server(app_server)
            _, offline = timed_start(app, None)

            slow = first_visit(browser, phone, site, NETWORKS["slow4g"])
            fast = first_visit(browser, phone, site, NETWORKS["4g"])
        finally:
            browser.close()
    return {
        "first_visit_slow4g_ms": slow["first_check_ms"],
        "first_visit_4g_ms": fast["first_check_ms"],
        "first_paint_slow4g_ms": slow["first_paint_ms"],
        "progress_slow4g_ms": slow["progress_ms"],
        "first_visit_bytes": slow["bytes"],
        "ui_ready_ms": ui_ready,
        "cold_ms": cold,
        "warm_ms": warm,
        "offline_ms": offline,
        "baseline_warm_ms": baseline_warm,
        "warm_speedup": baseline_warm / warm,
        "check_p50_ms": percentile(checks, 0.5),
        "check_p95_ms": percentile(checks, 0.95),
        "draft_p50_ms": percentile(drafts, 0.5),
        "draft_p95_ms": percentile(drafts, 0.95),
        "heap_mb": runtime["heap_bytes"] / 2**20,
    }


def summarize(runs: Sequence[Mapping[str, float]]) -> dict[str, dict[str, float]]:
    """Median, min and max of every metric over the runs."""
    return {
        key: {
            "median": statistics.median(run[key] for run in runs),
            "min": min(run[key] for run in runs),
            "max": max(run[key] for run in runs),
        }
        for key in BENCH_METRICS
    }


def format_table(summary: Mapping[str, Mapping[str, float]], runs: int) -> str:
    def shown(value: float) -> str:
        return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:,.2f}"

    lines = [f"{'metric':<30}{'median':>14}{'min':>14}{'max':>14}   ({runs} runs)"]
    for key in BENCH_METRICS:
        cells = "".join(f"{shown(summary[key][part]):>14}" for part in ("median", "min", "max"))
        lines.append(f"{key:<30}{cells}")
    return "\n".join(lines)


def measure(playwright: Playwright, root: Path, dist: Path, runs: int) -> list[dict[str, float]]:
    """Every metric of `runs` runs of the built app `dist`, each in a fresh browser."""
    micropip = fetch_wheels([MICROPIP_REQUIREMENT], root / BENCH_WHEELS)[0]
    precache_bytes, transfer_gzip_bytes = transfer_sizes(dist)
    precache_compressed = compressed_size(dist, [*precache_files(dist), "sw.js"])
    needed = compressed_size(dist, first_check_files(dist))
    floors = {name: floor_ms(needed, bits_per_s) for name, (bits_per_s, _) in NETWORKS.items()}
    chromium = find_browser(CHROMIUM, os.environ)
    results = []
    with tempfile.TemporaryDirectory(prefix="notewell-bench-") as temp:
        site = Path(temp) / "site"
        shutil.copytree(dist, site)
        full_stdlib = pyodide_runtime(root) / STDLIB_ZIP
        add_bench_page(site, root / BENCH_SOURCES, micropip, full_stdlib)
        for number in range(1, runs + 1):
            result = bench_run(playwright, site, chromium)
            result["precache_bytes"] = precache_bytes
            result["transfer_gzip_bytes"] = transfer_gzip_bytes
            result["precache_compressed_bytes"] = precache_compressed
            result["first_visit_vs_precache"] = result["first_visit_bytes"] / precache_compressed
            for name, floor in floors.items():
                result[f"first_visit_{name}_floor_ms"] = floor
                result[f"first_visit_{name}_vs_floor"] = result[f"first_visit_{name}_ms"] / floor
            results.append(result)
            log(f"bench run {number}/{runs}: warm {result['warm_ms']:.0f} ms")
    return results


def bench_report(results: Sequence[Mapping[str, float]]) -> dict[str, Any]:
    """The JSON report: each metric's median, then the run count and every run's values."""
    summary = summarize(results)
    report: dict[str, Any] = {key: summary[key]["median"] for key in BENCH_METRICS}
    report["runs"] = len(results)
    report["spread"] = {
        key: {**summary[key], "values": [r[key] for r in results]} for key in BENCH_METRICS
    }
    return report


def bench(root: Path, dist: Path, runs: int, json_path: Path | None) -> None:
    """Measure the built app `runs` times; print the table, write the JSON if asked."""
    from playwright.sync_api import sync_playwright  # only inside the project's venv

    with sync_playwright() as playwright:
        results = measure(playwright, root, dist, runs)
    print(format_table(summarize(results), runs), flush=True)
    if json_path is not None:
        json_path.write_text(json.dumps(bench_report(results), indent=1) + "\n", "utf-8")
        log(f"wrote {json_path}")
