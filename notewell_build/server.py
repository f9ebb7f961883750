"""The dev server: dist/ with the MIME types and headers a static host should send."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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
