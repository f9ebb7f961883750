"""The command line, run the way people run it: `python -m pycore` in a subprocess."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from pycore import api
from pycore.__main__ import excerpt, main

pytestmark = pytest.mark.cli

ROOT = Path(__file__).resolve().parents[2]
# A specific, friendly note: how they met, why connect, addressed by name. Ready anywhere.
GOOD_NOTE = (
    "Hi Zak, we met at PyCon Lisbon yesterday after your talk on type hints. "
    "I'd love to stay in touch and hear how the mypy plugin goes. Best, Ana"
)
CHECK_KEYS = {
    "verdict", "length", "limit", "language", "wording_checked", "kind", "findings"
}
FINDING_KEYS = {"rule", "severity", "start", "end", "message", "suggestion", "fix"}


def notewell(
    *args: str, stdin: bytes = b"", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the CLI; stdout is decoded strictly, so any badly encoded output fails the test."""
    done = subprocess.run(
        [sys.executable, "-m", "pycore", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        env=None if env is None else {**os.environ, **env},
        check=False,
    )
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    )


def check_json(*args: str, stdin: bytes = b"") -> tuple[int, dict[str, Any]]:
    done = notewell("check", "--format", "json", *args, stdin=stdin)
    assert done.stderr == ""
    return done.returncode, json.loads(done.stdout)


def under(rule: str, report: str) -> tuple[str, str]:
    """The excerpt line and the caret line printed under the first finding of `rule`."""
    lines = report.splitlines()
    heading = next(i for i, line in enumerate(lines) if f"[{rule}]" in line)
    return lines[heading + 1], lines[heading + 2]


# --- check ----------------------------------------------------------------------------


def test_a_ready_note_exits_0_and_says_so() -> None:
    done = notewell("check", "--name", "Zak", GOOD_NOTE)
    assert done.returncode == 0, done.stdout
    assert done.stdout.startswith(f"{len(GOOD_NOTE)} / 200 characters\n")
    assert "Ready to send" in done.stdout


def test_a_note_over_the_limit_exits_1_and_marks_the_part_that_does_not_fit() -> None:
    done = notewell("check", "--limit", "4", "abcdef")
    assert done.returncode == 1
    assert "6 / 4 characters" in done.stdout
    assert "Revise before sending" in done.stdout
    assert "error [length] 2 characters over the 4-character limit." in done.stdout
    shown, carets = under("length", done.stdout)
    # The carets sit exactly under "ef", the part past the limit.
    assert carets.index("^") == shown.index("ef")
    assert carets.strip() == "^^"


def test_carets_line_up_after_wide_characters() -> None:
    # Each emoji takes two terminal columns; the third one is past the limit of 4 units.
    done = notewell("check", "--limit", "4", "\N{GRINNING FACE}" * 3 + "abc")
    shown, carets = under("length", done.stdout)
    assert carets.index("^") == shown.index("\N{GRINNING FACE}") + 4
    assert carets.strip() == "^" * (2 + 3)


def test_a_megabyte_on_one_line_shows_a_short_excerpt() -> None:
    done = notewell("check", stdin=b"word " * 150_000)
    assert done.returncode == 1
    assert "750000 / 200 characters" in done.stdout
    lines = done.stdout.splitlines()
    excerpts = [i for i, line in enumerate(lines) if line.startswith("   line 1: ")]
    assert excerpts
    assert max(len(lines[i]) + len(lines[i + 1]) for i in excerpts) < 2 * 90


@pytest.mark.parametrize(
    ("text", "start", "end", "shown"),
    [
        ("abc", 1, 1, ["line 1: abc", "         ^"]),  # an empty span: one caret
        ("ab\ncd\nef", 4, 8, ["line 2: cd", "         ^..."]),  # runs past its line
        ("x\u0301yz", 2, 3, ["line 1: x\u0301yz", "         ^"]),  # a combining mark: 0 cols
        ("\x00\tb", 2, 3, ["line 1: \ufffd b", "          ^"]),  # control characters
    ],
)
def test_excerpt_marks_the_span_under_its_line(
    text: str, start: int, end: int, shown: list[str]
) -> None:
    breaks = [i for i, ch in enumerate(text) if ch == "\n"]
    assert excerpt(text, breaks, start, end) == shown


def test_json_is_exactly_what_the_api_answers() -> None:
    text = "\N{GRINNING FACE}" * 3 + "abc"
    code, result = check_json("--limit", "4", "--name", "Zak", text)
    assert code == 1
    assert result == api.check_action({"text": text, "limit": 4, "name": "Zak"})
    assert set(result) == CHECK_KEYS
    length = next(f for f in result["findings"] if f["rule"] == "length")
    assert set(length) == FINDING_KEYS
    # Spans are UTF-16 offsets: the third emoji starts at unit 4, the text ends at 9.
    assert (length["start"], length["end"]) == (4, 9)
    assert result["length"] == 9


