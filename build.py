#!/usr/bin/env python3
"""Notewell's one task runner: build, serve and test the app.

    python3 build.py            build dist/
    python3 build.py serve      build, then serve dist/ on http://127.0.0.1:8000/
    python3 build.py test       set everything up on a fresh machine and run every test
    python3 build.py bench      measure start-up and round trips in Chromium [--runs N] [--json F]

Only the standard library is imported at the top: this file must run before anything
is installed. Each step is a small function that takes its paths as arguments.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import functools
import gzip
import hashlib
import http.server
import json
import math
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
import venv
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # Playwright is imported only by `bench`, inside the project's venv
    from playwright.sync_api import Page, Playwright

ROOT = Path(__file__).resolve().parent
DIST = ROOT / "dist"
VENV = ROOT / ".venv"


def log(step: str) -> None:
    print(f"[build] {step}", flush=True)


# --- bootstrap and test (virtual environment, npm, Chromium, lint, pytest) ---------

# The pyproject extras `test` installs: pytest, hypothesis, Playwright and the linters.
TEST_EXTRAS = "test"
# Where Debian's chromium package puts the browser (GUIDE.md section 4).
DEBIAN_CHROMIUM = Path("/usr/bin/chromium")
# A stamp file records what an install was made from, so unchanged inputs skip the install.
STAMP_NAME = ".notewell-installed"


class StepFailed(Exception):
    """A step that could not finish; its message says what to do about it."""


def run(command: Sequence[str | Path], cwd: Path, env: Mapping[str, str] | None = None) -> int:
    """Run one command with its output going straight to ours; answer its exit status."""
    args = [str(part) for part in command]
    log("$ " + shlex.join(args))
    return subprocess.run(args, cwd=cwd, env=env, check=False).returncode


def fingerprint(*paths: Path) -> str:
    """A digest of the files an install depends on (a missing file counts as such)."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode() + b"\0")
        digest.update(path.read_bytes() if path.exists() else b"\0missing\0")
    return digest.hexdigest()


def is_current(stamp: Path, wanted: str) -> bool:
    return stamp.exists() and stamp.read_text(encoding="utf-8") == wanted


def ensure_venv(root: Path, venv_dir: Path) -> Path:
    """A virtual environment with the project and its test extras; answers its python.

    pip runs again only when pyproject.toml changed since the last successful install.
    """
    python = venv_dir / "bin" / "python"
    if not python.exists():
        log(f"creating the virtual environment {venv_dir}")
        venv.EnvBuilder(with_pip=True, clear=True).create(venv_dir)
    stamp = venv_dir / STAMP_NAME
    wanted = f"{fingerprint(root / 'pyproject.toml')} [{TEST_EXTRAS}]"
    if is_current(stamp, wanted):
        log(f"{venv_dir.name}: up to date with pyproject.toml")
        return python
    install = ["-m", "pip", "install", "--disable-pip-version-check", "--progress-bar", "off"]
    if run([python, *install, "--editable", f".[{TEST_EXTRAS}]"], cwd=root):
        raise StepFailed(f"pip could not install .[{TEST_EXTRAS}] into {venv_dir} (see above)")
    stamp.write_text(wanted, encoding="utf-8")
    return python


def ensure_node_modules(root: Path) -> None:
    """`npm ci` when node_modules is missing or package.json / package-lock.json changed."""
    manifest, lock = root / "package.json", root / "package-lock.json"
    if not manifest.exists():
        log("no package.json: nothing to install with npm")
        return
    stamp = root / "node_modules" / STAMP_NAME
    wanted = fingerprint(manifest, lock)
    if is_current(stamp, wanted):
        log("node_modules: up to date with package-lock.json")
        return
    npm = shutil.which("npm")
    if npm is None:
        raise StepFailed("npm was not found: install Node.js 20 or newer with npm")
    if not lock.exists():
        raise StepFailed(f"{lock.name} is missing: run `npm install` once and commit it")
    if run([npm, "ci", "--no-audit", "--no-fund"], cwd=root):
        raise StepFailed("npm ci failed (see above)")
    stamp.write_text(wanted, encoding="utf-8")


def find_chromium(environ: Mapping[str, str]) -> Path | None:
    """NOTEWELL_CHROMIUM if set, else a `chromium` on PATH or Debian's, else None."""
    configured = environ.get("NOTEWELL_CHROMIUM")
    if configured:
        if not os.access(configured, os.X_OK):
            raise StepFailed(f"NOTEWELL_CHROMIUM={configured} is not an executable file")
        return Path(configured)
    found = shutil.which("chromium", path=environ.get("PATH"))
    if found:
        return Path(found)
    return DEBIAN_CHROMIUM if os.access(DEBIAN_CHROMIUM, os.X_OK) else None


