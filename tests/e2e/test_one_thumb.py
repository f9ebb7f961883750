"""One thumb, one screen (issue 18): the compose-to-copy flow on a phone.

The journey runs on a Pixel 7 and on an iPhone SE (320 x 568) viewport with a thumb that
taps only what is on screen and scrolls (counted) to what is not; Copy must be on screen,
uncovered, at every step after a draft is chosen. The taps and the distances scrolled are
printed (run with -s to see them), never asserted: they are for comparing designs.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import Locator, Page, expect

from notewell_harness import Server
from notewell_ui import (
    PITCHED,
    copy_button,
    copy_in_reach,
    count,
    detail,
    drafts,
    finding,
    first_name,
    grant_clipboard,
    how,
    note,
    open_app,
    open_finding,
    person_status,
    tap_in_place,
    verdict,
    wait_until_saved,
    why,
)

# The part of the screen between the app bar and the action bar, where a thumb can tap.
TAPPABLE_BAND = """() => {
    const bar = document.querySelector('header.bar').getBoundingClientRect();
    const dock = document.getElementById('dock').getBoundingClientRect();
    return {top: Math.max(0, bar.bottom), bottom: Math.min(innerHeight, dock.top)};
}"""

# Everything the page scrolled, by the thumb or by the app itself, in CSS px.
COUNT_SCROLLING = """() => {
    window.__scrolled = 0;
    let last = scrollY;
    addEventListener('scroll', () => {
        window.__scrolled += Math.abs(scrollY - last);
        last = scrollY;
    }, {passive: true});
}"""

MARGIN = 8


class Thumb:
    """Taps what is on screen; scrolls (a swipe, counted) to bring anything else up first."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.taps = 0
        self.swiped = 0

    def bring(self, target: Locator) -> dict[str, float]:
        target.wait_for()
        box = target.bounding_box()
        assert box is not None, f"{target} is not on the page"
        band = self.page.evaluate(TAPPABLE_BAND)
        delta = 0.0
        if box["y"] < band["top"]:
            delta = box["y"] - band["top"] - MARGIN
        elif box["y"] + min(box["height"], 48) > band["bottom"]:
            delta = box["y"] + min(box["height"], 48) - band["bottom"] + MARGIN
        if delta:
            self.page.evaluate("(dy) => scrollBy(0, dy)", delta)
            self.swiped += abs(round(delta))
            box = target.bounding_box()
            assert box is not None
        return box

    def tap(self, target: Locator) -> None:
        box = self.bring(target)
        # The top of a tall target (a draft card) is what is surely on screen.
        y = box["y"] + min(box["height"], 48) / 2
        self.page.touchscreen.tap(box["x"] + box["width"] / 2, y)
        self.taps += 1

    def type(self, text: str) -> None:
        self.page.keyboard.type(text)


def in_reach(page: Page, step: str) -> None:
    assert copy_in_reach(page), f"Copy is not on screen after: {step}"


@pytest.mark.parametrize("handset", ["Pixel 7", "iPhone SE"])
def test_journey_keeps_copy_in_reach(phone_context: Any, server: Server, handset: str) -> None:
    context = phone_context(handset, reduced_motion="reduce")
    page = context.new_page()
    grant_clipboard(page, server.origin)
    open_app(page)
    page.evaluate(COUNT_SCROLLING)
    thumb = Thumb(page)

    thumb.tap(first_name(page))
    thumb.type("Priya")
    thumb.tap(how(page, "Met at an event"))
    thumb.tap(detail(page, "Event"))
    thumb.type("PyCon Lisbon")
    thumb.tap(why(page, "Ask advice"))
    thumb.tap(detail(page, "Advice on"))
    thumb.type("type hints")

    # The drafts are written below the fold: the action bar says so and takes the user there.
    cue = page.get_by_role("button", name=re.compile(r"^\d drafts? ready$"))
    expect(cue).to_be_visible()
    thumb.tap(cue)
    expect(drafts(page).get_by_role("listitem").first).to_be_in_viewport()
    expect(cue).to_be_hidden()

    # The whole card is the target: a tap on the draft's text uses it.
    chosen = drafts(page).locator(".draft-text").first
    chosen_text = chosen.inner_text()
    thumb.tap(chosen)
    expect(note(page)).to_have_value(chosen_text)
    assert page.evaluate("() => document.activeElement.id") != "note", (
        "using a draft must not open the keyboard"
    )
    expect(verdict(page)).to_have_text("Ready to send")
    in_reach(page, "using a draft")
    steps_in_reach = 1

    thumb.tap(note(page))
    page.keyboard.press("Control+End")
    thumb.type(" I came across your profile.")
    expect(finding(page, "vague")).to_be_visible()
    in_reach(page, "typing into the note")
    thumb.tap(finding(page, "vague").locator("button[aria-expanded]"))
    fix = open_finding(page, "vague").get_by_role("button", name="Fix")
    in_reach(page, "opening the finding")
    thumb.tap(fix)
    expect(note(page)).to_have_value(chosen_text)
    expect(verdict(page)).to_have_text("Ready to send")
    in_reach(page, "the fix")
    steps_in_reach += 3

    thumb.tap(copy_button(page))
    expect(page.get_by_role("status").filter(has_text="Copied")).to_be_visible()
    in_reach(page, "copying")
    assert page.evaluate("() => navigator.clipboard.readText()") == chosen_text
    expect(person_status(page)).to_have_value("copied")
    scrolled = page.evaluate("() => window.__scrolled")
    print(
        f"\n{handset}: {thumb.taps} taps, {thumb.swiped} px scrolled by the thumb, "
        f"{round(scrolled)} px scrolled in all (the app's own scrolls included); "
        f"Copy on screen at all {steps_in_reach + 1} steps after the draft"
    )


