"""The benchmark: start-up and round-trip times of the built app in each engine (Chromium,
WebKit, Firefox), against a plain-Pyodide baseline page in the same browser, the size of
a first visit, and (in Chromium, which can throttle its network) first visits over slow
networks beside their physical floor.

Times come from the page itself (its performance timeline, from navigation start, read
by the probes in probes/); the benchmark never asserts them.
"""

from __future__ import annotations

import json
import math
import shutil
import statistics
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from notewell_build.compress import COMPRESSIBLE, PRECOMPRESSED, gzip_bytes
from notewell_build.engines import ChromiumSession, Session, script_file, session_opener
from notewell_build.machine import ENGINES
from notewell_build.runtime import (
    MICROPIP_REQUIREMENT,
    STDLIB_ZIP,
    fetch_wheels,
    pyodide_runtime,
)
from notewell_build.server import served_copy, server_url, serving_in_thread, stop_server
from notewell_build.steps import log
from notewell_build.webapp import WORKER_SCRIPT, module_graph, page_modules, precache_files
from notewell_build.wheel import lock_entry

if TYPE_CHECKING:  # Playwright is imported only by `bench`, inside the project's venv
    from playwright.sync_api import Browser

# The baseline page (tests/bench/) and micropip's wheel go into a temporary copy of dist/ only.
BENCH_SOURCES = Path("tests") / "bench"
BENCH_PAGE_DIR = "bench"
BENCH_WHEELS = Path(".cache") / "bench-wheels"
BENCH_RUNS = 5
LATENCY_CALLS = 200
# A first visit over slow 4G moves megabytes at 1.6 Mbps: minutes on a loaded machine.
BENCH_TIMEOUT_MS = 180_000
# A mid-range phone is about this much slower than this machine's cores (Chromium only:
# CDP's Emulation.setCPUThrottlingRate slows the page and its workers).
SLOW_PHONE_RATE = 4
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
# Evaluated in a page the bench opened, once it started: when the note box took input
# and when Python answered first, from the page's performance timeline.
START_TIMES = PROBES / "start-times.js"
# Evaluated in the app's page: the times of a series of round trips to the worker.
ROUND_TRIPS = PROBES / "round-trips.js"
# The app (window.notewell) or the baseline page (window.baselineReady) has begun.
PAGE_STARTED = "() => typeof (window.notewell || window.baselineReady) === 'object'"
# Run in the page of a first visit: its first paint, and when progress first showed.
FIRST_VISIT = PROBES / "first-visit.js"
# What Chromium's browser sends, so the server picks the copy a real visit gets.
BROWSER_ACCEPT_ENCODING = "gzip, deflate, br, zstd"
# First visits over these networks (Chromium's CDP Network.emulateNetworkConditions):
# download bits per second and round-trip time. Upload hardly matters here.
NETWORKS = {"slow4g": (1.6e6, 150), "4g": (9e6, 60)}
UPLOAD_BITS_PER_S = 750e3
CONTROLLED = "() => navigator.serviceWorker.controller !== null"
# Metrics in the order the tables show them. Ratios are to the plain-Pyodide baseline's
# warm start in the same run (so the machine's load cancels out), the median of each run's.
BENCH_METRICS = (
    "ui_ready_ms",
    "cold_ms",
    "warm_ms",
    "offline_ms",
    "baseline_warm_ms",
    "cold_ratio",
    "warm_ratio",
    "check_p50_ms",
    "check_p95_ms",
    "draft_p50_ms",
    "draft_p95_ms",
    "precache_bytes",
    "transfer_gzip_bytes",
    "heap_mb",
)
# Chromium alone can slow its CPU and its network: the warm start and the baseline on a
# slower phone, and first visits over throttled networks.
CHROMIUM_METRICS = (
    "warm_4x_ms",
    "baseline_warm_4x_ms",
    "warm_4x_ratio",
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


def engine_metrics(engine: str) -> tuple[str, ...]:
    return BENCH_METRICS + (CHROMIUM_METRICS if engine == "chromium" else ())


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


def percentile(values: Sequence[float], fraction: float) -> float:
    """The nearest-rank percentile (p50 = median of an odd count)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def timed_start(session: Session, url: str) -> tuple[float, float]:
    """Open `url`; answer (ms to the note box, ms to the first check)."""
    session.goto(url)
    session.wait_for(PAGE_STARTED)
    times: dict[str, float] = session.evaluate(script_file(START_TIMES))
    return float(times["ui"]), float(times["started"])


def latencies(session: Session, action: str, payload: Mapping[str, Any]) -> list[float]:
    times: list[float] = session.evaluate(script_file(ROUND_TRIPS), action, payload, LATENCY_CALLS)
    return times


def settled(session: Session) -> dict[str, Any]:
    """The worker's runtime report once whatever it does when idle (storing a snapshot,
    warming up) is over."""
    info: dict[str, Any] = session.evaluate("() => notewell.call('runtime', {settled: true})")
    return info


def first_visit(
    browser: Browser, phone: Mapping[str, Any], site: Path, network: tuple[float, float]
) -> dict[str, float]:
    """A first visit in a fresh context over a throttled network, from a server of its
    own: ms to the first check, to the first paint and to the first progress figure on
    screen, and the bytes the server sent until the service worker controls the page and
    the worker's snapshot is saved."""
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
            page.add_init_script(path=FIRST_VISIT)
            cdp = context.new_cdp_session(page)
            cdp.send("Network.enable")
            cdp.send("Network.emulateNetworkConditions", conditions)
            page.goto(server_url(server))
            page.wait_for_function(PAGE_STARTED, timeout=BENCH_TIMEOUT_MS)
            times: dict[str, float] = page.evaluate(script_file(START_TIMES))
            page.wait_for_function(CONTROLLED, timeout=BENCH_TIMEOUT_MS)
            page.evaluate("() => window.notewell.call('runtime', {settled: true})")
            visit: dict[str, float] = page.evaluate("window.__firstVisit")
        finally:
            context.close()
        return {
            "first_check_ms": float(times["started"]),
            "first_paint_ms": visit["paint"],
            # A figure written before the first paint is seen with it.
            "progress_ms": max(visit["progress"], visit["paint"]),
            "bytes": float(server.traffic.bytes_sent()),
        }