def ensure_chromium(environ: Mapping[str, str]) -> Path:
    """The browser for the Playwright tests; as root, install Debian's when there is none.

    Playwright's own browser downloads are not used: they come from a host that may be
    unreachable, while Debian's package comes through apt like everything else.
    """
    found = find_chromium(environ)
    if found is None and os.geteuid() == 0 and shutil.which("apt-get"):
        log("no Chromium found: installing Debian's chromium package")
        apt_env = {**environ, "DEBIAN_FRONTEND": "noninteractive"}
        for command in (["apt-get", "update"], ["apt-get", "install", "-y", "chromium"]):
            if run(command, cwd=Path("/"), env=apt_env):
                raise StepFailed(f"`{shlex.join(command)}` failed (see above)")
        found = find_chromium(environ)
    if found is None:
        raise StepFailed(
            "The browser tests need Chromium and none was found. Install it "
            "(Debian/Ubuntu: sudo apt-get install chromium) or set NOTEWELL_CHROMIUM "
            "to a Chromium or Chrome executable, then run this again."
        )
    log(f"Chromium: {found}")
    return found


def test_commands(python: Path, pytest_args: Sequence[str]) -> dict[str, list[str | Path]]:
    """The checks `test` runs, in order: lint, types, then every test (core and e2e)."""
    return {
        "ruff": [python, "-m", "ruff", "check", "."],
        "mypy": [python, "-m", "mypy"],  # strict, over pycore/ and build.py (pyproject.toml)
        "pytest": [python, "-m", "pytest", *pytest_args],
    }


def test(root: Path, venv_dir: Path, pytest_args: Sequence[str]) -> int:
    """Set up what the tests need, run every check, answer the first failing exit status.

    All checks run even when an early one fails, so one run shows every problem. pytest
    runs last and nothing is printed after it: its closing line is the run's last line.
    """
    python, env = bootstrap(root, venv_dir)
    codes = []
    for name, command in test_commands(python, pytest_args).items():
        started = time.monotonic()
        codes.append(run(command, cwd=root, env=env))
        if name != "pytest":
            outcome = "passed" if codes[-1] == 0 else f"FAILED (exit {codes[-1]})"
            log(f"{name}: {outcome} in {time.monotonic() - started:.1f} s")
    return next((code for code in codes if code), 0)


# --- build dist/ (wheel, Pyodide runtime, lock file, service worker, manifest) ------

# The runtime files the browser needs; source maps, typings and the demo consoles stay out.
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")
# Zip entries get a fixed date so the same sources always give the same wheel and sha256.
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
# Placeholders in web/sw.js that the build replaces with this build's version and file list.
SW_VERSION_TOKEN = '"%VERSION%"'
SW_FILES_TOKEN = '["%FILES%"]'
# Types a compressing static host gzips (archives and images are compressed already);
# build.py writes .gz and .br copies of such files from this size up.
COMPRESSIBLE = {".html", ".js", ".mjs", ".css", ".json", ".webmanifest", ".wasm", ".svg"}
PRECOMPRESS_MIN_BYTES = 1024
PRECOMPRESSED = (".gz", ".br")
# Brotli at its best quality, with Node's zlib (Python's standard library has no brotli).
# The wasm takes ~25 s at quality 11, so each result is cached by content.
BROTLI = r"""
const zlib = await import("node:zlib");
const fs = await import("node:fs");
const [list] = process.argv.slice(-1);
for (const [source, target] of JSON.parse(fs.readFileSync(list, "utf8"))) {
  const data = fs.readFileSync(source);
  const params = {
    [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
  };
  fs.writeFileSync(target + ".partial", zlib.brotliCompressSync(data, { params }));
  fs.renameSync(target + ".partial", target);
}
"""
# Placeholder in web/index.html for the page's own copy of CONTENT_SECURITY_POLICY.
CSP_TOKEN = "%CONTENT_SECURITY_POLICY%"
# The worker scripts that make and restore memory snapshots, and the lock `info` field
# holding the key of this build's snapshots (web/worker.js reads it).
SNAPSHOT_SOURCES = ("worker.js", "snapshot.js")
SNAPSHOT_KEY_FIELD = "notewell_snapshot_key"


def read_project(root: Path) -> dict[str, Any]:
    """The [project] table of pyproject.toml (name, version) plus the import packages."""
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    project = dict(config["project"])
    # [tool.setuptools.packages.find] include = ["pycore", "pycore.*"]: the top-level names.
    include = config["tool"]["setuptools"]["packages"]["find"]["include"]
    project["import_packages"] = sorted({pattern.split(".")[0] for pattern in include})
    return project


