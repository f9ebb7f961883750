// The Python side: a module worker that loads Pyodide and the app wheel, then answers
// {id, action, payload} with {id, ok, result} or {id, ok: false, error: {name, message}}.
import { watchDownloads } from "./downloads.js";
import { deleteSnapshot, readSnapshot, saveSnapshot, unpackSnapshot } from "./snapshot.js";

const RUNTIME = new URL("./pyodide/", import.meta.url);
// Requests above this size are answered here: copying megabytes into Python for a note
// of a few hundred characters only freezes the worker. pycore sets its own (smaller)
// text limit with a clearer message; this guard catches everything else.
const MAX_REQUEST_CHARS = 8_000_000;

// What a start leaves for later (warming up, a memory snapshot) waits until the worker
// has been idle this long, so it never delays the first checks of a visit.
const IDLE_MS = 1000;
// Rounds of WARM_UP_REQUESTS once idle after any start: until V8 has optimised Pyodide's
// hot paths, a check takes several times longer (bench: p95 4-7 ms instead of ~1.5 ms).
// One round at a time, so a request arriving meanwhile waits for one round at most.
const WARM_UP_ROUNDS = 80;
// Snapshots are kept in IndexedDB; without it every start is a plain one.
const SNAPSHOTS = typeof indexedDB === "object" && indexedDB !== null;
// Asked of a restored interpreter before it is trusted, and of every fresh one before
// its snapshot, so the snapshot holds everything these actions touch.
const WARM_UP_REQUESTS = [
  {
    action: "check",
    payload: {
      text: "Hi Ada, we met at PyCon Lisbon after your talk on packaging. I'd like to stay in touch and follow your work. Would you be open to a 15-minute call next month? Thanks, Sam",
    },
  },
  { action: "draft", payload: { name: "Ada", how: "close", why: ["stay"], slots: {} } },
  { action: "kinds", payload: {} },
];
// Imports every module of the app package (`package` is bound by the caller), so the
// snapshot holds them all: a restored interpreter has the modules, not the wheel's files.
// The command line (__main__) is no part of the app, and the trimmed standard library
// lacks its argparse.
const IMPORT_ALL = `
import importlib, pkgutil
for module in pkgutil.walk_packages(importlib.import_module(package).__path__, package + "."):
    if not module.name.endswith(".__main__"):
        importlib.import_module(module.name)
`;

// How this worker started, for the bench and the tests ("runtime" requests, answered
// here in JavaScript): the path taken (plain or snapshot), what became of the snapshot,
// and the size of Python's wasm memory. `settled` resolves when the idle work is over.
const runtime = { start: "loading", snapshot: "none", pyodide: null, restoreError: null };
let settle;
runtime.settled = new Promise((resolve) => (settle = resolve));
let idleTimer = 0;
let idleWork = null;

// The page shows how far the runtime's download is: {progress: {loaded, total}}, no id.
const downloads = watchDownloads((progress) => self.postMessage({ progress }));

const api = loadApi();
// A failed load is answered per request; this keeps it from being an unhandled rejection.
api.catch(() => {});
// After a failed start nothing is left to do.
const afterStart = () => idleWork || settle();
api.then(afterStart, afterStart);

async function loadApi() {
  const problems = [];
  // The lock names exactly one package, ours (build.py writes it with the wheel's sha256).
  // The runtime is imported here, not statically, so a missing file is reported like any
  // other load failure instead of killing the worker before it can answer.
  const lockRequest = fetchLock(new URL("pyodide-lock.json", RUNTIME).href);
  lockRequest.then((lock) => downloads.expect(RUNTIME, lock.info.notewell_sizes)).catch(() => {});
  const lockAndRuntime = Promise.all([lockRequest, import(new URL("pyodide.mjs", RUNTIME).href)]);
  // build.py hashes the runtime, the wheel and these worker scripts into the lock: a
  // snapshot made by any other build is never restored.
  const keyOf = ([lock, { version }]) => `${version} ${lock.info.notewell_snapshot_key}`;
  // The stored snapshot is looked up while the lock and the runtime load.
  const stored = SNAPSHOTS ? readSnapshot(lockAndRuntime.then(keyOf)) : Promise.resolve(null);
  stored.catch(() => {}); // awaited, and a failure handled, by restore()
  // A plain start installs the app's wheel only once the interpreter runs: fetched now,
  // it arrives meanwhile. A restored snapshot needs no wheel.
  Promise.all([lockRequest, stored.catch(() => null)])
    .then(([lock, record]) => record || prefetchWheel(lock))
    .catch(() => {});
  const [lock, { loadPyodide, version }] = await lockAndRuntime;
  const key = keyOf([lock, { version }]);
  const [packageName] = Object.keys(lock.packages);
  const importName = lock.packages[packageName].imports[0];
  const options = {
    indexURL: RUNTIME.href,
    lockFileContents: lock,
    packageBaseUrl: RUNTIME.href,
    stdout: () => {},
    stderr: (line) => problems.push(line),
  };
  const restored = SNAPSHOTS && (await restore(loadPyodide, options, stored, importName));
  if (restored) return restored;
  problems.length = 0; // what a failed restore printed says nothing about the plain start

  const pyodide = await loadPyodide({ ...options, packages: [packageName], _makeSnapshot: SNAPSHOTS });
  // A wheel failing its integrity check is only reported on stderr, never thrown.
  if (!pyodide.loadedPackages[packageName]) {
    // Pyodide prints "The following error occurred while loading X:" before the reason.
    const reason =
      problems
        .filter((line) => !line.endsWith(":"))
        .join(" ")
        .trim() || "no reason given";
    throw new Error(`the app package ${packageName} did not load: ${reason}`);
  }
  const pycoreApi = pyodide.pyimport(`${importName}.api`);
  Object.assign(runtime, { start: "plain", pyodide, importName });
  whenIdle(async () => {
    await warmUp(pycoreApi);
    if (SNAPSHOTS) await takeSnapshot(pyodide, key, importName);
  });
  return pycoreApi;
}