def bench_run(session: Session, site: Path) -> dict[str, float]:
    """One run in a fresh browser: the app cold, warm and offline, then the baseline warm
    (and for Chromium, both warm starts again on a CPU slowed 4x, then a first visit over
    each throttled network)."""
    # The baseline gets its own origin: the app's service worker must not serve it.
    with serving_in_thread(site) as app_server, serving_in_thread(site) as baseline_server:
        app = server_url(app_server)
        baseline = server_url(baseline_server) + f"{BENCH_PAGE_DIR}/baseline.html"
        _, cold = timed_start(session, app)
        session.wait_for("() => navigator.serviceWorker.controller !== null")
        settled(session)  # the snapshot is stored before the next visit
        ui_ready, warm = timed_start(session, app)
        # Round trips as a user meets them: after the worker's idle warm-up (a person
        # takes seconds to type), not in the same millisecond as the start.
        runtime = settled(session)
        checks = latencies(session, "check", {"text": BENCH_NOTE, "limit": 300})
        drafts = latencies(session, "draft", BENCH_DRAFT)
        slow = session.engine == "chromium"
        if slow:
            session.throttle_cpu(SLOW_PHONE_RATE)
            _, slow_warm = timed_start(session, app)
            session.throttle_cpu(1)
        # Offline straight after, from the app's own page: WebKit's automated (ephemeral)
        # session was seen failing to serve the app offline once the page had left its
        # origin for the baseline's (the service worker's cache lookup came back empty).
        stop_server(app_server)
        _, offline = timed_start(session, app)
        timed_start(session, baseline)  # the first visit fills the HTTP cache
        _, baseline_warm = timed_start(session, baseline)
        result = {
            "ui_ready_ms": ui_ready,
            "cold_ms": cold,
            "warm_ms": warm,
            "offline_ms": offline,
            "baseline_warm_ms": baseline_warm,
            "cold_ratio": cold / baseline_warm,
            "warm_ratio": warm / baseline_warm,
            "check_p50_ms": percentile(checks, 0.5),
            "check_p95_ms": percentile(checks, 0.95),
            "draft_p50_ms": percentile(drafts, 0.5),
            "draft_p95_ms": percentile(drafts, 0.95),
            "heap_mb": runtime["heap_bytes"] / 2**20,
        }
        if slow:
            session.throttle_cpu(SLOW_PHONE_RATE)
            _, slow_baseline = timed_start(session, baseline)
            session.throttle_cpu(1)
            result["warm_4x_ms"] = slow_warm
            result["baseline_warm_4x_ms"] = slow_baseline
            result["warm_4x_ratio"] = slow_warm / slow_baseline
    if isinstance(session, ChromiumSession):
        slow4g = first_visit(session.browser, session.phone, site, NETWORKS["slow4g"])
        fast4g = first_visit(session.browser, session.phone, site, NETWORKS["4g"])
        result["first_visit_slow4g_ms"] = slow4g["first_check_ms"]
        result["first_visit_4g_ms"] = fast4g["first_check_ms"]
        result["first_paint_slow4g_ms"] = slow4g["first_paint_ms"]
        result["progress_slow4g_ms"] = slow4g["progress_ms"]
        result["first_visit_bytes"] = slow4g["bytes"]
    return result