def record_hash(data: bytes) -> str:
    """A wheel RECORD hash: urlsafe base64 sha256 without padding (PEP 376/427)."""
    digest = hashlib.sha256(data).digest()
    return "sha256=" + base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def package_files(root: Path, packages: list[str]) -> list[Path]:
    """Every file of the import packages, sorted, without caches or compiled files."""
    files = []
    for package in packages:
        for path in sorted((root / package).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                files.append(path)
    return files


def build_wheel(root: Path, out_dir: Path, generated: Sequence[tuple[str, bytes]] = ()) -> Path:
    """Write a pure-Python wheel of the app by hand: zipfile + the three dist-info files.
    `generated` adds files made by the build: (path in the wheel, content).

    pip's PEP 517 path needs setuptools in an isolated environment (network, seconds);
    the wheel of a dependency-free pure package is just a zip, fast and reproducible.
    """
    project = read_project(root)
    name, version = project["name"], project["version"]
    dist_info = f"{name}-{version}.dist-info"
    metadata = (
        f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n"
        f"Summary: {project.get('description', '')}\n"
        f"Requires-Python: {project.get('requires-python', '>=3.11')}\n"
    )
    wheel_info = "Wheel-Version: 1.0\nGenerator: notewell-build.py\nRoot-Is-Purelib: true\n"
    wheel_info += "Tag: py3-none-any\n"
    entries = [
        (p.relative_to(root).as_posix(), p.read_bytes())
        for p in package_files(root, project["import_packages"])
    ]
    entries += generated
    entries += [
        (f"{dist_info}/METADATA", metadata.encode()),
        (f"{dist_info}/WHEEL", wheel_info.encode()),
    ]
    record = "".join(f"{arc},{record_hash(data)},{len(data)}\n" for arc, data in entries)
    entries.append((f"{dist_info}/RECORD", (record + f"{dist_info}/RECORD,,\n").encode()))
    out_dir.mkdir(parents=True, exist_ok=True)
    wheel = out_dir / f"{name}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as archive:
        for arcname, data in entries:
            info = zipfile.ZipInfo(arcname, ZIP_EPOCH)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data, compresslevel=9)  # the 12 MB budget
    log(f"wheel {wheel.name} ({len(entries)} files)")
    return wheel


def pyodide_runtime(root: Path) -> Path:
    """The npm pyodide package, checked against the exact version package.json pins."""
    pinned = json.loads((root / "package.json").read_text(encoding="utf-8"))["dependencies"]
    runtime = root / "node_modules" / "pyodide"
    installed = runtime / "package.json"
    if not installed.exists():
        raise StepFailed(f"{runtime} is missing; run `npm ci` in {root}")
    version = json.loads(installed.read_text(encoding="utf-8"))["version"]
    if version != pinned["pyodide"]:
        raise StepFailed(
            f"node_modules has pyodide {version}, package.json pins "
            f"{pinned['pyodide']}; run `npm ci`"
        )
    return runtime


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
STDLIB_ZIP = "python_stdlib.zip"


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
# build.py compiles the trimmed zip instead, with Pyodide's own CPython (bytecode is tied
# to the exact Python version) run by Node from node_modules. Each module becomes a
# sourceless .pyc in place of its .py, which zipimport loads checking only its magic
# number. Compiled like `python -X no_debug_ranges -OO`: line numbers stay; column
# ranges, docstrings and asserts go. That keeps the zip ~170 KB above the source one
# instead of ~700 KB; for the precache budget (12 MB) a module is compiled only when it
# spares compiling at least STDLIB_SOURCE_PER_BYTE bytes of source per byte it adds to
# the zip (gzipped), which leaves ~60 small modules as source: 89% of the source
# bytes are compiled for +96 KB.
STDLIB_OPTIMIZE = 2
STDLIB_SOURCE_PER_BYTE = 8
STDLIB_COMPILER = r"""
const [indexURL, source, optimize, perByte, target] = process.argv.slice(-5);
const { loadPyodide } = await import(new URL("pyodide.mjs", "file://" + indexURL).href);
const fs = await import("node:fs");
const pyodide = await loadPyodide({ indexURL, env: { PYTHONNODEBUGRANGES: "1" } });
pyodide.FS.writeFile("/tmp/source.zip", fs.readFileSync(source));
pyodide.globals.set("optimize", Number(optimize));
pyodide.globals.set("per_byte", Number(perByte));
pyodide.runPython(`
import importlib.util, marshal, sys, zipfile, zlib
# Where Pyodide puts the zip: tracebacks show the same paths as from source.
prefix = "/lib/python%d%d.zip/" % sys.version_info[:2]
with zipfile.ZipFile("/tmp/source.zip") as src, zipfile.ZipFile("/tmp/target.zip", "w") as out:
    for info in src.infolist():
        data = src.read(info)
        if info.filename.endswith(".py"):
            path = prefix + info.filename
            code = compile(data, path, "exec", dont_inherit=True, optimize=optimize)
            # A timestamp .pyc (flags 0) with mtime and size 0, never compared: no source.
            pyc = importlib.util.MAGIC_NUMBER + bytes(12) + marshal.dumps(code)
            added = len(zlib.compress(pyc, 9)) - len(zlib.compress(data, 9))
            if added <= 0 or len(data) / added >= per_byte:
                data = pyc
                info = zipfile.ZipInfo(info.filename + "c", info.date_time)
                info.external_attr = 0o644 << 16
        info.compress_type = zipfile.ZIP_DEFLATED
        out.writestr(info, data, compresslevel=9)
`);
fs.writeFileSync(target, pyodide.FS.readFile("/tmp/target.zip"));
"""


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


