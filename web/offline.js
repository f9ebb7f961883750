// The service worker from the page's side: "Works offline now" once (said by
// `offlineReady`), a first install that failed (said by `saveFailed`, and tried again
// when the network is back), "Update available" when a new build waits, and an update
// only when the user taps "Update".
import { t } from "./i18n.js";
import { readStored, writeStored } from "./settings.js";

const ANNOUNCED = "notewell.offline-ready";

export async function watchServiceWorker({ toast, text, button, offlineReady, saveFailed }) {
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
    show(t("Update available"), () => {
      userAsked = true;
      show(t("Updating…"));
      waiting.postMessage({ type: "SKIP_WAITING" });
    });
  }

  // The page reloads only when the user asked; the note is saved on every keystroke.
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (userAsked) location.reload();
  });

  const followed = new WeakSet();
  function follow(registration, installing) {
    if (!installing || followed.has(installing)) return;
    followed.add(installing);
    installing.addEventListener("statechange", () => {
      if (installing.state === "installed" && navigator.serviceWorker.controller) offerUpdate(installing);
      // A first install that failed leaves no service worker: register again once the
      // network is back (what it had already cached is kept; see sw.js).
      if (installing.state === "redundant" && !registration.active) {
        saveFailed(t("a download failed"));
        addEventListener("online", register, { once: true });
      }
    });
  }

  async function register() {
    const registration = await navigator.serviceWorker.register(new URL("sw.js", import.meta.url), {
      scope: "./",
    });
    if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
    follow(registration, registration.installing);
    registration.addEventListener("updatefound", () => follow(registration, registration.installing));
  }

  await register();

  await navigator.serviceWorker.ready;
  if (!readStored(ANNOUNCED)) {
    writeStored(ANNOUNCED, true);
    offlineReady();
  }
}
