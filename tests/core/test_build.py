"""Setting up a machine and the test command (notewell_build.machine and .checks, and
build.py's main), run against stand-in tools in a temporary folder.

The stand-ins are small shell scripts that record how they were called, so each test
checks what would really be run without installing anything.
"""

from __future__ import annotations

import dataclasses
import json
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

import build
from notewell_build import machine
from notewell_build.checks import PRETTIER_FILES
from notewell_build.steps import StepFailed


def tool(path: Path, body: str = "exit 0") -> Path:
    """An executable shell script at `path` that logs its arguments to `path`.log."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'#!/bin/sh\necho "$@" >> "{path}.log"\n{body}\n', encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def calls(path: Path) -> list[str]:
    log = Path(f"{path}.log")
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


# --- fingerprint ----------------------------------------------------------------------


def test_fingerprint_follows_content_and_tells_missing_from_empty(tmp_path: Path) -> None:
    lock = tmp_path / "package-lock.json"
    missing = machine.fingerprint(lock)
    lock.write_text("", encoding="utf-8")
    empty = machine.fingerprint(lock)
    lock.write_text("{}", encoding="utf-8")
    assert len({missing, empty, machine.fingerprint(lock)}) == 3
    assert machine.fingerprint(lock) == machine.fingerprint(lock)


# --- the virtual environment ----------------------------------------------------------


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    root.mkdir()
    (root / "pyproject.toml").write_text('[project]\nname = "demo"\n', encoding="utf-8")
    return root


def test_pip_installs_the_test_extras_once_per_pyproject(project: Path) -> None:
    venv_dir = project / ".venv"
    python = tool(venv_dir / "bin" / "python")
    assert machine.ensure_venv(project, venv_dir) == python
    assert machine.ensure_venv(project, venv_dir) == python
    (installed,) = calls(python)
    assert installed.startswith("-m pip install")
    assert installed.endswith("--editable .[test]")
    (project / "pyproject.toml").write_text('[project]\nname = "demo2"\n', encoding="utf-8")
    machine.ensure_venv(project, venv_dir)
    assert len(calls(python)) == 2


def test_a_failed_pip_install_stops_and_is_retried_next_time(project: Path) -> None:
    venv_dir = project / ".venv"
    python = tool(venv_dir / "bin" / "python", "exit 1")
    with pytest.raises(StepFailed, match=r"pip could not install \.\[test\]"):
        machine.ensure_venv(project, venv_dir)
    with pytest.raises(StepFailed):
        machine.ensure_venv(project, venv_dir)
    assert len(calls(python)) == 2


# --- npm ------------------------------------------------------------------------------


@pytest.fixture
def npm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A stand-in npm, alone on PATH, that fills node_modules like `npm ci` does."""
    body = 'PATH=/usr/bin:/bin; mkdir -p node_modules/pyodide; exit "${NPM_EXIT:-0}"'
    fake = tool(tmp_path / "bin" / "npm", body)
    monkeypatch.setenv("PATH", str(fake.parent))
    return fake


def test_no_package_json_means_nothing_to_install(project: Path, npm: Path) -> None:
    machine.ensure_node_modules(project)
    assert calls(npm) == []


def test_npm_ci_runs_when_node_modules_is_missing_or_the_lock_changed(
    project: Path, npm: Path
) -> None:
    (project / "package.json").write_text('{"name": "demo"}', encoding="utf-8")
    lock = project / "package-lock.json"
    lock.write_text('{"lockfileVersion": 3}', encoding="utf-8")
    machine.ensure_node_modules(project)
    assert (project / "node_modules" / "pyodide").is_dir()
    machine.ensure_node_modules(project)
    assert calls(npm) == ["ci --no-audit --no-fund"]
    lock.write_text('{"lockfileVersion": 3, "packages": {}}', encoding="utf-8")
    machine.ensure_node_modules(project)
    assert len(calls(npm)) == 2


