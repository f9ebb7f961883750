"""Setup shared by the browser tests (tests/e2e, tests/browser_unit).

Only CPython reads this file: the browser run copies tests/core and tests/cases alone.
"""

from __future__ import annotations

import os
from typing import Any

import pytest

from notewell_build.machine import CHROMIUM, find_browser  # the root is on the path


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """Debian's Chromium (or NOTEWELL_CHROMIUM; else Playwright's own), GUIDE.md section 4."""
    args = {**browser_type_launch_args, "args": list(CHROMIUM.launch_args)}
    executable = find_browser(CHROMIUM, os.environ)
    if executable is not None:
        args["executable_path"] = str(executable)
    return args
