// Run in every page the bench opens, before the page's own scripts: records in
// window.__bench when the note box takes input (module scripts, app.js included, have
// run before DOMContentLoaded) and when the first check answered, or why it failed.
// The app exposes its start as window.notewell.ready, the baseline page as
// window.baselineReady.
(() => {
  const bench = (window.__bench = {});
  addEventListener("DOMContentLoaded", () => {
    bench.ui = performance.now();
    const ready = window.notewell ? window.notewell.ready : window.baselineReady;
    ready.then(
      () => {
        bench.started = performance.now();
      },
      (error) => {
        bench.error = String((error && error.message) || error);
      }
    );
  });
})();
