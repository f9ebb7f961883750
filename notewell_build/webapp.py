"""The app's own files in dist/: web/ as it is, then what the build writes into it:
the page's module preloads and policy, the choices the form starts with, and the
service worker's version and precache list."""

from __future__ import annotations

import hashlib
import html.parser
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from notewell_build.compress import PRECOMPRESSED
from notewell_build.server import CONTENT_SECURITY_POLICY
from notewell_build.steps import StepFailed, log

# Placeholders in web/index.html for the page's copy of CONTENT_SECURITY_POLICY and for
# the modulepreload links of its module graph.
CSP_TOKEN = "%CONTENT_SECURITY_POLICY%"
PRELOAD_TOKEN = "<!-- %MODULE_PRELOADS% -->"
# The script web/app.js starts as the Python worker; it and what it imports decide what a
# memory snapshot holds (runtime.snapshot_key).
WORKER_SCRIPT = "worker.js"
# Placeholders in web/sw.js that the build replaces with this build's version and file list.
SW_VERSION_TOKEN = '"%VERSION%"'
SW_FILES_TOKEN = '["%FILES%"]'
# A static import or re-export at the start of a line: `import … from "./x.js"`,
# `import "./x.js"`, `export … from "./x.js"`. These are what a browser fetches before a
# module runs; import() is left out, as what it loads is not part of the start.
# What a first visit precaches may not pass this (README: Performance): Pyodide and the
# app take ~12.2 MB, the QR decoder (zxing-wasm's reader) ~1 MB.
PRECACHE_BUDGET_BYTES = 13_500_000
STATIC_IMPORT = re.compile(
    r"""^[ \t]*(?:import|export)\s+(?:[\w$*{},\s]+?\s+from\s+)?["']([^"']+)["']""", re.M
)


def copy_web(web: Path, dist: Path) -> None:
    shutil.copytree(web, dist, dirs_exist_ok=True)
    log(f"web files from {web.name}/")


# --- the page's module graph ---------------------------------------------------------


class ModuleScripts(html.parser.HTMLParser):
    """The `src` of every `<script type="module">` of a page, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.sources: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        source = values.get("src")
        if tag == "script" and values.get("type") == "module" and source:
            self.sources.append(source)


def page_modules(page: str) -> list[str]:
    parser = ModuleScripts()
    parser.feed(page)
    return parser.sources


def module_imports(module: Path) -> list[Path]:
    """The modules `module` imports statically, in the order it names them."""
    imported = []
    for specifier in STATIC_IMPORT.findall(module.read_text(encoding="utf-8")):
        if not specifier.startswith(("./", "../")):
            raise StepFailed(f"{module.name} imports {specifier!r}: only relative URLs load")
        imported.append(module.parent / specifier)
    return imported


def module_graph(directory: Path, entries: Sequence[str]) -> list[str]:
    """Every module the `entries` load before they run, themselves first, each once, in
    the order a depth-first walk of their static imports meets them; as URLs relative
    to `directory`."""
    base = directory.resolve()
    order: list[str] = []

    def visit(module: Path) -> None:
        name = module.resolve().relative_to(base).as_posix()
        if name in order:
            return
        if not module.is_file():
            raise StepFailed(f"{name} is imported but missing")
        order.append(name)
        for imported in module_imports(module):
            visit(imported)

    for entry in entries:
        visit(directory / entry)
    return order


def write_preloads(page: Path) -> list[str]:
    """A modulepreload link per module of the page's graph, in place of PRELOAD_TOKEN, so
    the browser fetches the whole graph at once; answers the modules."""
    source = page.read_text(encoding="utf-8")
    if PRELOAD_TOKEN not in source:
        raise StepFailed(f"{page} lacks {PRELOAD_TOKEN}")
    modules = module_graph(page.parent, page_modules(source))
    at = source.index(PRELOAD_TOKEN)
    indent = source[source.rfind("\n", 0, at) + 1 : at]
    links = f"\n{indent}".join(f'<link rel="modulepreload" href="{name}">' for name in modules)
    page.write_text(source.replace(PRELOAD_TOKEN, links), encoding="utf-8")
    log(f"module preloads: {len(modules)} modules")
    return modules


def worker_scripts(web: Path) -> list[Path]:
    """The Python worker's script and every module it imports."""
    return [web / name for name in module_graph(web, [WORKER_SCRIPT])]


