"""Which language a note is in, and what that changes: the wording rules read that
language's tables and speak it; in a language Notewell does not read, only the rules
that read no words run, and the report says the wording was not checked (issue 12)."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from case_tables import corpora, corpus_languages, rule_cases
from pycore import api, check, rules
from pycore.lang import CATALOGS, LANGUAGES, UNDETERMINED, detect
from pycore.rules import RULES, WORDING_RULES, hidden_character
from pycore.textutil import HIDDEN_CHARACTERS

# Where the installed rules are (in the browser, pycore is the app's wheel, not the repo).
RULES_DIR = Path(rules.__file__).parent


def test_every_english_note_and_case_is_read_as_english() -> None:
    texts = [note["text"] for notes in corpora().values() for note in notes]
    texts += [case["text"] for language, _, _, case in rule_cases() if language == "en"]
    foreign = [(detect(text), text) for text in texts if detect(text) != "en"]
    assert foreign == []


def test_notes_in_the_languages_notewell_reads_are_read_in_their_language() -> None:
    wrong = [
        (note["language"], detect(note["text"]), note["text"])
        for note in corpus_languages()
        if note["language"] in LANGUAGES and detect(note["text"]) != note["language"]
    ]
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # A foreign greeting does not make an English note foreign, nor a foreign name.
        ("Hola Marta! Great meeting you at the fintech meetup.", "en"),
        ("Hi Zoë, loved the Café Bohème founders night in Montréal.", "en"),
        ("Hallo Jonas, great chatting yesterday!", "en"),
        # Short notes: their few telling words decide; with none, English.
        ("Merci !", "fr"),
        ("¡Gracias!", "es"),
        ("Danke dir!", "de"),
        ("Obrigado!", "pt"),
        ("Ana 🙂", "en"),
        ("", "en"),
        ("https://example.com", "en"),
        # Languages Notewell does not read are named when known, "und" when not.
        ("Hoi Sanne, leuk je gisteren te ontmoeten op de meetup in Utrecht!", "nl"),
        ("Ciao Giulia, è stato un piacere conoscerti al meetup di Milano!", "it"),
        ("田中さん、先日はありがとうございました。", "ja"),
        ("王先生您好\uff0c很高兴认识您。", "zh"),
        ("Привет, Дима! Давно не виделись.", "ru"),
        ("Kia ora Aroha, he pai te tūtaki ki a koe i te hui i Pōneke.", UNDETERMINED),
    ],
)
def test_the_language_of_short_mixed_and_foreign_notes(text: str, language: str) -> None:
    assert detect(text) == language


def test_no_rule_that_reads_words_fires_on_a_language_notewell_does_not_read() -> None:
    others = [note for note in corpus_languages() if note["language"] not in LANGUAGES]
    assert len(others) >= 40
    for note in others:
        report = check(note["text"], limit=note.get("limit", 200), name=note.get("name"))
        assert report.language not in LANGUAGES, note["text"]
        assert report.wording_checked is False
        assert {f.rule for f in report.findings}.isdisjoint(WORDING_RULES), note["text"]


def test_the_rules_that_read_no_words_still_run_on_any_language() -> None:
    text = "Beste [naam], ik zag je\u200b profiel!!! 🚀🚀🚀 https://bit.ly/x"
    report = check(text, limit=30)
    assert (report.language, report.wording_checked) == ("nl", False)
    expected = {"placeholder", "hidden-character", "exclamation", "emoji", "link", "length"}
    assert expected <= set(report.rules)
    assert check("\uff3b氏名\uff3d様、ご連絡いたしました。").rules == ("placeholder",)
    assert check("नमस्ते [नाम], आपसे मिलकर अच्छा लगा।").rules == ("placeholder",)


def test_lang_chooses_the_tables_and_auto_detects() -> None:
    canned = "Me gustaría añadirte a mi red profesional en LinkedIn."
    assert check(canned, lang="es").rules[0] == "default-text"
    assert check(canned).language == "es"
    # Read as English, the Spanish canned text is just words: no English phrase matches.
    assert "default-text" not in check(canned, lang="en").rules
    with pytest.raises(ValueError, match="lang must be one of auto, en, es, fr, de, pt"):
        check(canned, lang="nl")


def test_messages_are_in_the_notes_language() -> None:
    report = check("Hallo Herr Graf, ich suche eine Stelle. Danke!", lang="de")
    context = next(f for f in report.findings if f.rule == "missing-context")
    assert context.message.startswith("Nichts sagt")
    placeholder = check("Bonjour {prénom}, ravi d'avoir échangé hier au salon !")
    assert [f.message for f in placeholder.findings if f.rule == "placeholder"] == [
        "Champ de modèle non rempli : « {prénom} » ; il correspond à son prénom."
    ]
    hidden = check("Hola Marta,\u200b nos vimos ayer en el congreso de Bilbao.")
    assert [(f.message, f.suggestion) for f in hidden.findings if f.rule == "hidden-character"] == [
        (
            "Un carácter invisible (espacio de ancho cero, U+200B): LinkedIn lo cuenta pero "
            "nadie lo ve, y puede partir o desordenar las palabras de alrededor.",
            "Quítalo: el texto pegado de otro sitio suele traer caracteres así.",
        )
    ]


def test_every_hidden_character_is_named_in_every_language() -> None:
    for language in LANGUAGES:
        names = hidden_character.names(language)
        assert set(names) == set(HIDDEN_CHARACTERS), language
        assert len(set(names.values())) == len(names), language


def english_messages() -> set[str]:
    """The English text of every message and suggestion the rules pass to `say`."""
    said: set[str] = set()
    for path in RULES_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "say":
                english = node.args[1]
                if isinstance(english, ast.Constant):
                    said.add(english.value)
            # A message chosen by number ("1 character" or "{over} characters").
            branches = (node.body, node.orelse) if isinstance(node, ast.IfExp) else ()
            if all(isinstance(arg, ast.Constant) and "{" in str(arg.value) for arg in branches):
                said |= {arg.value for arg in branches if isinstance(arg, ast.Constant)}
    return said


def test_every_message_of_every_rule_is_translated_and_no_translation_is_stale() -> None:
    english = english_messages()
    assert len(english) > 2 * len(RULES)
    for language, catalog in CATALOGS.items():
        assert set(catalog) == english, (language, english ^ set(catalog))


def test_the_api_reports_the_language_and_whether_the_wording_was_checked() -> None:
    def result(payload: dict[str, object]) -> dict[str, object]:
        reply = json.loads(api.handle(json.dumps({"action": "check", "payload": payload})))
        assert reply["ok"], reply
        answer: dict[str, object] = reply["result"]
        return answer

    dutch = result({"text": "Hoi Sanne, leuk je gisteren te ontmoeten!"})
    assert (dutch["language"], dutch["wording_checked"]) == ("nl", False)
    spanish = result({"text": "Hola Ana, ¿hablamos?", "lang": "es"})
    assert (spanish["language"], spanish["wording_checked"]) == ("es", True)
    assert result({"text": "Hola Ana", "lang": None})["language"] == "es"
    reply = json.loads(
        api.handle(json.dumps({"action": "check", "payload": {"text": "x", "lang": "klingon"}}))
    )
    assert reply["error"]["name"] == "RequestError"
    assert "lang must be one of" in reply["error"]["message"]
