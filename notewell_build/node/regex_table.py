"""Write the table of a package's compiled regular expressions (pycore/regex.py uses it).

    python regex_table.py SOURCE_ROOT PACKAGE TARGET

Imports every module of PACKAGE found under SOURCE_ROOT, so each compiles its patterns,
and writes the package's table of them to TARGET. regex_table.mjs runs it inside
Pyodide, whose Python and regex engine the table must match; any Python can run it to
try the step on its own.
"""

import importlib
import pkgutil
import sys

source, name, target = sys.argv[1:]
sys.path.insert(0, source)
package = importlib.import_module(name)
for module in pkgutil.walk_packages(package.__path__, name + "."):
    if not module.name.endswith(".__main__"):  # the command line: no part of the app
        importlib.import_module(module.name)
regex = importlib.import_module(name + ".regex")
with open(target, "wb") as table:
    table.write(regex.program_table(regex.PATTERNS))
