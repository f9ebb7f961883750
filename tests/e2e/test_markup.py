"""Markup typed into any field is text: shown literally, never run, never parsed."""

from __future__ import annotations

from itertools import cycle

from playwright.sync_api import Page, expect

from notewell_ui import (
    button,
    call,
    checks,
    compose,
    detail,
    draft_items,
    drafts,
    finding,
    first_name,
    how,
    note,
    open_app,
    open_people,
    open_settings,
    show_optional_details,
    use_draft,
    wait_for_drafts,
    wait_until_saved,
    why,
)

IMG = "<img src=x onerror=window.__xss=1>"
SCRIPT = '"><script>window.__xss=1</script>'
JAVASCRIPT_URL = "javascript:window.__xss=1"

# Anything the markup could have become: a flag it set, or elements parsed out of it.
INJECTED = """() => ({
    flag: typeof window.__xss,
    images: document.querySelectorAll('img[src="x"], img[onerror]').length,
    scripts: [...document.scripts].filter(s => s.textContent.includes('__xss')).length,
    hrefs: [...document.querySelectorAll('a[href]')]
        .map(a => a.getAttribute('href')).filter(h => /^\\s*javascript:/i.test(h)),
})"""
CLEAN = {"flag": "undefined", "images": 0, "scripts": 0, "hrefs": []}


def assert_nothing_injected(page: Page) -> None:
    assert page.evaluate(INJECTED) == CLEAN
    expect(drafts(page).locator("img")).to_have_count(0)


def test_markup_in_every_field_is_shown_as_text(page: Page) -> None:
    open_app(page)
    # The name and the event: drafts and the Note show them literally.
    compose(page, IMG, "Met at an event", {"Event": SCRIPT}, ["Stay in touch"])
    wait_for_drafts(page, IMG, SCRIPT)
    expect(draft_items(page).first).to_contain_text(IMG)
    assert_nothing_injected(page)

    chosen = use_draft(page, 1)
    assert IMG in chosen and SCRIPT in chosen
    note(page).fill(f"{chosen} {IMG}")
    expect(checks(page)).to_be_attached()
    assert_nothing_injected(page)

    # Every other field: each detail of every kind, the person's fields, the settings.
    payloads = cycle([IMG, SCRIPT])
    settings = open_settings(page)
    page.get_by_label("Your name", exact=True).fill(next(payloads))
    page.get_by_label("About you (one line)", exact=True).fill(next(payloads))
    button(page, "Done").click()
    expect(settings).to_be_hidden()

    kinds = call(page, "kinds", {})
    first_name(page).fill(next(payloads))
    for kind in kinds["why"]:
        why(page, kind["label"]).check()
        show_optional_details(page)
        for slot in kind["slots"]:
            detail(page, slot["label"]).fill(next(payloads))
    for kind in kinds["how"]:
        how(page, kind["label"]).check()
        show_optional_details(page)
        for slot in kind["slots"]:
            detail(page, slot["label"]).fill(next(payloads))
        assert_nothing_injected(page)

    page.get_by_text("More details").click()
    for label in ("Their company", "Full name", "Role", "Private notes"):
        detail(page, label).fill(next(payloads))
    detail(page, "Profile URL").fill(JAVASCRIPT_URL)
    assert_nothing_injected(page)
    detail(page, "Profile URL").fill(f"https://www.linkedin.com/in/x{SCRIPT}")
    assert_nothing_injected(page)

    # Over the limit, so a finding (with its highlight in the text) is surely drawn.
    note(page).fill(f"Hi {IMG}, {SCRIPT} " + "and more " * 25)
    expect(finding(page, "length")).to_be_visible()
    assert_nothing_injected(page)

    # The People list shows the stored names, companies and events as text too.
    wait_until_saved(page)
    people = open_people(page)
    expect(people.get_by_role("listitem")).to_have_count(1)
    expect(people).to_contain_text("<script>window.__xss=1</script>")  # as text
    assert_nothing_injected(page)