def test_the_people_fill_template_slots_as_in_the_app() -> None:
    text = "Hi [First Name], great to meet you at [Event Name]! Let's stay in touch.\n[Your Name]"
    people = ["--name", "Priya", "--sender-name", "Sam Carter", "--event", "PyCon Lisbon"]
    code, result = check_json(*people, text)
    assert code == 1
    assert result == api.check_action(
        {"text": text, "name": "Priya", "sender_name": "Sam Carter", "event": "PyCon Lisbon"}
    )
    assert [f["fix"]["replacement"] for f in result["findings"] if f["fix"]] == [
        "Priya", "PyCon Lisbon", "Sam Carter",
    ]
    report = notewell("check", *people, text).stdout
    assert "Fix: put “Sam Carter” for “[Your Name]”" in report.splitlines()[-1]


def test_json_for_a_ready_note() -> None:
    code, result = check_json("--name", "Zak", "--limit", "300", GOOD_NOTE)
    assert code == 0
    assert result["verdict"] == "ready"
    assert result["limit"] == 300


def test_text_after_double_dash_may_start_with_a_dash() -> None:
    code, result = check_json("--limit", "4", "--", "-abc-")
    assert code == 1
    assert result["length"] == 5


@pytest.mark.parametrize("how", [("-",), ()], ids=["dash", "no-text"])
def test_stdin_is_read_without_the_final_line_break(how: tuple[str, ...]) -> None:
    code, result = check_json("--limit", "3", *how, stdin=b"ab\ncd\n")
    assert (code, result["length"]) == (1, 5)


def test_invalid_utf8_on_stdin_is_replaced_not_fatal() -> None:
    code, result = check_json(stdin=b"Hi \xff\xfe there")
    assert result["length"] == len("Hi \ufffd\ufffd there")
    assert code in (0, 1)


def test_lone_surrogates_do_not_crash_either_format() -> None:
    # A lone surrogate reaches argv as an undecodable byte (surrogateescape on POSIX).
    text = "Hi \udc80 there, great talk! \udcff"
    for output in ("text", "json"):
        done = notewell("check", "--format", output, "--name", "\udc81", "--", text)
        assert done.returncode in (0, 1), done.stderr
        assert "Traceback" not in done.stderr


def test_output_survives_a_terminal_that_cannot_show_the_text() -> None:
    done = notewell(
        "check", "--limit", "5", "caf\u00e9 \N{GRINNING FACE}!", env={"PYTHONIOENCODING": "ascii"}
    )
    assert done.returncode == 1, done.stderr
    assert "caf\\xe9" in done.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "--limit", "0", "hello"], "limit must be at least 1"),
        (["check", "--limit", "many", "hello"], "invalid int value"),
        (["check", "--relationship", "boss", "hello"], "invalid choice"),
        (["check", "--format", "xml", "hello"], "invalid choice"),
        ([], "required"),
        (["send"], "invalid choice"),
    ],
)
def test_bad_usage_exits_2_with_a_clear_message(args: list[str], message: str) -> None:
    done = notewell(*args)
    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


def test_a_megabyte_gets_a_clear_message() -> None:
    done = notewell("check", stdin=b"a" * (api.MAX_TEXT_CHARS + 1))
    assert done.returncode == 2
    assert "paste at most" in done.stderr


def test_the_console_script_is_this_main() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"]["notewell"] == "pycore.__main__:main"
    assert callable(main)


# --- kinds and draft (the drafting contract: ids and labels are fixed) ----------------

HOW_IDS = ["event", "talk", "worked", "same-org", "mutual", "their-work", "never-met", "close"]
WHY_IDS = ["stay", "follow", "advice", "job", "hiring", "collaborate", "share"]


def test_kinds_json_lists_every_kind_with_its_slots() -> None:
    done = notewell("kinds", "--format", "json")
    assert done.returncode == 0, done.stderr
    kinds = json.loads(done.stdout)
    assert kinds == api.ACTIONS["kinds"]({})
    assert [kind["id"] for kind in kinds["how"]] == HOW_IDS
    assert [kind["id"] for kind in kinds["why"]] == WHY_IDS
    event = kinds["how"][0]
    assert event["label"] == "Met at an event"
    assert {"id": "event", "label": "Event", "required": True} in event["slots"]


def test_kinds_text_shows_ids_labels_and_slots() -> None:
    done = notewell("kinds")
    assert done.returncode == 0, done.stderr
    assert "Met at an event" in done.stdout
    assert "--slot event=" in done.stdout
    assert "How do you know them?" in done.stdout


EVENT_DRAFT = ["--name", "Zak", "--how", "event", "--why", "stay", "--slot", "event=PyCon Lisbon"]


