"""What every build step shares: its log line, its way to fail, running a command."""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path

# The Node steps (.mjs) and the Python they run inside Pyodide (.py), beside this module.
NODE_STEPS = Path(__file__).resolve().parent / "node"


class StepFailed(Exception):
    """A step that could not finish; its message says what to do about it."""


def log(step: str) -> None:
    print(f"[build] {step}", flush=True)


def run(command: Sequence[str | Path], cwd: Path, env: Mapping[str, str] | None = None) -> int:
    """Run one command with its output going straight to ours; answer its exit status."""
    args = [str(part) for part in command]
    log("$ " + shlex.join(args))
    return subprocess.run(args, cwd=cwd, env=env, check=False).returncode


def node_command(script: Path, arguments: Sequence[str]) -> list[str]:
    """The command that runs the ES module `script` in Node with `arguments`."""
    node = shutil.which("node")
    if node is None:
        raise StepFailed("node was not found: install Node.js 20 or newer")
    return [node, str(script), *arguments]


def pinned_npm_package(root: Path, name: str) -> Path:
    """node_modules/<name>, checked against the exact version package.json pins."""
    manifest = json.loads((root / "package.json").read_text(encoding="utf-8"))
    pinned = manifest["dependencies"][name]
    package = root / "node_modules" / name
    installed = package / "package.json"
    if not installed.exists():
        raise StepFailed(f"{package} is missing; run `npm ci` in {root}")
    version = json.loads(installed.read_text(encoding="utf-8"))["version"]
    if version != pinned:
        raise StepFailed(
            f"node_modules has {name} {version}, package.json pins {pinned}; run `npm ci`"
        )
    return package
