"""The app's own words that web/i18n.js translates, as its catalogs must hold them.

The English text is the key (gettext style): each `t("…")` and `tn("…", "…", n)` of the
page's scripts, each text and label of the static page (web/index.html) outside
translate="no", each kind and detail label pycore names (pycore.kinds) and each reason
it gives why a scanned or shared text names no person (pycore.profile). A catalog,
web/i18n/<lang>.json, maps a key to its text, or a `tn` key to one text per plural
category ({"one": …, "other": …}).
"""

from __future__ import annotations

import html.parser
import json
import re
from pathlib import Path

from pycore.kinds import HOW_KINDS, WHY_KINDS
from pycore.profile import MESSAGES as PROFILE_MESSAGES

# A JavaScript string literal in double quotes; t() and tn() take only such literals, so
# every key can be found here.
STRING = r'"((?:[^"\\\n]|\\.)*)"'
T_CALL = re.compile(r"\bt\(\s*" + STRING)
TN_CALL = re.compile(r"\btn\(\s*" + STRING + r"\s*,\s*" + STRING)
# A t() or tn() given a template literal: its key could never be in a catalog. (A
# variable is fine where its values are keys found elsewhere, as the kinds' labels are.)
TEMPLATE_CALL = re.compile(r"\btn?\(\s*`")
# The attributes web/i18n.js translates (ATTRIBUTES there).
ATTRIBUTES = ("aria-label", "placeholder", "title", "alt")
LETTER = re.compile(r"[^\W\d_]")
# Elements whose text is not the page's words.
SKIPPED = {"script", "style", "svg"}
VOID = {"meta", "link", "img", "input", "br", "hr", "source", "use", "path"}


def _literal(text: str) -> str:
    return str(json.loads(f'"{text}"'))


def script_keys(source: str) -> tuple[set[str], set[str]]:
    """The keys of a script's t() calls, and the (plural) keys of its tn() calls."""
    plain = {_literal(key) for key in T_CALL.findall(source)}
    counted = {_literal(other) for _one, other in TN_CALL.findall(source)}
    return plain, counted


def template_calls(source: str) -> list[str]:
    return [
        source[match.start() : source.find("\n", match.start())]
        for match in TEMPLATE_CALL.finditer(source)
    ]


class PageTexts(html.parser.HTMLParser):
    """The texts and translated attributes of a page, whitespace collapsed."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: set[str] = set()
        self.open: list[tuple[str, bool]] = []  # (tag, skipped) of each open element

    def skipping(self) -> bool:
        return any(skipped for _tag, skipped in self.open)

    def add(self, text: str) -> None:
        key = " ".join(text.split())
        if LETTER.search(key) and not self.skipping():
            self.texts.add(key)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        skipped = tag in SKIPPED or values.get("translate") == "no"
        if tag not in VOID:
            self.open.append((tag, skipped))
        if not skipped:
            for attribute in ATTRIBUTES:
                if values.get(attribute):
                    self.add(str(values[attribute]))

    def handle_endtag(self, tag: str) -> None:
        while self.open:
            if self.open.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        self.add(data)


def page_keys(page: str) -> set[str]:
    parser = PageTexts()
    parser.feed(page)
    return parser.texts


def pycore_keys() -> set[str]:
    """The texts pycore hands the app to show: its kinds' labels, and why a scanned or
    shared text names no person."""
    kinds = HOW_KINDS + WHY_KINDS
    labels = {kind.label for kind in kinds} | {slot.label for kind in kinds for slot in kind.slots}
    return labels | set(PROFILE_MESSAGES.values())


def app_keys(web: Path) -> tuple[set[str], set[str]]:
    """Every key of the app: (plain keys, plural keys)."""
    plain = page_keys((web / "index.html").read_text(encoding="utf-8")) | pycore_keys()
    counted: set[str] = set()
    for script in sorted(web.glob("*.js")):
        found, found_counted = script_keys(script.read_text(encoding="utf-8"))
        plain |= found
        counted |= found_counted
    return plain, counted


def catalogs(web: Path) -> dict[str, dict[str, object]]:
    return {
        path.stem: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted((web / "i18n").glob("*.json"))
    }
