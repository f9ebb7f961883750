// The usual way to run a wheel in Pyodide, for the bench to compare the app with:
// plain loadPyodide(), then micropip.install() of the app's wheel, import, one check.
// No lock entry for the wheel, no snapshot, Pyodide's full standard library; otherwise
// the app's runtime files (../pyodide/).
const HERE = new URL("./", import.meta.url);
const RUNTIME = new URL("../pyodide/", HERE);

async function firstCheck() {
  const manifest = await (await fetch(new URL("manifest.json", HERE))).json();
  const { loadPyodide } = await import(new URL("pyodide.mjs", RUNTIME).href);
  // This lock names only micropip (its wheel is served beside this file).
  const pyodide = await loadPyodide({
    indexURL: RUNTIME.href,
    lockFileURL: new URL(manifest.lock, HERE).href,
    stdLibURL: new URL(manifest.stdlib, HERE).href, // Pyodide's own, untrimmed
    packageBaseUrl: RUNTIME.href,
  });
  await pyodide.loadPackage("micropip");
  await pyodide.pyimport("micropip").install(new URL(manifest.wheel, HERE).href);
  const api = pyodide.pyimport(`${manifest.package}.api`);
  const reply = JSON.parse(api.handle(JSON.stringify({ action: "check", payload: { text: "" } })));
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.result;
}

firstCheck().then(
  (result) => postMessage({ ok: true, result }),
  (error) => postMessage({ ok: false, error: String(error?.message || error) })
);
