"""The Pyodide runtime the app ships: Pyodide's files from node_modules, its standard
library trimmed to what the app imports and compiled to bytecode, pycore's regular
expressions compiled ahead of time, and pure wheels for pages served beside the app.

The compiling is done by Pyodide's own Python, run by Node (the scripts in node/):
bytecode and regex programs are tied to the exact Python version that reads them.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path

from notewell_build.steps import NODE_STEPS, StepFailed, log, node_command, pinned_npm_package
from notewell_build.wheel import package_files

# The runtime files the browser needs; source maps, typings and the demo consoles stay out.
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")
STDLIB_ZIP = "python_stdlib.zip"


def pyodide_runtime(root: Path) -> Path:
    """The npm pyodide package, checked against the exact version package.json pins."""
    return pinned_npm_package(root, "pyodide")


def copy_runtime(runtime: Path, out_dir: Path, cache: Path) -> None:
    """The Pyodide files, with the standard library trimmed to what the app uses and
    compiled to bytecode (`cache` keeps compiled copies: compiling takes seconds)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in PYODIDE_FILES:
        if name == STDLIB_ZIP:
            with tempfile.TemporaryDirectory(prefix="notewell-stdlib-") as temp:
                trimmed = Path(temp) / name
                trim_stdlib(runtime / name, trimmed)
                compile_stdlib(runtime, trimmed, out_dir / name, cache)
        else:
            shutil.copyfile(runtime / name, out_dir / name)
    log(f"pyodide runtime: {', '.join(PYODIDE_FILES)}")


# --- the standard library: trimmed, then compiled ------------------------------------

# The standard library modules the worker imports, measured in Chromium under Pyodide
# 314.0.7 (README, performance): sys.modules after Pyodide's own start, the wheel's
# install, every pycore module imported and every request of tests/cases answered.
STDLIB_MODULES = """
__future__ _colorize _opcode_metadata _py_warnings _ssl _weakrefset annotationlib ast
asyncio asyncio.base_events asyncio.base_futures asyncio.base_subprocess asyncio.base_tasks
asyncio.constants asyncio.coroutines asyncio.events asyncio.exceptions
asyncio.format_helpers asyncio.futures asyncio.graph asyncio.locks asyncio.log
asyncio.mixins asyncio.protocols asyncio.queues asyncio.runners asyncio.selector_events
asyncio.sslproto asyncio.staggered asyncio.streams asyncio.subprocess asyncio.taskgroups
asyncio.tasks asyncio.threads asyncio.timeouts asyncio.transports asyncio.trsock
asyncio.unix_events base64 bisect bz2 codeop collections compression compression._common
compression._common._streams compression.zstd compression.zstd._zstdfile concurrent
concurrent.futures concurrent.futures._base contextlib contextvars copy copyreg
dataclasses dis email encodings encodings.aliases encodings.cp437 encodings.utf_8 enum
fnmatch functools glob heapq importlib importlib._abc importlib.abc importlib.metadata
importlib.metadata._collections importlib.metadata._functools
importlib.metadata._itertools importlib.metadata._meta inspect json json.decoder
json.encoder json.scanner keyword linecache locale logging lzma opcode operator pathlib
pathlib._os pkgutil random re re._casefix re._compiler re._constants re._parser reprlib
selectors shutil signal socket ssl string struct subprocess tarfile tempfile textwrap
threading token tokenize traceback types typing warnings weakref zipfile zipfile._path
zipfile._path.glob
encodings.ascii encodings.latin_1 encodings.utf_8_sig encodings.utf_16 encodings.utf_16_le
encodings.utf_16_be encodings.utf_32 encodings.utf_32_le encodings.utf_32_be
encodings.unicode_escape encodings.raw_unicode_escape
""".split()  # noqa: SIM905  # a list of words reads best as words
# Kept whole: Pyodide's own packages (its loader and error paths use parts lazily).
STDLIB_PACKAGES = ("pyodide", "_pyodide")


