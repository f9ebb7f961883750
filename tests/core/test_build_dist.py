"""The steps that build dist/, and the dev server: wheel, lock file, module preloads,
service worker, headers (notewell_build.wheel, .webapp, .server; build.py's recipe).

Each step is called with temporary paths; one test builds the real app from this checkout.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import build
from notewell_build.compress import PRECOMPRESSED
from notewell_build.decoder import DECODER_FILES, DECODER_WASM, copy_decoder
from notewell_build.runtime import PYODIDE_FILES
from notewell_build.server import CONTENT_SECURITY_POLICY, server_url, serving_in_thread
from notewell_build.steps import StepFailed
from notewell_build.webapp import (
    PRELOAD_TOKEN,
    copy_web,
    module_graph,
    precache_files,
    worker_scripts,
    write_preloads,
    write_service_worker,
)
from notewell_build.wheel import (
    SIZES_FIELD,
    SNAPSHOT_KEY_FIELD,
    build_wheel,
    read_project,
    write_lock,
)

ROOT = Path(__file__).resolve().parents[2]
SW_TEMPLATE = 'const VERSION = "%VERSION%";\nconst FILES = ["%FILES%"];\n'
PRELOAD_LINK = re.compile(r'<link rel="modulepreload" href="([^"]+)">')


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A tiny project shaped like ours: pyproject.toml and one import package."""
    root = tmp_path / "project"
    (root / "pkg" / "sub").mkdir(parents=True)
    (root / "pkg" / "__init__.py").write_text("VALUE = 1\n", encoding="utf-8")
    (root / "pkg" / "sub" / "__init__.py").write_text("", encoding="utf-8")
    (root / "pkg" / "__pycache__").mkdir()
    (root / "pkg" / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"stale")
    (root / "pyproject.toml").write_text(
        '[project]\nname = "demo"\nversion = "1.2.3"\n'
        '[tool.setuptools.packages.find]\ninclude = ["pkg", "pkg.*"]\n',
        encoding="utf-8",
    )
    return root


def test_the_wheel_is_reproducible_and_its_record_is_true(project: Path, tmp_path: Path) -> None:
    first = build_wheel(project, tmp_path / "a")
    second = build_wheel(project, tmp_path / "b")
    assert first.name == "demo-1.2.3-py3-none-any.whl"
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as wheel:
        names = wheel.namelist()
        assert "pkg/__init__.py" in names and "pkg/sub/__init__.py" in names
        assert not [n for n in names if "__pycache__" in n]
        record = wheel.read("demo-1.2.3.dist-info/RECORD").decode().splitlines()
        for line in record:
            name, digest, size = line.rsplit(",", 2)
            if name.endswith("RECORD"):
                continue
            data = wheel.read(name)
            expected = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=")
            assert digest == "sha256=" + expected.decode() and int(size) == len(data)
        assert "Root-Is-Purelib: true" in wheel.read("demo-1.2.3.dist-info/WHEEL").decode()


def test_the_lock_holds_only_our_wheel_with_its_real_hash(project: Path, tmp_path: Path) -> None:
    runtime = tmp_path / "runtime"
    runtime.mkdir()
    info = {"abi_version": "x", "arch": "wasm32", "platform": "p", "python": "3.14.2"}
    (runtime / "pyodide-lock.json").write_text(
        json.dumps({"info": info, "packages": {"numpy": {}}}), encoding="utf-8"
    )
    wheel = build_wheel(project, tmp_path / "out")
    (tmp_path / "out" / "pyodide.asm.wasm").write_bytes(b"\0asm" * 10)
    target = tmp_path / "out" / "pyodide-lock.json"
    write_lock(runtime, wheel, read_project(project), target, "k1")
    lock = json.loads(target.read_text(encoding="utf-8"))
    sizes = {"pyodide.asm.wasm": 40, wheel.name: wheel.stat().st_size}
    assert lock["info"] == {**info, SNAPSHOT_KEY_FIELD: "k1", SIZES_FIELD: sizes}
    (entry,) = lock["packages"].values()
    assert entry["sha256"] == hashlib.sha256(wheel.read_bytes()).hexdigest()
    assert entry["file_name"] == wheel.name and entry["imports"] == ["pkg"]


