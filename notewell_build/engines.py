"""One small way to drive a page in each engine, so the browser journey and the bench
are written once: Chromium through Playwright, WebKit through its WebDriver (Selenium,
on an X server of its own), Firefox through puppeteer-core over WebDriver BiDi (a Node
process, node/firefox_session.mjs, that this module talks to line by line).

A session is one fresh browser process showing one page on a phone-sized viewport.
Scripts are JavaScript function sources (`"(a, b) => ..."`, async allowed) called in the
page with JSON arguments; elements are named by a script that returns one. The drivers
are imported only when a session opens (they live in the project's venv / node_modules).
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Mapping
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from notewell_build.machine import CHROMIUM, ENGINES, FIREFOX, WEBKIT, Browser, find_browser
from notewell_build.steps import NODE_STEPS, StepFailed, node_command

if TYPE_CHECKING:
    from playwright.sync_api import Page, Playwright

# The Pixel 7's CSS viewport: what every engine shows (Chromium also gets its mobile user
# agent and touch; the others keep their own user agents: WebKit's says Safari).
PHONE = "Pixel 7"
PHONE_VIEWPORT = (412, 839)
# A guard against a hung page or driver, not a performance claim.
TIMEOUT_MS = 180_000
# How long a click may find its element covered by another before it fails.
CLICK_TIMEOUT_S = 30
FIREFOX_SESSION = NODE_STEPS / "firefox_session.mjs"


class Session(ABC):
    """A fresh browser showing one page; `close()` ends the browser."""

    engine: str

    @abstractmethod
    def goto(self, url: str) -> None:
        """Navigate to `url` (the page's scripts may still be running when this returns)."""

    @abstractmethod
    def reload(self) -> None: ...

    @abstractmethod
    def evaluate(self, script: str, *args: Any) -> Any:
        """Call the function `script` in the page with `args`; answer its (awaited) value."""

    @abstractmethod
    def wait_for(self, script: str, *args: Any, timeout_ms: int = TIMEOUT_MS) -> Any:
        """Call `script` until it answers a truthy value; answer that value."""

    @abstractmethod
    def click(self, script: str, *args: Any) -> None:
        """Click, as a user does (a trusted event), the element `script(*args)` answers."""

    @abstractmethod
    def type_text(self, text: str) -> None:
        """Type `text` with the keyboard into the focused element."""

    @abstractmethod
    def paste(self) -> None:
        """Press the paste shortcut (Ctrl+V) in the focused element."""

    @abstractmethod
    def close(self) -> None: ...

    def throttle_cpu(self, rate: float) -> None:
        """Slow the page and its workers `rate` times (only Chromium can)."""
        raise StepFailed(f"{self.engine} cannot slow its CPU")


def script_file(path: Path) -> str:
    """The function a .js file holds, as a script for `Session` (Prettier ends the file's
    one expression with a semicolon, which a call cannot have)."""
    return path.read_text(encoding="utf-8").strip().removesuffix(";")


def call_expression(script: str) -> str:
    """A statement for WebDriver's "execute script": `script` called with its arguments."""
    return f"return ({script}).apply(null, arguments);"


# --- Chromium: Playwright ------------------------------------------------------------------


class ChromiumSession(Session):
    engine = "chromium"

    def __init__(self, playwright: Playwright, executable: Path | None) -> None:
        phone = dict(playwright.devices[PHONE])
        phone.pop("default_browser_type", None)
        self.phone = phone  # for more contexts in the same browser (the bench's first visits)
        self.browser = playwright.chromium.launch(
            args=list(CHROMIUM.launch_args),
            executable_path=str(executable) if executable else None,
        )
        context = self.browser.new_context(**phone)
        context.set_default_timeout(TIMEOUT_MS)
        self.page: Page = context.new_page()

    def goto(self, url: str) -> None:
        self.page.goto(url)

    def reload(self) -> None:
        self.page.reload()

    def evaluate(self, script: str, *args: Any) -> Any:
        return self.page.evaluate(f"(args) => ({script})(...args)", list(args))

    def wait_for(self, script: str, *args: Any, timeout_ms: int = TIMEOUT_MS) -> Any:
        handle = self.page.wait_for_function(
            f"(args) => ({script})(...args)", arg=list(args), timeout=timeout_ms
        )
        return handle.json_value()

    def click(self, script: str, *args: Any) -> None:
        handle = self.page.evaluate_handle(f"(args) => ({script})(...args)", list(args))
        element = handle.as_element()
        if element is None:
            raise StepFailed(f"no element to click: {script} {args}")
        element.click()

    def type_text(self, text: str) -> None:
        self.page.keyboard.type(text)

    def paste(self) -> None:
        self.page.keyboard.press("Control+V")

    def throttle_cpu(self, rate: float) -> None:
        cdp = self.page.context.new_cdp_session(self.page)
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": rate})

    def close(self) -> None:
        self.browser.close()


# --- WebKit: WebKitGTK's WebDriver, through Selenium, on its own Xvfb -----------------------


@contextmanager
def virtual_display() -> Iterator[str]:
    """An X server of our own for the length of the block; yields its DISPLAY.

    Xvfb picks a free display number itself and writes it to the pipe we give it.
    """
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as announced:
            number = announced.readline().strip()
        if not number:
            raise StepFailed(f"Xvfb did not start (exit {xvfb.poll()})")
        yield f":{number}"
    finally:
        xvfb.terminate()
        xvfb.wait()


class WebKitSession(Session):
    engine = "webkit"

    def __init__(self, executable: Path) -> None:
        from selenium import webdriver  # only inside the project's venv

        # Undone in reverse order by close(), or at once when the browser fails to start.
        self.cleanup = ExitStack()
        with self.cleanup:
            env = {**os.environ, "DISPLAY": self.cleanup.enter_context(virtual_display())}
            options = webdriver.WebKitGTKOptions()
            options.binary_location = str(executable)
            for argument in WEBKIT.launch_args:
                options.add_argument(argument)
            # The driver is named, so Selenium never runs its manager to look for one.
            driver = shutil.which("WebKitWebDriver")
            if driver is None:
                raise StepFailed("WebKitWebDriver is not installed (Debian: webkit2gtk-driver)")
            service = webdriver.WebKitGTKService(executable_path=driver, env=env)
            self.driver = webdriver.WebKitGTK(options=options, service=service)
            self.cleanup.callback(self.driver.quit)
            self.driver.set_script_timeout(TIMEOUT_MS / 1000)
            self.driver.set_page_load_timeout(TIMEOUT_MS / 1000)
            self.driver.set_window_size(*PHONE_VIEWPORT)
            self.cleanup = self.cleanup.pop_all()

    def goto(self, url: str) -> None:
        self.driver.get(url)

    def reload(self) -> None:
        self.driver.refresh()

    def evaluate(self, script: str, *args: Any) -> Any:
        return self.driver.execute_script(call_expression(script), *args)

    def wait_for(self, script: str, *args: Any, timeout_ms: int = TIMEOUT_MS) -> Any:
        from selenium.webdriver.support.wait import WebDriverWait

        wait = WebDriverWait(self.driver, timeout_ms / 1000, poll_frequency=0.05)
        return wait.until(lambda _: self.evaluate(script, *args))

    def click(self, script: str, *args: Any) -> None:
        from selenium.common.exceptions import (
            ElementClickInterceptedException,
            StaleElementReferenceException,
        )
        from selenium.webdriver.support.wait import WebDriverWait

        def clicked(_: object) -> bool:
            element = self.evaluate(script, *args)
            if element is None:
                raise StepFailed(f"no element to click: {script} {args}")
            element.click()
            return True

        # Like Playwright's click: wait until the element takes the click, not something
        # moving over it (a list re-rendering above, a notice arriving).
        retried = (ElementClickInterceptedException, StaleElementReferenceException)
        WebDriverWait(self.driver, CLICK_TIMEOUT_S, 0.05, ignored_exceptions=retried).until(clicked)

    def type_text(self, text: str) -> None:
        from selenium.webdriver.common.action_chains import ActionChains

        ActionChains(self.driver).send_keys(text).perform()

    def paste(self) -> None:
        from selenium.webdriver.common.action_chains import ActionChains
        from selenium.webdriver.common.keys import Keys

        chain = ActionChains(self.driver).key_down(Keys.CONTROL).send_keys("v")
        chain.key_up(Keys.CONTROL).perform()

    def close(self) -> None:
        self.cleanup.close()


# --- Firefox: puppeteer-core over WebDriver BiDi, in Node ------------------------------------


class FirefoxSession(Session):
    """Each call is one JSON line to node/firefox_session.mjs and one line back."""

    engine = "firefox"

    def __init__(self, executable: Path, prefs: Mapping[str, Any] | None = None) -> None:
        """`prefs`: Firefox preferences to start with (about:config), e.g. a private window."""
        width, height = PHONE_VIEWPORT
        arguments = [str(executable), str(width), str(height), json.dumps(prefs or {})]
        command = node_command(FIREFOX_SESSION, arguments)
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8"
        )
        self.replies: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self.read_replies, daemon=True).start()
        self.next_id = 0
        self.receive("launch")  # the first line comes once Firefox is up

    def read_replies(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.replies.put(line)
        self.replies.put("")  # Node exited

    def request(self, op: str, *args: Any, timeout_ms: int = TIMEOUT_MS) -> Any:
        assert self.process.stdin is not None
        self.next_id += 1
        self.process.stdin.write(json.dumps({"id": self.next_id, "op": op, "args": args}) + "\n")
        self.process.stdin.flush()
        return self.receive(op, timeout_ms)

    def receive(self, op: str, timeout_ms: int = TIMEOUT_MS) -> Any:
        try:
            line = self.replies.get(timeout=timeout_ms / 1000 + 10)
        except queue.Empty:
            raise StepFailed(f"Firefox did not answer {op} in time") from None
        if not line:
            raise StepFailed(f"the Firefox session ended (exit {self.process.wait()}) during {op}")
        reply = json.loads(line)
        if not reply["ok"]:
            raise StepFailed(f"Firefox: {op} failed: {reply['error']}")
        return reply.get("result")

    def goto(self, url: str) -> None:
        self.request("goto", url)

    def reload(self) -> None:
        self.request("reload")

    def evaluate(self, script: str, *args: Any) -> Any:
        return self.request("evaluate", script, args)

    def wait_for(self, script: str, *args: Any, timeout_ms: int = TIMEOUT_MS) -> Any:
        return self.request("waitFor", script, args, timeout_ms, timeout_ms=timeout_ms)

    def click(self, script: str, *args: Any) -> None:
        self.request("click", script, args)

    def type_text(self, text: str) -> None:
        self.request("type", text)

    def paste(self) -> None:
        self.request("paste")

    def close(self) -> None:
        if self.process.poll() is None:
            try:
                self.request("close")
            finally:
                self.process.wait(timeout=30)


def session_opener(engine: str, playwright: Playwright | None) -> Callable[[], Session]:
    """What opens a fresh session of `engine` (a name in machine.ENGINES). Playwright is
    needed for Chromium only. A browser that is not installed is an error, never a skip."""
    browser: Browser = ENGINES[engine]
    executable = find_browser(browser, os.environ)
    if executable is None and browser is not CHROMIUM:
        raise StepFailed(f"{browser.name} is not installed: `python3 build.py test` installs it")
    if browser is CHROMIUM:
        if playwright is None:
            raise StepFailed("Chromium is driven by Playwright: pass it")
        return lambda: ChromiumSession(playwright, executable)
    assert executable is not None
    if browser is WEBKIT:
        return lambda: WebKitSession(executable)
    assert browser is FIREFOX
    return lambda: FirefoxSession(executable)
