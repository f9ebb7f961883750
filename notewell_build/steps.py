"""What every build step shares: its log line, its way to fail, running a command."""

from __future__ import annotations

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
