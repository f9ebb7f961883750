// The page's side of the worker protocol (like SVGOMG's worker-messenger / Comlink):
// a pending map of [resolve, reject] by id, errors re-thrown as real Errors. Messages
// without an id tell how far the worker's download is ({progress: {loaded, total}}).
import { t } from "./i18n.js";

const READY_MARK = "notewell:python-ready";

function toError({ name, message }) {
  const error = new Error(message);
  error.name = name || "Error";
  return error;
}

function rejectAll(pending, error) {
  for (const [, [, reject]] of pending) reject(error);
  pending.clear();
}

// One worker: its pending calls, and the reason it cannot answer once it failed to start.
function startWorker(workerURL, onProgress) {
  const worker = new Worker(workerURL, { type: "module" });
  const pending = new Map();
  let nextId = 1;
  let startError = null;

  worker.addEventListener("message", ({ data }) => {
    if (data.progress) onProgress(data.progress);
    const entry = pending.get(data.id);
    if (!entry) return;
    pending.delete(data.id);
    const [resolve, reject] = entry;
    if (data.ok) resolve(data.result);
    else reject(toError(data.error));
  });
  // A worker that cannot even start (script blocked, syntax error) never answers.
  worker.addEventListener("error", (event) => {
    event.preventDefault();
    startError = toError({ name: "LoadError", message: event.message || t("the Python worker could not start") });
    rejectAll(pending, startError);
  });

  function call(action, payload = {}) {
    if (startError) return Promise.reject(startError);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, [resolve, reject]);
      worker.postMessage({ id, action, payload });
    });
  }

  function stop() {
    worker.terminate();
    rejectAll(pending, toError({ name: "LoadError", message: t("the checks were restarted") }));
  }

  // Ready once Python answers a request (checking an empty note is the cheapest); the
  // moment is marked on the page's performance timeline, where the bench reads it.
  const ready = call("check", { text: "" });
  ready.then(
    () => performance.mark(READY_MARK),
    () => {}
  );
  return { call, stop, ready };
}

export function connect(workerURL) {
  const listeners = new Set();
  const progress = (value) => listeners.forEach((listener) => listener(value));
  let current = startWorker(workerURL, progress);
  return {
    get ready() {
      return current.ready;
    },
    call: (action, payload) => current.call(action, payload),
    onProgress: (listener) => listeners.add(listener),
    // Python that failed to load stays failed in its worker; a new worker tries again (a
    // network back, a service worker that has meanwhile cached the files).
    restart() {
      current.stop();
      current = startWorker(workerURL, progress);
      return current.ready;
    },
  };
}
