// The page: wires the compose form, the editor, the actions and settings to the Python
// worker. Everything here works before Python is ready, and without it.
import { createCompose } from "./compose.js";
import { createEditor } from "./editor.js";
import { connect } from "./messenger.js";
import { watchServiceWorker } from "./offline.js";
import { createSettings, readStored, writeStored } from "./settings.js";

// The note and the form survive reloads (and an update), on this device only.
const WORK_KEY = "notewell.work";
const SAVE_DELAY_MS = 300;
const COPIED_MS = 4000;
// Only real LinkedIn profile addresses become links; anything else is shown as text.
const PROFILE_URL = /^https:\/\/(?:[a-z]{2,3}\.|www\.)?linkedin\.com\/in\/[\w\-%.]+\/?$/i;

const $ = (id) => document.getElementById(id);

const python = connect(new URL("worker.js", import.meta.url));
// The e2e tests (and the curious) drive the real worker through this.
window.notewell = { ready: python.ready, call: python.call };

const status = $("status");
python.ready.then(
  () => {
    status.textContent = "Checks ready";
    status.dataset.state = "ready";
  },
  (error) => {
    const where = navigator.onLine ? "" : " offline right now";
    status.textContent = `Checks unavailable${where}: ${error.message}. You can still write and copy your note.`;
    status.dataset.state = "failed";
  }
);

// ?new=1 (the manifest's "New note" shortcut) starts from a clean slate.
const params = new URLSearchParams(location.search);
if (params.has("new")) {
  writeStored(WORK_KEY, null);
  history.replaceState(null, "", location.pathname);
}
const saved = readStored(WORK_KEY) || {};

let saveTimer = 0;
function saveNow() {
  clearTimeout(saveTimer);
  writeStored(WORK_KEY, { ...compose.state(), note: editor.text() });
}
function save() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(saveNow, SAVE_DELAY_MS);
}
// An update's reload (or closing the tab) must not lose the last keystrokes.
addEventListener("pagehide", saveNow);

const compose = createCompose(
  {
    form: $("compose"),
    howGroup: $("how"),
    whyGroup: $("why"),
    howDetails: $("how-details"),
    whyDetails: $("why-details"),
    list: $("drafts"),
    hint: $("drafts-hint"),
  },
  {
    draft: (payload) => python.call("draft", payload),
    onChange(state) {
      showProfile(state.profileURL);
      editor.recheck();
      save();
    },
    onUse(text) {
      editor.setText(text);
      $("note").focus();
      const calm = matchMedia("(prefers-reduced-motion: reduce)").matches;
      $("note").scrollIntoView({ block: "center", behavior: calm ? "auto" : "smooth" });
    },
  }
);

const editor = createEditor(
  {
    textarea: $("note"),
    highlights: $("highlights"),
    count: $("count"),
    verdict: $("verdict"),
    checks: $("checks"),
  },
  {
    check(text, limit) {
      const { name, how } = compose.state();
      const payload = { text, limit, relationship: how === "close" ? "close" : "other" };
      if (name) payload.name = name;
      return python.call("check", payload);
    },
    // What a fix may fill in: their name, and their company if the form has one.
    context() {
      const { name, company, slots } = compose.state();
      return { name, company: company || slots.company || slots.org || "" };
    },
    onChange: save,
  }
);

const settings = createSettings($("settings"), (value) => {
  editor.setLimit(value.limit);
  compose.setSettings(value);
});
$("open-settings").addEventListener("click", () => settings.open());

// --- actions: copy, share, open the profile --------------------------------------------

function showProfile(url) {
  const link = $("open-linkedin");
  const text = $("profile-text");
  const linked = PROFILE_URL.test(url);
  link.hidden = !linked;
  if (linked) link.href = url;
  else link.removeAttribute("href");
  text.hidden = !url || linked;
  text.textContent = url && !linked ? `Profile (not a LinkedIn profile link, so not opened): ${url}` : "";
}

// Older browsers and some embedded views lack the async clipboard: select and copy.
function copyBySelection(textarea) {
  textarea.focus();
  textarea.select();
  return document.execCommand("copy");
}

let copiedTimer = 0;
$("copy").addEventListener("click", async () => {
  const textarea = $("note");
  const copyStatus = $("copy-status");
  let copied;
  try {
    await navigator.clipboard.writeText(textarea.value);
    copied = true;
  } catch {
    copied = copyBySelection(textarea);
  }
  clearTimeout(copiedTimer);
  copyStatus.textContent = copied ? "Copied" : "Could not copy: select the note and copy it by hand.";
  copyStatus.dataset.state = copied ? "ok" : "failed";
  copiedTimer = setTimeout(() => (copyStatus.textContent = ""), COPIED_MS);
});

if (typeof navigator.share === "function") {
  const share = $("share");
  share.hidden = false;
  share.addEventListener("click", async () => {
    try {
      await navigator.share({ text: $("note").value });
    } catch {
      // The user closed the share sheet: nothing to do.
    }
  });
}

// --- start ---------------------------------------------------------------------------

compose.restore(saved);
editor.setText(typeof saved.note === "string" ? saved.note : "");
editor.setLimit(settings.current().limit);
compose.setSettings(settings.current());

// kinds.json is written by the build from pycore's own "kinds" action, so the form is
// there at once; Python answers the same question if the file is missing.
async function loadKinds() {
  try {
    const response = await fetch(new URL("kinds.json", import.meta.url));
    if (response.ok) return await response.json();
  } catch {
    // fall through to Python
  }
  return python.call("kinds");
}

loadKinds().then(
  (kinds) => compose.setKinds(kinds, saved),
  (error) => {
    $("how").querySelector("[data-placeholder]").textContent = `Choices unavailable: ${error.message}`;
  }
);

// Precaching starts once Python has loaded, so on a first visit over a slow network the
// two do not compete; the service worker then finds the runtime in the HTTP cache.
python.ready
  .catch(() => {})
  .then(() => watchServiceWorker({ toast: $("toast"), text: $("toast-text"), button: $("update") }))
  .catch(() => {
    // No offline support (private mode, file://): the app still works online.
  });
