"""What differs between engines, handled, and shown in the engines that can show it.

- CompressionStream arrived in Safari 16.4: without it the snapshot is kept uncompressed,
  and still restored.
- WebKit lets the async clipboard write only within a user's gesture, and older or
  embedded browsers have none: Copy falls back to selecting the note and copying it;
  after "Copy it anyway?" the copy runs in the answer's gesture.
- Safari deletes a site's stored data after 7 days without a visit unless the app is on
  the Home Screen: people using it in Safari are told, once, beside (never over) the note.
- Private windows may refuse IndexedDB (Firefox did before 115): the app still checks,
  says the note is not saved, and copies it; Python starts plain.
- The iOS Home Screen reads its own metadata: the touch icon, the title, the status bar.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page

from engine_ui import (
    ELEMENT,
    NOTE,
    copy,
    fill,
    open_app,
    open_page,
    paste_elsewhere,
    role,
    runtime,
    tap,
    wait_for_page,
    wait_for_python,
    wait_until_gone,
    wait_until_shown,
)
from notewell_build.engines import FirefoxSession, Session
from notewell_build.machine import FIREFOX, find_browser
from notewell_harness import Server

NOTE_TEXT = "Hi Ada, we met at PyCon Lisbon after your talk on typing. I'd love to stay in touch."


@pytest.mark.parametrize("session", ["webkit"], indirect=True)
def test_without_compression_streams_the_snapshot_is_kept_uncompressed(
    session: Session, dist_copy: Path, own_server: Callable[[Path], Server]
) -> None:
    """Safari before 16.4 had no CompressionStream: the worker of this copy has none."""
    worker = dist_copy / "worker.js"
    source = worker.read_text(encoding="utf-8")
    hide = "delete self.CompressionStream;\ndelete self.DecompressionStream;\n"
    worker.write_text(hide + source, encoding="utf-8")
    url = own_server(dist_copy).url

    open_app(session, url)
    first = runtime(session, settled=True)
    assert (first["snapshot"], first["snapshot_encoding"]) == ("saved", "none"), first
    # Only the pages that are not zero: about 13 of Python's 31 MB.
    assert 0 < first["snapshot_stored_bytes"] < first["heap_bytes"]

    session.reload()
    wait_for_python(session)
    second = runtime(session)
    assert (second["start"], second["restore_error"]) == ("snapshot", None), second


# Makes the async clipboard refuse (as WebKit does outside a gesture), or removes it (as
# browsers without it, or pages that are not a secure context, have none).
BREAK_CLIPBOARD = """(how) => {
    if (how === "refuses") {
        const refusal = new DOMException("Refused", "NotAllowedError");
        navigator.clipboard.writeText = () => Promise.reject(refusal);
    } else {
        Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
    }
}"""


def test_copy_falls_back_to_selecting_the_note(session: Session, server: Server) -> None:
    open_page(session, server.url)  # Copy works before Python is ready
    for clipboard in ("refuses", "absent"):
        text = f"{NOTE_TEXT} (the clipboard {clipboard})"
        fill(session, NOTE, text)
        session.evaluate(BREAK_CLIPBOARD, clipboard)
        copy(session)
        assert paste_elsewhere(session) == text


def test_copy_anyway_copies_after_the_question(session: Session, server: Server) -> None:
    """A note over the limit is copied only after "Copy it anyway?" is answered: the copy
    then runs in the answer's tap, not the first one, which WebKit's clipboard must allow."""
    open_page(session, server.url)
    text = f"{NOTE_TEXT} {NOTE_TEXT} {NOTE_TEXT}"
    assert len(text) > 200  # a free account's limit, the app's default
    fill(session, NOTE, text)
    copy(session, anyway=True)
    assert paste_elsewhere(session) == text


# A private window that refuses IndexedDB, as Firefox's did before version 115.
PRIVATE_WITHOUT_INDEXEDDB = {
    "browser.privatebrowsing.autostart": True,
    "dom.indexedDB.privateBrowsing.enabled": False,
}
OPEN_INDEXEDDB = """() => new Promise((resolve) => {
    const request = indexedDB.open("probe");
    request.onsuccess = () => resolve("opened");
    request.onerror = () => resolve(request.error.name);
})"""
SAVE_STATE = "() => document.getElementById('save-status')?.dataset.state"


def test_a_private_window_refusing_indexeddb_still_checks_and_copies(server: Server) -> None:
    executable = find_browser(FIREFOX, os.environ)
    assert executable is not None, "python3 build.py test installs Firefox"
    session = FirefoxSession(executable, prefs=PRIVATE_WITHOUT_INDEXEDDB)
    try:
        open_app(session, server.url)
        assert session.evaluate(OPEN_INDEXEDDB) != "opened", "this window keeps IndexedDB"
        fill(session, NOTE, NOTE_TEXT)
        session.wait_for(f"() => ({SAVE_STATE})() === 'failed'")
        said = session.evaluate("() => document.getElementById('save-status').textContent")
        assert "Not saved" in said and "copied" in said, said
        session.wait_for("() => document.getElementById('verdict').textContent !== ''")
        copy(session)
        assert paste_elsewhere(session) == NOTE_TEXT
        info = runtime(session, settled=True)
        assert info["start"] == "plain" and info["snapshot"] != "saved", info
    finally:
        session.close()


STORAGE_NOTICE = role("complementary", "Keep your notes on this device")


def test_safari_users_are_told_how_to_keep_their_notes(session: Session, server: Server) -> None:
    """Only WebKit (the engine of Safari and of every iPhone browser) shows the notice;
    it sits in the page's flow, clear of the note, and once dismissed it stays away."""
    open_page(session, server.url)
    if session.engine != "webkit":
        assert session.evaluate(ELEMENT, STORAGE_NOTICE) is None
        return
    wait_until_shown(session, STORAGE_NOTICE)
    said = session.evaluate(f"(query) => ({ELEMENT})(query).textContent", STORAGE_NOTICE)
    assert "Add to Home Screen" in said and "Export" in said, said
    layout = session.evaluate(
        f"""(notice, note) => {{
            const find = {ELEMENT};
            const [a, b] = [find(notice), find(note)].map((e) => e.getBoundingClientRect());
            const apart = a.bottom <= b.top || b.bottom <= a.top
                || a.right <= b.left || b.right <= a.left;
            return {{ apart, position: getComputedStyle(find(notice)).position }};
        }}""",
        STORAGE_NOTICE,
        NOTE,
    )
    assert layout == {"apart": True, "position": "static"}, layout
    # Dismissed for good: not on the next visit either.
    tap(session, role("button", "Got it", within=STORAGE_NOTICE))
    wait_until_gone(session, STORAGE_NOTICE)
    session.reload()
    wait_for_page(session)
    assert session.evaluate(ELEMENT, STORAGE_NOTICE) is None


