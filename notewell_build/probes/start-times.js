// Evaluated by the bench in a page it opened (the app, or the plain-Pyodide baseline),
// once the page's scripts have begun: waits for its start, then answers when the note box
// took input (DOMContentLoaded: every module script, app.js included, has run) and when
// Python first answered (the page marks READY_MARK then), in ms from navigation start.
// Read from the page's own performance timeline, so no engine needs a script injected
// before the page's own.
async () => {
  const READY_MARK = "notewell:python-ready";
  await (window.notewell ? window.notewell.ready : window.baselineReady);
  const [navigation] = performance.getEntriesByType("navigation");
  const [ready] = performance.getEntriesByName(READY_MARK, "mark");
  return { ui: navigation.domContentLoadedEventStart, started: ready.startTime };
};