def test_a_failed_npm_ci_stops_and_is_retried_next_time(
    project: Path, npm: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / "package.json").write_text('{"name": "demo"}', encoding="utf-8")
    (project / "package-lock.json").write_text("{}", encoding="utf-8")
    monkeypatch.setenv("NPM_EXIT", "1")
    with pytest.raises(StepFailed, match="npm ci failed"):
        machine.ensure_node_modules(project)
    monkeypatch.setenv("NPM_EXIT", "0")
    machine.ensure_node_modules(project)
    assert len(calls(npm)) == 2


def test_a_missing_lock_file_is_a_clear_error(project: Path, npm: Path) -> None:
    (project / "package.json").write_text('{"name": "demo"}', encoding="utf-8")
    with pytest.raises(StepFailed, match=r"package-lock\.json is missing"):
        machine.ensure_node_modules(project)
    assert calls(npm) == []


def test_npm_packages_are_pinned_and_none_runs_an_install_script() -> None:
    """`npm ci` installs files only: no package may download a browser or a binary at
    install time (puppeteer, unlike puppeteer-core, would fetch a Chrome), and every
    version is exact, so a new machine gets what this one tested."""
    manifest = json.loads((build.ROOT / "package.json").read_text(encoding="utf-8"))
    lock = json.loads((build.ROOT / "package-lock.json").read_text(encoding="utf-8"))
    scripted = [name for name, entry in lock["packages"].items() if entry.get("hasInstallScript")]
    assert scripted == []
    wanted = {**manifest["dependencies"], **manifest["devDependencies"]}
    assert "puppeteer-core" in wanted
    assert all(version[0].isdigit() for version in wanted.values()), wanted


# --- Chromium -------------------------------------------------------------------------


@pytest.fixture
def chromium_elsewhere(tmp_path: Path) -> machine.Browser:
    """Chromium as the tests know it, except that Debian's package is not installed."""
    return dataclasses.replace(machine.CHROMIUM, debian_path=tmp_path / "not-installed")


def test_notewell_chromium_wins(tmp_path: Path) -> None:
    chrome = tool(tmp_path / "my-chrome")
    environ = {"NOTEWELL_CHROMIUM": str(chrome), "PATH": ""}
    assert machine.find_browser(machine.CHROMIUM, environ) == chrome


def test_a_notewell_chromium_that_cannot_run_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(StepFailed, match=r"NOTEWELL_CHROMIUM=.* is not an executable"):
        machine.find_browser(machine.CHROMIUM, {"NOTEWELL_CHROMIUM": str(tmp_path / "nothing")})


def test_chromium_on_path_is_found(tmp_path: Path, chromium_elsewhere: machine.Browser) -> None:
    chromium = tool(tmp_path / "bin" / "chromium")
    assert machine.find_browser(chromium_elsewhere, {"PATH": str(chromium.parent)}) == chromium
    assert machine.find_browser(chromium_elsewhere, {"PATH": str(tmp_path)}) is None


def test_without_root_a_missing_chromium_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chromium_elsewhere: machine.Browser
) -> None:
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    with pytest.raises(StepFailed) as error:
        machine.ensure_browsers([chromium_elsewhere], {"PATH": str(tmp_path)})
    assert "apt-get install chromium" in str(error.value)
    assert "NOTEWELL_CHROMIUM" in str(error.value)


def test_as_root_a_missing_chromium_is_installed_with_apt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chromium_elsewhere: machine.Browser
) -> None:
    bin_dir = tmp_path / "bin"
    chromium = bin_dir / "chromium"
    # apt-get's stand-in "installs" chromium into the PATH when asked to install it.
    install = f"touch {chromium} && chmod +x {chromium}"
    tool(bin_dir / "apt-get", f'PATH=/usr/bin:/bin; [ "$1" = install ] && {install}; exit 0')
    monkeypatch.setattr(os, "geteuid", lambda: 0)
    monkeypatch.setenv("PATH", str(bin_dir))
    environ = {"PATH": str(bin_dir)}
    found = machine.ensure_browsers([chromium_elsewhere], environ)
    assert found == {"NOTEWELL_CHROMIUM": chromium}
    assert calls(bin_dir / "apt-get") == ["update", "install -y chromium"]


