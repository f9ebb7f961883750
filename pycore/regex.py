"""Compiled regular expressions, taken from a table made at build time when it fits.

Compiling pycore's phrase tables is most of importing it: Python's regex parser and
compiler are written in Python, and under WebAssembly they took ~0.2-0.3 s of a first
visit's start (README, performance). build.py imports pycore once with the app's own
Python (Pyodide's, run by Node) and ships what `re` compiled, as `PROGRAMS_FILE` inside
the wheel; `compile` then hands the finished program to `_sre`, which validates it.

The table is only used by the exact Python and regex engine that made it; any other
Python (CPython in the tests, the command line), a missing or unreadable table, or a
pattern not in it compiles the usual way. So a stale table costs time, never meaning.
"""

from __future__ import annotations

# re's engine and its private compiler have no type stubs; they are used as re uses them.
import _sre  # type: ignore[import-not-found]
import marshal
import re
import sys
import zlib
from pathlib import Path
from typing import Any

PROGRAMS_FILE = "regex_programs.marshal"
# A pattern's key: its length, two checksums of it and the flags. The patterns themselves
# would add ~20 KB to the wheel, and the app's files are on a 12 MB budget.
Key = tuple[int, int, int, int]
# key -> (code as bytes, groups, groupindex, the flags the compiled pattern has)
Program = tuple[bytes, int, dict[str, int], int]


def engine() -> list[Any]:
    """What a program is tied to: the Python version and the regex engine's format."""
    return [list(sys.version_info[:3]), _sre.MAGIC, _sre.CODESIZE, sys.byteorder]


def key(pattern: str, flags: int) -> Key:
    data = pattern.encode("utf-8", "surrogatepass")
    return (len(pattern), zlib.crc32(data), zlib.adler32(data), int(flags))


def load(path: Path) -> dict[Key, Program]:
    """The programs in the table at `path`; none when it is missing, unreadable or made
    by another Python."""
    try:
        table = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(table, dict) or table.get("engine") != engine():
        return {}
    programs: dict[Key, Program] = table.get("programs", {})
    return programs


_PROGRAMS = load(Path(__file__).with_name(PROGRAMS_FILE))
# (pattern, flags) of every pattern asked for: what build.py puts in the table.
PATTERNS: list[tuple[str, int]] = []


def served() -> bool:
    """Whether a table made by this Python serves the patterns (in the app, not in the
    build that makes the table, nor under CPython)."""
    return bool(_PROGRAMS)


def from_source() -> list[tuple[str, int]]:
    """The patterns asked for that the table lacked, so `compile` compiled them the usual
    way: none in the app (its tests check)."""
    return [pattern for pattern in PATTERNS if key(*pattern) not in _PROGRAMS]


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001  # re's name
    """`re.compile(pattern, flags)`, from the build's table when it holds the pattern."""
    PATTERNS.append((pattern, int(flags)))
    program = _PROGRAMS.get(key(pattern, flags)) if _PROGRAMS else None
    if program is None:
        return re.compile(pattern, flags)
    code, groups, groupindex, compiled_flags = program
    ops = memoryview(code).cast("I" if _sre.CODESIZE == 4 else "H").tolist()
    indexgroup: list[str | None] = [None] * (groups + 1)
    for name, index in groupindex.items():
        indexgroup[index] = name
    compiled: re.Pattern[str] = _sre.compile(
        pattern, compiled_flags, ops, groups, groupindex, tuple(indexgroup)
    )
    return compiled


def program_table(patterns: list[tuple[str, int]]) -> bytes:
    """The table for `patterns`, made by this Python's own regex compiler (as
    `re._compiler.compile` does it): build.py runs this under the app's Python."""
    # Private, and only needed to build the table.
    from re import _compiler, _parser  # type: ignore[attr-defined]

    programs: dict[Key, Program] = {}
    keyed: dict[Key, tuple[str, int]] = {}
    for pattern, flags in patterns:
        pattern_key = key(pattern, flags)
        if keyed.setdefault(pattern_key, (pattern, flags)) != (pattern, flags):
            raise ValueError(f"two patterns share the key of {pattern!r}")
        tree = _parser.parse(pattern, flags)
        ops = _compiler._code(tree, flags)
        code = b"".join(int(op).to_bytes(_sre.CODESIZE, sys.byteorder) for op in ops)
        groups, compiled_flags = tree.state.groups - 1, flags | tree.state.flags
        programs[pattern_key] = (code, groups, dict(tree.state.groupdict), compiled_flags)
    return marshal.dumps({"engine": engine(), "programs": programs})