# Importing pycore is mostly compiling its regular expressions, in Python, in wasm
# (pycore/regex.py). build.py imports every pycore module once with the runtime's own
# Python in Node and ships the compiled programs in the wheel.
REGEX_TABLER = r"""
const [indexURL, source, name, target] = process.argv.slice(-4);
const { loadPyodide } = await import(new URL("pyodide.mjs", "file://" + indexURL).href);
const fs = await import("node:fs");
const pyodide = await loadPyodide({ indexURL, env: { PYTHONDONTWRITEBYTECODE: "1" } });
pyodide.mountNodeFS("/src", source);
pyodide.globals.set("name", name);
const table = pyodide.runPython(`
import importlib, pkgutil, sys
sys.path.insert(0, "/src")
package = importlib.import_module(name)
for module in pkgutil.walk_packages(package.__path__, name + "."):
    if not module.name.endswith(".__main__"):  # the command line: no part of the app
        importlib.import_module(module.name)
regex = importlib.import_module(name + ".regex")
regex.program_table(regex.PATTERNS)
`);
fs.writeFileSync(target, table.toJs());
"""
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


def node_command(script: str, arguments: Sequence[str]) -> list[str]:
    """The command that runs the ES module `script` in Node with `arguments`."""
    node = shutil.which("node")
    if node is None:
        raise StepFailed("node was not found: install Node.js 20 or newer")
    return [node, "--input-type=module", "-e", script, "--", *arguments]


def in_node_pyodide(
    runtime: Path,
    script: str,
    arguments: Sequence[str],
    inputs: Sequence[bytes],
    cache: Path,
    what: str,
) -> Path:
    """The file `script` writes when Node runs it with the runtime's Pyodide: its
    arguments are the runtime's folder, `arguments` and the file to write. `cache`
    keeps each result by the script, its `inputs` and the runtime's version."""
    digest = hashlib.sha256((runtime / "package.json").read_bytes())
    for part in [script.encode(), *inputs]:
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


def snapshot_key(runtime_dir: Path, wheel: Path, web: Path) -> str:
    """A hash of all a worker's memory snapshot depends on (web/snapshot.js).

    The Pyodide files as shipped, the app wheel, and the worker scripts that decide what
    the snapshot holds: a snapshot made by any other build is never restored.
    """
    paths = [*(runtime_dir / name for name in PYODIDE_FILES), wheel]
    paths += [web / name for name in SNAPSHOT_SOURCES]
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


