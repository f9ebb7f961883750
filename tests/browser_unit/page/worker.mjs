// Test-only worker: the app's Pyodide runtime and notewell wheel, plus pytest and
// Hypothesis installed with micropip from wheels served next to this file, then the
// core test suite run by pytest in the browser's file system. Everything is same-origin.
const HERE = new URL("./", import.meta.url);
// The app's runtime folder of the built dist/ (this page is served beside it).
const RUNTIME = new URL("../pyodide/", HERE);
// Where the test files are unpacked in Pyodide's file system; pytest runs from here.
const ROOT = "/home/pyodide/notewell";

async function fetchOk(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response;
}

async function runSuite() {
  const timings = {};
  let lap = performance.now();
  const mark = (step) => {
    const now = performance.now();
    timings[step] = Math.round(now - lap);
    lap = now;
  };
  const output = [];
  const manifest = await (await fetchOk(new URL("manifest.json", HERE))).json();
  const { loadPyodide } = await import(new URL("pyodide.mjs", RUNTIME).href);
  // The test lock is the app's lock plus micropip, both with their wheels' real sha256,
  // so the browser verifies the very notewell wheel the app ships.
  const pyodide = await loadPyodide({
    indexURL: RUNTIME.href,
    lockFileURL: new URL(manifest.lock, HERE).href,
    // Pyodide's full standard library: the app ships a trimmed one (build.py).
    stdLibURL: new URL(manifest.stdlib, HERE).href,
    packageBaseUrl: RUNTIME.href,
    packages: manifest.preloaded,
    stdout: (line) => output.push(line),
    stderr: (line) => output.push(line),
  });
  // A wheel failing its integrity check is reported on stderr only, never thrown.
  const missing = manifest.preloaded.filter((name) => !pyodide.loadedPackages[name]);
  if (missing.length) throw new Error(`${missing.join(", ")} did not load: ${output.join("\n")}`);
  mark("load_pyodide");

  // Every wheel is named, so micropip resolves nothing and never asks an index.
  const micropip = pyodide.pyimport("micropip");
  const wheels = manifest.wheels.map((name) => new URL(`wheels/${name}`, HERE).href);
  await micropip.install.callKwargs(pyodide.toPy(wheels), { deps: false });
  mark("micropip_install");

  const archive = await (await fetchOk(new URL(manifest.archive, HERE))).arrayBuffer();
  pyodide.unpackArchive(archive, "zip", { extractDir: ROOT });
  pyodide.pyimport("sys").path.insert(0, `${ROOT}/tests/browser_unit`);
  mark("unpack_tests");

  const result = JSON.parse(pyodide.pyimport("suite_runner").run_in_pyodide(ROOT));
  mark("pytest");
  return { ...result, timings, output: output.join("\n") };
}

runSuite().then(
  (result) => postMessage({ ok: true, result }),
  (error) => postMessage({ ok: false, error: String(error?.stack || error) })
);
