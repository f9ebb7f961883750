"""pycore.regex: a pattern from the build's table is the very pattern `re.compile` makes,
and a table that does not fit this Python is never used."""

from __future__ import annotations

import importlib
import marshal
import pkgutil
import re
from pathlib import Path

import pytest

import pycore
from pycore import regex


def pycore_patterns() -> list[tuple[str, int]]:
    """Every pattern pycore compiles through `regex.compile` (all of them at import)."""
    for module in pkgutil.walk_packages(pycore.__path__, "pycore."):
        importlib.import_module(module.name)
    return list(dict.fromkeys(regex.PATTERNS))


def use_table(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """Make `regex.compile` use the table at `path`, with no pattern asked for yet."""
    monkeypatch.setattr(regex, "_PROGRAMS", regex.load(path))
    monkeypatch.setattr(regex, "PATTERNS", [])


def test_patterns_from_the_table_equal_those_re_compiles(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    patterns = pycore_patterns()
    assert len(patterns) > 20, "pycore's phrase tables should all go through regex.compile"
    table = tmp_path / regex.PROGRAMS_FILE
    table.write_bytes(regex.program_table(patterns))
    use_table(monkeypatch, table)

    for pattern, flags in patterns:
        compiled = regex.compile(pattern, flags)
        # Pattern equality compares the pattern, the flags and the compiled code.
        assert compiled == re.compile(pattern, flags), pattern[:80]
        assert compiled.groupindex == re.compile(pattern, flags).groupindex
    assert regex.from_source() == []


def test_a_pattern_missing_from_the_table_is_compiled_as_usual(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    table = tmp_path / regex.PROGRAMS_FILE
    table.write_bytes(regex.program_table([(r"(?P<word>\w+)", 0)]))
    use_table(monkeypatch, table)

    assert regex.compile(r"(?P<word>\w+)").match("hello").group("word") == "hello"
    assert regex.compile(r"\d+", re.IGNORECASE).findall("a1b22") == ["1", "22"]
    assert regex.from_source() == [(r"\d+", int(re.IGNORECASE))]


def another_pythons_table(table: bytes) -> bytes:
    made = marshal.loads(table)
    made["engine"][0] = [3, 99, 0]
    return marshal.dumps(made)


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(another_pythons_table, id="another-python"),
        pytest.param(lambda table: table[: len(table) // 2], id="truncated"),
        pytest.param(lambda table: b"not a table", id="garbage"),
        pytest.param(lambda table: marshal.dumps([1, 2, 3]), id="not-a-dict"),
    ],
)
def test_a_table_that_does_not_fit_is_ignored(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, damage: object
) -> None:
    table = tmp_path / regex.PROGRAMS_FILE
    table.write_bytes(damage(regex.program_table([(r"\w+", 0)])))  # type: ignore[operator]
    assert regex.load(table) == {}
    use_table(monkeypatch, table)
    assert regex.compile(r"\w+").findall("two words") == ["two", "words"]
    assert regex.from_source() == [(r"\w+", 0)]


def test_no_table_at_all_means_no_programs(tmp_path: Path) -> None:
    assert regex.load(tmp_path / "missing") == {}
