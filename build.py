#!/usr/bin/env python3
"""Notewell's one task runner: build, serve, test and measure the app.

    python3 build.py            build dist/
    python3 build.py serve      build, then serve dist/ on http://127.0.0.1:8000/
    python3 build.py test       set everything up on a fresh machine and run every check
    python3 build.py bench      measure start-up and round trips in each engine
                                [--engine chromium|webkit|firefox|all] [--runs N] [--json F]

This file is the recipe: it sequences the steps, which live in notewell_build/, one
module per concern. Only the standard library is imported, here and there: this file
must run before anything is installed.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from notewell_build.bench import BENCH_RUNS, ENGINE_CHOICES, bench, chosen_engines
from notewell_build.checks import check_commands, run_checks
from notewell_build.compress import write_precompressed
from notewell_build.decoder import DECODER_PACKAGE, copy_decoder
from notewell_build.machine import bootstrap, ensure_node_modules
from notewell_build.runtime import (
    REGEX_PROGRAMS,
    copy_runtime,
    pyodide_runtime,
    regex_programs,
    snapshot_key,
)
from notewell_build.server import serve_forever
from notewell_build.steps import StepFailed, log, pinned_npm_package, run
from notewell_build.webapp import (
    check_manifest,
    copy_web,
    worker_scripts,
    write_kinds,
    write_page_policy,
    write_preloads,
    write_runtime_bytes,
    write_service_worker,
)
from notewell_build.wheel import build_wheel, read_project, write_lock

ROOT = Path(__file__).resolve().parent
DIST = ROOT / "dist"
VENV = ROOT / ".venv"


def build_dist(root: Path, dist: Path) -> Path:
    """Build the installable app into `dist` (replaced entirely) and return it.

    `.cache/` keeps what Node computes (bytecode, regex programs, brotli), by input.
    """
    runtime = pyodide_runtime(root)
    cache = root / ".cache"
    if dist.exists():
        shutil.rmtree(dist)
    # The page and its scripts, as they are.
    copy_web(root / "web", dist)
    # Pyodide, its standard library trimmed and compiled.
    copy_runtime(runtime, dist / "pyodide", cache / "stdlib-bytecode")
    # The QR decoder for browsers without BarcodeDetector, loaded when a scan starts.
    copy_decoder(pinned_npm_package(root, DECODER_PACKAGE), dist / "vendor" / DECODER_PACKAGE)
    # The app's wheel, with pycore's regular expressions compiled for that Python.
    project = read_project(root)
    package = project["import_packages"][0]
    programs = regex_programs(runtime, root, package, cache / "regex-programs")
    wheel = build_wheel(root, dist / "pyodide", [(f"{package}/{REGEX_PROGRAMS}", programs)])
    # The lock naming the wheel by its hash, and what the worker's snapshots are keyed by.
    key = snapshot_key(dist / "pyodide", wheel, worker_scripts(dist))
    write_lock(runtime, wheel, project, dist / "pyodide" / "pyodide-lock.json", key)
    # What the page needs before Python runs: the form's choices, its policy, its modules.
    write_kinds(root, package, dist / "kinds.json")
    write_page_policy(dist / "index.html")
    write_runtime_bytes(dist / "index.html", dist / "pyodide" / "pyodide-lock.json")
    write_preloads(dist / "index.html")
    check_manifest(dist)
    # Offline: the service worker precaches every file of this build, by version.
    write_service_worker(root / "web" / "sw.js", dist)
    # For static hosts that serve precompressed files.
    write_precompressed(dist, cache / "brotli")
    log(f"built {dist}")
    return dist


def serve(root: Path, dist: Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Build dist/ and serve it until Ctrl+C."""
    build_dist(root, dist)
    serve_forever(dist, host, port)


def test(root: Path, venv_dir: Path, pytest_args: Sequence[str]) -> int:
    """Set up what the tests need, run every check, answer the first failing exit status."""
    python, env = bootstrap(root, venv_dir)
    return run_checks(check_commands(root, python, pytest_args), root, env)


def bench_command(root: Path, venv_dir: Path, argv: Sequence[str]) -> int:
    """`build.py bench`: re-run inside the project's venv (Playwright lives there)."""
    parser = argparse.ArgumentParser(prog="build.py bench")
    parser.add_argument("--engine", choices=ENGINE_CHOICES, default="all")
    parser.add_argument("--runs", type=int, default=BENCH_RUNS)
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--dist", type=Path, help="measure this build instead of building")
    args = parser.parse_args(argv)
    if Path(sys.prefix).resolve() != venv_dir.resolve():
        python, env = bootstrap(root, venv_dir)
        return run([python, root / "build.py", "bench", *argv], cwd=root, env=env)
    dist = args.dist or build_dist(root, root / "dist")
    bench(root, dist, max(1, args.runs), chosen_engines(args.engine), args.json)
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(prog="build.py", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("build", help="build dist/ (the default)")
    serve_parser = sub.add_parser("serve", help="build and serve dist/")
    serve_parser.add_argument("--port", type=int, default=8000)
    serve_parser.add_argument("--host", default="127.0.0.1")
    sub.add_parser("test", help="set up and run every check; later arguments go to pytest")
    sub.add_parser("bench", help="measure the built app (--engine E, --runs N, --json PATH)")
    try:
        if argv[:1] == ["test"]:
            # Everything after `test` is pytest's, options included, so argparse stays out.
            return test(ROOT, VENV, argv[1:])
        if argv[:1] == ["bench"]:
            return bench_command(ROOT, VENV, argv[1:])
        args = parser.parse_args(argv)
        ensure_node_modules(ROOT)
        if args.command == "serve":
            serve(ROOT, DIST, args.host, args.port)
        else:
            build_dist(ROOT, DIST)
    except StepFailed as error:
        print(f"build.py: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
