"""Setup shared by the core tests, under CPython and inside Pyodide (tests/browser_unit).

- The marker `no_browser` names tests that cannot run in the browser's Python: it has no
  processes, no virtual environments and none of the repository's tools. A test module
  that imports `subprocess`, itself or through a module it uses, or anything of the build
  (build.py, notewell_build/), is marked automatically, so the browser run deselects it
  and counts it instead of failing on it.
- Hypothesis runs without a per-example deadline everywhere: on a loaded 2-core machine,
  and in WebAssembly (profile "browser", HYPOTHESIS_PROFILE=browser), a deadline would
  measure the machine rather than the code and make the suite flaky.
"""

from __future__ import annotations

import os
import subprocess
import types
from pathlib import Path

import pytest
from hypothesis import settings

CORE_DIR = Path(__file__).resolve().parent
# The build's top-level modules: its steps run processes and servers, never in a browser.
BUILD_PACKAGES = {"build", "notewell_build"}

settings.register_profile("notewell", deadline=None, database=None)
settings.register_profile("browser", parent=settings.get_profile("notewell"))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "notewell"))


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "no_browser: cannot run in Pyodide (subprocesses, the build, the CLI)"
    )


def runs_processes(module: types.ModuleType) -> bool:
    """Whether a test module imports subprocess directly or through a module it imports,
    or imports a module, function or class of the build (which runs processes)."""
    for value in vars(module).values():
        if isinstance(value, types.ModuleType):
            if value is subprocess or vars(value).get("subprocess") is subprocess:
                return True
            home = value.__name__
        else:
            home = getattr(value, "__module__", None) or ""
        if home.split(".")[0] in BUILD_PACKAGES:
            return True
    return False


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by marker
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        module = getattr(item, "module", None)
        if module is not None and CORE_DIR in item.path.parents and runs_processes(module):
            item.add_marker(pytest.mark.no_browser)
