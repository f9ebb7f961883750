"""Notes in other languages, typed into the app on a phone (issue 12): the checks speak
the note's language, and a note in a language Notewell does not read gets its length,
slots and hidden characters checked and one plain line saying its wording was not. A
template slot in the note's language gets the detail it stands for (issue 15)."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from notewell_ui import (
    checks,
    finding,
    first_name,
    fix_button,
    note,
    open_app,
    set_your_name,
    tap_fix,
    verdict,
)

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


def test_slots_in_each_language_get_what_they_stand_for_through_the_fix_button(
    page: Page,
) -> None:
    open_app(page)
    set_your_name(page, "Sam Carter")
    first_name(page).fill("Marta")

    spanish = "¡Hola Marta! Fue un placer conocerte en el meetup. ¡Seguimos en contacto!"
    signed = f"{spanish}\n[Tu nombre]"
    note(page).fill(signed)
    expect(finding(page, "placeholder")).to_contain_text("ahí va tu propio nombre")
    fixed = tap_fix(page, signed, "placeholder", "put “Sam Carter” for “[Tu nombre]”")
    assert fixed == f"{spanish}\nSam Carter"

    french = "Bonjour {prénom}, ravie d'avoir échangé hier au salon VivaTech !"
    fixed = tap_fix(page, french, "placeholder", "put “Marta” for “{prénom}”")
    assert fixed == "Bonjour Marta, ravie d'avoir échangé hier au salon VivaTech !"

    # Their company is not known yet: the German slot says what to type, in German.
    note(page).fill("Hallo Marta, ich habe gesehen, dass du bei <Firma> arbeitest.")
    expect(finding(page, "placeholder")).to_contain_text("Er steht für die Firma der Person")
    expect(fix_button(page, "placeholder")).to_have_count(0)

    # A hidden character in a language Notewell does not read is still found and removed.
    dutch = "Hoi Sanne, leuk je gisteren te ontmoeten op de Python-meetup in Utrecht!"
    fixed = tap_fix(
        page, dutch.replace(",", ",\u200b"), "hidden-character", "remove an invisible character"
    )
    assert fixed == dutch
    expect(verdict(page)).to_have_text("Ready to send")