READY = "Hi Ada, great to meet you at PyCon Lisbon. I'd love to swap notes on parsers."
CANNED = "I'd like to add you to my professional network on LinkedIn."


def clipboard(page: Page) -> str:
    text: str = page.evaluate("() => navigator.clipboard.readText()")
    return text


def ask_to_copy(page: Page) -> Locator:
    """Tap Copy on a note that would disappoint; return the question it asks."""
    tap_in_place(page, copy_button(page))
    question = page.get_by_role("alertdialog", name="Copy it anyway?")
    expect(question).to_be_visible()
    expect(question.get_by_role("button", name="Keep editing")).to_be_focused()
    return question


def test_copy_refuses_an_empty_note_and_asks_before_a_note_that_would_fail(
    page: Page, server: Server
) -> None:
    grant_clipboard(page, server.origin)
    open_app(page)
    expect(copy_button(page)).to_be_disabled()
    note(page).fill("  \n ")
    expect(copy_button(page)).to_be_disabled()
    page.evaluate("() => navigator.clipboard.writeText('untouched')")

    # Over the limit: LinkedIn's box would cut it. Keeping on editing copies nothing.
    too_long = "Hi Ada, we met at PyCon Lisbon and talked parsers. " * 5
    note(page).fill(too_long)
    expect(count(page)).to_have_attribute("data-state", "over")
    question = ask_to_copy(page)
    expect(question).to_contain_text(f"It has {len(too_long)} characters")
    expect(question).to_contain_text("keeps only 200")
    question.get_by_role("button", name="Keep editing").click()
    expect(question).to_be_hidden()
    assert clipboard(page) == "untouched"
    expect(person_status(page)).to_have_value("drafted")
    expect(page.get_by_role("status").filter(has_text="Copied")).to_have_count(0)

    # Escape is "keep editing" too; only the named action copies.
    ask_to_copy(page)
    page.keyboard.press("Escape")
    assert clipboard(page) == "untouched"
    ask_to_copy(page).get_by_role("button", name="Copy anyway").click()
    expect(page.get_by_role("status").filter(has_text="Copied")).to_be_visible()
    assert clipboard(page) == too_long
    expect(person_status(page)).to_have_value("copied")

    # Within the limit, with an error still open: asked too, with the error's words.
    note(page).fill(CANNED)
    expect(finding(page, "default-text")).to_be_visible()
    question = ask_to_copy(page)
    expect(question).to_contain_text("One error is still open")
    expect(question).to_contain_text("canned invitation")
    question.get_by_role("button", name="Keep editing").click()
    assert clipboard(page) == too_long

    # A note that is ready copies at once.
    note(page).fill(READY)
    expect(verdict(page)).to_have_text("Ready to send")
    tap_in_place(page, copy_button(page))
    expect(page.get_by_role("status").filter(has_text="Copied")).to_be_visible()
    expect(page.get_by_role("alertdialog")).to_have_count(0)
    assert clipboard(page) == READY


# Stands in for a phone's visualViewport, so the test can open an on-screen keyboard that
# covers the page (iOS, Chrome without interactive-widget) instead of shrinking it.
FAKE_KEYBOARD = """(() => {
    const viewport = new EventTarget();
    let covered = 0;
    Object.defineProperties(viewport, {
        width: {get: () => innerWidth},
        height: {get: () => innerHeight - covered},
        offsetTop: {get: () => 0},
        offsetLeft: {get: () => 0},
        scale: {get: () => 1},
    });
    Object.defineProperty(window, 'visualViewport', {value: viewport, configurable: true});
    window.__keyboard = (px) => {
        covered = px;
        viewport.dispatchEvent(new Event('resize'));
    };
})()"""

COPY_BOTTOM = "() => document.getElementById('copy').getBoundingClientRect().bottom"


