// The page's side of the worker protocol (like SVGOMG's worker-messenger / Comlink):
// a pending map of [resolve, reject] by id, errors re-thrown as real Errors.

const READY_MARK = "notewell:python-ready";

function toError({ name, message }) {
  const error = new Error(message);
  error.name = name || "Error";
  return error;
}

export function connect(workerURL) {
  const worker = new Worker(workerURL, { type: "module" });
  const pending = new Map();
  let nextId = 1;

  function settleAll(error) {
    for (const [, [, reject]] of pending) reject(error);
    pending.clear();
  }

  worker.addEventListener("message", ({ data }) => {
    const entry = pending.get(data.id);
    if (!entry) return;
    pending.delete(data.id);
    const [resolve, reject] = entry;
    if (data.ok) resolve(data.result);
    else reject(toError(data.error));
  });
  // A worker that cannot even start (script blocked, syntax error) never answers.
  let startError = null;
  worker.addEventListener("error", (event) => {
    event.preventDefault();
    startError = toError({ name: "LoadError", message: event.message || "the Python worker could not start" });
    settleAll(startError);
  });

  function call(action, payload = {}) {
    if (startError) return Promise.reject(startError);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, [resolve, reject]);
      worker.postMessage({ id, action, payload });
    });
  }

  // Ready once Python answers a request (checking an empty note is the cheapest); the
  // moment is marked on the page's performance timeline, where the bench reads it.
  const ready = call("check", { text: "" });
  ready.then(
    () => performance.mark(READY_MARK),
    () => {}
  );
  return { ready, call };
}
