"""The app's user steps for every engine: what a person does, named once, over a
`notewell_build.engines.Session` (Chromium, WebKit or Firefox alike).

Elements are found as a person names them (role and accessible name, find.js), and acted
on with the driver's own trusted input (clicks, keys, the paste shortcut), so the rules
engines keep for user gestures (WebKit's clipboard) apply as they do on a phone. When
the UI changes, the steps here change; the tests that use them should not.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from notewell_build.engines import Session, script_file

FIND = script_file(Path(__file__).resolve().parent / "find.js")
# The element a query names (or null), and a few things about it.
ELEMENT = f"(query) => ({FIND})(query)"
SHOWN = f"(query) => ({FIND})(query) !== null"
VALUE = f"(query) => ({FIND})(query).value"
TEXT = f"(query) => ({FIND})(query)?.textContent ?? ''"
# Keyboard input goes where the caret is: at the end, or over the whole value.
CARET_AT_END = f"(query) => {{ const e = ({FIND})(query); e.selectionStart = e.value.length; }}"
SELECT_ALL = f"(query) => ({FIND})(query).select()"
SCROLL_TO_MIDDLE = f"(query) => ({FIND})(query).scrollIntoView({{ block: 'center' }})"

Query = dict[str, Any]


def role(
    kind: str, name: str | None = None, *, exact: bool = True, within: Query | None = None
) -> Query:
    """The element of role `kind` named `name` (a part of it unless `exact`)."""
    query: Query = {"role": kind, "exact": exact}
    if name is not None:
        query["name"] = name
    if within is not None:
        query["within"] = within
    return query


# --- the app's parts, by the names a person (and a screen reader) knows them by -------------

FIRST_NAME = role("textbox", "First name")
NOTE = role("textbox", "Note")
DRAFTS = role("list", "Drafts")
CHECKS = role("list", "Checks")
COPY = role("button", "Copy")
PEOPLE = role("dialog", "People")
PEOPLE_LIST = role("list", "People", within=PEOPLE)
# Where the copied note goes: a stand-in for LinkedIn's "Add a note" box (added by paste_box).
PASTE_BOX = role("textbox", "LinkedIn's note box")


def how(label: str) -> Query:
    return role("radio", label, within=role("group", "How do you know them?"))


def why(label: str) -> Query:
    return role("checkbox", label, within=role("group", "Why connect?"))


def detail(label: str) -> Query:
    return role("textbox", label)


def finding(rule: str) -> Query:
    return {"css": f'li[data-rule="{rule}"]', "within": CHECKS}


# --- steps ----------------------------------------------------------------------------------


def open_page(session: Session, url: str) -> None:
    """Open the app and wait until its page has run (WebKit's navigation may return
    before the module scripts ran, so the app's own signal is what counts)."""
    session.goto(url)
    wait_for_page(session)


def open_app(session: Session, url: str) -> None:
    """Open the app and wait until Python answers."""
    open_page(session, url)
    wait_for_python(session)


def wait_for_page(session: Session) -> None:
    session.wait_for("() => typeof window.notewell === 'object'")


def wait_for_python(session: Session) -> None:
    wait_for_page(session)
    session.evaluate("async () => { await window.notewell.ready; }")


def call(session: Session, action: str, payload: dict[str, Any]) -> Any:
    """One request through the real worker, as the page makes it."""
    return session.evaluate("(a, p) => window.notewell.call(a, p)", action, payload)


def runtime(session: Session, *, settled: bool = False) -> dict[str, Any]:
    """How the worker started; with `settled`, once its snapshot work is over."""
    info: dict[str, Any] = call(session, "runtime", {"settled": settled})
    return info


def tap(session: Session, query: Query) -> None:
    """Tap the element once it is there, scrolled to the middle of the screen first, as a
    person would: at an edge, a bar or notice fixed there (the "Ready to work offline"
    toast) may cover it, and WebDriver then refuses the click (puppeteer hits the bar)."""
    wait_until_shown(session, query)
    session.evaluate(SCROLL_TO_MIDDLE, query)
    session.click(ELEMENT, query)


def fill(session: Session, query: Query, text: str) -> None:
    """Replace a field's text by typing, as a person does."""
    tap(session, query)
    session.evaluate(SELECT_ALL, query)
    session.type_text(text)


def type_at_end(session: Session, query: Query, text: str) -> None:
    tap(session, query)
    session.evaluate(CARET_AT_END, query)
    session.type_text(text)


def value(session: Session, query: Query) -> str:
    text: str = session.evaluate(VALUE, query)
    return text


def text(session: Session, query: Query) -> str:
    shown: str = session.evaluate(TEXT, query)
    return shown


def wait_for_value(session: Session, query: Query, expected: str) -> None:
    session.wait_for(f"(query, expected) => ({FIND})(query)?.value === expected", query, expected)


def wait_for_text(session: Session, query: Query, needle: str) -> None:
    session.wait_for(f"(q, needle) => ({FIND})(q)?.textContent.includes(needle)", query, needle)


def wait_until_shown(session: Session, query: Query) -> None:
    session.wait_for(SHOWN, query)


def wait_until_gone(session: Session, query: Query) -> None:
    session.wait_for(f"(query) => ({FIND})(query) === null", query)


def compose(
    session: Session, name: str, how_label: str, how_details: dict[str, str], why_labels: list[str]
) -> None:
    """Fill the compose form as a person would: name, how, its details, reasons."""
    fill(session, FIRST_NAME, name)
    tap(session, how(how_label))
    for label, typed in how_details.items():
        fill(session, detail(label), typed)
    for label in why_labels:
        tap(session, why(label))


# Drafts update as the user types: wait until the list shows the current details.
DRAFTS_SHOW = f"""(drafts, needles) => {{
    const list = ({FIND})(drafts);
    const items = list ? [...list.querySelectorAll(':scope > li')] : [];
    return items.length >= 2
        && items.every((li) => needles.every((n) => li.textContent.includes(n)));
}}"""


def wait_for_drafts(session: Session, *needles: str) -> None:
    session.wait_for(DRAFTS_SHOW, DRAFTS, list(needles))


def draft(number: int) -> Query:
    return {"css": f":scope > li:nth-child({number})", "within": DRAFTS}


def use_draft(session: Session, number: int) -> str:
    """Tap "Use draft N"; answer the Note's text once it holds that draft."""
    tap(session, role("button", f"Use draft {number}"))
    session.wait_for(f"(query) => ({FIND})(query).value !== ''", NOTE)
    return value(session, NOTE)


def open_finding(session: Session, rule: str) -> None:
    """Open a finding's line, so its excerpt, advice and fixes show (a tap, if closed)."""
    toggle = {"css": "button[aria-expanded]", "within": finding(rule)}
    expanded = f"(query) => ({FIND})(query)?.getAttribute('aria-expanded')"
    wait_until_shown(session, toggle)
    if session.evaluate(expanded, toggle) == "false":
        tap(session, toggle)
    session.wait_for(f"(query) => ({expanded})(query) === 'true'", toggle)


def tap_fix(session: Session, rule: str) -> None:
    """Tap the fix a finding offers ("Fix: ..."), opening its line first."""
    open_finding(session, rule)
    tap(session, role("button", "Fix: ", exact=False, within=finding(rule)))


def open_people(session: Session) -> None:
    """Open the People sheet and wait until it shows the stored people."""
    tap(session, role("button", "People"))
    session.wait_for(
        f"(query) => ({FIND})(query)?.querySelector('#people-summary').textContent !== ''",
        PEOPLE,
    )


def close_people(session: Session) -> None:
    tap(session, role("button", "Close", within=PEOPLE))
    wait_until_gone(session, PEOPLE)


def person_shown(session: Session, *needles: str) -> None:
    """Wait until the People list shows one person whose line holds every needle."""
    session.wait_for(
        f"""(list, needles) => [...(({FIND})(list)?.children ?? [])]
            .some((person) => needles.every((n) => person.textContent.includes(n)))""",
        PEOPLE_LIST,
        list(needles),
    )


# "Copied" shows for a few seconds, which a loaded machine's driver may take to return
# from a tap: what the status said is kept (window.copiedSaid) until it is read.
WATCH_FOR_COPIED = """() => {
    const status = document.getElementById("copy-status");
    window.copiedSaid = false;
    new MutationObserver((_, observer) => {
        if (!status.textContent.startsWith("Copied")) return;
        window.copiedSaid = true;
        observer.disconnect();
    }).observe(status, { childList: true, characterData: true, subtree: true });
}"""


def copy(session: Session, *, anyway: bool = False) -> None:
    """Tap Copy and wait for the app to say it is copied; with `anyway`, the app first
    asks (the note is too long or has an error) and the answer is "Copy anyway"."""
    session.evaluate(WATCH_FOR_COPIED)
    tap(session, COPY)
    if anyway:
        tap(session, role("button", "Copy anyway", within=role("alertdialog", "Copy it anyway?")))
    session.wait_for("() => window.copiedSaid")


def paste_elsewhere(session: Session) -> str:
    """Paste with the keyboard into a box standing in for LinkedIn's; answer what arrived
    (the box goes again)."""
    session.evaluate(
        """(name) => {
            const box = document.createElement("textarea");
            box.setAttribute("aria-label", name);
            document.body.append(box);
        }""",
        PASTE_BOX["name"],
    )
    tap(session, PASTE_BOX)
    session.paste()
    session.wait_for(f"(query) => ({FIND})(query).value !== ''", PASTE_BOX)
    pasted = value(session, PASTE_BOX)
    session.evaluate(f"(query) => ({FIND})(query).remove()", PASTE_BOX)
    return pasted


def wait_until_saved(session: Session) -> None:
    """The last edit is in IndexedDB (the app says so within a second)."""
    session.wait_for("() => document.getElementById('save-status')?.dataset.state === 'saved'")


def wait_until_offline_ready(session: Session) -> None:
    """The service worker has precached the build and controls the page."""
    session.wait_for("() => navigator.serviceWorker && navigator.serviceWorker.controller !== null")
    session.evaluate("async () => { await navigator.serviceWorker.ready; }")
