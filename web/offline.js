// The service worker from the page's side: "Ready to work offline" once (said by
// `offlineReady`), "Update available" when a new build waits, and an update only when the
// user taps "Update".
import { readStored, writeStored } from "./settings.js";

const ANNOUNCED = "notewell.offline-ready";

export async function watchServiceWorker({ toast, text, button, offlineReady }) {
  if (!("serviceWorker" in navigator)) return;
  let userAsked = false;

  // The offer stays until it is taken (in the action bar, above the buttons).
  function show(message, action = null) {
    text.textContent = message;
    button.hidden = !action;
    button.onclick = action;
    toast.hidden = false;
  }

  function offerUpdate(waiting) {
    show("Update available", () => {
      userAsked = true;
      show("Updating…");
      waiting.postMessage({ type: "SKIP_WAITING" });
    });
  }

  // The page reloads only when the user asked; the note is saved on every keystroke.
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (userAsked) location.reload();
  });

  const registration = await navigator.serviceWorker.register(new URL("sw.js", import.meta.url), {
    scope: "./",
  });
  if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
  registration.addEventListener("updatefound", () => {
    const installing = registration.installing;
    installing.addEventListener("statechange", () => {
      if (installing.state === "installed" && navigator.serviceWorker.controller) offerUpdate(installing);
    });
  });

  await navigator.serviceWorker.ready;
  if (!readStored(ANNOUNCED)) {
    writeStored(ANNOUNCED, true);
    offlineReady();
  }
}
