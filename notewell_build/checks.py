"""The checks `python3 build.py test` runs: the linters and type checker of each
language, then every test."""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from pathlib import Path

from notewell_build.steps import log, run

# The files Prettier keeps formatted: the JavaScript (web/, the build's Node steps and
# probes, the test pages). HTML, CSS and JSON keep their hand-made layout.
PRETTIER_FILES = "**/*.{js,mjs}"

Command = list[str | Path]


def check_commands(root: Path, python: Path, pytest_args: Sequence[str]) -> dict[str, Command]:
    """The checks in order: Python's linter and types, JavaScript's linter and format,
    then pytest (core and browser tests) with `pytest_args`."""
    npm_bin = root / "node_modules" / ".bin"
    return {
        "ruff": [python, "-m", "ruff", "check", "."],
        "mypy": [python, "-m", "mypy"],  # strict, over the files pyproject.toml names
        "eslint": [npm_bin / "eslint", "."],  # eslint.config.js
        "prettier": [npm_bin / "prettier", "--check", PRETTIER_FILES],  # .prettierrc.json
        "pytest": [python, "-m", "pytest", *pytest_args],
    }


def run_checks(commands: Mapping[str, Command], root: Path, env: Mapping[str, str]) -> int:
    """Run every check, even after one failed, so one run shows every problem; answer
    the first failing exit status. Nothing is printed after the last check: pytest's
    closing line is the run's last line."""
    codes = []
    for number, (name, command) in enumerate(commands.items(), start=1):
        started = time.monotonic()
        codes.append(run(command, cwd=root, env=env))
        if number < len(commands):
            outcome = "passed" if codes[-1] == 0 else f"FAILED (exit {codes[-1]})"
            log(f"{name}: {outcome} in {time.monotonic() - started:.1f} s")
    return next((code for code in codes if code), 0)