# --- WebKit and Firefox: the other engines, from the same table ---------------------------


@pytest.fixture
def engines_elsewhere(tmp_path: Path) -> list[machine.Browser]:
    """WebKit and Firefox as the tests know them, except that nothing is installed."""
    return [
        dataclasses.replace(machine.WEBKIT, debian_path=tmp_path / "lib" / "MiniBrowser"),
        dataclasses.replace(machine.FIREFOX, debian_path=tmp_path / "not-installed"),
    ]


def test_webkit_without_its_webdriver_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, engines_elsewhere: list[machine.Browser]
) -> None:
    webkit = engines_elsewhere[0]
    tool(webkit.debian_path)  # the browser is there, its WebDriver and X server are not
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    with pytest.raises(StepFailed) as error:
        machine.ensure_browsers([webkit], {"PATH": str(tmp_path)})
    assert "WebKitWebDriver, Xvfb" in str(error.value)
    assert "apt-get install webkit2gtk-driver xvfb" in str(error.value)


def test_as_root_every_missing_engine_comes_from_one_apt_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, engines_elsewhere: list[machine.Browser]
) -> None:
    bin_dir = tmp_path / "bin"
    webkit, _ = engines_elsewhere
    made = [webkit.debian_path, *(bin_dir / name for name in webkit.helpers)]
    made.append(bin_dir / "firefox-esr")
    install = " && ".join(f"mkdir -p {p.parent} && touch {p} && chmod +x {p}" for p in made)
    tool(bin_dir / "apt-get", f'PATH=/usr/bin:/bin; [ "$1" = install ] && {install}; exit 0')
    monkeypatch.setattr(os, "geteuid", lambda: 0)
    monkeypatch.setenv("PATH", str(bin_dir))
    found = machine.ensure_browsers(engines_elsewhere, {"PATH": str(bin_dir)})
    assert found == {"NOTEWELL_WEBKIT": webkit.debian_path, "NOTEWELL_FIREFOX": made[-1]}
    assert calls(bin_dir / "apt-get") == [
        "update",
        "install -y webkit2gtk-driver xvfb firefox-esr",
    ]


# --- the test command -----------------------------------------------------------------


@pytest.fixture
def npm_tools(project: Path) -> Callable[[str], dict[str, Path]]:
    """Stand-ins for the JavaScript checks `npm ci` installs; each exits with `body`."""

    def make(body: str = "exit 0") -> dict[str, Path]:
        bin_dir = project / "node_modules" / ".bin"
        return {name: tool(bin_dir / name, body) for name in ("eslint", "prettier")}

    return make


