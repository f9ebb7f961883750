"""The app in the user's language (issue 12): it follows the browser's language (es, fr,
de, pt, else English), can be switched in Settings (kept across reloads, offline too),
writes drafts in a language of their own when one is set, writes dates and numbers the
locale's way, and its layout holds with German's longer words on narrow phones."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import qrcode
from PIL import Image
from playwright.sync_api import BrowserContext, FilePayload, Page, expect

from notewell_harness import Server
from notewell_ui import (
    START_TIMEOUT_MS,
    draft_items,
    horizontal_overflow,
    open_app,
    tap_in_place,
    uncovered,
    wait_for_drafts,
    wait_until_saved,
)

# Every control of the action bar that is shown lies inside the screen, its words unclipped;
# the action buttons (Copy and the icons) keep to one line, no taller than a 48 px target
# and its padding. (The count and the verdict may stack, the drafts cue may take two lines.)
ONE_LINE_PX = 56
DOCK_CLIPPED = """(oneLine) => [
    ...document.querySelectorAll('#dock button, #dock a, #dock .dock-info > span')]
    .filter((element) => element.getClientRects().length && !element.closest('[hidden]'))
    .filter((element) => !element.classList.contains('visually-hidden'))
    .filter((element) => {
        const box = element.getBoundingClientRect();
        const action = element.closest('.dock-actions') !== null;
        return box.left < 0 || box.right > innerWidth || (action && box.height > oneLine)
            || element.scrollWidth > element.clientWidth + 1
            || element.scrollHeight > element.clientHeight + 1;
    })
    .map((element) => element.id || element.className || element.tagName)"""


def german_compose(page: Page) -> None:
    """The compose form as a German-speaking user fills it, by its German labels."""
    page.get_by_label("Vorname", exact=True).fill("Priya")
    page.get_by_role("group", name="Woher kennen Sie die Person?").get_by_role(
        "radio", name="Auf einer Veranstaltung getroffen", exact=True
    ).check()
    page.get_by_label("Veranstaltung", exact=True).fill("PyCon Lisbon")
    page.get_by_role("group", name="Warum vernetzen?").get_by_role(
        "checkbox", name="Um Rat fragen", exact=True
    ).check()
    page.get_by_label("Rat zu", exact=True).fill("Typannotationen")


def photo_of_a_code(text: str | None) -> FilePayload:
    """What a phone's camera app hands the page: a photo of a QR code holding `text`, or
    of no code at all."""
    image = qrcode.make(text).get_image() if text else Image.new("L", (640, 480), 200)
    data = io.BytesIO()
    image.convert("RGB").save(data, format="PNG")
    return {"name": "code.png", "mimeType": "image/png", "buffer": data.getvalue()}


def draft_texts(page: Page) -> list[str]:
    return draft_items(page).locator(".draft-text").all_inner_texts()


def test_the_app_opens_in_the_browsers_language(new_context: Callable[..., BrowserContext]) -> None:
    page = new_context(locale="de-DE").new_page()
    open_app(page)
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page).to_have_title("Notewell: eine persönliche Nachricht zu jeder Einladung")
    expect(page.get_by_role("button", name="Kopieren", exact=True)).to_be_visible()
    expect(page.get_by_role("button", name="Einstellungen", exact=True)).to_be_visible()
    expect(page.locator("#status")).to_have_text("Prüfungen bereit.")
    expect(
        page.get_by_text("Tippen Sie auf „Einladung personalisieren“ und fügen Sie ein")
    ).to_be_attached()

    # The kinds (pycore's) and the drafts, which follow the app's language.
    german_compose(page)
    wait_for_drafts(page, "Priya", "PyCon Lisbon", name="Entwürfe")
    assert all("um Rat" in text for text in draft_texts(page)), draft_texts(page)
    expect(page.get_by_role("button", name="Entwurf 1 verwenden", exact=True)).to_be_visible()

    # A number the German way: 1.234, not 1,234.
    page.locator("#note").fill("a" * 1234)
    expect(page.locator("#count")).to_have_text("1.234 / 200")
    expect(page.locator("#verdict-word")).to_have_text("Zu lang")

    # A date the German way ("2. Dez. 2026"), in the People sheet.
    wait_until_saved(page)
    page.get_by_role("button", name="Personen", exact=True).click()
    meta = page.locator("#people-list .person-meta").first
    expect(meta).to_have_text(re.compile(r"getroffen am \d{1,2}\. \S+ \d{4}$"))
    expect(page.locator("#people-summary")).to_contain_text("1 Person, offene Nachrichten:")


def test_event_mode_scanning_and_the_first_message_speak_german(
    new_context: Callable[..., BrowserContext],
) -> None:
    page = new_context(locale="de-DE").new_page()
    open_app(page)

    # Event mode: its button, its form, its check, the line saying which event is on.
    page.get_by_role("button", name="Ich bin auf einer Veranstaltung", exact=True).click()
    event_name = page.get_by_label("Name der Veranstaltung", exact=True)
    event_name.fill("   ")
    page.get_by_role("button", name="Veranstaltung starten", exact=True).click()
    assert event_name.evaluate("input => input.validationMessage") == (
        "Benennen Sie die Veranstaltung, z. B. PyCon Lisbon."
    )
    event_name.fill("PyCon Lisbon")
    page.get_by_role("button", name="Veranstaltung starten", exact=True).click()
    expect(page.locator("#event-on .event-label")).to_have_text(
        re.compile(
            r"^Bei PyCon Lisbon · \d{1,2}\. \S+: Alle neuen Personen gelten als dort getroffen\.$"
        )
    )
    expect(page.get_by_role("button", name="Veranstaltung beenden", exact=True)).to_be_visible()

    # Scanning: its buttons, its sheet, and what a photo without a code says.
    expect(page.get_by_role("button", name="QR-Code scannen", exact=True)).to_be_visible()
    expect(page.locator("#scanner-title")).to_have_text("QR-Code scannen")
    expect(page.locator("#scanner-video")).to_have_attribute("aria-label", "Kamera")
    take_photo = page.get_by_label("Code fotografieren", exact=True)
    take_photo.set_input_files(files=[photo_of_a_code(None)])
    expect(page.locator("#scan-status")).to_have_text(
        "Kein QR-Code auf diesem Foto gefunden. Versuchen Sie es erneut mit größerem, "
        "scharfem Code, oder geben Sie die Angaben ein."
    )
    # pycore's reason a code names no person, its details filled into the German wording.
    take_photo.set_input_files(files=[photo_of_a_code("https://example.org/jane")])
    expect(page.locator("#notice")).to_have_text(
        "Das ist eine Adresse auf example.org, kein LinkedIn-Profil. "
        "Der Text des Codes steht in ihren privaten Notizen."
    )

    # The first message: once they accept, its heading, the note they accepted, the steps.
    page.get_by_label("Vorname", exact=True).fill("Priya")
    invitation = "Hallo Priya, Ihr Vortrag auf der PyCon Lisbon hat mir sehr gefallen."
    page.locator("#note").fill(invitation)
    wait_until_saved(page)
    status = page.get_by_role("combobox", name="Status", exact=True)
    status.select_option(label="Mit Nachricht gesendet")
    status.select_option(label="Angenommen")
    expect(page.get_by_role("textbox", name="Erste Nachricht", exact=True)).to_have_value("")
    sent = page.get_by_role("region", name="Die Nachricht Ihrer Einladung", exact=True)
    expect(sent).to_contain_text(invitation)
    expect(page.locator("#count")).to_have_text("0 / 8.000")
    steps = page.locator("#message-steps")
    expect(steps.get_by_role("heading", name="Als Nachricht senden", exact=True)).to_be_visible()
    expect(steps).to_contain_text(
        "Tippen Sie auf „Nachricht“ (auf der Website klicken Sie auf „Nachricht“)"
    )
    expect(steps).to_contain_text("Einfügen und senden")
    expect(page.locator("#note-steps")).to_be_hidden()


def test_a_language_chosen_in_settings_stays_after_a_reload_and_offline(
    new_context: Callable[..., BrowserContext], dist: Path, own_server: Callable[[Path], Server]
) -> None:
    server = own_server(dist)
    page = new_context(locale="de-DE").new_page()
    open_app(page, server.url, python=False)
    expect(page.get_by_text("Funktioniert jetzt offline.")).to_be_visible(timeout=START_TIMEOUT_MS)
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")
    page.get_by_label("Vorname", exact=True).fill("Lucía")

    page.get_by_role("button", name="Einstellungen", exact=True).click()
    page.get_by_label("Sprache", exact=True).select_option(label="Español")
    # The app starts again in Spanish, with what was typed.
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.get_by_label("Nombre", exact=True)).to_have_value("Lucía")
    expect(page.get_by_role("button", name="Copiar", exact=True)).to_be_visible()

    server.stop()
    assert server.refuses_connections()
    page.reload()
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.get_by_role("group", name="¿De qué la conoces?")).to_be_visible()
    expect(
        page.get_by_role("radio", name="Nos conocimos en un evento", exact=True)
    ).to_be_attached()
    page.get_by_role("button", name="Ajustes", exact=True).click()
    expect(page.get_by_label("Idioma", exact=True)).to_have_value("es")


def test_drafts_come_in_their_own_language_and_address_when_set(page: Page) -> None:
    open_app(page)
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.get_by_role("button", name="Settings", exact=True).click()
    page.get_by_label("Language of the drafts", exact=True).select_option(label="Deutsch")
    page.get_by_role("button", name="Done", exact=True).click()
    page.get_by_label("First name", exact=True).fill("Priya")
    page.get_by_role("radio", name="Met at an event", exact=True).check()
    page.get_by_label("Event", exact=True).fill("PyCon Lisbon")
    page.get_by_role("checkbox", name="Ask advice", exact=True).check()
    page.get_by_label("Advice on", exact=True).fill("type hints")
    wait_for_drafts(page, "Priya", "PyCon Lisbon", "um Rat", "dich gern")
    # The app itself stays English.
    expect(page.get_by_role("button", name="Use draft 1", exact=True)).to_be_visible()

    # The formal address, where the language has one (Sie for du).
    page.get_by_role("button", name="Settings", exact=True).click()
    page.get_by_role("checkbox", name="Formally (usted, vous, Sie, você)").check()
    page.get_by_role("button", name="Done", exact=True).click()
    wait_for_drafts(page, "Priya", "PyCon Lisbon", "um Rat", "Sie gern")


def test_a_language_the_app_does_not_speak_falls_back_to_english(
    new_context: Callable[..., BrowserContext],
) -> None:
    page = new_context(locale="ja-JP").new_page()
    open_app(page)
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_label("First name", exact=True)).to_be_visible()
    expect(page.locator("#status")).to_have_text("Checks ready.")


@pytest.mark.parametrize("width", [360, 320])
def test_the_layout_holds_in_german_on_a_narrow_phone(
    phone_context: Callable[..., BrowserContext], phone: dict[str, Any], width: int
) -> None:
    viewport = {"width": width, "height": phone["viewport"]["height"]}
    page = phone_context("Pixel 7", locale="de-DE", viewport=viewport, screen=viewport).new_page()
    open_app(page)
    found: dict[str, list[str]] = {}

    def look(screen: str, sheet: bool = False) -> None:
        wider = horizontal_overflow(page)
        problems = [f"{wider} px wider than the screen"] if wider > 0 else []
        if not sheet:  # a sheet covers the action bar, as it should
            problems += [
                f"{name} is clipped or off screen"
                for name in page.evaluate(DOCK_CLIPPED, ONE_LINE_PX)
            ]
            problems += [
                f"{key} is covered" for key in ("copy", "next-person") if not uncovered(page, key)
            ]
        if problems:
            found[screen] = problems

    look("start")
    german_compose(page)
    wait_for_drafts(page, "Priya", "PyCon Lisbon", name="Entwürfe")
    tap_in_place(page, page.get_by_role("button", name="Entwürfe bereit"))
    look("drafts")
    page.get_by_role("button", name="Entwurf 1 verwenden", exact=True).click()
    expect(page.locator("#verdict-word")).to_have_text("Bereit")
    look("draft used")
    page.locator("#note").fill(
        "Hallo Priya, ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen."
    )
    expect(page.locator("#verdict-word")).to_have_text("Überarbeiten")
    look("revise")
    page.get_by_role("button", name="Einstellungen", exact=True).click()
    look("settings", sheet=True)
    assert not found, found
