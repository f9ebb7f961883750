// Starts the suite in a module worker (Pyodide 314 refuses classic workers) and exposes
// the worker's answer as window.__browserUnitResult for the Playwright test to read.
const status = document.getElementById("status");
const report = document.getElementById("report");

function finish(answer) {
  window.__browserUnitResult = answer;
  if (answer.ok) {
    const { counts, hypothesis_examples_total: examples } = answer.result;
    status.textContent = `Done: ${JSON.stringify(counts)}, ${examples} Hypothesis examples`;
    report.textContent = answer.result.output;
  } else {
    status.textContent = `Failed: ${answer.error}`;
  }
}

const worker = new Worker(new URL("./worker.mjs", import.meta.url), { type: "module" });
worker.addEventListener("message", ({ data }) => finish(data));
// A worker that cannot even start (syntax error, missing file) reports here, not by message.
worker.addEventListener("error", (event) => {
  finish({ ok: false, error: `the worker failed: ${event.message || "it did not start"}` });
});
