"""Every word the app shows has a translation in each language it speaks (web/i18n/).

The keys are the English texts (notewell_build.i18n finds them in the scripts, the static
page and pycore's kinds); a missing, stale or misshapen translation fails here, before a
user sees English in the middle of German.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest

from notewell_build import i18n

WEB = Path(__file__).resolve().parents[2] / "web"
LANGUAGES = ("es", "fr", "de", "pt")
PLACEHOLDER = re.compile(r"\{(\w+)\}")


# Read when a test runs, not when the module is imported: inside Pyodide (tests/browser_unit)
# there is no web/, and these tests are deselected there as the build's are.
@functools.cache
def app_keys() -> tuple[set[str], set[str]]:
    return i18n.app_keys(WEB)


@functools.cache
def catalogs() -> dict[str, dict[str, object]]:
    return i18n.catalogs(WEB)


def every_key() -> set[str]:
    plain, counted = app_keys()
    return plain | counted


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def test_the_keys_are_found_in_scripts_page_and_kinds() -> None:
    plain, counted = app_keys()
    assert {
        "Saved on this device",
        "Copy",
        "Met at an event",
        "Event",
        ": show the checks",
    } <= plain
    assert "{count} drafts ready" in counted
    assert "Notewell" not in plain  # the brand is marked translate="no"


def test_page_keys_collapse_whitespace_and_skip_what_is_not_words() -> None:
    page = """<title>A  title</title><p>Two
      lines</p><span translate="no">Brand</span><span>0 / 200</span>
      <button aria-label="Close"><svg><text>icon</text></svg></button>
      <input placeholder="Name, company"><script>t("not a text")</script>"""
    assert i18n.page_keys(page) == {"A title", "Two lines", "Close", "Name, company"}


def test_script_keys_read_t_and_tn_literals() -> None:
    source = 't("Saved")\ntn(\n  "{count} tip",\n  "{count} tips",\n  n\n)\nt("say \\"hi\\"")'
    assert i18n.script_keys(source) == ({"Saved", 'say "hi"'}, {"{count} tips"})


def test_no_key_is_a_template() -> None:
    """A template literal as a key could never match a catalog entry."""
    templates = {
        script.name: calls
        for script in sorted(WEB.glob("*.js"))
        if (calls := i18n.template_calls(script.read_text(encoding="utf-8")))
    }
    assert templates == {}


def test_each_language_has_a_catalog() -> None:
    assert sorted(catalogs()) == sorted(LANGUAGES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_text_is_translated(lang: str) -> None:
    catalog = catalogs()[lang]
    missing = sorted(key for key in every_key() if key not in catalog)
    assert missing == [], f"{lang}.json lacks {len(missing)} translations"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_translation_is_stale(lang: str) -> None:
    stale = sorted(key for key in catalogs()[lang] if key not in every_key())
    assert stale == [], f"{lang}.json translates texts the app no longer shows"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_their_placeholders_and_plural_forms(lang: str) -> None:
    _, counted = app_keys()
    for key, entry in catalogs()[lang].items():
        if key in counted:
            assert isinstance(entry, dict) and {"one", "other"} <= entry.keys(), key
            for text in entry.values():
                assert placeholders(text) <= placeholders(key) | {"count"}, (key, text)
            assert placeholders(key) <= placeholders(entry["other"]), key
        else:
            assert isinstance(entry, str) and entry.strip(), key
            assert placeholders(entry) == placeholders(key), (key, entry)
