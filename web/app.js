// The page: wires the compose form, the editor, the actions and settings to the Python
// worker. Everything here works before Python is ready, and without it.
import { createCompose } from "./compose.js";
import { createEditor } from "./editor.js";
import { connect } from "./messenger.js";
import { watchServiceWorker } from "./offline.js";
import {
  STATUSES,
  currentStatus,
  earlierNotes,
  hasContent,
  newPerson,
  notesSentThisMonth,
  personFromShare,
  withStatus,
} from "./people.js";
import { createPeopleView } from "./people-view.js";
import { createSettings, readStored, writeStored } from "./settings.js";
import { showStorageNotice } from "./storage-notice.js";
import { openStore } from "./store.js";
import { checkPerson } from "./transfer.js";

// Every edit reaches storage within a second; a failed save is retried, backing off.
const SAVE_DELAY_MS = 300;
// A browser aborts IndexedDB writes of a page that is going away, so the last unsaved
// edits go to localStorage (synchronous) on pagehide, and into IndexedDB on the next start.
const UNSAVED_KEY = "notewell.unsaved";
const RETRY_FIRST_MS = 2000;
const RETRY_MAX_MS = 10_000;
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

// --- the person being written to, and saving them --------------------------------------

// The person on screen lives in memory first: when storage fails, nothing typed is lost
// and the note can still be copied.
let person = newPerson();
let everyone = []; // all saved people: the budget and the `repeated` check read them
let dirty = false; // edited since the last successful save

// Opening is tried again on the next save after a failure (another tab blocking it).
let storeOpening = null;
function openedStore() {
  storeOpening ??= openStore().catch((error) => {
    storeOpening = null;
    throw error;
  });
  return storeOpening;
}

function reason(error) {
  if (error?.name === "QuotaExceededError") return "this device's storage is full";
  return error?.message || String(error);
}

function showSaveState(state, text) {
  const element = $("save-status");
  element.dataset.state = state;
  element.textContent = text;
}

// The person as the form and the editor show them now.
function collect() {
  const { name, fullName, how, why, slots, company, role, profileURL, notes } = compose.state();
  person = { ...person, name, fullName, how, why, slots, company, role, profileURL, notes };
  person.draft = editor.text();
  person.caret = editor.caret();
  if (person.draft.trim() && currentStatus(person) === null) {
    person = withStatus(person, "drafted");
    statusSelect.value = "drafted";
  }
  return person;
}

let saveTimer = 0;
let retryTimer = 0;
let retryDelay = RETRY_FIRST_MS;
let persistAsked = false;

async function saveNow() {
  clearTimeout(saveTimer);
  clearTimeout(retryTimer);
  if (!dirty) return;
  const record = collect();
  const known = everyone.some((p) => p.id === record.id);
  if (!hasContent(record) && !known) return; // an untouched new person is not kept
  record.updated = new Date().toISOString();
  dirty = false;
  try {
    const store = await openedStore();
    await store.save(record);
    await store.setMeta("current", record.id);
    everyone = [...everyone.filter((p) => p.id !== record.id), record];
    retryDelay = RETRY_FIRST_MS;
    if (!dirty) showSaveState("saved", "Saved on this device");
    askToPersist();
  } catch (error) {
    dirty = true;
    showSaveState("failed", `Not saved: ${reason(error)}. Your note stays here and can still be copied; trying again.`);
    retryTimer = setTimeout(saveNow, retryDelay);
    retryDelay = Math.min(retryDelay * 2, RETRY_MAX_MS);
  }
}

function save() {
  dirty = true;
  retryDelay = RETRY_FIRST_MS; // backing off is for retries, not for new edits
  // The text stays as it was, so a screen reader hears "Saved" once, not per keystroke.
  $("save-status").dataset.state = "pending";
  clearTimeout(saveTimer);
  saveTimer = setTimeout(saveNow, SAVE_DELAY_MS);
}

// Ask once that the browser not evict this data under storage pressure.
function askToPersist() {
  if (persistAsked || !navigator.storage?.persist) return;
  persistAsked = true;
  navigator.storage.persist().catch(() => {});
}

// An update's reload, closing the tab or the phone killing the app: keep what is unsaved.
function leaving() {
  if (!dirty) return;
  writeStored(UNSAVED_KEY, { ...collect(), updated: new Date().toISOString() });
  saveNow();
}
addEventListener("pagehide", leaving);
document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "hidden") leaving();
});

// The edits kept by leaving(), if they are newer than what IndexedDB holds.
function unsavedEdits() {
  const kept = readStored(UNSAVED_KEY);
  if (!kept) return null;
  try {
    return checkPerson(kept);
  } catch {
    return null; // from an older version, or damaged: the stored copy stands
  }
}

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
      const earlier = earlierNotes(everyone, person.id);
      if (earlier.length) payload.earlier = earlier;
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
  showBudget();
});
$("open-settings").addEventListener("click", () => settings.open());

// --- statuses and the monthly budget of personalized notes ------------------------------

const statusSelect = $("person-status");
statusSelect.querySelector("option").disabled = true;
for (const status of STATUSES) statusSelect.append(new Option(status.label, status.id));