def test_draft_json_gives_fitting_ready_drafts() -> None:
    done = notewell("draft", "--format", "json", *EVENT_DRAFT)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["problem"] is None
    assert 2 <= len(result["drafts"]) <= 3
    for draft in result["drafts"]:
        assert {"text", "length", "verdict", "tone", "findings"} <= set(draft)
        assert draft["verdict"] == "ready"
        assert draft["length"] <= 200
        assert "Zak" in draft["text"]
        assert "PyCon Lisbon" in draft["text"]


def test_draft_json_is_exactly_what_the_api_answers() -> None:
    done = notewell(
        "draft", "--format", "json", "--limit", "300", "--sign-off", "Ana", *EVENT_DRAFT
    )
    payload = {
        "name": "Zak",
        "how": "event",
        "why": ["stay"],
        "slots": {"event": "PyCon Lisbon"},
        "limit": 300,
        "sign_off": "Ana",
    }
    assert json.loads(done.stdout) == api.ACTIONS["draft"](payload)


def test_a_lone_surrogate_in_a_name_does_not_crash_the_drafts() -> None:
    done = notewell("draft", "--name", "Z\udc81k", "--how", "close", "--why", "stay")
    assert done.returncode in (0, 1, 2)
    assert "Traceback" not in done.stderr


def test_draft_text_numbers_the_drafts() -> None:
    done = notewell("draft", *EVENT_DRAFT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Draft 1 (")
    assert "Draft 2 (" in done.stdout


def test_details_that_cannot_fit_exit_1_with_what_to_shorten() -> None:
    done = notewell(
        "draft", "--format", "json", "--name", "Zak", "--how", "event", "--why", "stay",
        "--slot", "event=" + "Conference " * 20,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    result = json.loads(done.stdout)
    assert result["drafts"] == []
    assert "event" in result["problem"]["fields"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--name", "Zak", "--how", "party", "--why", "stay"], "party"),
        (["--name", "Zak", "--how", "event", "--why", "stay"], "event"),  # missing its slot
        (["--name", "Zak", "--how", "close", "--why", "bribe"], "bribe"),
        ([*EVENT_DRAFT, "--slot", "no-equals-sign"], "KEY=VALUE"),
        (["--how", "close", "--why", "stay"], "--name"),
    ],
)
def test_draft_bad_input_exits_2_with_a_clear_message(args: list[str], message: str) -> None:
    done = notewell("draft", *args)
    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr


# --- profile ----------------------------------------------------------------------------

SHARED_PROFILE = (
    "https://uk.linkedin.com/in/jos%c3%a9-garc%c3%ada-5b2a1c/?utm_source=share"
    "&utm_campaign=share_via&utm_content=profile&utm_medium=android_app"
)
JOSE_URL = "https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa-5b2a1c"
VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Sharma;Priya;;;\r\nFN:Priya Sharma\r\nORG:Acme\\, Inc.\r\n"
    "URL;type=linkedin:https://www.linkedin.com/in/priya-sharma-12ab34\r\nEND:VCARD\r\n"
)


def test_profile_json_is_exactly_what_the_api_answers() -> None:
    done = notewell("profile", "--format", "json", SHARED_PROFILE)
    assert (done.returncode, done.stderr) == (0, "")
    result = json.loads(done.stdout)
    assert result == api.ACTIONS["profile"]({"text": SHARED_PROFILE})
    assert result == {
        "profile_url": JOSE_URL,
        "first_name": "Jos\u00e9",
        "full_name": "Jos\u00e9 Garc\u00eda",
        "company": None,
        "problem": None,
    }


def test_profile_text_lists_what_it_found_and_what_is_unknown() -> None:
    done = notewell("profile", SHARED_PROFILE)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        f"Profile:    {JOSE_URL}",
        "First name: Jos\u00e9",
        "Full name:  Jos\u00e9 Garc\u00eda",
        "Company:    (unknown)",
    ]


@pytest.mark.parametrize("how", [("-",), ()], ids=["dash", "no-text"])
def test_profile_reads_a_vcard_from_stdin(how: tuple[str, ...]) -> None:
    done = notewell("profile", "--format", "json", *how, stdin=VCARD.encode())
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert (result["first_name"], result["company"]) == ("Priya", "Acme, Inc.")
    assert result["profile_url"] == "https://www.linkedin.com/in/priya-sharma-12ab34"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("https://www.linkedin.com/company/acme/", "company"),
        ("https://www.linkedin.com/jobs/view/3812345678/", "job"),
        ("javascript:alert(1)", "link"),
        ("https://example.com/in/priya", "other-site"),
    ],
)
def test_an_address_that_is_no_profile_exits_1_and_says_why(text: str, reason: str) -> None:
    as_json = notewell("profile", "--format", "json", text)
    assert as_json.returncode == 1, as_json.stderr
    problem = json.loads(as_json.stdout)["problem"]
    assert problem["reason"] == reason
    as_text = notewell("profile", text)
    assert as_text.returncode == 1
    assert as_text.stdout == problem["message"] + "\n"


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["profile", "https://www.linkedin.com/in/\udc80x"], b"", "broken character"),
        (["profile"], b"a" * 1_000_001, "at most 100,000"),
        (["profile", "--format", "yaml", "x"], b"", "invalid choice"),
    ],
    ids=["undecodable argument", "a megabyte", "bad format"],
)
def test_profile_bad_input_exits_2_with_a_clear_message(
    args: list[str], stdin: bytes, message: str
) -> None:
    done = notewell(*args, stdin=stdin)
    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