def stdlib_entries(names: Sequence[str]) -> set[str]:
    """Which of the zip's entries `names` to keep: each listed module's file (a
    package's __init__.py) and every file of STDLIB_PACKAGES."""
    kept = set()
    for name in STDLIB_MODULES:
        path = name.replace(".", "/")
        kept.update({f"{path}.py", f"{path}/__init__.py"})
    for name in names:
        if name.split("/")[0] in STDLIB_PACKAGES:
            kept.add(name)
    return kept & set(names)


def trim_stdlib(source: Path, target: Path) -> None:
    """Write the standard library zip with only the modules the app uses (STDLIB_MODULES).

    Fails when a listed module is missing, so a new Pyodide cannot silently drop one.
    """
    with zipfile.ZipFile(source) as full, zipfile.ZipFile(target, "w") as trimmed:
        names = full.namelist()
        kept = stdlib_entries(names)
        found = {name.removesuffix(".py").removesuffix("/__init__") for name in kept}
        missing = [m for m in STDLIB_MODULES if m.replace(".", "/") not in found]
        if missing:
            raise StepFailed(f"{source} lacks standard library modules: {missing}")
        for info in full.infolist():
            if info.filename in kept:
                trimmed.writestr(info, full.read(info), compress_type=info.compress_type)
    log(f"{target.name}: {len(kept)} of {len(names)} files, {target.stat().st_size:,} bytes")


# Pyodide ships its standard library as source, so a plain start compiles every module it
# imports, in wasm, on every visit: over half of a cold start (README, performance).
# The build compiles the trimmed zip instead, with Pyodide's own CPython (bytecode is
# tied to the exact Python version) run by Node from node_modules (node/compile_stdlib.*).
# Each module becomes a sourceless .pyc in place of its .py, which zipimport loads
# checking only its magic number. Compiled like `python -X no_debug_ranges -OO`: line
# numbers stay; column ranges, docstrings and asserts go. That keeps the zip ~170 KB above
# the source one instead of ~700 KB; for the precache budget (13.5 MB) a module is compiled
# only when it spares compiling at least STDLIB_SOURCE_PER_BYTE bytes of source per byte
# it adds to the zip (gzipped), which leaves ~60 small modules as source: 89% of the
# source bytes are compiled for +96 KB.
STDLIB_OPTIMIZE = 2
STDLIB_SOURCE_PER_BYTE = 8
STDLIB_COMPILER = NODE_STEPS / "compile_stdlib.mjs"


def compile_stdlib(runtime: Path, source: Path, target: Path, cache: Path) -> None:
    """Write the standard library zip `source` to `target` with every module compiled by
    the runtime's own Python (STDLIB_COMPILER). `cache` keeps the results by input:
    starting Pyodide in Node takes seconds."""
    settings = [str(STDLIB_OPTIMIZE), str(STDLIB_SOURCE_PER_BYTE)]
    inputs = [*(part.encode() for part in settings), source.read_bytes()]
    compiled = in_node_pyodide(
        runtime,
        STDLIB_COMPILER,
        [str(source), *settings],
        inputs,
        cache,
        "compiling the standard library",
    )
    shutil.copyfile(compiled, target)
    log(f"{target.name}: compiled to bytecode, {target.stat().st_size:,} bytes")


# --- pycore's regular expressions, compiled ahead of time ---------------------------

# Importing pycore is mostly compiling its regular expressions, in Python, in wasm
# (pycore/regex.py). The build imports every pycore module once with the runtime's own
# Python in Node (node/regex_table.*) and ships the compiled programs in the wheel.
REGEX_TABLER = NODE_STEPS / "regex_table.mjs"
REGEX_PROGRAMS = "regex_programs.marshal"  # pycore.regex.PROGRAMS_FILE


