"""The dev server: dist/ with the MIME types and headers a static host should send."""

from __future__ import annotations

import contextlib
import email.utils
import functools
import http.server
import io
import os
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from notewell_build.steps import log

# What a static host should send with every response (README: deploying dist/); the
# build copies it into the page's <meta> tag (webapp.write_page_policy).
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
    # The camera reads QR codes (web/scanner.js); nothing else is asked for.
    "Permissions-Policy": "camera=(self), microphone=(), geolocation=()",
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


# The precompressed copies the build writes (compress.write_precompressed), best first,
# as the Content-Encoding each is sent with.
ENCODINGS = ((".br", "br"), (".gz", "gzip"))


def accepted_encodings(header: str) -> set[str]:
    """The content codings an Accept-Encoding header allows ("q=0" refuses one)."""
    accepted = set()
    for part in header.split(","):
        coding, _, parameter = part.partition(";")
        name, _, quality = parameter.strip().partition("=")
        with contextlib.suppress(ValueError):
            if name.strip().lower() == "q" and float(quality) <= 0:
                continue
        if coding.strip():
            accepted.add(coding.strip().lower())
    return accepted


def fresh_copies(path: Path) -> list[tuple[Path, str]]:
    """The precompressed copies of `path`, best first, with their Content-Encoding; a copy
    older than its file is stale (the file changed after the build) and left out."""
    modified = path.stat().st_mtime_ns
    copies = [(path.with_name(path.name + suffix), coding) for suffix, coding in ENCODINGS]
    return [
        (copy, coding)
        for copy, coding in copies
        if copy.is_file() and copy.stat().st_mtime_ns >= modified
    ]


def served_copy(path: Path, accept_encoding: str) -> tuple[Path, str | None]:
    """The file the server sends for `path` to a browser sending `accept_encoding`, and
    its Content-Encoding (None: the file as it is)."""
    accepted = accepted_encodings(accept_encoding)
    chosen = ((copy, coding) for copy, coding in fresh_copies(path) if coding in accepted)
    return next(chosen, (path, None))


@dataclass
class Traffic:
    """What a server sent: per response, the URL path, status and bytes on the wire
    (headers included), in the order the responses ended."""

    responses: list[tuple[str, int, int]] = field(default_factory=list)
    lock: threading.Condition = field(default_factory=threading.Condition)

    def record(self, path: str, status: int, sent: int) -> None:
        with self.lock:
            self.responses.append((path, status, sent))
            self.lock.notify_all()

    def wait_for(self, count: int, timeout_s: float = 30) -> list[tuple[str, int, int]]:
        """The responses once there are `count`: a response is recorded when its handler
        is done, which a client reading a Content-Length's worth of body can beat."""
        with self.lock:
            if not self.lock.wait_for(lambda: len(self.responses) >= count, timeout_s):
                raise TimeoutError(f"{len(self.responses)} responses recorded, not {count}")
            return list(self.responses)

    def requests_per_path(self) -> dict[str, int]:
        with self.lock:
            counts: dict[str, int] = {}
            for path, _, _ in self.responses:
                counts[path] = counts.get(path, 0) + 1
            return counts

    def bytes_sent(self) -> int:
        with self.lock:
            return sum(sent for _, _, sent in self.responses)

    def clear(self) -> None:
        with self.lock:
            self.responses.clear()


class CountingWriter:
    """A response stream that counts what passes through it."""

    def __init__(self, stream: io.BufferedIOBase) -> None:
        self.stream = stream
        self.count = 0

    def write(self, data: bytes) -> int:
        self.count += len(data)
        return self.stream.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


class StaticHandler(http.server.SimpleHTTPRequestHandler):
    """Serves one directory with fixed MIME types (no /etc/mime.types needed) and headers,
    and a file's .br (else .gz) copy with its Content-Encoding when the browser accepts it,
    as a static host with precompressed files does (nginx gzip_static, Caddy precompressed)."""

    log_requests = False
    # Where the server's Traffic is kept (make_server sets it per server).
    traffic: Traffic | None = None
    status = 0

    def guess_type(self, path: str | os.PathLike[str]) -> str:
        return MIME_TYPES.get(Path(path).suffix.lower()) or super().guess_type(path)

    def end_headers(self) -> None:
        for header, value in RESPONSE_HEADERS.items():
            self.send_header(header, value)
        super().end_headers()

    def send_response(self, code: int, message: str | None = None) -> None:
        self.status = code
        super().send_response(code, message)

    def handle_one_request(self) -> None:
        self.wfile = writer = CountingWriter(self.wfile)  # type: ignore[assignment]
        super().handle_one_request()
        if self.traffic is not None and self.status:
            self.traffic.record(self.path.split("?", 1)[0], self.status, writer.count)

    def send_head(self) -> BinaryIO | None:
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?", 1)[0].endswith("/"):
            path = path / "index.html"
        if not path.is_file() or not fresh_copies(path):
            return super().send_head()
        body, encoding = served_copy(path, self.headers.get("Accept-Encoding", ""))
        modified = int(path.stat().st_mtime)
        since = self.headers.get("If-Modified-Since")
        if since and not self.headers.get("If-None-Match"):
            with contextlib.suppress(TypeError, ValueError, IndexError, OverflowError):
                if email.utils.parsedate_to_datetime(since).timestamp() >= modified:
                    self.send_response(304)
                    self.send_header("Vary", "Accept-Encoding")
                    self.end_headers()
                    return None
        stream = body.open("rb")
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        if encoding:
            self.send_header("Content-Encoding", encoding)
        # Caches keep one copy per encoding: a compressed body must never reach a browser
        # that asked for none.
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(body.stat().st_size))
        self.send_header("Last-Modified", self.date_time_string(modified))
        self.end_headers()
        return stream

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002  # stdlib's name
        if self.log_requests:
            super().log_message(format, *args)


class DevServer(http.server.ThreadingHTTPServer):
    """A page reloaded in the middle of a download is routine, not a traceback."""

    traffic: Traffic

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def make_server(
    directory: Path, host: str = "127.0.0.1", port: int = 0, *, log_requests: bool = False
) -> DevServer:
    """A server for `directory` (port 0 picks a free port: read `server.server_port`);
    `server.traffic` records what it sent."""
    traffic = Traffic()
    handler = type("Handler", (StaticHandler,), {"log_requests": log_requests, "traffic": traffic})
    factory = functools.partial(handler, directory=str(directory))
    server = DevServer((host, port), factory)
    server.traffic = traffic
    return server


def serve_forever(directory: Path, host: str, port: int) -> None:
    """Serve `directory`, logging each request, until Ctrl+C."""
    with make_server(directory, host, port, log_requests=True) as server:
        shown = f"[{host}]" if ":" in host else host
        log(f"serving {directory} at http://{shown}:{server.server_port}/ (Ctrl+C stops)")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            log("stopped")


@contextlib.contextmanager
def serving_in_thread(directory: Path) -> Iterator[DevServer]:
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