# --- languages ----------------------------------------------------------------------------


def test_check_reports_the_language_it_used_and_can_be_told_one() -> None:
    code, report = check_json("Hola Ana, me gustaría añadirte a mi red profesional en LinkedIn.")
    assert (code, report["language"], report["wording_checked"]) == (1, "es", True)
    assert report["findings"][0]["message"].startswith("Es la invitación predeterminada")
    code, report = check_json("--lang", "en", "Hola Ana, me gustaría añadirte a mi red.")
    assert report["language"] == "en"


def test_a_note_in_a_language_notewell_does_not_read_says_so_in_one_line() -> None:
    done = notewell("check", "Hoi Sanne, leuk je gisteren te ontmoeten op de meetup in Utrecht!")
    assert done.returncode == 0
    lines = [line for line in done.stdout.splitlines() if line.startswith("Wording not checked")]
    assert lines == [
        "Wording not checked: Notewell reads English, Spanish, French, German and "
        "Portuguese (this note's language: nl)."
    ]
    assert "Wording not checked" not in notewell("check", GOOD_NOTE).stdout


def test_draft_writes_in_the_language_and_register_asked_for() -> None:
    args = ["--name", "Jonas", "--how", "event", "--slot", "event=das Python-Meetup"]
    done = notewell("draft", *args, "--why", "stay", "--lang", "de", "--formal")
    assert done.returncode == 0, done.stderr
    assert "beim Python-Meetup" in done.stdout and "Sie" in done.stdout
    assert notewell("draft", *args, "--why", "stay", "--lang", "nl").returncode == 2


# --- first messages -----------------------------------------------------------------------

FIRST_MESSAGE = "Hi Zak, thanks for connecting! Could I ask you two questions about mypy?"


def test_check_kind_message_uses_the_message_limit_and_rules() -> None:
    done = notewell("check", "--kind", "message", "--name", "Zak", "Hi Zak, thanks for connecting!")
    assert done.returncode == 1, done.stderr
    assert done.stdout.startswith("30 / 8000 characters\nRevise before sending")
    assert "[thanks-only]" in done.stdout
    assert "[thanks-only]" not in notewell("check", "Hi Zak, thanks for connecting!").stdout


def test_check_kind_message_json_is_exactly_what_the_api_answers() -> None:
    code, result = check_json("--kind", "message", "--sent-note", GOOD_NOTE, FIRST_MESSAGE)
    payload = {"text": FIRST_MESSAGE, "kind": "message", "sent_note": GOOD_NOTE}
    assert result == api.check_action(payload)
    assert (code, result["kind"], result["limit"], result["findings"]) == (0, "message", 8000, [])
    # Without the note, nothing in the message says how they know each other.
    code, alone = check_json("--kind", "message", FIRST_MESSAGE)
    assert (code, [f["rule"] for f in alone["findings"]]) == (1, ["missing-context"])


def test_draft_kind_message_writes_first_messages_the_api_would() -> None:
    args = ["--kind", "message", "--sent-note", GOOD_NOTE, "--name", "Zak", "--how", "event"]
    args += ["--why", "advice", "--slot", "advice=type checkers", "--slot", "event=PyCon Lisbon"]
    done = notewell("draft", "--format", "json", *args)
    assert done.returncode == 0, done.stderr
    payload = {
        "name": "Zak", "how": "event", "why": ["advice"], "kind": "message",
        "sent_note": GOOD_NOTE, "slots": {"advice": "type checkers", "event": "PyCon Lisbon"},
    }
    assert json.loads(done.stdout) == api.ACTIONS["draft"](payload)
    text = notewell("draft", *args)
    assert text.returncode == 0, text.stderr
    heading = r"Draft 1 \(warm\): \d+ / 8000 characters, ready\n  Hi Zak, thanks"
    assert re.match(heading, text.stdout), text.stdout


def test_an_unknown_kind_exits_2() -> None:
    done = notewell("check", "--kind", "letter", "Hi")
    assert done.returncode == 2
    assert "invalid choice: 'letter'" in done.stderr
