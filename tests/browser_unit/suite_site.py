"""The site that runs the core test suite inside Pyodide: the built app plus a test page.

The test page never goes into dist/: the built app is put in a temporary folder and a
`browser-unit/` folder is added beside it, with the page, a lock file, the test tools'
wheels and an archive of the tests. The project's own dev server (notewell_build.server)
serves that folder, so the page gets the app's MIME types and Content-Security-Policy.

Kept out of conftest.py so the tests can import it by a unique module name.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

from notewell_build.runtime import MICROPIP_REQUIREMENT, STDLIB_ZIP, pyodide_runtime
from notewell_build.server import server_url, serving_in_thread
from notewell_build.wheel import lock_entry

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

# Pure-Python wheels for the browser's Python 3.14, all pinned so every run installs the
# same. pytest is the version the CPython side uses; Hypothesis releases after 6.155.7
# ship compiled wheels only, so the browser gets the last pure-Python one. micropip is
# the version Pyodide 314.0.7's own lock names.
BROWSER_REQUIREMENTS = (
    "pytest==9.2.0",
    "hypothesis==6.155.7",
    MICROPIP_REQUIREMENT,
    "iniconfig==2.3.1",
    "packaging==26.3",
    "pluggy==1.7.0",
    "pygments==2.21.0",
    "sortedcontainers==2.4.0",
)
WHEEL_CACHE = ROOT / ".cache" / "pyodide-wheels"
# The files the suite needs in the browser: its config, the tests, the shared case tables,
# the runner, and the build (test modules import it; their tests are deselected there).
SUITE_FILES = (
    "pyproject.toml",
    "build.py",
    "notewell_build",
    "tests/core",
    "tests/cases",
    "tests/browser_unit/suite_runner.py",
)
PAGE_DIR = "browser-unit"
# A guard against a hung run, not a performance claim (the suite takes about a minute).
SUITE_TIMEOUT_S = 300


def write_suite_archive(root: Path, target: Path) -> None:
    """A zip of SUITE_FILES (no caches), unpacked by the page into Pyodide's file system."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in SUITE_FILES:
            path = root / name
            files = sorted(path.rglob("*")) if path.is_dir() else [path]
            for file in files:
                if file.is_file() and "__pycache__" not in file.parts:
                    archive.write(file, file.relative_to(root).as_posix())


def add_test_page(site: Path, wheels: list[Path]) -> None:
    """Put the page, its lock, the wheels and the tests into `site`/browser-unit/."""
    page = site / PAGE_DIR
    shutil.copytree(HERE / "page", page)
    (page / "wheels").mkdir()
    for wheel in wheels:
        shutil.copyfile(wheel, page / "wheels" / wheel.name)
    # pytest and Hypothesis need more of the standard library than the app's trimmed zip.
    shutil.copyfile(pyodide_runtime(ROOT) / STDLIB_ZIP, page / STDLIB_ZIP)
    # micropip comes through the lock like the app's wheel; it installs the others.
    micropip = next(w for w in wheels if w.name.startswith("micropip-"))
    lock = json.loads((site / "pyodide" / "pyodide-lock.json").read_text(encoding="utf-8"))
    # The file name is relative to the app's runtime folder, where the lock is resolved.
    file_name = f"../{PAGE_DIR}/wheels/{micropip.name}"
    lock["packages"]["micropip"] = lock_entry(micropip, file_name, ["micropip"])
    (page / "pyodide-lock.json").write_text(json.dumps(lock, indent=1), encoding="utf-8")
    write_suite_archive(ROOT, page / "suite.zip")
    manifest = {
        "lock": "pyodide-lock.json",
        "stdlib": STDLIB_ZIP,
        "preloaded": sorted(lock["packages"]),
        "wheels": [w.name for w in wheels if w != micropip],
        "archive": "suite.zip",
    }
    (page / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")


@contextlib.contextmanager
def serving(site: Path) -> Iterator[str]:
    """The project's dev server for `site` in a thread; yields the test page's URL."""
    with serving_in_thread(site) as server:
        yield f"{server_url(server)}{PAGE_DIR}/"
