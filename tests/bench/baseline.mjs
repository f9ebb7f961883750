// Starts the baseline worker and exposes its first check result as window.baselineReady,
// the promise the bench times like the app's window.notewell.ready.
const status = document.getElementById("status");
const worker = new Worker(new URL("./baseline-worker.mjs", import.meta.url), { type: "module" });

window.baselineReady = new Promise((resolve, reject) => {
  worker.addEventListener("message", ({ data }) => (data.ok ? resolve(data.result) : reject(new Error(data.error))));
  worker.addEventListener("error", (event) => reject(new Error(event.message || "the worker did not start")));
});
window.baselineReady.then(
  () => {
    performance.mark("notewell:python-ready"); // where the bench reads it, as in the app
    status.textContent = "Checked";
  },
  (error) => (status.textContent = `Failed: ${error.message}`)
);
