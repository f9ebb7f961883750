// Whether the checks can run, in plain words: loading (on a first visit, how far the
// download is, in megabytes of the real total), ready, failed (with a Retry that starts
// Python again; nothing typed is touched; it also retries by itself when the network comes
// back) and offline. The note can be written, counted and copied in every one of these
// states. The first time the app can work offline, the ready line says so once.

// No new bytes for this long: the download is said to have stalled.
const STALL_MS = 8000;
const MEANWHILE = "Writing, the count and Copy work already.";

const megabytes = (bytes) => (bytes / 1e6).toFixed(1);

function describe({ state, reason, offline, offlineReady, download, stalled, saveFailed }) {
  if (state === "loading") {
    if (!download) return "Loading checks… You can start writing now.";
    if (download.loaded >= download.total) {
      return `Downloaded ${megabytes(download.total)} MB; starting the checks… ${MEANWHILE}`;
    }
    const sofar = `${megabytes(download.loaded)} of ${megabytes(download.total)} MB`;
    if (stalled) {
      const waiting = offline ? "You're offline; it" : "Tap Retry, or it";
      return `The download has stalled at ${sofar}. ${waiting} starts again when the network is back. ${MEANWHILE}`;
    }
    return `Getting Notewell ready for offline: ${sofar}. ${MEANWHILE}`;
  }
  if (state === "ready") {
    if (offline) return "Checks ready. You're offline: everything still works on this phone.";
    if (offlineReady) return "Works offline now.";
    if (saveFailed)
      return `Checks ready. Not saved for offline yet (${saveFailed}); trying again when the network is back.`;
    return "Checks ready.";
  }
  const when = offline ? " offline right now" : "";
  const again = offline ? " Trying again when the network is back." : "";
  return `Checks unavailable${when}: ${reason}. You can still write and copy your note.${again}`;
}

export function showPythonStatus(python, { box, text, retry }, onRetried) {
  let state = "loading";
  let reason = "";
  let offlineReady = false;
  let saveFailed = "";
  // Only a first visit downloads the runtime; later ones read it from the service worker.
  const firstVisit = "serviceWorker" in navigator && !navigator.serviceWorker.controller;
  // The build writes the runtime's size into the page, so the total shows at once.
  let download = firstVisit ? { loaded: 0, total: Number(box.dataset.runtimeBytes) } : null;
  let stalled = false;
  let stallTimer = 0;

  // Failed, or stalled: a download cut off can leave Pyodide waiting for good, so both
  // offer Retry and start again by themselves when the network comes back.
  const stuck = () => state === "failed" || (state === "loading" && stalled);

  function render() {
    box.dataset.state = stalled && state === "loading" ? "stalled" : state;
    const offline = navigator.onLine === false;
    text.textContent = describe({ state, reason, offline, offlineReady, download, stalled, saveFailed });
    retry.hidden = !stuck();
  }

  function watchForStall() {
    clearTimeout(stallTimer);
    stallTimer = setTimeout(() => {
      if (download.total && download.loaded >= download.total) return; // starting, not stalled
      stalled = true;
      render();
    }, STALL_MS);
  }

  python.onProgress((progress) => {
    if (!download || state !== "loading") return;
    download = progress;
    stalled = false;
    watchForStall();
    render();
  });

  function watch(onReady) {
    const attempt = python.ready;
    state = "loading";
    stalled = false;
    if (download) watchForStall();
    render();
    attempt.then(
      () => {
        if (attempt !== python.ready) return; // a later attempt speaks for itself
        clearTimeout(stallTimer);
        state = "ready";
        render();
        onReady?.();
      },
      (error) => {
        if (attempt !== python.ready) return;
        clearTimeout(stallTimer);
        state = "failed";
        reason = error.message;
        render();
      }
    );
  }

  function restart() {
    python.restart();
    watch(onRetried);
  }

  retry.addEventListener("click", restart);
  addEventListener("online", () => (stuck() ? restart() : render()));
  addEventListener("offline", render);
  watch();
  return {
    offlineReady() {
      offlineReady = true;
      render();
    },
    // Precaching for offline failed (it is tried again when the network is back).
    offlineSaveFailed(message) {
      saveFailed = message;
      render();
    },
  };
}
