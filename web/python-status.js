// Whether the checks can run, in plain words: loading (on a first visit, how far the
// download is, in megabytes of the real total), ready, failed (with a Retry that starts
// Python again; nothing typed is touched; it also retries by itself when the network comes
// back) and offline. The note can be written, counted and copied in every one of these
// states. The first time the app can work offline, the ready line says so once.

import { formatNumber, t } from "./i18n.js";

// No new bytes for this long: the download is said to have stalled.
const STALL_MS = 8000;

const megabytes = (bytes) => formatNumber(bytes / 1e6, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function describe({ state, reason, offline, offlineReady, download, stalled, saveFailed }) {
  const meanwhile = t("Writing, the count and Copy work already.");
  if (state === "loading") {
    if (!download) return t("Loading checks… You can start writing now.");
    const total = megabytes(download.total);
    if (download.loaded >= download.total) {
      return `${t("Downloaded {total} MB; starting the checks…", { total })} ${meanwhile}`;
    }
    const sofar = { loaded: megabytes(download.loaded), total };
    if (stalled) {
      const stall = offline
        ? t(
            "The download has stalled at {loaded} of {total} MB. You're offline; it starts again when the network is back.",
            sofar
          )
        : t(
            "The download has stalled at {loaded} of {total} MB. Tap Retry, or it starts again when the network is back.",
            sofar
          );
      return `${stall} ${meanwhile}`;
    }
    return `${t("Getting Notewell ready for offline: {loaded} of {total} MB.", sofar)} ${meanwhile}`;
  }
  if (state === "ready") {
    if (offline) return t("Checks ready. You're offline: everything still works on this phone.");
    if (offlineReady) return t("Works offline now.");
    if (saveFailed)
      return t("Checks ready. Not saved for offline yet ({reason}); trying again when the network is back.", {
        reason: saveFailed,
      });
    return t("Checks ready.");
  }
  if (offline)
    return `${t("Checks unavailable offline right now: {reason}. You can still write and copy your note.", { reason })} ${t("Trying again when the network is back.")}`;
  return t("Checks unavailable: {reason}. You can still write and copy your note.", { reason });
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
