"""Setting up a machine for the tests and the bench: the virtual environment, the npm
packages and the browsers, each installed only when what it is made from changed."""

from __future__ import annotations

import hashlib
import os
import shlex
import shutil
import venv
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from notewell_build.steps import StepFailed, log, run

# The pyproject extras `test` installs: pytest, hypothesis, Playwright and the linters.
TEST_EXTRAS = "test"
# A stamp file records what an install was made from, so unchanged inputs skip the install.
STAMP_NAME = ".notewell-installed"


@dataclass(frozen=True)
class Browser:
    """A browser the tests drive, and where it comes from on a Debian machine.

    Playwright's own browser downloads are not used: they come from a host that may be
    unreachable, while Debian's packages come through apt like everything else.
    """

    name: str
    # Set to an executable to use that one; the tests read it to find the browser.
    env_var: str
    # Names to look for on the PATH, then the path Debian's package installs.
    commands: tuple[str, ...]
    debian_path: Path
    # What `apt-get install` needs for it, when it is missing and we are root.
    debian_packages: tuple[str, ...]
    # What a person may point env_var at, for the message when none is found.
    stands_in: str
    # The launch arguments of the tests and the bench (GUIDE.md section 4).
    launch_args: tuple[str, ...] = ()


CHROMIUM = Browser(
    name="Chromium",
    env_var="NOTEWELL_CHROMIUM",
    commands=("chromium",),
    debian_path=Path("/usr/bin/chromium"),
    debian_packages=("chromium",),
    stands_in="a Chromium or Chrome executable",
    launch_args=(
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ),
)
# Every browser `test` and `bench` set up; a new engine is one more entry here.
BROWSERS = (CHROMIUM,)


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


def find_browser(browser: Browser, environ: Mapping[str, str]) -> Path | None:
    """The browser's env_var if set, else one of its commands on PATH, else Debian's."""
    configured = environ.get(browser.env_var)
    if configured:
        if not os.access(configured, os.X_OK):
            raise StepFailed(f"{browser.env_var}={configured} is not an executable file")
        return Path(configured)
    for command in browser.commands:
        found = shutil.which(command, path=environ.get("PATH"))
        if found:
            return Path(found)
    return browser.debian_path if os.access(browser.debian_path, os.X_OK) else None


def ensure_browser(browser: Browser, environ: Mapping[str, str]) -> Path:
    """The browser for the tests; as root, install Debian's packages when there is none."""
    found = find_browser(browser, environ)
    if found is None and os.geteuid() == 0 and shutil.which("apt-get"):
        log(f"no {browser.name} found: installing Debian's {' '.join(browser.debian_packages)}")
        apt_env = {**environ, "DEBIAN_FRONTEND": "noninteractive"}
        install = ["apt-get", "install", "-y", *browser.debian_packages]
        for command in (["apt-get", "update"], install):
            if run(command, cwd=Path("/"), env=apt_env):
                raise StepFailed(f"`{shlex.join(command)}` failed (see above)")
        found = find_browser(browser, environ)
    if found is None:
        packages = " ".join(browser.debian_packages)
        raise StepFailed(
            f"The browser tests need {browser.name} and none was found. Install it "
            f"(Debian/Ubuntu: sudo apt-get install {packages}) or set {browser.env_var} "
            f"to {browser.stands_in}, then run this again."
        )
    log(f"{browser.name}: {found}")
    return found


def bootstrap(root: Path, venv_dir: Path) -> tuple[Path, dict[str, str]]:
    """What `test` and `bench` need: the venv's python, the npm packages, and an
    environment naming every browser (each one's env_var)."""
    python = ensure_venv(root, venv_dir)
    ensure_node_modules(root)
    browsers = {b.env_var: str(ensure_browser(b, os.environ)) for b in BROWSERS}
    return python, {**os.environ, **browsers}
