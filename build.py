#!/usr/bin/env python3
"""Notewell's one task runner: build, serve, test and benchmark the app.

    python3 build.py            build dist/
    python3 build.py serve      build, then serve dist/ on http://127.0.0.1:8000/
    python3 build.py test       set everything up on a fresh machine and run every test
    python3 build.py bench      measure start-up and round trips in Chromium

Only the standard library is imported at the top: this file must run before anything
is installed. Each step is a small function that takes its paths as arguments.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DIST = ROOT / "dist"
VENV = ROOT / ".venv"


def log(step: str) -> None:
    print(f"[build] {step}", flush=True)


# --- bootstrap and test (virtual environment, npm, Chromium, lint, pytest) ---------


# --- build dist/ (wheel, Pyodide runtime, lock file, service worker, manifest) ------


# --- serve ----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build.py", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("build", help="build dist/ (the default)")
    serve = sub.add_parser("serve", help="build and serve dist/")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--host", default="127.0.0.1")
    test = sub.add_parser("test", help="set up and run every test")
    test.add_argument("pytest_args", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    command = args.command or "build"
    raise SystemExit(f"build.py: {command} is not written yet")


if __name__ == "__main__":
    sys.exit(main())
