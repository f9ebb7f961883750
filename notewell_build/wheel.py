"""The app's wheel and the pyodide-lock.json that names it, with its real sha256."""

from __future__ import annotations

import base64
import hashlib
import json
import tomllib
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from notewell_build.steps import log

# Zip entries get a fixed date so the same sources always give the same wheel and sha256.
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
# The lock `info` field holding the key of this build's memory snapshots (web/worker.js
# reads it).
SNAPSHOT_KEY_FIELD = "notewell_snapshot_key"


def read_project(root: Path) -> dict[str, Any]:
    """The [project] table of pyproject.toml (name, version) plus the import packages."""
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    project = dict(config["project"])
    # [tool.setuptools.packages.find] include = ["pycore", "pycore.*"]: the top-level names.
    include = config["tool"]["setuptools"]["packages"]["find"]["include"]
    project["import_packages"] = sorted({pattern.split(".")[0] for pattern in include})
    return project


def record_hash(data: bytes) -> str:
    """A wheel RECORD hash: urlsafe base64 sha256 without padding (PEP 376/427)."""
    digest = hashlib.sha256(data).digest()
    return "sha256=" + base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def package_files(root: Path, packages: list[str]) -> list[Path]:
    """Every file of the import packages, sorted, without caches or compiled files."""
    files = []
    for package in packages:
        for path in sorted((root / package).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                files.append(path)
    return files


def build_wheel(root: Path, out_dir: Path, generated: Sequence[tuple[str, bytes]] = ()) -> Path:
    """Write a pure-Python wheel of the app by hand: zipfile + the three dist-info files.
    `generated` adds files made by the build: (path in the wheel, content).

    pip's PEP 517 path needs setuptools in an isolated environment (network, seconds);
    the wheel of a dependency-free pure package is just a zip, fast and reproducible.
    """
    project = read_project(root)
    name, version = project["name"], project["version"]
    dist_info = f"{name}-{version}.dist-info"
    metadata = (
        f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n"
        f"Summary: {project.get('description', '')}\n"
        f"Requires-Python: {project.get('requires-python', '>=3.11')}\n"
    )
    wheel_info = "Wheel-Version: 1.0\nGenerator: notewell-build.py\nRoot-Is-Purelib: true\n"
    wheel_info += "Tag: py3-none-any\n"
    entries = [
        (p.relative_to(root).as_posix(), p.read_bytes())
        for p in package_files(root, project["import_packages"])
    ]
    entries += generated
    entries += [
        (f"{dist_info}/METADATA", metadata.encode()),
        (f"{dist_info}/WHEEL", wheel_info.encode()),
    ]
    record = "".join(f"{arc},{record_hash(data)},{len(data)}\n" for arc, data in entries)
    entries.append((f"{dist_info}/RECORD", (record + f"{dist_info}/RECORD,,\n").encode()))
    out_dir.mkdir(parents=True, exist_ok=True)
    wheel = out_dir / f"{name}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as archive:
        for arcname, data in entries:
            info = zipfile.ZipInfo(arcname, ZIP_EPOCH)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data, compresslevel=9)  # the 13.5 MB budget
    log(f"wheel {wheel.name} ({len(entries)} files)")
    return wheel


def lock_entry(wheel: Path, file_name: str, imports: list[str]) -> dict[str, Any]:
    """A pyodide-lock.json entry for a pure wheel, named and versioned as its file is.

    `file_name` is the wheel's URL relative to the runtime folder. The sha256 is the
    file's own: Pyodide verifies it when it fetches the wheel (subresource integrity),
    so a stale or corrupted wheel fails to load instead of running old code.
    """
    name, version = wheel.name.split("-")[:2]
    return {
        "name": name,
        "version": version,
        "file_name": file_name,
        "install_dir": "site",
        "sha256": hashlib.sha256(wheel.read_bytes()).hexdigest(),
        "package_type": "package",
        "imports": imports,
        "depends": [],
    }


def write_lock(
    runtime: Path, wheel: Path, project: dict[str, Any], target: Path, snapshot: str
) -> None:
    """A pyodide-lock.json holding only our wheel, with the runtime's `info`, which also
    carries the `snapshot_key` the worker files its memory snapshot under."""
    info = json.loads((runtime / "pyodide-lock.json").read_text(encoding="utf-8"))["info"]
    info[SNAPSHOT_KEY_FIELD] = snapshot
    entry = lock_entry(wheel, wheel.name, project["import_packages"])
    lock = {"info": info, "packages": {project["name"]: entry}}
    target.write_text(json.dumps(lock, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    log(f"lock file {target.name}: {entry['name']} {entry['sha256'][:12]}…")
