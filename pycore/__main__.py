"""The command line: `python -m pycore check|draft|kinds|profile` (also `notewell`).

Every command calls the same action functions the browser reaches through `pycore.api`,
so `--format json` prints exactly what the web page receives (spans as UTF-16 offsets).
Exit status: 0 when the note is ready (or drafts came back, or the text names a person),
1 when it needs revising (or the details cannot fit the limit, or the text is no profile),
2 for bad usage, with the reason on stderr.
"""

from __future__ import annotations

import argparse
import bisect
import io
import json
import os
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any, TextIO

from . import api
from .lang import AUTO, CHOICES, LANGUAGES, NAMES, UNDETERMINED
from .model import DEFAULT_LIMIT, LIMITS, MESSAGE_LIMIT, PREMIUM_LIMIT, RELATIONSHIPS, TEXT_KINDS
from .textutil import utf16_offsets

EXIT_OK, EXIT_REVISE, EXIT_USAGE = 0, 1, 2
# Excerpts under a finding are cut to this many terminal columns around the span.
EXCERPT_COLUMNS = 72
# Text that has no terminal rendering: a control character would move the cursor and a lone
# surrogate cannot be encoded; both are shown as the replacement character in excerpts.
SHOWN_AS_REPLACEMENT = frozenset({"Cc", "Cs"})


class UsageError(Exception):
    """Input the command cannot use; the message is printed and the exit status is 2."""


def main(argv: Sequence[str] | None = None) -> int:
    make_output_safe(sys.stdout)
    make_output_safe(sys.stderr)
    parser = make_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except (UsageError, TypeError, ValueError) as error:
        # api.RequestError is a ValueError: the actions' own, user-facing messages.
        parser.exit(EXIT_USAGE, f"{parser.prog} {args.command}: error: {error}\n")
    except BrokenPipeError:
        # The reader left (`| head`): say nothing more, as the Python docs recommend.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_REVISE


def make_output_safe(stream: TextIO) -> None:
    """Never crash on output: lone surrogates (a note can carry them) print as escapes."""
    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(errors="backslashreplace")


# Optional draft details, by option name (the payload key uses '_' for '-').
DRAFT_OPTIONS = {
    "company": "their company",
    "role": "their role",
    "full-name": "their full name",
    "profile-url": "their LinkedIn profile address",
    "ask": "a specific ask, e.g. 'a 15-minute call next week'",
    "about": "one line about you",
    "sign-off": "your name, to sign the note",
}


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="notewell",
        description="Check and draft LinkedIn connection notes.",
        epilog="Exit status: 0 ready, 1 needs revising, 2 bad usage.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = commands.add_parser(
        "check",
        help="check a note and explain what is weak",
        description="Check a note, or with --kind message the first message after they "
        "accept. Put TEXT after -- when it starts with a dash.",
    )
    add_kind(check)
    add_limit(check)
    check.add_argument(
        "--relationship",
        choices=RELATIONSHIPS,
        default="other",
        help="'close' if you know them well (the canned text is fine then); default: other",
    )
    check.add_argument("--name", help="their first name, to check the greeting")
    check.add_argument("--company", help="their company, to fill a template slot")
    check.add_argument("--event", help="the event where you met, to fill a template slot")
    check.add_argument("--sender-name", help="your own name, to fill a template slot")
    check.add_argument(
        "--lang",
        choices=CHOICES,
        default=AUTO,
        help="the note's language; 'auto' (the default) detects it",
    )
    add_format(check)
    add_text(check, "the note")
    check.set_defaults(run=run_check)

    draft = commands.add_parser(
        "draft",
        help="write 2-3 notes from who they are, how you know them and why",
        description="Write drafts that fit the limit, or with --kind message drafts of the "
        "first message after they accept. List the how and why kinds with: notewell kinds",
    )
    add_kind(draft)
    draft.add_argument("--name", required=True, help="their first name")
    draft.add_argument("--how", required=True, metavar="ID", help="how you know them (one kind)")
    draft.add_argument(
        "--why",
        required=True,
        action="append",
        metavar="ID",
        help="why you want to connect (repeat for more than one)",
    )
    draft.add_argument(
        "--slot",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a detail of the chosen kinds, e.g. --slot event='PyCon Lisbon'",
    )
    add_limit(draft)
    draft.add_argument(
        "--lang", choices=LANGUAGES, default="en", help="the language to write in (default: en)"
    )
    draft.add_argument(
        "--formal",
        action="store_true",
        help="address them formally where the language has a choice (usted, vous, Sie, você)",
    )
    for option, help_text in DRAFT_OPTIONS.items():
        draft.add_argument(f"--{option}", help=help_text)
    add_format(draft)
    draft.set_defaults(run=run_draft)

    kinds = commands.add_parser("kinds", help="list the kinds --how and --why accept")
    add_format(kinds)
    kinds.set_defaults(run=run_kinds)

    profile = commands.add_parser(
        "profile",
        help="read a LinkedIn profile address, a vCard or a MECARD",
        description="Who a LinkedIn address, a text shared from LinkedIn, a vCard or a "
        "MECARD (as in a QR code) is about: the profile's address, names and company.",
    )
    add_format(profile)
    add_text(profile, "the address or card")
    profile.set_defaults(run=run_profile)
    return parser