def test_the_service_worker_lists_every_file_and_versions_by_content(tmp_path: Path) -> None:
    template = tmp_path / "sw.js"
    template.write_text(SW_TEMPLATE, encoding="utf-8")
    dist = tmp_path / "dist"
    (dist / "icons").mkdir(parents=True)
    (dist / "index.html").write_text("<!doctype html>", encoding="utf-8")
    (dist / "icons" / "a.png").write_bytes(b"png")
    first = write_service_worker(template, dist)
    source = (dist / "sw.js").read_text(encoding="utf-8")
    assert f'const VERSION = "{first}";' in source
    listed = json.loads(source.split("const FILES = ", 1)[1].rstrip(";\n"))
    assert listed == [
        ["icons/a.png", integrity_of(b"png")],
        ["index.html", integrity_of(b"<!doctype html>")],
    ]
    assert precache_files(dist) == ["icons/a.png", "index.html"]
    assert write_service_worker(template, dist) == first
    (dist / "icons" / "a.png").write_bytes(b"png2")
    assert write_service_worker(template, dist) != first


def integrity_of(data: bytes) -> str:
    """Subresource integrity as a browser computes it, written out independently."""
    return "sha256-" + base64.b64encode(hashlib.sha256(data).digest()).decode()


def test_a_precache_over_its_budget_stops_the_build(tmp_path: Path) -> None:
    template = tmp_path / "sw.js"
    template.write_text(SW_TEMPLATE, encoding="utf-8")
    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / "big.wasm").write_bytes(b"x" * 1001)
    write_service_worker(template, dist, budget=1001)
    with pytest.raises(StepFailed, match="1,001 bytes, over its budget of 1,000"):
        write_service_worker(template, dist, budget=1000)


def fake_decoder(root: Path, wasm: bytes, named_hash: str) -> Path:
    """An npm package shaped like zxing-wasm whose code names its wasm by `named_hash`."""
    package = root / "zxing-wasm"
    write_modules(
        package / "dist",
        {
            "es/reader/index.js": f'export const ZXING_WASM_SHA256 = "{named_hash}";\n'
            'export const ZXING_WASM_VERSION = "0.0.1";\nexport * from "../share.js";\n',
            "es/share.js": "export const shared = 1;\n",
        },
    )
    (package / "dist" / "reader").mkdir()
    (package / "dist" / DECODER_WASM).write_bytes(wasm)
    return package


def test_the_decoder_is_copied_with_its_layout_when_its_wasm_is_the_one_it_names(
    tmp_path: Path,
) -> None:
    wasm = b"\0asm decoder"
    package = fake_decoder(tmp_path, wasm, hashlib.sha256(wasm).hexdigest())
    copy_decoder(package, tmp_path / "out")
    copied = sorted(
        p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.*")
    )
    assert copied == sorted(DECODER_FILES)
    assert (tmp_path / "out" / DECODER_WASM).read_bytes() == wasm