// The interpreter of the stored snapshot (a promise of it, or of null), checked; null
// (and the record gone) when there is none or it does not work: start the plain way.
async function restore(loadPyodide, options, storedSnapshot, importName) {
  try {
    const stored = await storedSnapshot;
    if (!stored) return null;
    // A promise: the snapshot is unpacked while Pyodide fetches and compiles its files.
    const pyodide = await loadPyodide({ ...options, _loadSnapshot: unpackSnapshot(stored) });
    const pycoreApi = pyodide.pyimport(`${importName}.api`);
    for (const request of WARM_UP_REQUESTS) {
      const reply = JSON.parse(pycoreApi.handle(JSON.stringify(request)));
      if (!reply.ok) throw new Error(`the restored ${request.action} failed: ${reply.error.message}`);
    }
    Object.assign(runtime, { start: "snapshot", snapshot: "restored", pyodide, importName });
    whenIdle(() => warmUp(pycoreApi));
    return pycoreApi;
  } catch (error) {
    runtime.restoreError = errorOf(error).message;
    await deleteSnapshot().catch(() => {});
    return null;
  }
}

function whenIdle(work) {
  idleWork = work;
  waitForIdle();
}

// (Re)start the idle countdown; every request pushes the idle work further back.
function waitForIdle() {
  if (!idleWork) return;
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    const work = idleWork;
    idleWork = null;
    work().finally(settle);
  }, IDLE_MS);
}

async function warmUp(pycoreApi) {
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    for (const request of WARM_UP_REQUESTS) pycoreApi.handle(JSON.stringify(request));
    await new Promise((resolve) => setTimeout(resolve)); // let waiting requests in
  }
}

async function takeSnapshot(pyodide, key, importName) {
  runtime.snapshot = "saving";
  try {
    const globals = pyodide.toPy({ package: importName });
    pyodide.runPython(IMPORT_ALL, { globals });
    globals.destroy();
    const bytes = snapshotOf(pyodide);
    runtime.stored = await saveSnapshot(key, bytes);
    runtime.snapshot = "saved";
  } catch (error) {
    // The plain start keeps working; the next visit simply starts plain again.
    runtime.snapshot = `failed: ${errorOf(error).message}`;
  }
}

// Pyodide snapshots only an interpreter whose record of loaded packages is still empty,
// as at start. Our wheel is in the snapshot's memory anyway (its modules are imported),
// so the record is set aside while the snapshot is taken.
function snapshotOf(pyodide) {
  const loaded = { ...pyodide.loadedPackages };
  for (const name of Object.keys(loaded)) delete pyodide.loadedPackages[name];
  try {
    return pyodide.makeMemorySnapshot();
  } finally {
    Object.assign(pyodide.loadedPackages, loaded);
  }
}

function runtimeInfo() {
  return {
    start: runtime.start,
    snapshot: runtime.snapshot,
    snapshot_stored_bytes: runtime.stored?.bytes ?? 0,
    snapshot_encoding: runtime.stored?.encoding ?? null,
    restore_error: runtime.restoreError,
    heap_bytes: runtime.pyodide?._module.HEAP8.length ?? 0,
    regexes_from_source: runtime.pyodide ? regexesFromSource() : null,
  };
}

// The patterns pycore compiled itself instead of taking them from the build's table
// (pycore/regex.py): none, when the table fits this Python.
function regexesFromSource() {
  const regex = runtime.pyodide.pyimport(`${runtime.importName}.regex`);
  const patterns = regex.from_source();
  try {
    return patterns.toJs().map(([pattern]) => pattern.slice(0, 80));
  } finally {
    patterns.destroy();
    regex.destroy();
  }
}

// The lock's one package, fetched ahead with the integrity Pyodide checks it by.
function prefetchWheel(lock) {
  const [{ file_name: fileName, sha256 }] = Object.values(lock.packages);
  const digest = String.fromCharCode(...sha256.match(/../g).map((pair) => parseInt(pair, 16)));
  downloads.prefetch(new URL(fileName, RUNTIME).href, { integrity: `sha256-${btoa(digest)}` });
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
  if (action === "runtime") {
    if (payload?.settled) await runtime.settled;
    return { id, ok: true, result: runtimeInfo() };
  }
  let request;
  try {
    // JSON.stringify escapes lone surrogates (\udXXX), so any JS string crosses safely.
    request = JSON.stringify({ action, payload: payload ?? {} });
  } catch (error) {
    return { id, ok: false, error: errorOf(error) };
  }
  if (request.length > MAX_REQUEST_CHARS) {
    const size = request.length.toLocaleString("en");
    return {
      id,
      ok: false,
      error: { name: "RequestError", message: `The request is ${size} characters long; that is far more than a note.` },
    };
  }
  try {
    const reply = JSON.parse(pycoreApi.handle(request));
    return reply.ok ? { id, ok: true, result: reply.result } : { id, ok: false, error: reply.error };
  } catch (error) {
    return { id, ok: false, error: errorOf(error) };
  }
}

self.addEventListener("message", async (event) => {
  waitForIdle();
  self.postMessage(await answer(event.data));
});