def test_the_action_bar_stays_above_the_keyboard(phone_context: Any) -> None:
    context = phone_context("iPhone SE")
    context.add_init_script(FAKE_KEYBOARD)
    page = context.new_page()
    open_app(page)
    note(page).fill(READY)
    note(page).click()
    height = page.viewport_size["height"] if page.viewport_size else 0

    # A keyboard over the page (iOS): the bar rises above it.
    page.evaluate("() => window.__keyboard(260)")
    page.wait_for_function(f"() => ({COPY_BOTTOM})() <= innerHeight - 260")
    assert copy_in_reach(page)
    page.evaluate("() => window.__keyboard(0)")
    page.wait_for_function(f"() => ({COPY_BOTTOM})() > innerHeight - 260")

    # A keyboard that shrinks the page (Chrome with interactive-widget=resizes-content).
    page.set_viewport_size({"width": 320, "height": height - 260})
    assert copy_in_reach(page)
    assert page.evaluate(COPY_BOTTOM) <= height - 260


def test_a_chosen_kind_asks_for_its_detail_right_under_its_chip(page: Page) -> None:
    open_app(page)
    why_legend = page.get_by_text("Why connect?", exact=True)
    before = why_legend.bounding_box()
    how(page, "Met at an event").check()
    event = detail(page, "Event")
    expect(event).to_be_visible()
    chip = page.locator('.chip[data-kind="event"]').bounding_box()
    field = event.bounding_box()
    next_chip = page.locator('.chip[data-kind="talk"]').bounding_box()
    assert chip and field and next_chip and before
    assert chip["y"] + chip["height"] <= field["y"] < next_chip["y"], "the field is under its chip"

    # The optional details stay folded until asked for.
    expect(page.get_by_label("When or where")).to_be_hidden()
    page.get_by_text("Optional: when or where, what you talked about").click()
    expect(page.get_by_label("When or where")).to_be_visible()
    expect(page.get_by_label("What you talked about")).to_be_visible()

    # Switching to another kind swaps the fields; the first kind's are gone.
    how(page, "Saw them speak").check()
    expect(detail(page, "Talk or panel")).to_be_visible()
    expect(page.get_by_label("When or where")).to_have_count(0)
    after = why_legend.bounding_box()
    assert after
    moved = round(after["y"] - before["y"])
    print(f"\n'Why connect?' moved down {moved} px for one kind's details")


def test_the_chips_this_user_picks_most_come_first(page: Page) -> None:
    open_app(page, python=False)
    expect(how(page, "Met at an event")).to_be_visible()  # the chips are there
    default_order = page.locator("#how .chip").all_inner_texts()
    assert default_order[0] == "Met at an event"
    for name in ("Ana", "Ben"):
        page.get_by_role("button", name="People").click()
        page.get_by_role("button", name="New person").click()
        first_name(page).fill(name)
        how(page, "Their work").check()
        detail(page, "Their post, article, project or podcast").fill("a post on parsers")
        why(page, "Follow their work").check()
        wait_until_saved(page)
    page.reload()
    expect(page.locator("#how .chip").first).to_have_text("Their work")
    expect(page.locator("#why .chip").first).to_have_text("Follow their work")
    assert sorted(page.locator("#how .chip").all_inner_texts()) == sorted(default_order)


def test_the_checks_are_a_summary_and_one_line_per_finding(page: Page) -> None:
    open_app(page)
    note(page).fill(PITCHED)
    expect(finding(page, "sales-pitch")).to_be_visible()
    lines = page.locator("#checks > li")
    severities = lines.evaluate_all("(items) => items.map((item) => item.dataset.severity)")
    assert severities == sorted(severities, key=["error", "warning", "tip"].index), severities
    assert severities[0] == "error"
    counts = {s: severities.count(s) for s in ("error", "warning", "tip") if s in severities}
    expected = ", ".join(f"{n} {s}{'' if n == 1 else 's'}" for s, n in counts.items())
    expect(verdict(page)).to_have_text(expected)
    # Every line starts closed: a wall of advice is what the summary replaces.
    toggles = page.locator("#checks button[aria-expanded]")
    expect(toggles).to_have_count(len(severities))
    assert set(toggles.evaluate_all("(t) => t.map((b) => b.ariaExpanded)")) == {"false"}

    # Both pitch phrases share one line, which shows both and offers its fix once.
    expect(finding(page, "sales-pitch")).to_have_count(1)
    pitch = open_finding(page, "sales-pitch")
    expect(pitch).to_contain_text("2 places")
    expect(pitch.get_by_role("button", name="Show in note")).to_have_count(2)
    expect(pitch.get_by_role("button", name="Fix")).to_have_count(1)
    # An opened line stays open while the note is checked again.
    note(page).press("End")
    page.keyboard.type(" Thanks")
    expect(note(page)).to_have_value(PITCHED + " Thanks")
    expect(finding(page, "sales-pitch").locator("button[aria-expanded]")).to_have_attribute(
        "aria-expanded", "true"
    )
