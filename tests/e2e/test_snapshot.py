"""The worker's memory snapshot: made after a plain start, restored on the next one.

A restored interpreter answers exactly like a plain one; a snapshot that is corrupt, or
was made by another build, is never trusted: the app starts the plain way, works, and
stores a fresh snapshot for the next visit. The worker says which path it took through
its "runtime" request (answered in JavaScript, not by Python).
"""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from notewell_ui import call, open_app, status, wait_for_python

# Where web/snapshot.js keeps the snapshot (one record per origin).
DATABASE, STORE, RECORD = "notewell-runtime", "snapshots", "interpreter"
NOTE = "Hi Ada, we met at PyCon Lisbon. I'd love to stay in touch!! [Your Name]"
DRAFT = {"name": "Ada", "how": "event", "why": ["stay"], "slots": {"event": "PyCon Lisbon"}}

# Rewrites the stored record in the page (same origin as the worker): `key` replaces its
# build key, `bytes` its stored snapshot, `gzip` says whether to gzip those first.
REWRITE_RECORD = """
async ([database, store, record, change]) => {
  const done = (request) => new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const db = await done(indexedDB.open(database));
  try {
    const read = db.transaction(store).objectStore(store);
    const stored = await done(read.get(record));
    if (change.key !== undefined) stored.key = change.key;
    if (change.bytes !== undefined) {
      let bytes = new Response(new Uint8Array(change.bytes)).body;
      if (change.gzip) bytes = bytes.pipeThrough(new CompressionStream("gzip"));
      stored.data = await new Response(bytes).arrayBuffer();
    }
    const write = db.transaction(store, "readwrite");
    await done(write.objectStore(store).put(stored, record));
    return stored.key;
  } finally {
    db.close();
  }
}
"""
READ_KEY = """
async ([database, store, record]) => {
  const request = indexedDB.open(database);
  const db = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
  const get = db.transaction(store).objectStore(store).get(record);
  const stored = await new Promise((resolve) => (get.onsuccess = () => resolve(get.result)));
  db.close();
  return stored ? stored.key : null;
}
"""


def runtime(page: Page, *, settled: bool = False) -> dict[str, Any]:
    """How the worker started; with `settled`, once its snapshot work is over."""
    info: dict[str, Any] = call(page, "runtime", {"settled": settled})
    return info


def start_and_store_a_snapshot(page: Page) -> str:
    """A first visit: a plain start that stores a snapshot; answers the record's key."""
    open_app(page)
    info = runtime(page, settled=True)
    assert (info["start"], info["snapshot"]) == ("plain", "saved"), info
    key: str = page.evaluate(READ_KEY, [DATABASE, STORE, RECORD])
    assert key
    return key


def restart(page: Page) -> dict[str, Any]:
    page.reload()
    wait_for_python(page)
    expect(status(page)).not_to_contain_text("unavailable")
    return runtime(page)


def answers(page: Page) -> tuple[Any, Any, Any]:
    """What the worker says to a check, a draft and the kinds (the app's three actions)."""
    check = call(page, "check", {"text": NOTE})
    return check, call(page, "draft", DRAFT), call(page, "kinds", {})


def test_pycore_takes_its_compiled_patterns_from_the_build(page: Page) -> None:
    """build.py compiles pycore's regular expressions with this very Python; a start that
    compiled any itself (the table missing, or made by another Python) is ~0.2 s slower."""
    open_app(page)
    info = runtime(page)
    assert info["start"] == "plain", info
    assert info["regexes_from_source"] == []


def test_the_next_start_restores_the_snapshot_and_answers_alike(page: Page) -> None:
    start_and_store_a_snapshot(page)
    plain = answers(page)
    assert [f["rule"] for f in plain[0]["findings"]], "the note should draw findings"

    info = restart(page)
    assert (info["start"], info["snapshot"]) == ("snapshot", "restored"), info
    assert info["restore_error"] is None
    assert answers(page) == plain


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param({"bytes": list(range(256)) * 4}, id="not-gzip"),
        pytest.param({"bytes": list(range(256)) * 4, "gzip": True}, id="not-a-snapshot"),
    ],
)
def test_a_corrupt_snapshot_starts_plain_and_is_replaced(
    page: Page, damage: dict[str, Any]
) -> None:
    key = start_and_store_a_snapshot(page)
    plain = answers(page)
    page.evaluate(REWRITE_RECORD, [DATABASE, STORE, RECORD, damage])

    info = restart(page)
    assert info["start"] == "plain" and info["restore_error"], info
    assert answers(page) == plain
    assert runtime(page, settled=True)["snapshot"] == "saved"
    assert page.evaluate(READ_KEY, [DATABASE, STORE, RECORD]) == key
    assert restart(page)["start"] == "snapshot"


def test_a_snapshot_of_another_build_is_discarded_unread(page: Page) -> None:
    key = start_and_store_a_snapshot(page)
    page.evaluate(REWRITE_RECORD, [DATABASE, STORE, RECORD, {"key": "an-older-build"}])

    info = restart(page)
    assert info["start"] == "plain", info
    assert info["restore_error"] is None, "another build's snapshot must not even be tried"
    assert runtime(page, settled=True)["snapshot"] == "saved"
    assert page.evaluate(READ_KEY, [DATABASE, STORE, RECORD]) == key