def write_lock(
    runtime: Path, wheel: Path, project: dict[str, Any], target: Path, snapshot: str
) -> None:
    """A pyodide-lock.json holding only our wheel, with its real sha256.

    Pyodide verifies the hash when it fetches the wheel (subresource integrity), so a
    stale or corrupted wheel fails to load instead of running old code. `info` also
    carries the `snapshot_key` the worker files its memory snapshot under.
    """
    info = json.loads((runtime / "pyodide-lock.json").read_text(encoding="utf-8"))["info"]
    info[SNAPSHOT_KEY_FIELD] = snapshot
    entry = {
        "name": project["name"],
        "version": project["version"],
        "file_name": wheel.name,
        "install_dir": "site",
        "sha256": hashlib.sha256(wheel.read_bytes()).hexdigest(),
        "package_type": "package",
        "imports": project["import_packages"],
        "depends": [],
    }
    lock = {"info": info, "packages": {project["name"]: entry}}
    target.write_text(json.dumps(lock, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    log(f"lock file {target.name}: {entry['name']} {entry['sha256'][:12]}…")


def write_kinds(root: Path, package: str, target: Path) -> None:
    """kinds.json from the app's own "kinds" action, so the form renders before Python loads.

    Run in a child interpreter so the build never imports (and caches) the app's modules.
    """
    request = json.dumps({"action": "kinds", "payload": {}})
    script = f"import sys, {package}.api as api; sys.stdout.write(api.handle(sys.argv[1]))"
    child = subprocess.run(
        [sys.executable, "-c", script, request], cwd=root, capture_output=True, text=True
    )
    if child.returncode:
        raise StepFailed(f"{package}.api could not answer 'kinds':\n{child.stderr}")
    reply = json.loads(child.stdout)
    if not reply["ok"]:
        raise StepFailed(f"{package} kinds failed: {reply['error']['message']}")
    target.write_text(json.dumps(reply["result"], indent=1) + "\n", encoding="utf-8")
    log(f"kinds.json: {len(reply['result']['how'])} how, {len(reply['result']['why'])} why")


def copy_web(web: Path, dist: Path) -> None:
    shutil.copytree(web, dist, dirs_exist_ok=True)
    log(f"web files from {web.name}/")


def write_page_policy(page: Path) -> None:
    """The page's <meta> policy: the server's, less frame-ancestors (ignored in <meta>).

    Written from the one definition, so a static host without headers still gets it.
    """
    policy = "; ".join(
        part for part in CONTENT_SECURITY_POLICY.split("; ") if not part.startswith("frame-")
    )
    html = page.read_text(encoding="utf-8")
    if CSP_TOKEN not in html:
        raise StepFailed(f"{page} lacks {CSP_TOKEN}")
    page.write_text(html.replace(CSP_TOKEN, policy), encoding="utf-8")


def check_manifest(dist: Path) -> None:
    """Fail the build when the manifest is not JSON or names an icon that is not there."""
    manifest = json.loads((dist / "manifest.webmanifest").read_text(encoding="utf-8"))
    missing = [i["src"] for i in manifest["icons"] if not (dist / i["src"]).is_file()]
    if missing:
        raise StepFailed(f"manifest icons missing from dist: {missing}")


def build_files(dist: Path) -> list[str]:
    """Every file of the build as a URL relative to dist/, sorted; the worker script and
    the precompressed copies (the host's business, not the service worker's) aside."""
    return sorted(
        p.relative_to(dist).as_posix()
        for p in dist.rglob("*")
        if p.is_file() and p.name != "sw.js" and p.suffix not in PRECOMPRESSED
    )


def gzip_bytes(data: bytes) -> bytes:
    """gzip at its best level with no timestamp: the same file always gives the same bytes."""
    return gzip.compress(data, compresslevel=9, mtime=0)


def write_precompressed(dist: Path, cache: Path) -> None:
    """A .gz and a .br copy beside every text, JavaScript, JSON and wasm file of the
    build, for static hosts that serve precompressed files (nginx gzip_static and
    brotli_static, Caddy precompressed). `cache` keeps brotli's results (BROTLI)."""
    sources = []
    for name in [*build_files(dist), "sw.js"]:
        path = dist / name
        if path.suffix in COMPRESSIBLE and path.stat().st_size >= PRECOMPRESS_MIN_BYTES:
            sources.append(path)
    brotli = brotli_copies(sources, cache)
    sizes = {suffix: 0 for suffix in PRECOMPRESSED}
    for path in sources:
        data = path.read_bytes()
        for suffix, packed in ((".gz", gzip_bytes(data)), (".br", brotli[path].read_bytes())):
            if len(packed) < len(data):
                path.with_name(path.name + suffix).write_bytes(packed)
                sizes[suffix] += len(packed)
    log(
        "precompressed: "
        + ", ".join(f"{size:,} bytes of {suffix}" for suffix, size in sizes.items())
    )


def brotli_copies(sources: Sequence[Path], cache: Path) -> dict[Path, Path]:
    """Each source's brotli-compressed copy in `cache`, made by Node where missing."""
    copies = {
        path: cache / f"{hashlib.sha256(path.read_bytes()).hexdigest()[:32]}.br" for path in sources
    }
    missing = [[str(path), str(copy)] for path, copy in copies.items() if not copy.exists()]
    if missing:
        cache.mkdir(parents=True, exist_ok=True)
        log(f"brotli: compressing {len(missing)} files once (the wasm takes ~25 s), then cached")
        with tempfile.TemporaryDirectory(prefix="notewell-brotli-") as temp:
            listing = Path(temp) / "files.json"
            listing.write_text(json.dumps(missing), encoding="utf-8")
            command = node_command(BROTLI, [str(listing)])
            child = subprocess.run(command, capture_output=True, text=True)
        if child.returncode:
            raise StepFailed(f"brotli in Node failed:\n{child.stderr}")
    return copies


def build_version(dist: Path, files: list[str]) -> str:
    """A short hash over every file's name and content: a new build gets a new cache."""
    digest = hashlib.sha256()
    for name in files:
        digest.update(name.encode() + b"\0" + hashlib.sha256((dist / name).read_bytes()).digest())
    return digest.hexdigest()[:16]


def write_service_worker(template: Path, dist: Path) -> str:
    """sw.js with this build's VERSION and precache list filled in; returns the VERSION."""
    source = template.read_text(encoding="utf-8")
    if SW_VERSION_TOKEN not in source or SW_FILES_TOKEN not in source:
        raise StepFailed(f"{template} lacks {SW_VERSION_TOKEN} or {SW_FILES_TOKEN}")
    files = build_files(dist)
    version = build_version(dist, files)
    source = source.replace(SW_VERSION_TOKEN, json.dumps(version))
    source = source.replace(SW_FILES_TOKEN, json.dumps(files, indent=1))
    (dist / "sw.js").write_text(source, encoding="utf-8")
    log(f"service worker: version {version}, {len(files)} files")
    return version


def build_dist(root: Path, dist: Path) -> Path:
    """Build the installable app into `dist` (replaced entirely) and return it."""
    runtime = pyodide_runtime(root)
    if dist.exists():
        shutil.rmtree(dist)
    copy_web(root / "web", dist)
    project = read_project(root)
    copy_runtime(runtime, dist / "pyodide", root / ".cache" / "stdlib-bytecode")
    package = project["import_packages"][0]
    programs = regex_programs(runtime, root, package, root / ".cache" / "regex-programs")
    wheel = build_wheel(root, dist / "pyodide", [(f"{package}/{REGEX_PROGRAMS}", programs)])
    key = snapshot_key(dist / "pyodide", wheel, root / "web")
    write_lock(runtime, wheel, project, dist / "pyodide" / "pyodide-lock.json", key)
    write_kinds(root, package, dist / "kinds.json")
    write_page_policy(dist / "index.html")
    check_manifest(dist)
    write_service_worker(root / "web" / "sw.js", dist)
    write_precompressed(dist, root / ".cache" / "brotli")
    log(f"built {dist}")
    return dist


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


def lock_entry(wheel: Path, file_name: str) -> dict[str, Any]:
    """A pyodide-lock.json entry for a pure wheel that imports as it is named (micropip).

    `file_name` is the wheel's URL relative to the runtime folder. The sha256 is the
    file's own: Pyodide's lock names a different build of micropip, and the browser
    refuses a wheel whose hash does not match.
    """
    name, version = wheel.name.split("-")[:2]
    return {
        "name": name,
        "version": version,
        "file_name": file_name,
        "install_dir": "site",
        "sha256": hashlib.sha256(wheel.read_bytes()).hexdigest(),
        "package_type": "package",
        "imports": [name],
        "depends": [],
    }


# --- serve ----------------------------------------------------------------------------

# What a static host should send with every response (README: deploying dist/); the
# build copies it into the page's <meta> tag (write_page_policy).
# 'wasm-unsafe-eval': Pyodide compiles pyodide.asm.wasm with WebAssembly.instantiate.
# Nothing more: Pyodide 314 runs with eval and new Function blocked (checked in Chromium
# with a worker under this policy), needs no blob: workers, and loads only from 'self'.
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self' 'wasm-unsafe-eval'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "object-src 'none'",
        "frame-ancestors 'none'",
    )
)
RESPONSE_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    # The service worker decides what is fresh; the dev server never lets the HTTP cache.
    "Cache-Control": "no-cache",
}
MIME_TYPES = {
    ".wasm": "application/wasm",
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".webmanifest": "application/manifest+json",
    ".json": "application/json",
    ".zip": "application/zip",
    ".whl": "application/zip",
    ".png": "image/png",
    ".svg": "image/svg+xml",
    ".css": "text/css",
    ".html": "text/html; charset=utf-8",
}