def summarize(runs: Sequence[Mapping[str, float]]) -> dict[str, dict[str, float]]:
    """Median, min and max of every metric over the runs."""
    return {
        key: {
            "median": statistics.median(run[key] for run in runs),
            "min": min(run[key] for run in runs),
            "max": max(run[key] for run in runs),
        }
        for key in runs[0]
    }


def format_table(engine: str, summary: Mapping[str, Mapping[str, float]], runs: int) -> str:
    def shown(value: float) -> str:
        return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:,.2f}"

    lines = [f"{engine:<30}{'median':>14}{'min':>14}{'max':>14}   ({runs} runs)"]
    for key in engine_metrics(engine):
        cells = "".join(f"{shown(summary[key][part]):>14}" for part in ("median", "min", "max"))
        lines.append(f"{key:<30}{cells}")
    return "\n".join(lines)


def first_visit_ratios(
    result: Mapping[str, float], precache_compressed: int, floors: Mapping[str, float]
) -> dict[str, float]:
    """A run's first visits beside what they cannot beat: the compressed precache (bytes)
    and each network's physical floor (ms)."""
    ratios = {
        "precache_compressed_bytes": float(precache_compressed),
        "first_visit_vs_precache": result["first_visit_bytes"] / precache_compressed,
    }
    for name, floor in floors.items():
        ratios[f"first_visit_{name}_floor_ms"] = floor
        ratios[f"first_visit_{name}_vs_floor"] = result[f"first_visit_{name}_ms"] / floor
    return ratios


def measure(
    open_session: Callable[[], Session], root: Path, dist: Path, runs: int
) -> list[dict[str, float]]:
    """Every metric of `runs` runs of the built app `dist`, each in a fresh browser."""
    micropip = fetch_wheels([MICROPIP_REQUIREMENT], root / BENCH_WHEELS)[0]
    precache_bytes, transfer_gzip_bytes = transfer_sizes(dist)
    precache_compressed = compressed_size(dist, [*precache_files(dist), "sw.js"])
    needed = compressed_size(dist, first_check_files(dist))
    floors = {name: floor_ms(needed, bits_per_s) for name, (bits_per_s, _) in NETWORKS.items()}
    results = []
    with tempfile.TemporaryDirectory(prefix="notewell-bench-") as temp:
        site = Path(temp) / "site"
        shutil.copytree(dist, site)
        full_stdlib = pyodide_runtime(root) / STDLIB_ZIP
        add_bench_page(site, root / BENCH_SOURCES, micropip, full_stdlib)
        for number in range(1, runs + 1):
            session = open_session()
            try:
                result = bench_run(session, site)
            finally:
                session.close()
            result["precache_bytes"] = precache_bytes
            result["transfer_gzip_bytes"] = transfer_gzip_bytes
            if "first_visit_bytes" in result:
                result.update(first_visit_ratios(result, precache_compressed, floors))
            results.append(result)
            log(f"bench {session.engine} run {number}/{runs}: warm {result['warm_ms']:.0f} ms")
    return results


def bench_report(engine: str, results: Sequence[Mapping[str, float]]) -> dict[str, Any]:
    """The JSON report of one engine: each metric's median, then the run count and every
    run's values."""
    summary = summarize(results)
    metrics = engine_metrics(engine)
    report: dict[str, Any] = {key: summary[key]["median"] for key in metrics}
    report["runs"] = len(results)
    report["spread"] = {
        key: {**summary[key], "values": [r[key] for r in results]} for key in metrics
    }
    return report


def bench(
    root: Path, dist: Path, runs: int, engines: Sequence[str], json_path: Path | None
) -> None:
    """Measure the built app `runs` times in each engine; print a table per engine, write
    the JSON ({engine: report}) if asked."""
    from playwright.sync_api import sync_playwright  # only inside the project's venv

    reports = {}
    with sync_playwright() as playwright:
        for engine in engines:
            results = measure(session_opener(engine, playwright), root, dist, runs)
            print(format_table(engine, summarize(results), runs), flush=True)
            reports[engine] = bench_report(engine, results)
    if json_path is not None:
        json_path.write_text(json.dumps(reports, indent=1) + "\n", "utf-8")
        log(f"wrote {json_path}")


# What `--engine` accepts: one engine's name, or all of them.
ENGINE_CHOICES = (*ENGINES, "all")


def chosen_engines(choice: str) -> tuple[str, ...]:
    return tuple(ENGINES) if choice == "all" else (choice,)
