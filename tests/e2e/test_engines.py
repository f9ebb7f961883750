"""One journey, every engine a phone has: Chromium (Android), WebKit (every iPhone browser)
and Firefox, each a fresh browser driven through `notewell_build.engines`.

A person writes a note, copies it, comes back to find them among their People, and later
opens the app with no network: their note is there, the checks still run, and Python
started from the memory snapshot the first visit stored. An engine that is not installed
fails here; it is never skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from engine_ui import (
    FIRST_NAME,
    NOTE,
    close_people,
    compose,
    copy,
    draft,
    finding,
    open_app,
    open_people,
    paste_elsewhere,
    person_shown,
    runtime,
    tap_fix,
    text,
    type_at_end,
    use_draft,
    value,
    wait_for_drafts,
    wait_for_python,
    wait_for_value,
    wait_until_gone,
    wait_until_offline_ready,
    wait_until_saved,
    wait_until_shown,
)
from notewell_build.engines import Session
from notewell_harness import Server
from notewell_ui import squash

NAME = "Ada"
EVENT = "PyCon Lisbon"
# A phrase the seeds call out as saying nothing; the checker's "vague" rule must flag it.
VAGUE = " I came across your profile."


VERDICT_SAYS = "(words) => document.querySelector('#verdict').textContent.includes(words)"


def verdict_says(session: Session, words: str) -> None:
    session.wait_for(VERDICT_SAYS, words)


def verdict_moves_off(session: Session, words: str) -> None:
    session.wait_for(f"(words) => !({VERDICT_SAYS})(words)", words)


def test_write_copy_come_back_and_work_offline(
    session: Session, dist: Path, own_server: Callable[[Path], Server]
) -> None:
    server = own_server(dist)
    open_app(session, server.url)
    assert runtime(session)["start"] == "plain"

    compose(session, NAME, "Met at an event", {"Event": EVENT}, ["Stay in touch"])
    wait_for_drafts(session, NAME, EVENT)
    first = squash(text(session, draft(1)))
    chosen = use_draft(session, 1)
    assert NAME in chosen and EVENT in chosen
    assert squash(chosen) in first, "the Note holds what draft 1 shows"
    verdict_says(session, "Ready to send")

    # The checker flags a vague sentence as it is typed; its one-tap fix takes it out.
    type_at_end(session, NOTE, VAGUE)
    wait_for_value(session, NOTE, chosen + VAGUE)
    wait_until_shown(session, finding("vague"))
    verdict_moves_off(session, "Ready to send")
    tap_fix(session, "vague")
    wait_for_value(session, NOTE, chosen)
    wait_until_gone(session, finding("vague"))
    verdict_says(session, "Ready to send")

    copy(session)
    assert paste_elsewhere(session) == chosen
    wait_until_saved(session)

    # Once idle, the worker stores a snapshot of the started interpreter for next time.
    after_first_visit = runtime(session, settled=True)
    assert after_first_visit["snapshot"] == "saved", after_first_visit
    wait_until_offline_ready(session)

    # Coming back: the person and the note are there, Python restored from the snapshot.
    session.reload()
    wait_for_python(session)
    assert value(session, FIRST_NAME) == NAME
    assert value(session, NOTE) == chosen
    second_visit = runtime(session)
    assert (second_visit["start"], second_visit["restore_error"]) == ("snapshot", None)
    open_people(session)
    person_shown(session, NAME, EVENT, "Copied")
    close_people(session)

    # No network at all: the service worker serves the app, the checks still run.
    server.stop()
    assert server.refuses_connections()
    session.reload()
    wait_for_python(session)
    assert value(session, NOTE) == chosen
    assert runtime(session)["start"] == "snapshot"
    type_at_end(session, NOTE, VAGUE)
    wait_until_shown(session, finding("vague"))
