"""Notes in other languages, typed into the app on a phone (issue 12): the checks speak
the note's language, and a note in a language Notewell does not read gets its length and
slots checked and one plain line saying its wording was not."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from notewell_ui import checks, finding, note, open_app, verdict

NOT_CHECKED = "Wording not checked: Notewell reads English, Spanish, French, German and Portuguese."


def test_the_checks_follow_the_language_of_the_note(page: Page) -> None:
    open_app(page)
    wording = page.get_by_text(NOT_CHECKED, exact=True)

    note(page).fill("Hola Ana, me gustaría añadirte a mi red profesional en LinkedIn.")
    expect(finding(page, "default-text")).to_contain_text("invitación predeterminada de LinkedIn")
    expect(wording).to_be_hidden()

    note(page).fill("Hoi Sanne, leuk je gisteren te ontmoeten op de Python-meetup in Utrecht!")
    expect(wording).to_be_visible()
    expect(verdict(page)).to_have_text("Ready to send")
    expect(checks(page).locator("li")).to_have_count(0)

    note(page).fill("Beste [naam], leuk je gisteren te ontmoeten op de meetup in Utrecht!")
    expect(finding(page, "placeholder")).to_be_visible()
    expect(wording).to_be_visible()

    note(page).fill("Hi Ana, we met at PyCon Lisbon yesterday. I'd love to stay in touch.")
    expect(verdict(page)).to_have_text("Ready to send")
    expect(wording).to_be_hidden()
