"""The performance steps: the trimmed and compiled standard library, the regex programs,
the .gz and .br copies, the snapshot key (notewell_build.runtime, .compress), and the
benchmark's arithmetic and baseline page (notewell_build.bench; no browser here)."""

from __future__ import annotations

import gzip
import json
import marshal
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from notewell_build import bench, runtime
from notewell_build.compress import PRECOMPRESSED, write_precompressed
from notewell_build.steps import StepFailed
from notewell_build.webapp import build_files, worker_scripts
from pycore import regex
from test_regex import pycore_patterns

ROOT = Path(__file__).resolve().parents[2]


def make_zip(path: Path, names: list[str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in names:
            archive.writestr(name, f"# {name}\n")
    return path


def test_the_trimmed_stdlib_keeps_listed_modules_and_pyodides_own_packages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runtime, "STDLIB_MODULES", ["json", "json.decoder", "re"])
    full = make_zip(
        tmp_path / "full.zip",
        ["json/__init__.py", "json/decoder.py", "json/tool.py", "re/__init__.py",
         "re/_parser.py", "argparse.py", "pyodide/__init__.py", "pyodide/http.py"],
    )  # fmt: skip
    runtime.trim_stdlib(full, tmp_path / "trimmed.zip")
    with zipfile.ZipFile(tmp_path / "trimmed.zip") as trimmed:
        assert sorted(trimmed.namelist()) == [
            "json/__init__.py",
            "json/decoder.py",
            "pyodide/__init__.py",
            "pyodide/http.py",
            "re/__init__.py",
        ]
        assert trimmed.read("json/decoder.py") == b"# json/decoder.py\n"


def test_a_listed_module_missing_from_pyodide_stops_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runtime, "STDLIB_MODULES", ["json", "tomllib"])
    full = make_zip(tmp_path / "full.zip", ["json/__init__.py"])
    with pytest.raises(StepFailed, match="tomllib"):
        runtime.trim_stdlib(full, tmp_path / "trimmed.zip")


def test_the_real_stdlib_has_every_listed_module(tmp_path: Path) -> None:
    pyodide = runtime.pyodide_runtime(ROOT)
    runtime.trim_stdlib(pyodide / runtime.STDLIB_ZIP, tmp_path / runtime.STDLIB_ZIP)
    full_size = (pyodide / runtime.STDLIB_ZIP).stat().st_size
    assert (tmp_path / runtime.STDLIB_ZIP).stat().st_size < full_size / 2


