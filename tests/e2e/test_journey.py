"""A new user's whole path, and the privacy promise that nothing leaves the device."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from notewell_harness import RequestLog, Server, origin_of
from notewell_ui import (
    button,
    checks,
    compose,
    copy_and_read,
    draft_items,
    finding,
    grant_clipboard,
    note,
    open_app,
    open_finding,
    open_settings,
    squash,
    use_draft,
    verdict,
    wait_for_drafts,
)

NAME = "Ada"
EVENT = "PyCon Lisbon"
# A phrase the seeds call out as saying nothing; the checker's "vague" rule must flag it.
VAGUE = " I came across your profile."


def test_new_user_journey_from_details_to_clipboard(page: Page, server: Server) -> None:
    grant_clipboard(page, server.origin)
    open_app(page)

    compose(page, NAME, "Met at an event", {"Event": EVENT}, ["Stay in touch"])
    wait_for_drafts(page, NAME, EVENT)

    first = squash(draft_items(page).first.inner_text())
    chosen = use_draft(page, 1)
    assert NAME in chosen and EVENT in chosen
    assert squash(chosen) in first, "the Note holds what draft 1 shows"
    expect(verdict(page)).to_contain_text("Ready to send")

    note(page).press("Control+End")  # the end of the text, not of its first line
    page.keyboard.insert_text(VAGUE)
    expect(note(page)).to_have_value(chosen + VAGUE)
    vague = finding(page, "vague")
    expect(vague).to_be_visible()
    expect(verdict(page)).not_to_contain_text("Ready to send")

    # The one-tap fix ("Fix: remove …") takes out exactly the sentence that was added.
    open_finding(page, "vague").get_by_role("button", name="Fix").click()
    expect(note(page)).to_have_value(chosen)
    expect(finding(page, "vague")).to_have_count(0)
    expect(verdict(page)).to_contain_text("Ready to send")

    final = note(page).input_value()
    assert copy_and_read(page) == final


def test_no_request_leaves_the_origin(page: Page, server: Server, request_log: RequestLog) -> None:
    """Every request of a full journey, pages, workers and service worker, stays home."""
    grant_clipboard(page, server.origin)
    open_app(page)
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")
    open_settings(page)
    page.get_by_label("Your name", exact=True).fill("Grace")
    button(page, "Done").click()
    compose(page, NAME, "Met at an event", {"Event": EVENT}, ["Stay in touch", "Follow their work"])
    wait_for_drafts(page, NAME, EVENT)
    use_draft(page, 2)
    expect(checks(page)).to_be_attached()
    copy_and_read(page)

    # The log must have seen the service worker's and the Python worker's requests too.
    sources = {source for source, _ in request_log.seen}
    assert "service worker" in sources, f"the service worker's requests were not seen: {sources}"
    assert any(url.endswith("/pyodide.asm.wasm") for url in request_log.urls())
    foreign = request_log.leaving({origin_of(server.url)})
    assert not foreign, f"requests left the origin: {foreign}"