@pytest.fixture
def stand_in_browsers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every engine's browser (by its env_var) and helpers (on the PATH) as stand-ins;
    answers what the stand-in python prints of them."""
    bin_dir = tmp_path / "browsers"
    for browser in machine.BROWSERS:
        monkeypatch.setenv(browser.env_var, str(tool(bin_dir / browser.name)))
        for helper in browser.helpers:
            tool(bin_dir / helper)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    return "browsers=" + " ".join(str(bin_dir / browser.name) for browser in machine.BROWSERS)


# What the stand-in python prints first: the browsers the test command found for pytest.
PRINT_BROWSERS = 'echo "browsers=$NOTEWELL_CHROMIUM $NOTEWELL_WEBKIT $NOTEWELL_FIREFOX"'


@pytest.fixture
def ready_venv(project: Path) -> Callable[[str], Path]:
    """A venv whose stand-in python is already up to date and exits with `body`."""

    def make(body: str = "exit 0") -> Path:
        venv_dir = project / ".venv"
        python = tool(venv_dir / "bin" / "python", f"{PRINT_BROWSERS}\n{body}")
        machine.ensure_venv(project, venv_dir)
        Path(f"{python}.log").unlink()
        return python

    return make


def test_test_runs_the_linters_of_both_languages_then_pytest_with_the_browser_and_extra_args(
    project: Path,
    ready_venv: Callable[[str], Path],
    npm_tools: Callable[[str], dict[str, Path]],
    stand_in_browsers: str,
    capfd: pytest.CaptureFixture[str],
) -> None:
    python = ready_venv("exit 0")
    javascript = npm_tools("exit 0")
    capfd.readouterr()  # what setting up the stand-ins printed
    assert build.test(project, project / ".venv", ["-k", "cli", "tests/core"]) == 0
    assert calls(python) == ["-m ruff check .", "-m mypy", "-m pytest -k cli tests/core"]
    assert calls(javascript["eslint"]) == ["."]
    assert calls(javascript["prettier"]) == [f"--check {PRETTIER_FILES}"]
    out = capfd.readouterr().out
    assert out.count(stand_in_browsers) == 3
    # Each check but the last is announced as it ends; pytest's closing line stays last.
    ended = [line.split(":")[0] for line in out.splitlines() if ": passed in " in line]
    assert ended == ["[build] ruff", "[build] mypy", "[build] eslint", "[build] prettier"]


def test_test_runs_every_check_and_answers_the_first_failure(
    project: Path,
    ready_venv: Callable[[str], Path],
    npm_tools: Callable[[str], dict[str, Path]],
    stand_in_browsers: str,
    capfd: pytest.CaptureFixture[str],
) -> None:
    python = ready_venv('case "$2" in ruff) exit 0;; mypy) exit 3;; pytest) exit 4;; esac')
    javascript = npm_tools("exit 5")
    assert build.test(project, project / ".venv", []) == 3
    assert len(calls(python)) == 3
    assert all(len(calls(stand_in)) == 1 for stand_in in javascript.values())
    out = capfd.readouterr().out.splitlines()
    assert "[build] ruff: passed in" in "\n".join(out)
    assert "[build] mypy: FAILED (exit 3) in" in "\n".join(out)
    assert "[build] eslint: FAILED (exit 5) in" in "\n".join(out)
    assert "[build] prettier: FAILED (exit 5) in" in "\n".join(out)
    # pytest's own closing line stays the last line of the run.
    assert out[-1] == stand_in_browsers


# --- main -----------------------------------------------------------------------------


def record(monkeypatch: pytest.MonkeyPatch, name: str, result: object = None) -> list[object]:
    """Replace build.<name> with a recorder of its arguments."""
    seen: list[object] = []

    def recorder(*args: object) -> object:
        seen.append(args)
        return result

    monkeypatch.setattr(build, name, recorder)
    return seen


def test_main_passes_everything_after_test_to_pytest(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = record(monkeypatch, "test", 5)
    assert build.main(["test", "-x", "--lf", "tests/core"]) == 5
    assert seen == [(build.ROOT, build.VENV, ["-x", "--lf", "tests/core"])]


def test_main_builds_by_default_after_installing_the_runtime(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    npm = record(monkeypatch, "ensure_node_modules")
    built = record(monkeypatch, "build_dist", build.DIST)
    assert build.main([]) == 0
    assert build.main(["build"]) == 0
    assert npm == [(build.ROOT,)] * 2
    assert built == [(build.ROOT, build.DIST)] * 2


def test_main_serves_on_the_given_host_and_port(monkeypatch: pytest.MonkeyPatch) -> None:
    record(monkeypatch, "ensure_node_modules")
    served = record(monkeypatch, "serve")
    assert build.main(["serve", "--port", "8123", "--host", "0.0.0.0"]) == 0
    assert served == [(build.ROOT, build.DIST, "0.0.0.0", 8123)]


def test_main_reports_a_failed_step_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def fail(root: Path) -> None:
        raise StepFailed("npm was not found: install Node.js 20 or newer with npm")

    monkeypatch.setattr(build, "ensure_node_modules", fail)
    assert build.main(["build"]) == 1
    assert capsys.readouterr().err == (
        "build.py: npm was not found: install Node.js 20 or newer with npm\n"
    )