class StaticHandler(http.server.SimpleHTTPRequestHandler):
    """Serves one directory with fixed MIME types (no /etc/mime.types needed) and headers."""

    log_requests = False

    def guess_type(self, path: str | os.PathLike[str]) -> str:
        return MIME_TYPES.get(Path(path).suffix.lower()) or super().guess_type(path)

    def end_headers(self) -> None:
        for header, value in RESPONSE_HEADERS.items():
            self.send_header(header, value)
        super().end_headers()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002  # stdlib's name
        if self.log_requests:
            super().log_message(format, *args)


class DevServer(http.server.ThreadingHTTPServer):
    """A page reloaded in the middle of a download is routine, not a traceback."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def make_server(
    directory: Path, host: str = "127.0.0.1", port: int = 0, *, log_requests: bool = False
) -> http.server.ThreadingHTTPServer:
    """A server for `directory` (port 0 picks a free port: read `server.server_port`)."""
    handler = type("Handler", (StaticHandler,), {"log_requests": log_requests})
    factory = functools.partial(handler, directory=str(directory))
    return DevServer((host, port), factory)


def serve(root: Path, dist: Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Build dist/ and serve it until Ctrl+C."""
    build_dist(root, dist)
    with make_server(dist, host, port, log_requests=True) as server:
        shown = f"[{host}]" if ":" in host else host
        log(f"serving {dist} at http://{shown}:{server.server_port}/ (Ctrl+C stops)")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            log("stopped")


