"""`hidden-character`: characters LinkedIn counts that nobody sees (U+200B, U+202E ...)."""

from __future__ import annotations

from collections.abc import Iterator

from ..lang import say
from ..model import Finding, Fix, Note
from ..textutil import hidden_spans
from .matching import head

RULE = "hidden-character"


def names(lang: str) -> dict[str, str]:
    """Each of `pycore.textutil.HIDDEN_CHARACTERS` by its name, in language `lang`."""
    return {
        "\u200b": say(lang, "zero-width space"),
        "\u200c": say(lang, "zero-width non-joiner"),
        "\u200d": say(lang, "zero-width joiner"),
        "\u202a": say(lang, "left-to-right embedding"),
        "\u202b": say(lang, "right-to-left embedding"),
        "\u202c": say(lang, "pop directional formatting"),
        "\u202d": say(lang, "left-to-right override"),
        "\u202e": say(lang, "right-to-left override"),
        "\u2066": say(lang, "left-to-right isolate"),
        "\u2067": say(lang, "right-to-left isolate"),
        "\u2068": say(lang, "first strong isolate"),
        "\u2069": say(lang, "pop directional isolate"),
        "\ufeff": say(lang, "byte order mark"),
    }


def check(note: Note) -> Iterator[Finding]:
    """LinkedIn's box counts every character (GUIDE.md: counting), including the invisible
    ones that text copied from a web page, a document or a chat app carries: zero-width
    spaces, byte order marks, direction embeddings, overrides and isolates, and joiners
    that join nothing. They take room from the limit, can split a word so it no longer
    reads as one, and a direction override shows the text after it reversed. A joiner
    inside an emoji or between letters of a joining script is writing, not debris. No
    words are read, so it runs on a note in any language.
    """
    text = head(note.text)
    spans = hidden_spans(text)
    named = names(note.lang) if spans else {}
    for start, end in spans:
        run = text[start:end]
        listed = ", ".join(f"{named[char]}, U+{ord(char):04X}" for char in dict.fromkeys(run))
        if len(run) == 1:
            label = "remove an invisible character"
            message = say(
                note.lang,
                "An invisible character ({names}): LinkedIn counts it but nobody sees it, "
                "and it can split or reorder the words beside it.",
                names=listed,
            )
            suggestion = say(
                note.lang, "Remove it: text pasted from elsewhere often carries these."
            )
        else:
            label = f"remove {len(run)} invisible characters"
            message = say(
                note.lang,
                "{count} invisible characters ({names}): LinkedIn counts them but nobody sees "
                "them, and they can split or reorder the words beside them.",
                count=len(run),
                names=listed,
            )
            suggestion = say(
                note.lang, "Remove them: text pasted from elsewhere often carries these."
            )
        removal = Fix(label, start, end, replacement="")
        yield Finding(RULE, "warning", start, end, message, suggestion, fix=removal)
