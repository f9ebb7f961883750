// The Python side: a module worker that loads Pyodide and the app wheel, then answers
// {id, action, payload} with {id, ok, result} or {id, ok: false, error: {name, message}}.
const RUNTIME = new URL("./pyodide/", import.meta.url);
// Requests above this size are answered here: copying megabytes into Python for a note
// of a few hundred characters only freezes the worker. pycore sets its own (smaller)
// text limit with a clearer message; this guard catches everything else.
const MAX_REQUEST_CHARS = 8_000_000;

// How this worker started, for the bench and the tests ("runtime" requests, answered
// here in JavaScript): which path it took and the size of Python's wasm memory.
const runtime = { start: "loading", pyodide: null };

const api = loadApi();
// A failed load is answered per request; this keeps it from being an unhandled rejection.
api.catch(() => {});

async function loadApi() {
  const problems = [];
  // The lock names exactly one package, ours (build.py writes it with the wheel's sha256).
  // The runtime is imported here, not statically, so a missing file is reported like any
  // other load failure instead of killing the worker before it can answer.
  const [lock, { loadPyodide }] = await Promise.all([
    fetchLock(new URL("pyodide-lock.json", RUNTIME).href),
    import(new URL("pyodide.mjs", RUNTIME).href),
  ]);
  const [packageName] = Object.keys(lock.packages);
  const { imports } = lock.packages[packageName];
  const pyodide = await loadPyodide({
    indexURL: RUNTIME.href,
    lockFileContents: lock,
    packageBaseUrl: RUNTIME.href,
    packages: [packageName],
    stdout: () => {},
    stderr: (line) => problems.push(line),
  });
  // A wheel failing its integrity check is only reported on stderr, never thrown.
  if (!pyodide.loadedPackages[packageName]) {
    // Pyodide prints "The following error occurred while loading X:" before the reason.
    const reason = problems.filter((line) => !line.endsWith(":")).join(" ").trim() || "no reason given";
    throw new Error(`the app package ${packageName} did not load: ${reason}`);
  }
  const pycoreApi = pyodide.pyimport(`${imports[0]}.api`);
  Object.assign(runtime, { start: "plain", pyodide });
  return pycoreApi;
}

function runtimeInfo() {
  return { start: runtime.start, heap_bytes: runtime.pyodide?._module.HEAP8.length ?? 0 };
}

async function fetchLock(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

function errorOf(error) {
  return { name: error?.name || "Error", message: error?.message || String(error) };
}

async function answer({ id, action, payload }) {
  let pycoreApi;
  try {
    pycoreApi = await api;
  } catch (error) {
    return { id, ok: false, error: { name: "LoadError", message: `Python did not load: ${errorOf(error).message}` } };
  }
  if (action === "runtime") return { id, ok: true, result: runtimeInfo() };
  let request;
  try {
    // JSON.stringify escapes lone surrogates (\udXXX), so any JS string crosses safely.
    request = JSON.stringify({ action, payload: payload ?? {} });
  } catch (error) {
    return { id, ok: false, error: errorOf(error) };
  }
  if (request.length > MAX_REQUEST_CHARS) {
    const size = request.length.toLocaleString("en");
    return { id, ok: false, error: { name: "RequestError", message: `The request is ${size} characters long; that is far more than a note.` } };
  }
  try {
    const reply = JSON.parse(pycoreApi.handle(request));
    return reply.ok ? { id, ok: true, result: reply.result } : { id, ok: false, error: reply.error };
  } catch (error) {
    return { id, ok: false, error: errorOf(error) };
  }
}

self.addEventListener("message", async (event) => {
  self.postMessage(await answer(event.data));
});