# --- what the build writes into the page ---------------------------------------------


def write_page_policy(page: Path) -> None:
    """The page's <meta> policy: the server's, less frame-ancestors (ignored in <meta>).

    Written from the one definition, so a static host without headers still gets it.
    """
    policy = "; ".join(
        part for part in CONTENT_SECURITY_POLICY.split("; ") if not part.startswith("frame-")
    )
    source = page.read_text(encoding="utf-8")
    if CSP_TOKEN not in source:
        raise StepFailed(f"{page} lacks {CSP_TOKEN}")
    page.write_text(source.replace(CSP_TOKEN, policy), encoding="utf-8")


def write_kinds(root: Path, package: str, target: Path) -> None:
    """kinds.json from the app's own "kinds" action, so the form renders before Python loads.

    Run in a child interpreter so the build never imports (and caches) the app's modules.
    """
    request = json.dumps({"action": "kinds", "payload": {}})
    script = f"import sys, {package}.api as api; sys.stdout.write(api.handle(sys.argv[1]))"
    child = subprocess.run(
        [sys.executable, "-c", script, request], cwd=root, capture_output=True, text=True
    )
    if child.returncode:
        raise StepFailed(f"{package}.api could not answer 'kinds':\n{child.stderr}")
    reply = json.loads(child.stdout)
    if not reply["ok"]:
        raise StepFailed(f"{package} kinds failed: {reply['error']['message']}")
    target.write_text(json.dumps(reply["result"], indent=1) + "\n", encoding="utf-8")
    log(f"kinds.json: {len(reply['result']['how'])} how, {len(reply['result']['why'])} why")


def check_manifest(dist: Path) -> None:
    """Fail the build when the manifest is not JSON or names an icon that is not there."""
    manifest = json.loads((dist / "manifest.webmanifest").read_text(encoding="utf-8"))
    missing = [i["src"] for i in manifest["icons"] if not (dist / i["src"]).is_file()]
    if missing:
        raise StepFailed(f"manifest icons missing from dist: {missing}")


# --- the service worker ----------------------------------------------------------------


def build_files(dist: Path) -> list[str]:
    """Every file of the build as a URL relative to dist/, sorted; the worker script and
    the precompressed copies (the host's business, not the service worker's) aside."""
    return sorted(
        p.relative_to(dist).as_posix()
        for p in dist.rglob("*")
        if p.is_file() and p.name != "sw.js" and p.suffix not in PRECOMPRESSED
    )


def build_version(dist: Path, files: list[str]) -> str:
    """A short hash over every file's name and content: a new build gets a new cache."""
    digest = hashlib.sha256()
    for name in files:
        digest.update(name.encode() + b"\0" + hashlib.sha256((dist / name).read_bytes()).digest())
    return digest.hexdigest()[:16]


def write_service_worker(template: Path, dist: Path, budget: int = PRECACHE_BUDGET_BYTES) -> str:
    """sw.js with this build's VERSION and precache list filled in; returns the VERSION.
    A build whose precache passes `budget` bytes stops here."""
    source = template.read_text(encoding="utf-8")
    if SW_VERSION_TOKEN not in source or SW_FILES_TOKEN not in source:
        raise StepFailed(f"{template} lacks {SW_VERSION_TOKEN} or {SW_FILES_TOKEN}")
    files = build_files(dist)
    size = sum((dist / name).stat().st_size for name in files)
    if size > budget:
        raise StepFailed(f"the precache is {size:,} bytes, over its budget of {budget:,}")
    version = build_version(dist, files)
    source = source.replace(SW_VERSION_TOKEN, json.dumps(version))
    source = source.replace(SW_FILES_TOKEN, json.dumps(files, indent=1))
    (dist / "sw.js").write_text(source, encoding="utf-8")
    log(f"service worker: version {version}, {len(files)} files, {size:,} bytes")
    return version


def precache_files(dist: Path) -> list[str]:
    """The files the service worker precaches: the list write_service_worker wrote."""
    source = (dist / "sw.js").read_text(encoding="utf-8")
    start = source.index("const FILES = ") + len("const FILES = ")
    files, _ = json.JSONDecoder().raw_decode(source[start:])
    return [str(name) for name in files]
