"""The e2e tests' plumbing: the project's dev server in a thread, and a request log.

Kept out of conftest.py so the tests can import these types by a unique module name.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from playwright.sync_api import BrowserContext, ConsoleMessage, Page, Playwright, Request

from notewell_build.server import make_server

ROOT = Path(__file__).resolve().parents[2]

# URLs that never touch the network, so they cannot leak anything off the device.
LOCAL_SCHEMES = ("data:", "blob:")


# Origins of every server these tests started: the only places a request may go.
SERVER_ORIGINS: set[str] = set()


@dataclass
class Server:
    """The dev server (`make_server`) on a free port in a thread; `stop()` closes it for good."""

    directory: Path
    url: str = ""
    httpd: Any = None
    connections: list[socket.socket] = field(default_factory=list)
    thread: threading.Thread | None = None

    def start(self) -> Server:
        self.httpd = make_server(self.directory, "127.0.0.1", 0)
        accept = self.httpd.get_request

        def tracked_accept() -> tuple[socket.socket, Any]:
            connection, address = accept()
            self.connections.append(connection)
            return connection, address

        # Kept so stop() can also cut keep-alive connections a handler thread still holds.
        self.httpd.get_request = tracked_accept
        host, port = self.httpd.server_address[:2]
        self.url = f"http://{host}:{port}/"
        SERVER_ORIGINS.add(origin_of(self.url))
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        return self

    @property
    def origin(self) -> str:
        return origin_of(self.url)

    def stop(self) -> None:
        if self.thread is None:
            return
        self.httpd.shutdown()
        self.httpd.server_close()
        for connection in self.connections:
            with contextlib.suppress(OSError):  # already closed by its handler
                connection.shutdown(socket.SHUT_RDWR)
        self.thread.join()
        self.thread = None

    def refuses_connections(self) -> bool:
        port = urlsplit(self.url).port
        try:
            socket.create_connection(("127.0.0.1", port), timeout=2).close()
        except OSError:
            return True
        return False


# --- recording every request -------------------------------------------------------------


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


@dataclass
class RequestLog:
    """Every request a context made, from pages, workers and the service worker."""

    seen: list[tuple[str, str]] = field(default_factory=list)
    contexts: list[BrowserContext] = field(default_factory=list)
    # Requests the page's Content-Security-Policy refused: attempts to leave, stopped.
    refused: list[str] = field(default_factory=list)

    def watch(self, context: BrowserContext) -> None:
        self.contexts.append(context)
        context.on("request", lambda request: self.add("context", request))
        context.on("serviceworker", lambda worker: self.seen.append(("sw script", worker.url)))
        context.on("page", self.watch_page)
        for page in context.pages:
            self.watch_page(page)

    def watch_page(self, page: Page) -> None:
        # Also listen per page, in case a request reaches only one of the two event streams.
        page.on("request", lambda request: self.add("page", request))
        page.on("websocket", lambda socket_: self.seen.append(("websocket", socket_.url)))
        page.on("console", self.note_refusal)

    def note_refusal(self, message: ConsoleMessage) -> None:
        if message.type == "error" and "Content Security Policy" in message.text:
            self.refused.append(message.text)

    def add(self, source: str, request: Request) -> None:
        if request.service_worker is not None:
            source = "service worker"
        self.seen.append((source, request.url))

    def urls(self) -> list[str]:
        return [url for _, url in self.seen]

    def leaving(self, allowed: set[str]) -> list[tuple[str, str]]:
        """Recorded requests whose origin is not in `allowed`."""
        return [
            (source, url)
            for source, url in self.seen
            if not url.startswith(LOCAL_SCHEMES) and origin_of(url) not in allowed
        ]

    def assert_stayed_home(self) -> None:
        """Fail on any request to a host other than this session's servers, or a refused one."""
        workers = [w.url for c in self.contexts for w in c.service_workers]
        foreign = [url for url in workers if origin_of(url) not in SERVER_ORIGINS]
        assert not foreign, f"service workers from elsewhere: {foreign}"
        leaks = self.leaving(SERVER_ORIGINS)
        assert not leaks, f"requests left the origin: {leaks}"
        assert not self.refused, f"the Content-Security-Policy refused: {self.refused}"


# --- a browser the test can kill ----------------------------------------------------------

DEVTOOLS_LISTENING = "DevTools listening on "
LAUNCH_TIMEOUT_S = 60


@dataclass
class KillableChromium:
    """Chromium started by the test on a persistent profile and driven over CDP, so that
    the test can SIGKILL its whole process group: the browser dies with no shutdown work
    at all, as when a phone kills it (Playwright's close() shuts Chromium down cleanly)."""

    playwright: Playwright
    executable: str
    args: list[str]
    log: RequestLog
    process: subprocess.Popen[bytes] | None = None

    def launch(self, profile: Path) -> BrowserContext:
        """Start Chromium on `profile` (killing the last one); return its persistent
        context, recorded in the request log."""
        self.kill()
        command = [
            self.executable,
            "--headless",
            *self.args,
            f"--user-data-dir={profile}",
            "--remote-debugging-port=0",
            "--no-first-run",
            "--no-default-browser-check",
            "about:blank",
        ]
        self.process = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
        )
        listening = self.devtools_address(self.process)
        context = self.playwright.chromium.connect_over_cdp(listening).contexts[0]
        self.log.watch(context)
        return context

    @staticmethod
    def devtools_address(process: subprocess.Popen[bytes]) -> str:
        """The DevTools address Chromium prints once it listens. Its standard error is
        read to the end in a thread, so a full pipe never blocks the browser."""
        found: list[str] = []
        printed = threading.Event()

        def drain() -> None:
            assert process.stderr is not None
            for raw in process.stderr:
                line = raw.decode(errors="replace")
                if DEVTOOLS_LISTENING in line and not found:
                    found.append(line.split(DEVTOOLS_LISTENING, 1)[1].strip())
                    printed.set()
            printed.set()  # exited without listening

        threading.Thread(target=drain, daemon=True).start()
        if not printed.wait(LAUNCH_TIMEOUT_S) or not found:
            raise RuntimeError(f"Chromium did not start (exit status {process.poll()})")
        return found[0]

    def kill(self) -> None:
        """SIGKILL the browser and every process it started; wait until they are gone."""
        if self.process is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()
        self.process = None
