"""Event mode and quick capture: at a conference, offline, six people in a few taps each,
kept across a reload and an app closed mid-way, listed by event and exported with it."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

from playwright.sync_api import Locator, Page, expect

from notewell_harness import Server
from notewell_ui import (
    button,
    detail,
    download_bytes,
    first_name,
    how,
    open_app,
    open_people,
    people_names,
    people_sheet,
    reopen_offline,
    wait_until_saved,
    wait_until_started,
    why,
)

EVENT = "PyCon Lisbon"
# Who was met, what you talked about, and a reason (None: no why-chip tapped).
MET = [
    ("Ada", "parsers in Rust", "Stay in touch"),
    ("Bea", "her keynote on typing", None),
    ("Chen", "packaging pain", "Follow their work"),
    ("Dara", "the sprint on docs", "Stay in touch"),
    ("Eli", "a job at his lab", None),
    ("Femi", "async test runners", "Follow their work"),
]
MOST_TAPS_BETWEEN_PEOPLE = 3


class Taps:
    """Every tap a test makes goes through here, so it can say how many there were."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, target: Locator) -> None:
        self.count += 1
        target.tap()


def start_event(page: Page, taps: Taps, name: str) -> None:
    taps(button(page, "I'm at an event"))
    page.keyboard.type(name)
    taps(button(page, "Start event"))
    expect(page.locator("#event-label")).to_contain_text(name)


def capture(page: Page, taps: Taps, name: str, topic: str, reason: str | None) -> None:
    """One person, as quick capture asks: a name, a line, maybe a reason."""
    expect(first_name(page)).to_be_focused()  # where Next person (or the event) left it
    page.keyboard.type(name)
    taps(detail(page, "What you talked about"))
    page.keyboard.type(topic)
    if reason:
        taps(why(page, reason))


def test_six_people_at_an_event_offline_in_three_taps_each(
    page: Page, dist: Path, own_server: Callable[[Path], Server]
) -> None:
    reopen_offline(page, own_server(dist))

    taps = Taps()
    start_event(page, taps, EVENT)
    between = []
    for number, (name, topic, reason) in enumerate(MET):
        before = taps.count
        capture(page, taps, name, topic, reason)
        expect(how(page, "Met at an event")).to_be_checked()
        expect(detail(page, "Event")).to_have_value(EVENT)
        if number < len(MET) - 1:
            taps(button(page, "Next person"))
            between.append(taps.count - before)
    assert max(between) <= MOST_TAPS_BETWEEN_PEOPLE, between

    # The app closed mid-way through a seventh person: what was typed is there again.
    taps(button(page, "Next person"))
    page.keyboard.type("Gus")
    detail(page, "What you talked about").tap()
    page.keyboard.type("half a sentence")
    page.reload()
    wait_until_started(page)
    expect(first_name(page)).to_have_value("Gus")
    expect(detail(page, "What you talked about")).to_have_value("half a sentence")
    expect(page.locator("#event-label")).to_contain_text(EVENT)  # still at the event

    open_people(page)
    people_sheet(page).get_by_label("Show").select_option(
        label=f"{EVENT} ({date.today().isoformat()})"
    )
    assert sorted(people_names(page)) == sorted([name for name, _, _ in MET] + ["Gus"])


def test_people_met_elsewhere_are_not_listed_with_the_event_and_the_export_carries_it(
    page: Page,
) -> None:
    open_app(page, python=False)
    first_name(page).fill("Before")
    wait_until_saved(page)
    taps = Taps()
    start_event(page, taps, EVENT)
    capture(page, taps, "Ada", "parsers in Rust", None)
    wait_until_saved(page)
    button(page, "End event").tap()
    expect(button(page, "I'm at an event")).to_be_visible()
    button(page, "Next person").tap()
    first_name(page).fill("After")
    expect(how(page, "Met at an event")).not_to_be_checked()
    wait_until_saved(page)

    open_people(page)
    people_sheet(page).get_by_label("Show").select_option(
        label=f"{EVENT} ({date.today().isoformat()})"
    )
    assert people_names(page) == ["Ada"]
    _, data = download_bytes(page, "Export (JSON)")
    events = {p["name"]: p.get("event") for p in json.loads(data)["people"]}
    assert events == {
        "Before": None,
        "Ada": {"name": EVENT, "date": date.today().isoformat()},
        "After": None,
    }