# Who is told: (user agent, runs from the Home Screen, told?).
NOTICE_CASES = [
    pytest.param(
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
        "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
        False,
        True,
        id="iphone-safari",
    ),
    pytest.param(
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
        "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
        True,
        False,
        id="iphone-home-screen",
    ),
    pytest.param(
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
        "(KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1",
        False,
        True,
        id="iphone-chrome-is-webkit-too",
    ),
    pytest.param(
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 "
        "(KHTML, like Gecko) Version/17.5 Safari/605.1.15",
        False,
        True,
        id="mac-or-ipad-safari",
    ),
    pytest.param(
        "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 "
        "(KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36",
        False,
        False,
        id="android-chrome",
    ),
    pytest.param(
        "Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0",
        False,
        False,
        id="android-firefox",
    ),
]


@pytest.mark.parametrize(("user_agent", "standalone", "told"), NOTICE_CASES)
def test_who_is_told_about_safaris_storage_rule(
    page: Page, user_agent: str, standalone: bool, told: bool
) -> None:
    page.goto("/")
    needs = page.evaluate(
        """async ([userAgent, standalone]) => {
            const { needsStorageNotice } = await import("./storage-notice.js");
            return needsStorageNotice({ userAgent, standalone });
        }""",
        [user_agent, standalone],
    )
    assert needs is told


@pytest.mark.parametrize("session", ["webkit"], indirect=True)
def test_the_home_screen_finds_its_icon_and_name(session: Session, server: Server) -> None:
    """What iOS reads when a page is added to the Home Screen (it ignores the manifest's
    icons): a 180 x 180 touch icon that loads, the app's title, a status bar style."""
    session.goto(server.url)
    head = session.evaluate(
        """async () => {
            const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.content ?? null;
            const link = document.querySelector('link[rel="apple-touch-icon"]');
            const icon = new Image();
            icon.src = link.href;
            await icon.decode();
            return {
                icon: [icon.naturalWidth, icon.naturalHeight],
                capable: meta("apple-mobile-web-app-capable") ?? meta("mobile-web-app-capable"),
                title: meta("apple-mobile-web-app-title"),
                statusBar: meta("apple-mobile-web-app-status-bar-style"),
                viewport: meta("viewport"),
            };
        }"""
    )
    assert head["icon"] == [180, 180]
    assert head["capable"] == "yes"
    assert head["title"] == "Notewell"
    assert head["statusBar"] in {"default", "black", "black-translucent"}
    assert "viewport-fit=cover" in head["viewport"]
