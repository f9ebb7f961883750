"""Precompressed copies of the build for static hosts that serve them (nginx gzip_static
and brotli_static, Caddy precompressed): a .gz and a .br beside each large text,
JavaScript, JSON and wasm file. The service worker never caches them."""

from __future__ import annotations

import gzip
import hashlib
import json
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from notewell_build.steps import NODE_STEPS, StepFailed, log, node_command

# Types a compressing static host gzips (archives and images are compressed already);
# the build writes .gz and .br copies of such files from this size up.
COMPRESSIBLE = {".html", ".js", ".mjs", ".css", ".json", ".webmanifest", ".wasm", ".svg"}
PRECOMPRESS_MIN_BYTES = 1024
PRECOMPRESSED = (".gz", ".br")
# Python's standard library has no brotli: Node's zlib compresses, at its best quality.
# The wasm takes ~25 s at quality 11, so each result is cached by content.
BROTLI = NODE_STEPS / "brotli.mjs"


def gzip_bytes(data: bytes) -> bytes:
    """gzip at its best level with no timestamp: the same file always gives the same bytes."""
    return gzip.compress(data, compresslevel=9, mtime=0)


def write_precompressed(dist: Path, cache: Path) -> None:
    """A .gz and a .br copy beside every compressible file of `dist` large enough to
    gain, each kept only when smaller. `cache` keeps brotli's results (BROTLI)."""
    sources = sorted(
        path
        for path in dist.rglob("*")
        if path.suffix in COMPRESSIBLE
        and path.is_file()
        and path.stat().st_size >= PRECOMPRESS_MIN_BYTES
    )
    brotli = brotli_copies(sources, cache)
    sizes = {suffix: 0 for suffix in PRECOMPRESSED}
    for path in sources:
        data = path.read_bytes()
        for suffix, packed in ((".gz", gzip_bytes(data)), (".br", brotli[path].read_bytes())):
            if len(packed) < len(data):
                path.with_name(path.name + suffix).write_bytes(packed)
                sizes[suffix] += len(packed)
    log(
        "precompressed: "
        + ", ".join(f"{size:,} bytes of {suffix}" for suffix, size in sizes.items())
    )


def brotli_copies(sources: Sequence[Path], cache: Path) -> dict[Path, Path]:
    """Each source's brotli-compressed copy in `cache`, made by Node where missing."""
    copies = {
        path: cache / f"{hashlib.sha256(path.read_bytes()).hexdigest()[:32]}.br" for path in sources
    }
    missing = [[str(path), str(copy)] for path, copy in copies.items() if not copy.exists()]
    if missing:
        cache.mkdir(parents=True, exist_ok=True)
        log(f"brotli: compressing {len(missing)} files once (the wasm takes ~25 s), then cached")
        with tempfile.TemporaryDirectory(prefix="notewell-brotli-") as temp:
            listing = Path(temp) / "files.json"
            listing.write_text(json.dumps(missing), encoding="utf-8")
            command = node_command(BROTLI, [str(listing)])
            child = subprocess.run(command, capture_output=True, text=True)
        if child.returncode:
            raise StepFailed(f"brotli in Node failed:\n{child.stderr}")
    return copies