def add_kind(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--kind",
        choices=TEXT_KINDS,
        default="invite",
        help="invite: the invitation's note (the default); message: the first message "
        "after they accept",
    )
    parser.add_argument(
        "--sent-note",
        metavar="TEXT",
        help="with --kind message: the note the invitation carried (leave it out when it "
        "went without one)",
    )


def add_limit(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--limit",
        type=int,
        metavar="N",
        help=f"the limit: for a note {DEFAULT_LIMIT} free (the default), {PREMIUM_LIMIT} "
        f"Premium; for a message {MESSAGE_LIMIT} (the default)",
    )


def add_format(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text for people (default) or json, the same data the web app gets",
    )


def add_text(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "text",
        nargs="?",
        default="-",
        metavar="TEXT",
        help=f"{what}; '-' or nothing reads it from standard input",
    )


# --- check ----------------------------------------------------------------------------


def run_check(args: argparse.Namespace) -> int:
    text = read_stdin() if args.text == "-" else args.text
    payload: dict[str, Any] = {
        "text": text,
        "limit": args.limit,
        "relationship": args.relationship,
        "name": args.name,
        "lang": args.lang,
        "company": args.company,
        "event": args.event,
        "sender_name": args.sender_name,
        "kind": args.kind,
        "sent_note": args.sent_note,
    }
    result = api.ACTIONS["check"](payload)
    if args.format == "json":
        print_json(result)
    else:
        print(render_report(text, result))
    return EXIT_OK if result["verdict"] == "ready" else EXIT_REVISE


def read_stdin() -> str:
    """The note from standard input, without the one line break that ends a piped file."""
    if sys.stdin is None:
        raise UsageError("no TEXT given and there is no standard input to read")
    if sys.stdin.isatty():
        print("Type or paste the note, then press Ctrl-D.", file=sys.stderr)
    # Invalid UTF-8 becomes U+FFFD, as a browser shows it, rather than an error.
    text = sys.stdin.buffer.read().decode("utf-8", errors="replace")
    for ending in ("\r\n", "\n"):
        if text.endswith(ending):
            return text[: -len(ending)]
    return text


def render_report(text: str, result: dict[str, Any]) -> str:
    """A report for people: the count, the verdict, then each finding under its excerpt."""
    findings = result["findings"]
    verdict = "Ready to send" if result["verdict"] == "ready" else "Revise before sending"
    lines = [f"{result['length']} / {result['limit']} characters", f"{verdict}{tally(findings)}"]
    if not result["wording_checked"]:
        readable = ", ".join(NAMES[code] for code in LANGUAGES[:-1])
        language = "unknown" if result["language"] == UNDETERMINED else result["language"]
        lines.append(
            f"Wording not checked: Notewell reads {readable} and {NAMES[LANGUAGES[-1]]} "
            f"(this note's language: {language})."
        )
    # The JSON spans are UTF-16 offsets; map them back to indices into this str.
    index_of = {unit: index for index, unit in enumerate(utf16_offsets(text))}
    breaks = [index for index, ch in enumerate(text) if ch == "\n"]
    for number, finding in enumerate(findings, start=1):
        start, end = index_of[finding["start"]], index_of[finding["end"]]
        lines += ["", f"{number}. {finding['severity']} [{finding['rule']}] {finding['message']}"]
        lines += ["   " + line for line in excerpt(text, breaks, start, end)]
        if finding["suggestion"]:
            lines.append(f"   Try: {finding['suggestion']}")
        if finding["fix"]:
            lines.append(f"   Fix: {finding['fix']['label']}")
    return "\n".join(lines)


def tally(findings: list[dict[str, Any]]) -> str:
    """': 1 error, 2 tips' style summary, empty when there are no findings."""
    counts: dict[str, int] = {}
    for finding in findings:
        counts[finding["severity"]] = counts.get(finding["severity"], 0) + 1
    parts = [f"{n} {severity}{'' if n == 1 else 's'}" for severity, n in counts.items()]
    return f": {', '.join(parts)}" if parts else ""