# --- bench: start-up and round-trip times of the built app in Chromium ---------------

# The launch arguments of the e2e tests (GUIDE.md section 4), shared with their conftests.
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
BENCH_PHONE = "Pixel 7"
# The baseline page (tests/bench/) and micropip's wheel go into a temporary copy of dist/ only.
BENCH_SOURCES = ROOT / "tests" / "bench"
BENCH_PAGE_DIR = "bench"
BENCH_WHEELS = ROOT / ".cache" / "bench-wheels"
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
# Recorded in every page the bench opens: when the note box takes input (module scripts,
# app.js included, have run before DOMContentLoaded) and when the first check answered.
BENCH_PROBE = """
(() => {
  const bench = (window.__bench = {});
  addEventListener("DOMContentLoaded", () => {
    bench.ui = performance.now();
    const ready = window.notewell ? window.notewell.ready : window.baselineReady;
    ready.then(
      () => { bench.started = performance.now(); },
      (error) => { bench.error = String(error && error.message || error); }
    );
  });
})();
"""
BENCH_STARTED = "() => window.__bench && ('started' in window.__bench || 'error' in window.__bench)"
BENCH_LATENCIES = """
async ([action, payload, calls]) => {
  const times = [];
  for (let i = 0; i < calls; i++) {
    const before = performance.now();
    await window.notewell.call(action, payload);
    times.push(performance.now() - before);
  }
  return times;
}
"""
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
)


def bootstrap(root: Path, venv_dir: Path) -> tuple[Path, dict[str, str]]:
    """What `test` and `bench` need: the venv's python and an environment naming Chromium."""
    python = ensure_venv(root, venv_dir)
    ensure_node_modules(root)
    return python, {**os.environ, "NOTEWELL_CHROMIUM": str(ensure_chromium(os.environ))}


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
    micropip_entry = lock_entry(micropip, f"../{BENCH_PAGE_DIR}/{micropip.name}")
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


def precache_files(dist: Path) -> list[str]:
    """The files the service worker precaches: the list build.py wrote into sw.js."""
    source = (dist / "sw.js").read_text(encoding="utf-8")
    start = source.index("const FILES = ") + len("const FILES = ")
    files, _ = json.JSONDecoder().raw_decode(source[start:])
    return [str(name) for name in files]


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


