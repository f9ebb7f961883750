"""The QR decoder the scanner falls back to where the browser has no BarcodeDetector
(desktop Chromium, Safari, Firefox): zxing-wasm's reader build, self-hosted so scanning
works offline and nothing loads from a CDN. The page imports it only when a scan
starts (web/scanner.js), so it is precached but never fetched at start-up."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

from notewell_build.steps import NODE_STEPS, StepFailed, log, node_command

DECODER_PACKAGE = "zxing-wasm"
# The reader only (no writer), as ES modules; their relative layout is kept, as
# reader/index.js imports ../share.js. The wasm is found through locateFile (scanner.js).
DECODER_FILES = ("es/reader/index.js", "es/share.js", "reader/zxing_reader.wasm")
DECODER_WASM = "reader/zxing_reader.wasm"


def copy_decoder(package: Path, target: Path) -> None:
    """The reader's files from the npm package's dist/ into `target`, after checking the
    wasm is the one the package's own code names by hash."""
    source = package / "dist"
    reader = source / DECODER_FILES[0]
    if not reader.is_file():
        raise StepFailed(f"{reader} is missing; run `npm ci`")
    child = subprocess.run(
        node_command(NODE_STEPS / "decoder_hash.mjs", [str(reader)]),
        capture_output=True,
        text=True,
        check=False,
    )
    if child.returncode:
        raise StepFailed(f"could not read {DECODER_PACKAGE}'s wasm hash:\n{child.stderr}")
    expected = json.loads(child.stdout)
    actual = hashlib.sha256((source / DECODER_WASM).read_bytes()).hexdigest()
    if actual != expected["sha256"]:
        raise StepFailed(
            f"{DECODER_PACKAGE} {expected['version']}: {DECODER_WASM} has sha256 {actual}, "
            f"its code expects {expected['sha256']}; run `npm ci`"
        )
    for name in DECODER_FILES:
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source / name, target / name)
    log(f"QR decoder: {DECODER_PACKAGE} {expected['version']} reader")