def regex_programs(runtime: Path, root: Path, package: str, cache: Path) -> bytes:
    """pycore's compiled regular expressions for the runtime's Python (REGEX_TABLER)."""
    files = package_files(root, [package])
    inputs = [f"{p.relative_to(root)}\0".encode() + p.read_bytes() for p in files]
    arguments = [str(root.resolve()), package]
    table = in_node_pyodide(
        runtime, REGEX_TABLER, arguments, inputs, cache, "compiling pycore's regexes"
    )
    return table.read_bytes()


def node_step_sources(script: Path) -> list[Path]:
    """What a Node step that runs Pyodide executes: its .mjs, the Python file of the same
    name it runs inside Pyodide, and the loader they share."""
    return [script, script.with_suffix(".py"), NODE_STEPS / "pyodide_python.mjs"]


def in_node_pyodide(
    runtime: Path,
    script: Path,
    arguments: Sequence[str],
    inputs: Sequence[bytes],
    cache: Path,
    what: str,
) -> Path:
    """The file `script` writes when Node runs it with the runtime's Pyodide: its
    arguments are the runtime's folder, `arguments` and the file to write. `cache`
    keeps each result by the step's sources, its `inputs` and the runtime's version."""
    digest = hashlib.sha256((runtime / "package.json").read_bytes())
    sources = [path.read_bytes() for path in node_step_sources(script)]
    for part in [*sources, *inputs]:
        digest.update(b"\0" + hashlib.sha256(part).digest())
    cached = cache / digest.hexdigest()[:24]
    if not cached.exists():
        cache.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(".partial")
        command = node_command(script, [f"{runtime.resolve()}/", *arguments, str(partial)])
        child = subprocess.run(command, cwd=runtime, capture_output=True, text=True)
        if child.returncode or not partial.exists():
            raise StepFailed(f"{what} in Node failed:\n{child.stderr}")
        partial.replace(cached)
    return cached


# --- the snapshot's key --------------------------------------------------------------


def snapshot_key(runtime_dir: Path, wheel: Path, worker_sources: Sequence[Path]) -> str:
    """A hash of all a worker's memory snapshot depends on (web/snapshot.js).

    The Pyodide files as shipped, the app wheel, and the worker's scripts, which decide
    what the snapshot holds: a snapshot made by any other build is never restored.
    """
    paths = [*(runtime_dir / name for name in PYODIDE_FILES), wheel, *worker_sources]
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


# --- wheels for pages served beside the app (browser-unit tests, the bench's baseline) --

# Pyodide's Python, for `pip download` of pure wheels the browser installs.
PYODIDE_PYTHON = "3.14"
# The micropip Pyodide 314.0.7's own lock names (tests/browser_unit and the bench use it).
MICROPIP_REQUIREMENT = "micropip==0.11.1"
WHEELS_STAMP = "stamp.json"


def fetch_wheels(requirements: Sequence[str], cache: Path) -> list[Path]:
    """The wheels of `requirements` for Pyodide's Python, downloaded once into `cache`.

    A stamp records the requirements and the wheels they gave; while both still hold,
    nothing is downloaded.
    """
    stamp = cache / WHEELS_STAMP
    if stamp.exists():
        recorded = json.loads(stamp.read_text(encoding="utf-8"))
        wheels = [cache / name for name in recorded["wheels"]]
        if recorded["requirements"] == list(requirements) and all(w.is_file() for w in wheels):
            return wheels
    shutil.rmtree(cache, ignore_errors=True)
    cache.mkdir(parents=True)
    target = ["--python-version", PYODIDE_PYTHON, "--platform", "any"]
    target += ["--implementation", "py", "--abi", "none", "--only-binary=:all:"]
    pip = [sys.executable, "-m", "pip", "download", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, *target, "--dest", str(cache), *requirements], check=True)
    wheels = sorted(cache.glob("*.whl"))
    recorded = {"requirements": list(requirements), "wheels": [w.name for w in wheels]}
    stamp.write_text(json.dumps(recorded, indent=1), encoding="utf-8")
    return wheels
