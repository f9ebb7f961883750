"""The marks behind the Note box (web/editor.js `markedSpans`): what matters most shows."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from notewell_ui import finding, note, open_app

CANNED = "I'd like to add you to my professional network on LinkedIn."


def test_an_error_is_never_hidden_by_a_tip_on_the_same_words(page: Page) -> None:
    open_app(page)
    # LinkedIn's canned text with no greeting: the canned-text error covers the sentence,
    # the missing-greeting tip only its first word, "I'd".
    note(page).fill(CANNED)
    expect(finding(page, "default-text")).to_be_visible()
    expect(finding(page, "missing-greeting")).to_be_visible()
    marks = page.locator("#highlights mark")
    expect(marks).to_have_count(1)
    expect(marks).to_have_attribute("data-severity", "error")
    expect(marks).to_have_text(CANNED.removesuffix("."))

    # With nothing graver on its words, the tip is marked.
    note(page).fill("We met at PyCon Lisbon. I'd love to stay in touch.")
    expect(finding(page, "default-text")).to_have_count(0)
    expect(marks).to_have_count(1)
    expect(marks).to_have_attribute("data-severity", "tip")
    expect(marks).to_have_text("We")
