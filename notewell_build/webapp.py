"""The app's own files in dist/: web/ as it is, then what the build writes into it:
the page's policy, the choices the form starts with, and the service worker's version
and precache list."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

from notewell_build.compress import PRECOMPRESSED
from notewell_build.server import CONTENT_SECURITY_POLICY
from notewell_build.steps import StepFailed, log

# Placeholder in web/index.html for the page's own copy of CONTENT_SECURITY_POLICY.
CSP_TOKEN = "%CONTENT_SECURITY_POLICY%"
# The worker scripts that make and restore memory snapshots: they decide what a snapshot
# holds (runtime.snapshot_key).
WORKER_SCRIPTS = ("worker.js", "snapshot.js")
# Placeholders in web/sw.js that the build replaces with this build's version and file list.
SW_VERSION_TOKEN = '"%VERSION%"'
SW_FILES_TOKEN = '["%FILES%"]'


def copy_web(web: Path, dist: Path) -> None:
    shutil.copytree(web, dist, dirs_exist_ok=True)
    log(f"web files from {web.name}/")


def worker_scripts(web: Path) -> list[Path]:
    """The Python worker's scripts."""
    return [web / name for name in WORKER_SCRIPTS]


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


def write_service_worker(template: Path, dist: Path) -> str:
    """sw.js with this build's VERSION and precache list filled in; returns the VERSION."""
    source = template.read_text(encoding="utf-8")
    if SW_VERSION_TOKEN not in source or SW_FILES_TOKEN not in source:
        raise StepFailed(f"{template} lacks {SW_VERSION_TOKEN} or {SW_FILES_TOKEN}")
    files = build_files(dist)
    version = build_version(dist, files)
    source = source.replace(SW_VERSION_TOKEN, json.dumps(version))
    source = source.replace(SW_FILES_TOKEN, json.dumps(files, indent=1))
    (dist / "sw.js").write_text(source, encoding="utf-8")
    log(f"service worker: version {version}, {len(files)} files")
    return version


def precache_files(dist: Path) -> list[str]:
    """The files the service worker precaches: the list write_service_worker wrote."""
    source = (dist / "sw.js").read_text(encoding="utf-8")
    start = source.index("const FILES = ") + len("const FILES = ")
    files, _ = json.JSONDecoder().raw_decode(source[start:])
    return [str(name) for name in files]
