// Whether the checks can run, in plain words: loading, ready, failed (with a Retry that
// starts Python again; nothing typed is touched) and offline. The note can be written and
// copied in every one of these states. The first time the app can work offline, the ready
// line says so: in the page's flow, where it covers nothing.

function describe({ state, reason, offline, offlineReady }) {
  if (state === "loading") return "Loading checks… You can start writing now.";
  if (state === "ready") {
    if (offline) return "Checks ready. You're offline: everything still works on this phone.";
    return offlineReady ? "Ready to work offline." : "Checks ready.";
  }
  const where = offline ? " offline right now" : "";
  return `Checks unavailable${where}: ${reason}. You can still write and copy your note.`;
}

export function showPythonStatus(python, { box, text, retry }, onRetried) {
  let state = "loading";
  let reason = "";
  let offlineReady = false;

  function render() {
    box.dataset.state = state;
    text.textContent = describe({ state, reason, offline: navigator.onLine === false, offlineReady });
    retry.hidden = state !== "failed";
  }

  function watch(onReady) {
    const attempt = python.ready;
    state = "loading";
    render();
    attempt.then(
      () => {
        if (attempt !== python.ready) return; // a later attempt speaks for itself
        state = "ready";
        render();
        onReady?.();
      },
      (error) => {
        if (attempt !== python.ready) return;
        state = "failed";
        reason = error.message;
        render();
      }
    );
  }

  retry.addEventListener("click", () => {
    python.restart();
    watch(onRetried);
  });
  addEventListener("online", render);
  addEventListener("offline", render);
  watch();
  return {
    offlineReady() {
      offlineReady = true;
      render();
    },
  };
}