def percentile(values: Sequence[float], fraction: float) -> float:
    """The nearest-rank percentile (p50 = median of an odd count)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


@contextlib.contextmanager
def serving_in_thread(directory: Path) -> Iterator[http.server.ThreadingHTTPServer]:
    """The dev server in a daemon thread; it stops when the block ends (or earlier)."""
    server = make_server(directory, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        stop_server(server)
        thread.join()


def stop_server(server: http.server.ThreadingHTTPServer) -> None:
    """Stop answering for good (HTTP/1.0 handlers keep no connection open)."""
    if server.socket.fileno() != -1:
        server.shutdown()
        server.server_close()


def server_url(server: http.server.ThreadingHTTPServer) -> str:
    return f"http://127.0.0.1:{server.server_port}/"


def timed_start(page: Page, url: str | None) -> tuple[float, float]:
    """Open `url` (None: reload); answer (ms to the note box, ms to the first check)."""
    if url is None:
        page.reload()
    else:
        page.goto(url)
    page.wait_for_function(BENCH_STARTED, timeout=BENCH_TIMEOUT_MS)
    probe: dict[str, Any] = page.evaluate("window.__bench")
    if "error" in probe:
        raise StepFailed(f"{page.url}: Python did not start: {probe['error']}")
    return float(probe["ui"]), float(probe["started"])


def latencies(page: Page, action: str, payload: Mapping[str, Any]) -> list[float]:
    times: list[float] = page.evaluate(BENCH_LATENCIES, [action, payload, LATENCY_CALLS])
    return times


def bench_run(playwright: Playwright, site: Path, chromium: Path | None) -> dict[str, float]:
    """One run in a fresh browser process: cold, warm, baseline warm, offline."""
    phone = dict(playwright.devices[BENCH_PHONE])
    phone.pop("default_browser_type", None)
    executable = str(chromium) if chromium else None  # None: Playwright's own browser
    browser = playwright.chromium.launch(args=list(CHROMIUM_ARGS), executable_path=executable)
    # The baseline gets its own origin: the app's service worker must not serve it.
    with serving_in_thread(site) as app_server, serving_in_thread(site) as baseline_server:
        try:
            app = browser.new_context(**phone).new_page()
            app.add_init_script(BENCH_PROBE)
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
            baseline.add_init_script(BENCH_PROBE)
            baseline_url = server_url(baseline_server) + f"{BENCH_PAGE_DIR}/baseline.html"
            timed_start(baseline, baseline_url)  # the first visit fills the HTTP cache
            _, baseline_warm = timed_start(baseline, baseline_url)

            stop_server(app_server)
            _, offline = timed_start(app, None)
        finally:
            browser.close()
    return {
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

    lines = [f"{'metric':<22}{'median':>14}{'min':>14}{'max':>14}   ({runs} runs)"]
    for key in BENCH_METRICS:
        cells = "".join(f"{shown(summary[key][part]):>14}" for part in ("median", "min", "max"))
        lines.append(f"{key:<22}{cells}")
    return "\n".join(lines)


def measure(playwright: Playwright, dist: Path, runs: int) -> list[dict[str, float]]:
    """Every metric of `runs` runs of the built app `dist`, each in a fresh browser."""
    micropip = fetch_wheels([MICROPIP_REQUIREMENT], BENCH_WHEELS)[0]
    precache_bytes, transfer_gzip_bytes = transfer_sizes(dist)
    chromium = find_chromium(os.environ)
    results = []
    with tempfile.TemporaryDirectory(prefix="notewell-bench-") as temp:
        site = Path(temp) / "site"
        shutil.copytree(dist, site)
        full_stdlib = pyodide_runtime(ROOT) / STDLIB_ZIP
        add_bench_page(site, BENCH_SOURCES, micropip, full_stdlib)
        for number in range(1, runs + 1):
            result = bench_run(playwright, site, chromium)
            result["precache_bytes"] = precache_bytes
            result["transfer_gzip_bytes"] = transfer_gzip_bytes
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


def bench(dist: Path, runs: int, json_path: Path | None) -> None:
    """Measure the built app `runs` times; print the table, write the JSON if asked.

    Times come from the page itself (performance.now(), from navigation start); the
    benchmark never asserts them.
    """
    from playwright.sync_api import sync_playwright  # only inside the project's venv

    with sync_playwright() as playwright:
        results = measure(playwright, dist, runs)
    print(format_table(summarize(results), runs), flush=True)
    if json_path is not None:
        json_path.write_text(json.dumps(bench_report(results), indent=1) + "\n", "utf-8")
        log(f"wrote {json_path}")


def bench_command(root: Path, venv_dir: Path, argv: Sequence[str]) -> int:
    """`build.py bench`: re-run inside the project's venv (Playwright lives there)."""
    parser = argparse.ArgumentParser(prog="build.py bench")
    parser.add_argument("--runs", type=int, default=BENCH_RUNS)
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--dist", type=Path, help="measure this build instead of building")
    args = parser.parse_args(argv)
    if Path(sys.prefix).resolve() != venv_dir.resolve():
        python, env = bootstrap(root, venv_dir)
        return run([python, root / "build.py", "bench", *argv], cwd=root, env=env)
    dist = args.dist or build_dist(root, root / "dist")
    bench(dist, max(1, args.runs), args.json)
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(prog="build.py", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("build", help="build dist/ (the default)")
    serve_parser = sub.add_parser("serve", help="build and serve dist/")
    serve_parser.add_argument("--port", type=int, default=8000)
    serve_parser.add_argument("--host", default="127.0.0.1")
    sub.add_parser("test", help="set up and run every test; later arguments go to pytest")
    sub.add_parser("bench", help="measure the built app in Chromium (--runs N, --json PATH)")
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
