// Writes the table of a package's regular expressions compiled by Pyodide's own Python
// (regex_table.py), for the app's wheel.
// Arguments: Pyodide's folder, the folder holding the package, its name, the file to write.
import { writeFileSync } from "node:fs";
import { runScript, startPython } from "./pyodide_python.mjs";

const args = process.argv.slice(2);
if (args.length !== 4) {
  console.error("usage: node regex_table.mjs RUNTIME_DIR/ SOURCE_ROOT PACKAGE TARGET");
  process.exit(2);
}
const [indexURL, source, name, target] = args;
const pyodide = await startPython(indexURL, { PYTHONDONTWRITEBYTECODE: "1" });
pyodide.mountNodeFS("/src", source);
runScript(pyodide, "regex_table.py", ["/src", name, "/tmp/table.marshal"]);
writeFileSync(target, pyodide.FS.readFile("/tmp/table.marshal"));