def test_a_decoder_wasm_other_than_the_one_its_code_names_stops_the_build(tmp_path: Path) -> None:
    package = fake_decoder(tmp_path, b"\0asm tampered", hashlib.sha256(b"other").hexdigest())
    with pytest.raises(StepFailed, match="its code expects"):
        copy_decoder(package, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_template_without_placeholders_stops_the_build(tmp_path: Path) -> None:
    template = tmp_path / "sw.js"
    template.write_text("const VERSION = 'dev';\n", encoding="utf-8")
    with pytest.raises(StepFailed, match="lacks"):
        write_service_worker(template, tmp_path)


def write_modules(directory: Path, modules: dict[str, str]) -> None:
    for name, source in modules.items():
        (directory / name).parent.mkdir(parents=True, exist_ok=True)
        (directory / name).write_text(source, encoding="utf-8")


def test_the_module_graph_follows_static_imports_depth_first(tmp_path: Path) -> None:
    write_modules(
        tmp_path,
        {
            "main.js": (
                '// import { old } from "./commented-out.js";\n'
                'import { a,\n  b } from "./a.js";\n'
                'import "./side.js";\n'
                'export { c } from "./c.js";\n'
                'const later = () => import("./lazy.js");\n'
            ),
            "a.js": 'import { d } from "./lib/d.js";\nexport const a = 1, b = 2;\n',
            "lib/d.js": 'import { a } from "../a.js";\nexport const d = a;\n',
            "side.js": "",
            "c.js": "export const c = 3;\n",
            "lazy.js": "",
        },
    )
    assert module_graph(tmp_path, ["main.js"]) == ["main.js", "a.js", "lib/d.js", "side.js", "c.js"]
    assert module_graph(tmp_path, ["c.js", "main.js"])[:2] == ["c.js", "main.js"]


def test_an_import_the_page_cannot_load_stops_the_build(tmp_path: Path) -> None:
    write_modules(tmp_path, {"main.js": 'import "./gone.js";\n', "bare.js": 'import "lib";\n'})
    with pytest.raises(StepFailed, match=r"gone\.js is imported but missing"):
        module_graph(tmp_path, ["main.js"])
    with pytest.raises(StepFailed, match=r"bare\.js imports 'lib'"):
        module_graph(tmp_path, ["bare.js"])


def test_the_page_preloads_its_module_graph_and_a_new_import_needs_a_new_build(
    tmp_path: Path,
) -> None:
    web, dist = tmp_path / "web", tmp_path / "dist"
    shutil.copytree(ROOT / "web", web)
    assert PRELOAD_TOKEN in (web / "index.html").read_text(encoding="utf-8")
    copy_web(web, dist)
    modules = write_preloads(dist / "index.html")
    built = PRELOAD_LINK.findall((dist / "index.html").read_text(encoding="utf-8"))
    assert built == modules == module_graph(web, ["app.js"])
    assert modules[0] == "app.js" and len(set(modules)) == len(modules)
    # Every script of web/ is in the page's graph or the worker's (or is the service worker).
    workers = [path.name for path in worker_scripts(web)]
    assert sorted([*modules, *workers, "sw.js"]) == sorted(p.name for p in web.glob("*.js"))

    # A module gains an import: the page built before no longer matches; a new build does.
    (web / "late.js").write_text("export const late = true;\n", encoding="utf-8")
    importer = modules[-1]
    source = (web / importer).read_text(encoding="utf-8")
    (web / importer).write_text('import "./late.js";\n' + source, encoding="utf-8")
    assert built != module_graph(web, ["app.js"])
    shutil.rmtree(dist)
    copy_web(web, dist)
    write_preloads(dist / "index.html")
    rebuilt = PRELOAD_LINK.findall((dist / "index.html").read_text(encoding="utf-8"))
    assert rebuilt == [*built, "late.js"] == module_graph(web, ["app.js"])


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    for name in ("a.wasm", "a.mjs", "a.js", "manifest.webmanifest", "a.json", "a.zip"):
        (tmp_path / name).write_bytes(b"x")
    with serving_in_thread(tmp_path) as server:
        yield server_url(server)


@pytest.mark.parametrize(
    ("name", "mime"),
    [
        ("a.wasm", "application/wasm"),
        ("a.mjs", "text/javascript"),
        ("a.js", "text/javascript"),
        ("manifest.webmanifest", "application/manifest+json"),
        ("a.json", "application/json"),
        ("a.zip", "application/zip"),
    ],
)
def test_the_dev_server_sends_types_and_a_strict_policy(served: str, name: str, mime: str) -> None:
    with urllib.request.urlopen(served + name) as response:
        assert response.headers["Content-Type"] == mime
        policy = response.headers["Content-Security-Policy"]
        assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "frame-ancestors 'none'" in policy
    assert "script-src 'self' 'wasm-unsafe-eval';" in policy
    assert "unsafe-inline" not in policy and "'unsafe-eval'" not in policy
    # The scanner's camera, for the app's own origin only; nothing else.
    assert response.headers["Permissions-Policy"] == "camera=(self), microphone=(), geolocation=()"


@pytest.fixture
def precompressed(tmp_path: Path) -> Iterator[str]:
    """A file with both copies the build makes, and one with none."""
    (tmp_path / "a.wasm").write_bytes(b"raw wasm")
    (tmp_path / "a.wasm.br").write_bytes(b"brotli copy")
    (tmp_path / "a.wasm.gz").write_bytes(b"gzip copy")
    (tmp_path / "b.js").write_bytes(b"let b;")
    with serving_in_thread(tmp_path) as server:
        yield server_url(server)


def fetch_raw(url: str, accept_encoding: str | None) -> tuple[bytes, dict[str, str]]:
    """The body exactly as sent (urllib decodes nothing) and the headers."""
    request = urllib.request.Request(url)
    if accept_encoding is not None:
        request.add_header("Accept-Encoding", accept_encoding)
    with urllib.request.urlopen(request) as response:
        return response.read(), dict(response.headers)


@pytest.mark.parametrize(
    ("accepted", "body", "encoding"),
    [
        ("gzip, deflate, br, zstd", b"brotli copy", "br"),
        ("gzip, deflate", b"gzip copy", "gzip"),
        ("br;q=0, gzip", b"gzip copy", "gzip"),
        ("identity", b"raw wasm", None),
        (None, b"raw wasm", None),
    ],
)
def test_the_dev_server_sends_the_precompressed_copy_the_browser_accepts(
    precompressed: str, accepted: str | None, body: bytes, encoding: str | None
) -> None:
    sent, headers = fetch_raw(precompressed + "a.wasm", accepted)
    assert sent == body
    assert headers.get("Content-Encoding") == encoding
    assert headers["Content-Length"] == str(len(body))
    assert headers["Content-Type"] == "application/wasm"
    assert headers["Vary"] == "Accept-Encoding"


def test_a_copy_older_than_its_file_is_stale_and_not_sent(tmp_path: Path) -> None:
    (tmp_path / "a.js.br").write_bytes(b"brotli of the old a.js")
    (tmp_path / "a.js").write_bytes(b"let a = 2;")  # edited after the build
    os.utime(tmp_path / "a.js.br", ns=(1, 1))
    with serving_in_thread(tmp_path) as server:
        sent, headers = fetch_raw(server_url(server) + "a.js", "br")
    assert sent == b"let a = 2;" and "Content-Encoding" not in headers


def test_a_file_without_copies_goes_as_it_is_and_the_traffic_is_counted(tmp_path: Path) -> None:
    (tmp_path / "b.js").write_bytes(b"let b;")
    with serving_in_thread(tmp_path) as server:
        sent, headers = fetch_raw(server_url(server) + "b.js?v=1", "gzip, br")
        assert sent == b"let b;" and "Content-Encoding" not in headers and "Vary" not in headers
        fetch_raw(server_url(server) + "b.js", None)
        [(path, status, size), _] = server.traffic.wait_for(2)
    assert server.traffic.requests_per_path() == {"/b.js": 2}
    assert (path, status) == ("/b.js", 200)
    assert size > len(sent)  # the headers are on the wire too


def test_the_real_app_builds_with_only_the_runtime_files_it_needs(tmp_path: Path) -> None:
    if not (ROOT / "node_modules" / "pyodide").is_dir():
        pytest.fail("node_modules/pyodide is missing: run `npm ci` (python3 build.py test does)")
    dist = build.build_dist(ROOT, tmp_path / "dist")
    project = read_project(ROOT)
    wheel = f"{project['name']}-{project['version']}-py3-none-any.whl"
    runtime = (dist / "pyodide").iterdir()
    runtime_files = sorted(p.name for p in runtime if p.suffix not in PRECOMPRESSED)
    assert runtime_files == sorted([*PYODIDE_FILES, "pyodide-lock.json", wheel])
    manifest = json.loads((dist / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert {"192x192", "512x512"} <= {icon["sizes"] for icon in manifest["icons"]}
    assert any(icon.get("purpose") == "maskable" for icon in manifest["icons"])
    html = (dist / "index.html").read_text(encoding="utf-8")
    assert "<script>" not in html and "style=" not in html and "<style" not in html
    page_policy = CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", "")
    assert f'<meta http-equiv="Content-Security-Policy" content="{page_policy}">' in html
    assert PRELOAD_LINK.findall(html) == module_graph(ROOT / "web", ["app.js"])
    lock = json.loads((dist / "pyodide" / "pyodide-lock.json").read_text(encoding="utf-8"))
    sizes = lock["info"][SIZES_FIELD]
    assert sorted(sizes) == sorted([*PYODIDE_FILES, wheel])
    assert f'data-runtime-bytes="{sum(sizes.values())}"' in html
    kinds = json.loads((dist / "kinds.json").read_text(encoding="utf-8"))
    assert [k["id"] for k in kinds["how"]][:1] == ["event"]
    again = build.build_dist(ROOT, tmp_path / "again")
    assert contents(again) == contents(dist), "the same sources give the same build"


def contents(directory: Path) -> dict[str, str]:
    return {
        path.relative_to(directory).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in directory.rglob("*")
        if path.is_file()
    }
