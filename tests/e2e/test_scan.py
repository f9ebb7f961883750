"""Scanning a QR code: a LinkedIn profile code or a contact card fills the person.

The camera is Chromium's fake one, playing a Y4M file made here from a QR code made here;
photos go through the file input as a phone's camera app would hand them over.
Desktop Chromium has no BarcodeDetector, so these drive the self-hosted zxing-wasm.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import qrcode
from PIL import Image
from playwright.sync_api import Browser, Page, Playwright, expect

from notewell_harness import RequestLog, Server
from notewell_ui import (
    START_TIMEOUT_MS,
    first_name,
    open_app,
    reopen_offline,
    status,
    wait_for_python,
    wait_until_saved,
    wait_until_started,
)

PROFILE = "https://www.linkedin.com/in/priya-sharma-12ab34"
# What the LinkedIn app's QR code holds: the profile with its share tracking.
LINKEDIN_CODE = f"{PROFILE}?utm_source=share&utm_campaign=share_via&utm_medium=android_app"
VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Sharma;Priya;;;\r\nFN:Priya Sharma\r\n"
    "ORG:Acme Robotics\r\nTITLE:Head of Research\r\nEMAIL:priya@example.com\r\n"
    f"URL;type=linkedin:{PROFILE}\r\nEND:VCARD\r\n"
)
MECARD = "MECARD:N:Lee,Ann;ORG:Blue Harbor;EMAIL:ann@example.com;;"
FRAME = (640, 480)


# --- codes, pictures of them, and a camera that films them --------------------------------


def qr_code(text: str, *, box: int = 8, dark: Any = "black", light: Any = "white") -> Image.Image:
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=box, border=4)
    code.add_data(text)
    code.make(fit=True)
    return code.make_image(fill_color=dark, back_color=light).convert("RGB")


def framed(image: Image.Image, background: Any = "white", side: int | None = None) -> Image.Image:
    """The code in the middle of a camera-sized frame (scaled to `side` pixels)."""
    if side:
        image = image.resize((side, side), Image.Resampling.NEAREST)
    frame = Image.new("RGB", FRAME, background)
    frame.paste(image, ((FRAME[0] - image.width) // 2, (FRAME[1] - image.height) // 2))
    return frame


def png(image: Image.Image) -> bytes:
    data = io.BytesIO()
    image.save(data, "PNG")
    return data.getvalue()


def y4m(image: Image.Image) -> bytes:
    """One frame of YUV4MPEG2 at 4:2:0, the format Chromium's fake camera plays (looped)."""
    width, height = image.size
    luma, blue, red = image.convert("YCbCr").split()
    half = (width // 2, height // 2)
    planes = [luma, blue.resize(half, Image.Resampling.BOX), red.resize(half, Image.Resampling.BOX)]
    header = f"YUV4MPEG2 W{width} H{height} F30:1 Ip A1:1 C420jpeg\n".encode()
    return header + b"FRAME\n" + b"".join(plane.tobytes() for plane in planes)


# Codes that are hard to read: a camera far away, a tilted badge, a dim print, a dark theme.
HARD_CODES = {
    "small": lambda: framed(qr_code(LINKEDIN_CODE, box=2)),
    "rotated": lambda: framed(qr_code(LINKEDIN_CODE)).rotate(
        20, resample=Image.Resampling.BICUBIC, fillcolor="white"
    ),
    "low-contrast": lambda: framed(
        qr_code(LINKEDIN_CODE, dark=(120, 120, 120), light=(165, 165, 165)), (165, 165, 165)
    ),
    "light-on-dark": lambda: framed(qr_code(LINKEDIN_CODE, dark="white", light="black"), "black"),
}


@pytest.fixture
def camera(
    playwright: Playwright,
    browser_type_launch_args: dict[str, Any],
    phone: dict[str, Any],
    base_url: str,
    request_log: RequestLog,
    tmp_path: Path,
) -> Iterator[Callable[..., Page]]:
    """A page in a Chromium of its own whose camera films `image`; with `allowed` false,
    the camera is asked for and refused, as when the user says no."""
    browsers: list[Browser] = []

    def launch(image: Image.Image, *, allowed: bool = True) -> Page:
        film = tmp_path / f"camera-{len(browsers)}.y4m"
        film.write_bytes(y4m(image))
        args = [
            *browser_type_launch_args.get("args", []),
            "--use-fake-device-for-media-stream",
            f"--use-file-for-fake-video-capture={film}",
        ]
        if allowed:
            args.append("--use-fake-ui-for-media-stream")
        browsers.append(playwright.chromium.launch(**{**browser_type_launch_args, "args": args}))
        context = browsers[-1].new_context(**phone, base_url=base_url)
        request_log.watch(context)
        return context.new_page()

    yield launch
    try:
        request_log.assert_stayed_home()
    finally:
        for browser in browsers:
            browser.close()


def scan_button(page: Page) -> Any:
    return page.get_by_role("button", name="Scan", exact=False).first


def take_photo(page: Page, image: Image.Image) -> None:
    """What a phone's camera hands the page after "Take a photo of a code"."""
    photo = {"name": "code.png", "mimeType": "image/png", "buffer": png(image)}
    page.get_by_label("Take a photo of a code").set_input_files(files=[photo])


def scan_status(page: Page) -> Any:
    return page.locator("#scan-status")


def expect_person(page: Page, name: str, full_name: str, company: str, profile: str) -> None:
    expect(first_name(page)).to_have_value(name)
    expect(page.get_by_label("Full name")).to_have_value(full_name)
    expect(page.get_by_label("Their company")).to_have_value(company)
    expect(page.get_by_label("Profile URL")).to_have_value(profile)
    # What the code said is read, so it does not stay in the private notes.
    expect(page.get_by_label("Private notes")).to_have_value("")


# --- the camera ----------------------------------------------------------------------------


def test_a_linkedin_code_on_the_camera_becomes_a_person_kept_across_a_reload(
    camera: Callable[..., Page],
) -> None:
    page = camera(framed(qr_code(LINKEDIN_CODE), side=360))
    open_app(page)
    scan_button(page).click()
    expect_person(page, "Priya", "Priya Sharma", "", PROFILE)
    expect(page.locator("#notice")).to_contain_text("Is “Priya” their first name?")
    profile_link = page.get_by_role("link", name="Open their profile")
    expect(profile_link).to_have_attribute("href", PROFILE)
    expect(profile_link).to_have_attribute("target", "_blank")
    expect(profile_link).to_have_attribute("rel", re.compile(r"\bnoopener\b"))
    expect(page.get_by_role("dialog", name="Scan a QR code")).to_be_hidden()
    wait_until_saved(page)
    page.reload()
    wait_until_started(page)
    expect(first_name(page)).to_have_value("Priya")
    expect(page.get_by_label("Profile URL")).to_have_value(PROFILE)


def test_a_vcard_on_the_camera_fills_name_and_company(camera: Callable[..., Page]) -> None:
    page = camera(framed(qr_code(VCARD), side=440))
    open_app(page)
    scan_button(page).click()
    expect_person(page, "Priya", "Priya Sharma", "Acme Robotics", PROFILE)


def test_a_refused_camera_says_so_and_typing_still_works(camera: Callable[..., Page]) -> None:
    page = camera(framed(qr_code(LINKEDIN_CODE), side=360), allowed=False)
    open_app(page, python=False)
    scan_button(page).click()
    expect(scan_status(page)).to_have_text(
        "The camera was not allowed. Take a photo of the code instead, or type their details."
    )
    expect(page.get_by_role("dialog", name="Scan a QR code")).to_be_hidden()
    first_name(page).fill("Priya")
    expect(first_name(page)).to_have_value("Priya")


def test_a_camera_that_sees_no_code_says_what_else_to_try_and_stops_when_closed(
    camera: Callable[..., Page],
) -> None:
    page = camera(Image.new("RGB", FRAME, (200, 200, 200)))
    open_app(page, python=False)
    scan_button(page).click()
    sheet = page.get_by_role("dialog", name="Scan a QR code")
    expect(sheet.get_by_role("status")).to_contain_text("No QR code found yet")
    expect(sheet.get_by_role("status")).to_contain_text("take a photo of the code")
    sheet.get_by_role("button", name="Close").click()
    expect(sheet).to_be_hidden()
    page.wait_for_function("() => document.getElementById('scanner-video').srcObject === null")
    first_name(page).fill("Ann")
    expect(first_name(page)).to_have_value("Ann")


# --- photos ------------------------------------------------------------------------------------


def test_a_photo_of_a_vcard_fills_the_person(page: Page) -> None:
    open_app(page)
    take_photo(page, framed(qr_code(VCARD)))
    expect_person(page, "Priya", "Priya Sharma", "Acme Robotics", PROFILE)


def test_a_photo_of_a_mecard_fills_the_person(page: Page) -> None:
    open_app(page)
    take_photo(page, framed(qr_code(MECARD)))
    expect_person(page, "Ann", "Ann Lee", "Blue Harbor", "")


@pytest.mark.parametrize("case", HARD_CODES)
def test_hard_codes_are_read(page: Page, case: str) -> None:
    open_app(page)
    take_photo(page, HARD_CODES[case]())
    expect(page.get_by_label("Profile URL")).to_have_value(PROFILE)
    expect(first_name(page)).to_have_value("Priya")


def test_a_photo_without_a_code_says_so_and_keeps_the_person(page: Page) -> None:
    open_app(page)
    first_name(page).fill("Ann")
    blank = Image.new("RGB", FRAME, (200, 200, 200))
    take_photo(page, blank)
    expect(scan_status(page)).to_contain_text("No QR code found in that photo")
    expect(first_name(page)).to_have_value("Ann")


def test_a_code_that_is_no_profile_is_kept_in_the_notes(page: Page) -> None:
    open_app(page)
    text = "https://www.linkedin.com/company/acme-robotics"
    take_photo(page, framed(qr_code(text)))
    expect(page.get_by_label("Private notes")).to_have_value(text)
    expect(page.locator("#notice")).to_contain_text("kept in their private notes")
    expect(page.get_by_label("Profile URL")).to_have_value("")


def test_without_python_the_code_is_kept_in_the_notes(new_context: Any, server: Server) -> None:
    context = new_context(service_workers="block")
    context.route("**/pyodide/**", lambda route: route.abort())
    page = context.new_page()
    open_app(page, python=False)
    expect(status(page)).to_contain_text("Checks unavailable", timeout=START_TIMEOUT_MS)
    take_photo(page, framed(qr_code(VCARD)))
    expect(page.get_by_label("Private notes")).to_have_value(VCARD.replace("\r\n", "\n").strip())
    expect(page.locator("#notice")).to_contain_text("kept in private notes")


def test_scanning_a_photo_works_offline(page: Page, dist: Path, own_server: Any) -> None:
    reopen_offline(page, own_server(dist))
    wait_for_python(page)
    take_photo(page, framed(qr_code(VCARD)))
    expect_person(page, "Priya", "Priya Sharma", "Acme Robotics", PROFILE)