function setStatus(status) {
  person = withStatus(collect(), status);
  statusSelect.value = currentStatus(person) || "";
  dirty = true;
  everyone = [...everyone.filter((p) => p.id !== person.id), person];
  showBudget();
  saveNow();
}
statusSelect.addEventListener("change", () => setStatus(statusSelect.value));

// Free accounts get a few personalized notes a month; Premium's 300 has no such count here.
function budgetText() {
  const { limit, monthlyNotes } = settings.current();
  if (limit > 200) return "";
  const left = Math.max(0, monthlyNotes - notesSentThisMonth(everyone));
  if (left > 0) return `${left} of ${monthlyNotes} personalized notes left this month.`;
  return (
    "No personalized notes left this month: send the invite without a note, and keep this " +
    "draft as your first message once they accept (messages allow far more characters)."
  );
}

function showBudget() {
  $("budget").textContent = budgetText();
}

const people = createPeopleView(
  {
    dialog: $("people"),
    list: $("people-list"),
    search: $("people-search"),
    filter: $("people-filter"),
    summary: $("people-summary"),
    budget: $("people-budget"),
    transferStatus: $("transfer-status"),
    close: $("close-people"),
    newPerson: $("new-person"),
    exportJSON: $("export-json"),
    exportCSV: $("export-csv"),
    importFile: $("import-file"),
    deleteAll: $("delete-all"),
  },
  {
    async people() {
      await saveNow();
      everyone = await (await openedStore()).people();
      return everyone;
    },
    budgetText,
    open: (id) => switchTo(async () => (await openedStore()).person(id)),
    create: () => switchTo(() => newPerson()).then(() => $("first-name").focus()),
    async remove(id) {
      await (await openedStore()).remove(id);
      everyone = everyone.filter((p) => p.id !== id);
      if (id === person.id) show(newPerson());
    },
    async removeAll() {
      await (await openedStore()).clear();
      everyone = [];
      show(newPerson());
    },
    async saveAll(imported) {
      await (await openedStore()).saveAll(imported);
      const mine = imported.find((p) => p.id === person.id);
      if (mine) show(mine);
    },
  }
);
$("open-people").addEventListener("click", () => people.open());

// Put a person on screen: their details, their note with the caret where it was.
function show(next) {
  person = next;
  dirty = false;
  compose.load(person);
  editor.load(person.draft, Math.min(person.caret || 0, person.draft.length));
  statusSelect.value = currentStatus(person) || "";
  showProfile(person.profileURL);
  showSaveState("", "");
  showBudget();
}

// Leave the person on screen (saved first) for another; a storage failure is said.
async function switchTo(getPerson) {
  $("notice").hidden = true; // it was about the person being left
  await saveNow();
  try {
    const next = await getPerson();
    if (!next) return;
    show(next);
    if (hasContent(next)) await (await openedStore()).setMeta("current", next.id);
  } catch (error) {
    showSaveState("failed", `Could not open that person: ${reason(error)}.`);
  }
}

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
  if (copied && [null, "drafted"].includes(currentStatus(person))) setStatus("copied");
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

editor.setLimit(settings.current().limit);
compose.setSettings(settings.current());
showStorageNotice(document.querySelector("main"));

// Which person to show: one shared from another app (the manifest's share_target sends
// title, text and url as the query), a new one (the "New note" shortcut, ?new=1), else
// whoever was open last.
const SHARE_FIELDS = ["title", "text", "url"];

async function startPerson() {
  const params = new URLSearchParams(location.search);
  const isShare = SHARE_FIELDS.some((field) => params.has(field));
  if (isShare || params.has("new")) history.replaceState(null, "", location.pathname);
  const shared = isShare && personFromShare(Object.fromEntries(params));
  if (shared) {
    show(shared.person);
    const notice = $("notice");
    notice.textContent = shared.fromProfile
      ? `New person from a shared profile. Is “${shared.person.name || "?"}” their first name? Fix it if not.`
      : "New person from what you shared: it is kept in their private notes.";
    notice.hidden = false;
  }
  const kept = unsavedEdits();
  let store;
  try {
    store = await openedStore();
  } catch (error) {
    if (kept && !shared && !params.has("new") && !dirty) show(kept);
    showSaveState("failed", `Not saved: ${reason(error)}. You can still write and copy your note.`);
    return;
  }
  everyone = await store.people();
  const stored = kept && everyone.find((p) => p.id === kept.id);
  if (kept && (!stored || stored.updated < kept.updated)) {
    await store.save(kept);
    await store.setMeta("current", kept.id);
    everyone = [...everyone.filter((p) => p.id !== kept.id), kept];
  }
  writeStored(UNSAVED_KEY, null);
  showBudget();
  if (shared) {
    dirty = true;
    await saveNow();
  }
  if (shared || params.has("new")) return;
  const id = await store.meta("current");
  const last = id && everyone.find((p) => p.id === id);
  // Typing that began before storage answered wins over the stored note.
  if (last && !dirty) show(last);
}
startPerson().catch((error) => showSaveState("failed", `Not saved: ${reason(error)}.`));

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
  (kinds) => compose.setKinds(kinds),
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
