"""Drafts in Spanish, French, German and Portuguese from details typed in that language:
every kind gives three drafts that pass the checker in the language, read as that
language, keep to the register asked for (tú/usted, tu/vous, du/Sie, tu/você), and fuse
prepositions with articles as the language does ("au", "beim", "no")."""

from __future__ import annotations

import re

import pytest

from pycore import draft
from pycore.kinds import HOW_KINDS, WHY
from pycore.lang import detect, es
from pycore.model import TextKind

# Details as people type them in each language, articles included where they would be.
DETAILS = {
    "es": {
        "event": "el meetup de Python", "when": "ayer", "topic": "tipado",
        "talk": "Escalar Postgres", "company": "Cabify", "team": "equipo de pagos",
        "org": "la Complutense", "mutual": "Laura Vidal", "work": "post sobre Rust",
        "found": "buscando expertos en Rust", "advice": "pasar a producto",
        "call": "un café la semana que viene", "collab": "un podcast sobre datos",
    },
    "fr": {
        "event": "le meetup Python", "when": "hier", "topic": "le typage",
        "talk": "Passer à l'échelle", "company": "Capgemini", "team": "(équipe Airbus)",
        "org": "HEC", "mutual": "Sarah Benali", "work": "article sur Rust",
        "found": "en cherchant des experts Rust", "advice": "la reconversion",
        "call": "un café mardi", "collab": "un podcast",
    },
    "de": {
        "event": "das Python-Meetup", "when": "gestern", "topic": "Typisierung",
        "talk": "Postgres skalieren", "company": "Zalando", "team": "im Checkout-Team",
        "org": "die TU München", "mutual": "Claudia Weiß", "work": "Studie über Rust",
        "found": "bei der Suche nach Rust-Experten", "advice": "Produktmanagement",
        "call": "ein kurzes Telefonat", "collab": "Podcasts",
    },
    "pt": {
        "event": "o meetup de Python", "when": "ontem", "topic": "tipagem",
        "talk": "Escalar Postgres", "company": "o Nubank", "team": "(time de pagamentos)",
        "org": "a USP", "mutual": "Paula Rocha", "work": "palestra sobre Rust",
        "found": "pelo GitHub", "advice": "a transição para produto",
        "call": "um café na terça", "collab": "um podcast",
    },
}
# Words of each register: a formal draft has none of the informal ones, and the other way.
REGISTERS = {
    "es": ({"te", "tu", "contigo", "conocerte", "pedirte", "contarte"}, {"usted", "le", "su"}),
    "fr": ({"tu", "te", "toi", "ton", "ta", "t"}, {"vous", "votre"}),
    "de": ({"du", "dich", "dir", "dein", "deine", "deinem", "deinen"}, {"Sie", "Ihnen", "Ihr"}),
    "pt": ({"tu", "te", "contigo", "teu", "tua", "ti"}, {"você", "lhe", "seu", "sua"}),
}
# Preposition and article that the language always fuses.
UNFUSED = {
    "es": r"\b(?:a|de) el\b",
    "fr": r"\b(?:à|de) (?:le|les)\b",
    "de": r"\bbei (?:dem|das)\b",
    "pt": r"\b(?:em|de|por) (?:o|a|os|as)\b",
}
WHYS = {
    "event": ["stay", "advice"], "talk": ["follow"], "worked": ["stay"],
    "same-org": ["advice"], "mutual": ["collaborate"], "their-work": ["follow"],
    "never-met": ["advice"], "close": ["stay"],
}


@pytest.mark.parametrize("text_kind", ["invite", "message"])
@pytest.mark.parametrize("formal", [False, True], ids=["informal", "formal"])
@pytest.mark.parametrize("how", [kind.id for kind in HOW_KINDS])
@pytest.mark.parametrize("lang", list(DETAILS))
def test_every_kind_drafts_well_in_every_language(
    lang: str, how: str, formal: bool, text_kind: TextKind
) -> None:
    """Notes, and first messages after they accept (with no note sent: they say how you
    know each other too)."""
    details = DETAILS[lang]
    kinds = [kind for kind in HOW_KINDS if kind.id == how] + [WHY[why] for why in WHYS[how]]
    slots = {slot.id: details[slot.id] for kind in kinds for slot in kind.slots}
    limit = 300 if text_kind == "invite" else None
    result = draft(
        name="Ana", how=how, why=WHYS[how], slots=slots, limit=limit, lang=lang, formal=formal,
        kind=text_kind,
    )
    assert result.problem is None
    assert len(result.drafts) == 3
    informal_words, formal_words = REGISTERS[lang]
    wrong_register = formal_words if not formal else informal_words
    for item in result.drafts:
        assert item.report.verdict == "ready", (item.text, item.report.findings)
        assert item.report.language == lang
        assert detect(item.text) == lang, item.text
        assert "Ana" in item.text
        words = set(re.findall(r"\w+", item.text))
        assert not words & wrong_register, (item.text, words & wrong_register)
        assert not re.search(UNFUSED[lang], item.text), item.text


def test_contractions_and_articles_follow_the_typed_details() -> None:
    def warm(lang: str, how: str, slots: dict[str, str], formal: bool = False) -> str:
        result = draft(name="Léa", how=how, why=["stay"], slots=slots, lang=lang, formal=formal)
        return next(item.text for item in result.drafts if item.tone == "warm")

    assert "au salon VivaTech" in warm("fr", "event", {"event": "le salon VivaTech"})
    assert "à la conférence" in warm("fr", "event", {"event": "la conférence MiXiT"})
    assert "beim Barcamp" in warm("de", "event", {"event": "das Barcamp Köln"})
    assert "bei der PyCon" in warm("de", "event", {"event": "die PyCon"})
    assert "no meetup" in warm("pt", "event", {"event": "o meetup de React"})
    assert "na Campus Party" in warm("pt", "event", {"event": "a Campus Party"})
    assert "ta newsletter" in warm("fr", "their-work", {"work": "newsletter sur le climat"})
    assert "ton article" in warm("fr", "their-work", {"work": "article sur le climat"})
    assert "deiner Studie" in warm("de", "their-work", {"work": "Studie zu Wärmepumpen"})
    assert "deinem Beitrag" in warm("de", "their-work", {"work": "Beitrag zu Wärmepumpen"})
    assert "da sua palestra" in warm("pt", "their-work", {"work": "palestra sobre IA"}, True)
    assert "do seu post" in warm("pt", "their-work", {"work": "post sobre IA"}, True)


def test_spanish_joins_with_e_before_an_i_sound() -> None:
    join = es.DRAFTING.join
    assert join(["seguir en contacto", "informarme"]) == "seguir en contacto e informarme"
    assert join(["aprender", "hilar fino"]) == "aprender e hilar fino"
    assert join(["agua", "hierba"]) == "agua y hierba"  # "hie-" is no i sound
    assert join(["a", "b", "c"]) == "a, b y c"


def test_an_unknown_language_or_a_non_boolean_formal_is_refused() -> None:
    with pytest.raises(ValueError, match="'lang' must be one of en, es, fr, de, pt"):
        draft(name="Ana", how="close", why=["stay"], lang="nl")
    with pytest.raises(ValueError, match="'formal' must be true or false"):
        draft(name="Ana", how="close", why=["stay"], lang="es", formal="yes")  # type: ignore[arg-type]
