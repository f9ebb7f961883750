"""Compile a standard library zip to sourceless bytecode where it pays (runtime.py says why).

    python compile_stdlib.py SOURCE.zip TARGET.zip OPTIMIZE SOURCE_PER_BYTE

Each module is compiled with OPTIMIZE and kept as bytecode when that spares at least
SOURCE_PER_BYTE bytes of source per byte it adds to the zip. compile_stdlib.mjs runs it
inside Pyodide, whose Python's bytecode is the one the app needs; any Python can run it
to try the step on its own.

The loop runs at module level: marshal marks an object that has other references as
shareable, so the same loop in a function writes (equally valid) different bytes, and
the build's output would change with no change of substance.
"""

import importlib.util
import marshal
import sys
import zipfile
import zlib

source, target = sys.argv[1:3]
optimize, per_byte = int(sys.argv[3]), float(sys.argv[4])
# Where Pyodide puts the zip: tracebacks show the same paths as from source.
prefix = "/lib/python{}{}.zip/".format(*sys.version_info[:2])
with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as out:
    for info in src.infolist():
        data = src.read(info)
        if info.filename.endswith(".py"):
            path = prefix + info.filename
            code = compile(data, path, "exec", dont_inherit=True, optimize=optimize)
            # A timestamp .pyc (flags 0) with mtime and size 0, never compared: no source.
            pyc = importlib.util.MAGIC_NUMBER + bytes(12) + marshal.dumps(code)
            added = len(zlib.compress(pyc, 9)) - len(zlib.compress(data, 9))
            if added <= 0 or len(data) / added >= per_byte:
                data = pyc
                info = zipfile.ZipInfo(info.filename + "c", info.date_time)
                info.external_attr = 0o644 << 16
        info.compress_type = zipfile.ZIP_DEFLATED
        out.writestr(info, data, compresslevel=9)