def excerpt(text: str, breaks: list[int], start: int, end: int) -> list[str]:
    """The line holding `start`, cut to fit a terminal, with carets under text[start:end].

    `breaks` are the indices of the line breaks in `text`. A span that runs past its line
    gets a trailing '...'; an empty span gets one caret. Only the shown part of the line is
    measured, so a megabyte on one line costs no more than a short note.
    """
    line = bisect.bisect_left(breaks, start)
    line_start = breaks[line - 1] + 1 if line else 0
    line_end = breaks[line] if line < len(breaks) else len(text)
    # Some context before the span, then as much as fits (a character is 0-2 columns).
    first = max(line_start, start - EXCERPT_COLUMNS // 3)
    window = [display(ch) for ch in text[first : min(line_end, first + 2 * EXCERPT_COLUMNS)]]
    shown = used = 0
    while shown < len(window) and used + window[shown][1] <= EXCERPT_COLUMNS:
        used += window[shown][1]
        shown += 1
    pad = sum(width for _, width in window[: start - first])
    marked = sum(width for _, width in window[start - first : min(end - first, shown)])
    prefix = f"line {line + 1}: " + ("..." if first > line_start else "")
    suffix = "..." if first + shown < line_end else ""
    carets = "^" * max(1, marked) + ("..." if end > first + shown else "")
    return [
        prefix + "".join(glyph for glyph, _ in window[:shown]) + suffix,
        " " * (len(prefix) + pad) + carets,
    ]


def display(ch: str) -> tuple[str, int]:
    """How one character shows in a terminal, and how many columns it takes."""
    category = unicodedata.category(ch)
    if ch == "\t":
        return " ", 1
    if category in SHOWN_AS_REPLACEMENT:
        return "\N{REPLACEMENT CHARACTER}", 1
    if category in ("Mn", "Me", "Cf"):  # combining marks, joiners: drawn on the cell before
        return ch, 0
    return ch, 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


# --- draft and kinds --------------------------------------------------------------------


def run_draft(args: argparse.Namespace) -> int:
    payload: dict[str, Any] = {
        "name": args.name,
        "how": args.how,
        "why": args.why,
        "slots": parse_slots(args.slot),
        "limit": args.limit,
        "lang": args.lang,
        "formal": args.formal,
        "kind": args.kind,
        "sent_note": args.sent_note,
    }
    for option in DRAFT_OPTIONS:
        value = getattr(args, option.replace("-", "_"))
        if value is not None:
            payload[option.replace("-", "_")] = value
    result = api.ACTIONS["draft"](payload)
    if args.format == "json":
        print_json(result)
    else:
        print(render_drafts(result, args.limit or LIMITS[args.kind]))
    return EXIT_REVISE if result["problem"] else EXIT_OK


def parse_slots(pairs: list[str]) -> dict[str, str]:
    slots: dict[str, str] = {}
    for pair in pairs:
        key, equals, value = pair.partition("=")
        if not equals or not key.strip():
            raise UsageError(f"--slot expects KEY=VALUE, got {pair!r}")
        slots[key.strip()] = value
    return slots


def render_drafts(result: dict[str, Any], limit: int) -> str:
    problem = result["problem"]
    if problem:
        fields = ", ".join(problem["fields"])
        return f"No draft fits: {problem['message']}" + (f"\nShorten: {fields}" if fields else "")
    blocks = []
    for number, draft in enumerate(result["drafts"], start=1):
        counted = f"{draft['length']} / {limit} characters"
        heading = f"Draft {number} ({draft['tone']}): {counted}, {draft['verdict']}"
        body = "\n".join("  " + line for line in draft["text"].split("\n"))
        blocks.append(f"{heading}\n{body}")
    return "\n\n".join(blocks)


def run_kinds(args: argparse.Namespace) -> int:
    result = api.ACTIONS["kinds"]({})
    if args.format == "json":
        print_json(result)
    else:
        print(render_kinds(result))
    return EXIT_OK


def render_kinds(result: dict[str, Any]) -> str:
    sections = {
        "how": "How do you know them? (choose one: --how ID)",
        "why": "Why connect? (one or more: --why ID --why ID)",
    }
    lines: list[str] = []
    for key, title in sections.items():
        if lines:
            lines.append("")
        lines.append(title)
        for kind in result[key]:
            lines.append(f"  {kind['id']:<12} {kind['label']}")
            for slot in kind["slots"]:
                required = "required" if slot["required"] else "optional"
                lines.append(f"      --slot {slot['id']}=...  {slot['label']} ({required})")
    return "\n".join(lines)


# --- profile ----------------------------------------------------------------------------

PROFILE_LABELS = {
    "profile_url": "Profile",
    "first_name": "First name",
    "full_name": "Full name",
    "company": "Company",
}


def run_profile(args: argparse.Namespace) -> int:
    text = read_stdin() if args.text == "-" else args.text
    result = api.ACTIONS["profile"]({"text": text})
    if args.format == "json":
        print_json(result)
    elif result["problem"]:
        print(result["problem"]["message"])
    else:
        width = max(map(len, PROFILE_LABELS.values())) + 1
        for key, label in PROFILE_LABELS.items():
            print(f"{label + ':':<{width}} {result[key] or '(unknown)'}")
    return EXIT_REVISE if result["problem"] else EXIT_OK


def print_json(result: Any) -> None:
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    sys.exit(main())
