// Compiles a standard library zip to bytecode with Pyodide's own Python (compile_stdlib.py).
// Arguments: Pyodide's folder, the zip, compile()'s optimize level, the least bytes of
// source a module's bytecode must spare per byte it adds, and the zip to write.
import { readFileSync, writeFileSync } from "node:fs";
import { runScript, startPython } from "./pyodide_python.mjs";

const args = process.argv.slice(2);
if (args.length !== 5) {
  console.error("usage: node compile_stdlib.mjs RUNTIME_DIR/ SOURCE.zip OPTIMIZE SOURCE_PER_BYTE TARGET.zip");
  process.exit(2);
}
const [indexURL, source, optimize, perByte, target] = args;
// Bytecode without column ranges, like `python -X no_debug_ranges`.
const pyodide = await startPython(indexURL, { PYTHONNODEBUGRANGES: "1" });
pyodide.FS.writeFile("/tmp/source.zip", readFileSync(source));
runScript(pyodide, "compile_stdlib.py", ["/tmp/source.zip", "/tmp/target.zip", optimize, perByte]);
writeFileSync(target, pyodide.FS.readFile("/tmp/target.zip"));