def test_the_stdlib_ships_as_bytecode_of_pyodides_python_where_it_pays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pyodide = runtime.pyodide_runtime(ROOT)
    # A module with much to compile (a long docstring goes: bytecode is smaller), one of
    # a line (its bytecode would cost more than compiling it saves), and a data file.
    doc = '"""' + "Documentation that -OO drops. " * 200 + '"""\n'
    big = doc + "".join(f"def f{i}(x):\n    return x * {i} + len(str(x))\n" for i in range(40))
    source = tmp_path / "stdlib.zip"
    with zipfile.ZipFile(source, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("json/__init__.py", big)
        archive.writestr("tiny.py", "X = 1\n")
        archive.writestr("pyodide/py.typed", "")
    cache = tmp_path / "cache"
    runtime.compile_stdlib(pyodide, source, tmp_path / "out.zip", cache)
    with zipfile.ZipFile(tmp_path / "out.zip") as out:
        assert sorted(out.namelist()) == ["json/__init__.pyc", "pyodide/py.typed", "tiny.py"]
        pyc = out.read("json/__init__.pyc")
        assert out.read("tiny.py") == b"X = 1\n"
    # A .pyc header: the version's magic number (ending in \r\n), then flags, mtime and
    # size, all zero; the code object follows, with neither the docstring nor its text.
    assert pyc[2:4] == b"\r\n" and pyc[4:16] == bytes(12)
    assert b"Documentation" not in pyc and b"f39" in pyc

    # The same input again comes from the cache, without Node.
    monkeypatch.setattr(shutil, "which", lambda name: None)
    runtime.compile_stdlib(pyodide, source, tmp_path / "again.zip", cache)
    assert (tmp_path / "again.zip").read_bytes() == (tmp_path / "out.zip").read_bytes()


# Decompresses a .br file with Node's zlib (Python's standard library has no brotli).
UNBROTLI = """
const zlib = await import("node:zlib");
const fs = await import("node:fs");
process.stdout.write(zlib.brotliDecompressSync(fs.readFileSync(process.argv.at(-1))));
"""


def unbrotli(path: Path) -> bytes:
    node = [shutil.which("node") or "node", "--input-type=module", "-e", UNBROTLI, "--"]
    return subprocess.run([*node, str(path)], capture_output=True, check=True).stdout


def test_gz_and_br_copies_sit_beside_big_text_files_and_stay_out_of_the_precache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dist, cache = tmp_path / "dist", tmp_path / "cache"
    dist.mkdir()
    big_js = b"const x = 1;\n" * 200
    (dist / "app.js").write_bytes(big_js)
    (dist / "tiny.js").write_bytes(b"x")
    (dist / "icon.png").write_bytes(bytes(range(256)) * 8)
    (dist / "sw.js").write_bytes(b"// sw\n" * 300)
    write_precompressed(dist, cache)
    assert gzip.decompress((dist / "app.js.gz").read_bytes()) == big_js
    assert unbrotli(dist / "app.js.br") == big_js
    assert (dist / "sw.js.gz").is_file() and (dist / "sw.js.br").is_file()
    made = sorted(p.name for p in dist.iterdir() if p.suffix in PRECOMPRESSED)
    assert made == ["app.js.br", "app.js.gz", "sw.js.br", "sw.js.gz"]
    assert build_files(dist) == ["app.js", "icon.png", "tiny.js"]

    # Brotli's results come from the cache the next time, without Node.
    (dist / "app.js.br").unlink()
    monkeypatch.setattr(shutil, "which", lambda name: None)
    write_precompressed(dist, cache)
    assert unbrotli(dist / "app.js.br") == big_js


def test_the_snapshot_key_follows_the_runtime_the_wheel_and_the_worker(tmp_path: Path) -> None:
    pyodide, web = tmp_path / "runtime", tmp_path / "web"
    pyodide.mkdir()
    web.mkdir()
    for name in runtime.PYODIDE_FILES:
        (pyodide / name).write_bytes(name.encode())
    (web / "worker.js").write_text('import { save } from "./snapshot.js";\n', encoding="utf-8")
    (web / "snapshot.js").write_text("export function save() {}\n", encoding="utf-8")
    (web / "app.js").write_text("// the page: no part of the worker\n", encoding="utf-8")
    wheel = tmp_path / "app.whl"
    wheel.write_bytes(b"wheel 1")

    def key() -> str:
        return runtime.snapshot_key(pyodide, wheel, worker_scripts(web))

    first = key()
    assert key() == first
    (web / "app.js").write_text("// changed\n", encoding="utf-8")
    assert key() == first
    (web / "snapshot.js").write_text("export function save() { return 1; }\n", encoding="utf-8")
    second = key()
    (web / "worker.js").write_text('import "./snapshot.js"; // changed\n', encoding="utf-8")
    third = key()
    wheel.write_bytes(b"wheel 2")
    fourth = key()
    (pyodide / "pyodide.asm.wasm").write_bytes(b"another build")
    assert len({first, second, third, fourth, key()}) == 5


def test_percentiles_are_nearest_rank() -> None:
    values = [float(n) for n in range(1, 201)]
    assert bench.percentile(values, 0.5) == 100.0
    assert bench.percentile(values, 0.95) == 190.0
    assert bench.percentile([7.0], 0.95) == 7.0


def test_transfer_sizes_gzip_text_and_send_archives_as_they_are(tmp_path: Path) -> None:
    listed = '[["a.js", "sha256-a"], ["b.zip", "sha256-b"]]'
    (tmp_path / "sw.js").write_text(f"const FILES = {listed};\n", encoding="utf-8")
    (tmp_path / "a.js").write_bytes(b"let a = 1;\n" * 500)
    (tmp_path / "b.zip").write_bytes(b"z" * 1000)
    (tmp_path / "a.js.gz").write_bytes(b"never counted")
    raw, gzipped = bench.transfer_sizes(tmp_path)
    sw = (tmp_path / "sw.js").stat().st_size
    assert raw == 5500 + 1000 + sw
    assert 1000 < gzipped < raw


def test_the_floor_counts_what_the_first_check_needs_as_the_server_sends_it(
    tmp_path: Path,
) -> None:
    (tmp_path / "pyodide").mkdir()
    (tmp_path / "icons").mkdir()
    files = {
        "index.html": b'<script type="module" src="app.js"></script>',
        "app.js": b'import "./view.js";\n',
        "view.js": b"export {};\n",
        "worker.js": b'import "./snapshot.js";\n',
        "snapshot.js": b"export {};\n",
        "pyodide/pyodide.asm.wasm": b"w" * 1000,
        "pyodide/pyodide.asm.wasm.br": b"b" * 100,  # sent instead of the wasm
        "pyodide/python_stdlib.zip": b"z" * 500,
        "icons/icon-512.png": b"p" * 4000,  # precached, not needed to check
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    needed = bench.first_check_files(tmp_path)
    assert sorted(needed) == sorted(
        [
            *("index.html", "app.js", "view.js", "worker.js", "snapshot.js"),
            *("pyodide/pyodide.asm.wasm", "pyodide/python_stdlib.zip"),
        ]
    )
    size = bench.compressed_size(tmp_path, needed)
    assert size == sum(len(files[n]) for n in needed) - 1000 + 100
    assert bench.floor_ms(200_000, 1.6e6) == 1000.0


def test_the_baseline_page_gets_micropip_and_the_full_stdlib(tmp_path: Path) -> None:
    site, sources = tmp_path / "site", tmp_path / "bench"
    (site / "pyodide").mkdir(parents=True)
    sources.mkdir()
    (sources / "baseline.html").write_text("<!doctype html>", encoding="utf-8")
    lock = {
        "info": {"python": "3.14.2"},
        "packages": {
            "notewell": {"file_name": "notewell-1-py3-none-any.whl", "imports": ["pycore"]}
        },
    }
    (site / "pyodide" / "pyodide-lock.json").write_text(json.dumps(lock), encoding="utf-8")
    micropip = tmp_path / "micropip-0.11.1-py3-none-any.whl"
    micropip.write_bytes(b"wheel")
    stdlib = make_zip(tmp_path / "python_stdlib.zip", ["json/__init__.py"])
    bench.add_bench_page(site, sources, micropip, stdlib)
    page = site / bench.BENCH_PAGE_DIR
    bench_lock = json.loads((page / "pyodide-lock.json").read_text(encoding="utf-8"))
    assert bench_lock["info"] == lock["info"] and list(bench_lock["packages"]) == ["micropip"]
    assert bench_lock["packages"]["micropip"]["file_name"] == f"../bench/{micropip.name}"
    manifest = json.loads((page / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["wheel"] == "../pyodide/notewell-1-py3-none-any.whl"
    assert manifest["package"] == "pycore"
    assert (page / manifest["stdlib"]).read_bytes() == stdlib.read_bytes()
    assert (page / "baseline.html").is_file()


def test_the_wheel_carries_every_pycore_pattern_compiled_by_pyodides_python(
    tmp_path: Path,
) -> None:
    pyodide = runtime.pyodide_runtime(ROOT)
    made = runtime.regex_programs(pyodide, ROOT, "pycore", tmp_path / "cache")
    table = marshal.loads(made)
    assert runtime.REGEX_PROGRAMS == regex.PROGRAMS_FILE, "the wheel's file is where pycore looks"
    # Pyodide 314.x runs Python 3.14; these tests run on another Python.
    assert table["engine"][0][:2] == [3, 14] and table["engine"] != regex.engine()
    assert set(table["programs"]) == {regex.key(*pattern) for pattern in pycore_patterns()}
