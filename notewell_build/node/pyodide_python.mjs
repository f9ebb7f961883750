// What the Node steps that run Python share: starting the runtime's own Pyodide, and
// running a Python script that lives beside this module.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

// Pyodide from the runtime folder `indexURL` (node_modules/pyodide/), with `env` set.
export async function startPython(indexURL, env) {
  const { loadPyodide } = await import(pathToFileURL(join(indexURL, "pyodide.mjs")).href);
  return loadPyodide({ indexURL, env });
}

// Runs the Python script `name` (beside this module) as `python name ...args` would:
// as __main__, with `args` in sys.argv. Its files are in Pyodide's file system.
export function runScript(pyodide, name, args) {
  pyodide.pyimport("sys").argv = pyodide.toPy([name, ...args]);
  const globals = pyodide.toPy({ __name__: "__main__" });
  pyodide.runPython(readFileSync(new URL(name, import.meta.url), "utf8"), { globals, filename: name });
}
