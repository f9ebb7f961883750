"""Setting up a machine for the tests and the bench: the virtual environment, the npm
packages and the browsers, each installed only when what it is made from changed."""

from __future__ import annotations

import hashlib
import os
import shlex
import shutil
import sysconfig
import venv
from collections.abc import Mapping, Sequence
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
    # Other programs its driver needs on the PATH (a WebDriver server, an X server),
    # installed by the same Debian packages.
    helpers: tuple[str, ...] = ()


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
# WebKit, the engine of every browser on an iPhone: WebKitGTK's MiniBrowser, driven by
# its WebDriver (Selenium) on an X server of its own (GUIDE.md section 6).
WEBKIT = Browser(
    name="WebKit",
    env_var="NOTEWELL_WEBKIT",
    commands=(),  # MiniBrowser is not on the PATH, only in the library's folder
    debian_path=Path("/usr/lib", sysconfig.get_config_var("MULTIARCH") or "")
    / "webkit2gtk-4.1/MiniBrowser",
    debian_packages=("webkit2gtk-driver", "xvfb"),
    stands_in="WebKitGTK's MiniBrowser (webkit2gtk-4.1)",
    launch_args=("--automation",),
    helpers=("WebKitWebDriver", "Xvfb"),
)
# Firefox, driven over WebDriver BiDi by npm's puppeteer-core (no geckodriver needed).
FIREFOX = Browser(
    name="Firefox",
    env_var="NOTEWELL_FIREFOX",
    commands=("firefox-esr", "firefox"),
    debian_path=Path("/usr/bin/firefox-esr"),
    debian_packages=("firefox-esr",),
    stands_in="a Firefox executable (128 or newer)",
)
# Every browser `test` and `bench` set up; a new engine is one more entry here.
BROWSERS = (CHROMIUM, WEBKIT, FIREFOX)
ENGINES = {browser.name.lower(): browser for browser in BROWSERS}


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


def missing_helpers(browser: Browser, environ: Mapping[str, str]) -> list[str]:
    return [name for name in browser.helpers if not shutil.which(name, path=environ.get("PATH"))]


def is_ready(browser: Browser, environ: Mapping[str, str]) -> bool:
    return find_browser(browser, environ) is not None and not missing_helpers(browser, environ)


def install_with_apt(packages: list[str], environ: Mapping[str, str]) -> None:
    apt_env = {**environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update"], ["apt-get", "install", "-y", *packages]):
        if run(command, cwd=Path("/"), env=apt_env):
            raise StepFailed(f"`{shlex.join(command)}` failed (see above)")


def ensure_browsers(browsers: Sequence[Browser], environ: Mapping[str, str]) -> dict[str, Path]:
    """Every browser for the tests, by env_var; as root, install Debian's packages of the
    missing ones (one apt-get run for all). A browser still missing is an error."""
    missing = [browser for browser in browsers if not is_ready(browser, environ)]
    if missing and os.geteuid() == 0 and shutil.which("apt-get"):
        packages = [package for browser in missing for package in browser.debian_packages]
        log(f"installing Debian's {' '.join(packages)} for {', '.join(b.name for b in missing)}")
        install_with_apt(packages, environ)
    found = {}
    for browser in browsers:
        path = find_browser(browser, environ)
        lacking = missing_helpers(browser, environ)
        if path is None or lacking:
            wanted = " ".join(browser.debian_packages)
            what = f"{browser.name}" + (f" ({', '.join(lacking)})" if lacking else "")
            raise StepFailed(
                f"The browser tests need {what} and none was found. Install it "
                f"(Debian/Ubuntu: sudo apt-get install {wanted}) or set {browser.env_var} "
                f"to {browser.stands_in}, then run this again."
            )
        log(f"{browser.name}: {path}")
        found[browser.env_var] = path
    return found


def bootstrap(root: Path, venv_dir: Path) -> tuple[Path, dict[str, str]]:
    """What `test` and `bench` need: the venv's python, the npm packages, and an
    environment naming every browser (each one's env_var)."""
    python = ensure_venv(root, venv_dir)
    ensure_node_modules(root)
    browsers = ensure_browsers(BROWSERS, os.environ)
    return python, {**os.environ, **{name: str(path) for name, path in browsers.items()}}
