// The page: wires the compose form, the editor, the actions and settings to the Python
// worker. Everything here works before Python is ready, and without it.
import { bringIntoView, createActionBar } from "./action-bar.js";
import { createCompose } from "./compose.js";
import { createEditor } from "./editor.js";
import { QUICK_DETAILS, createEventMode } from "./event-mode.js";
import { LANGUAGES, chosenLanguage, language, t, translatePage } from "./i18n.js";
import { connect } from "./messenger.js";
import { watchServiceWorker } from "./offline.js";
import { createJournal } from "./journal.js";
import { createModeView, editorMode, modeFields, textField, withMessageStarted } from "./message-mode.js";
import {
  STATUSES,
  TEXT_FIELDS,
  currentStatus,
  displayName,
  earlierTexts,
  hasContent,
  newPerson,
  normalizePerson,
  notesSentThisMonth,
  noteWentOut,
  withStatus,
} from "./people.js";
import { createPeopleView } from "./people-view.js";
import { showPythonStatus } from "./python-status.js";
import { createScanner } from "./scanner.js";
import { createSettings } from "./settings.js";
import { createConfirm, makeSheet } from "./sheets.js";
import { showStorageNotice } from "./storage-notice.js";
import { openStore } from "./store.js";
import { MAX_EXPORT_BYTES, exportBytes, tooMuchData } from "./transfer.js";

// A failed save is retried, backing off; every new edit tries again at once.
const RETRY_FIRST_MS = 2000;
const RETRY_MAX_MS = 10_000;
// Only LinkedIn profile addresses become links (the record rules turn regional hosts
// into www); anything else is shown as text.
const PROFILE_URL = /^https:\/\/www\.linkedin\.com\/in\/[\w\-%.]+\/?$/i;

const $ = (id) => document.getElementById(id);

translatePage();

const python = connect(new URL("worker.js", import.meta.url));
// The e2e tests (and the curious) drive the real worker through this.
window.notewell = {
  get ready() {
    return python.ready;
  },
  call: python.call,
};

// --- the person being written to, and saving them --------------------------------------

// The person on screen lives in memory first: when storage fails, nothing typed is lost
// and the note can still be copied.
let person = newPerson();
// What the editor writes for them: the invitation's note, or the first message once the
// invitation went (message-mode.js). Set from the person in applyMode.
let mode = { kind: "invite", limit: 0, sentNote: null };
let everyone = []; // the people IndexedDB holds
// Each person's latest state that IndexedDB does not hold yet, by id; also in the journal.
const unsaved = new Map();
const journal = createJournal();
let journalRefused = false; // the last edit was too large for the journal (or it is blocked)

// Everyone as the user knows them: what is stored, with the edits not stored yet.
function allPeople() {
  return [...everyone.filter((p) => !unsaved.has(p.id)), ...unsaved.values()];
}

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
  if (error?.name === "QuotaExceededError") return t("this device's storage is full");
  return error?.message || String(error);
}

function showSaveState(state, text) {
  const element = $("save-status");
  element.dataset.state = state;
  element.textContent = text;
}

// The person as the form and the editor show them now, by the record rules.
function collect() {
  const fields = compose.state();
  let next = normalizePerson({
    ...person,
    ...fields,
    [textField(mode)]: editor.text(),
    caret: editor.caret(),
    updated: new Date().toISOString(),
  });
  if (next.draft.trim() && currentStatus(next) === null) next = withStatus(next, "drafted");
  return next;
}

// Every change: written to the journal at once (synchronously, so a browser closed a
// moment later keeps it), then to IndexedDB as soon as the write before it is done.
function keep(next) {
  person = next;
  statusSelect.value = currentStatus(person) || "";
  // An untouched new person is not kept.
  if (!hasContent(next) && !everyone.some((p) => p.id === next.id)) {
    unsaved.delete(next.id);
    journal.forget(next.id);
    return;
  }
  unsaved.set(next.id, next);
  journalRefused = !journal.write(next);
  // The text stays as it was, so a screen reader hears "Saved" once, not per keystroke.
  $("save-status").dataset.state = "pending";
  saveNow();
}

let saving = null;
let retryTimer = 0;
let retryDelay = RETRY_FIRST_MS;
let persistAsked = false;

// Store every unsaved state; resolves once all are stored or a write failed (a retry is
// then set). One write at a time: the next takes whatever changed meanwhile.
function saveNow() {
  clearTimeout(retryTimer);
  saving ??= storeUnsaved().finally(() => (saving = null));
  return saving;
}

async function storeUnsaved() {
  while (unsaved.size) {
    try {
      const store = await openedStore();
      const batch = [...unsaved.values()];
      const ids = new Set(batch.map((p) => p.id));
      const after = [...everyone.filter((p) => !ids.has(p.id)), ...batch];
      if (exportBytes(after) > MAX_EXPORT_BYTES) throw tooMuchData();
      await store.saveAll(batch, ids.has(person.id) ? person.id : undefined);
      everyone = [...everyone.filter((p) => !ids.has(p.id)), ...batch]; // as it is now, after the wait
      for (const record of batch) {
        if (unsaved.get(record.id) !== record) continue; // edited again meanwhile
        unsaved.delete(record.id);
        journal.stored(record);
      }
    } catch (error) {
      const then = journalRefused
        ? t(
            "it is too large for this browser to keep a copy meanwhile, so copy it somewhere safe before you close the app"
          )
        : t("trying again");
      showSaveState(
        "failed",
        t("Not saved: {reason}. Your note stays here and can still be copied; {then}.", { reason: reason(error), then })
      );
      retryTimer = setTimeout(saveNow, retryDelay);
      retryDelay = Math.min(retryDelay * 2, RETRY_MAX_MS);
      return;
    }
  }
  retryDelay = RETRY_FIRST_MS;
  showSaveState(
    "saved",
    journalRefused
      ? t("Saved on this device, but too large for the copy that covers a sudden close while you type.")
      : t("Saved on this device")
  );
  askToPersist();
}

// Ask once that the browser not evict this data under storage pressure.
function askToPersist() {
  if (persistAsked || !navigator.storage?.persist) return;
  persistAsked = true;
  navigator.storage.persist().catch(() => {});
}

// Going to the background is the last moment a phone surely runs the page: save now.
document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "hidden") saveNow();
});

// The edits kept in the journal by an earlier visit: newest first, one per person. Nothing
// typed is refused (the record rules normalize it); a damaged entry stays where it is.
function journaledEdits() {
  const newest = new Map();
  for (const { key, value } of journal.entries()) {
    let kept;
    try {
      kept = normalizePerson(value);
    } catch {
      continue;
    }
    const other = newest.get(kept.id);
    if (!other || other.person.updated < kept.updated) newest.set(kept.id, { key, person: kept });
  }
  return [...newest.values()].sort((a, b) => (a.person.updated < b.person.updated ? 1 : -1));
}

const compose = createCompose(
  {
    form: $("compose"),
    howGroup: $("how"),
    whyGroup: $("why"),
    list: $("drafts"),
    hint: $("drafts-hint"),
  },
  {
    draft: (payload) => python.call("draft", payload),
    onChange(state) {
      if (person.name && state.name !== person.name && noteWentOut(person)) {
        const earlier = person;
        startNewPerson({ name: state.name });
        showNotice(
          t("{name} keeps their name, as their note went out: this is a new person (both are in People).", {
            name: displayName(earlier),
          })
        );
        return;
      }
      keep(collect());
      showProfile(person.profileURL); // as the record rules normalize it
      editor.recheck();
    },
    // The draft goes into the note, shown with its checks; the keyboard stays closed
    // until the user taps into the note to edit it.
    onUse(text) {
      editor.setText(text);
      bringIntoView($("editor-card"));
      $("editor-card").focus({ preventScroll: true });
    },
    onDrafts: (count) => bar.draftsShown(count),
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
    check(text) {
      const { name, how, company, slots } = compose.state();
      const relationship = how === "close" ? "close" : "other";
      // The note's language is detected from its words (pycore.lang).
      const payload = { text, relationship, lang: "auto", ...modeFields(mode) };
      // What fills a template slot left in the note: their name, company and event, yours.
      const people = {
        name,
        company: company || slots.company || slots.org,
        event: slots.event,
        sender_name: settings.current().name,
      };
      for (const [key, value] of Object.entries(people)) if (value?.trim()) payload[key] = value.trim();
      const earlier = earlierTexts(allPeople(), person.id, textField(mode));
      if (earlier.length) payload.earlier = earlier;
      return python.call("check", payload);
    },
    // What a fix made in the page may fill in: their name, for the greeting.
    context: () => ({ name: compose.state().name }),
    onChange: () => keep(collect()),
    onJudged: () => bar.update(),
  }
);

const confirmStep = createConfirm($("confirm"));

const bar = createActionBar(
  {
    dock: $("dock"),
    info: $("to-checks"),
    word: $("verdict-word"),
    cue: $("drafts-cue"),
    cueText: $("drafts-cue-text"),
    copy: $("copy"),
    share: $("share"),
    copyStatus: $("copy-status"),
    textarea: $("note"),
    drafts: $("drafts"),
    draftsCard: $("drafts-card"),
    checksStart: $("verdict"),
  },
  {
    judgement: () => editor.judgement(),
    confirmStep,
    // Only a copy that was made moves the status on (a person already sent stays sent).
    onCopied() {
      if ([null, "drafted"].includes(currentStatus(person))) setStatus("copied");
    },
  }
);

// After a Retry brought Python back, the note and the drafts are asked for again.
const pythonStatus = showPythonStatus(
  python,
  { box: $("python-status"), text: $("status"), retry: $("retry-python") },
  () => {
    editor.recheck();
    compose.redraft();
  }
);

// The drafts are in the language chosen for them, else in the app's; the checks find
// each note's language from its words. A new app language applies on a reload, once the
// note on screen is stored.
const draftSettings = (value) => ({ ...value, noteLang: value.noteLang || language });
const settings = createSettings(makeSheet($("settings")), LANGUAGES, (value) => {
  if (value.uiLang !== chosenLanguage) {
    saveNow().finally(() => location.reload());
    return;
  }
  compose.setSettings(draftSettings(value));
  applyMode();
  showBudget();
});
$("open-settings").addEventListener("click", () => settings.open());

// --- statuses and the monthly budget of personalized notes ------------------------------

const statusSelect = $("person-status");
statusSelect.querySelector("option").disabled = true;
for (const status of STATUSES) statusSelect.append(new Option(status.label, status.id));

// Marking them "Accepted" (or the invitation sent without a note) turns the editor to
// their first message, and back when the status goes back.
function setStatus(status) {
  const before = textField(mode);
  keep(withStatus(collect(), status));
  applyMode();
  if (textField(mode) !== before) {
    if (mode.kind === "message") keep(withMessageStarted(person));
    showText();
  }
  showBudget();
}
statusSelect.addEventListener("change", () => setStatus(statusSelect.value));

// Free accounts get a few personalized notes a month; Premium's 300 has no such count here.
function budgetText() {
  const { limit, monthlyNotes } = settings.current();
  if (limit > 200) return "";
  const left = Math.max(0, monthlyNotes - notesSentThisMonth(allPeople()));
  if (left > 0) return t("{left} of {monthly} personalized notes left this month.", { left, monthly: monthlyNotes });
  return t(
    "No personalized notes left this month: send the invite without a note, and keep this draft as your first message once they accept (messages allow far more characters)."
  );
}

function showBudget() {
  $("budget").textContent = budgetText();
}

const people = createPeopleView(
  {
    dialog: makeSheet($("people")),
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
    edit: $("edit-people"),
  },
  {
    confirmStep,
    async people() {
      await saveNow();
      everyone = await (await openedStore()).people();
      return allPeople();
    },
    budgetText,
    open: openPerson,
    create: startNewPerson,
    async remove(id) {
      unsaved.delete(id);
      journal.forget(id);
      await (await openedStore()).remove(id);
      everyone = everyone.filter((p) => p.id !== id);
      if (id === person.id) show(newPerson());
    },
    async removeAll() {
      unsaved.clear();
      journal.clear();
      await (await openedStore()).clear();
      everyone = [];
      show(newPerson());
    },
    // Imported records are newer than the device's copy, unsaved edits included.
    async saveAll(imported) {
      await (await openedStore()).saveAll(imported);
      for (const record of imported) {
        unsaved.delete(record.id);
        journal.forget(record.id);
      }
      const mine = imported.find((p) => p.id === person.id);
      if (mine) show(mine);
    },
  }
);
$("open-people").addEventListener("click", () => people.open());

const modeView = createModeView({
  label: $("note-label"),
  sent: $("sent-note"),
  sentText: $("sent-note-text"),
  noteSteps: $("note-steps"),
  messageSteps: $("message-steps"),
});

// The editor, drafts and checks as the person's status asks: their note, or their first
// message with the note that was sent above it.
function applyMode() {
  mode = editorMode(person, settings.current().limit);
  modeView.show(mode);
  $("note").maxLength = TEXT_FIELDS[textField(mode)].max;
  editor.setLimit(mode.limit);
  compose.setMode(mode);
}

// The person's text for the current mode, with the caret where it was.
function showText() {
  const text = person[textField(mode)];
  editor.load(text, Math.min(person.caret || 0, text.length));
}

// Put a person on screen: their details, their text with the caret where it was.
function show(next) {
  person = next;
  compose.load(person);
  applyMode();
  showText();
  statusSelect.value = currentStatus(person) || "";
  showProfile(person.profileURL);
  showSaveState("", "");
  showBudget();
}

function showNotice(text) {
  const notice = $("notice");
  notice.textContent = text;
  notice.hidden = false;
  // It sits under the app bar, where the page may have scrolled it away (a first name
  // typed further down). At once: a smooth scroll stops at the next keystroke.
  notice.scrollIntoView({ block: "nearest" });
}

// A fresh person on screen, with focus in First name; the one left is saved as it is.
// While an event is on, they were met there.
function startNewPerson(fields = {}) {
  $("notice").hidden = true; // it was about the person being left
  show(newPerson({ ...eventMode.fields(), ...fields }));
  if (hasContent(person)) keep(person);
  $("first-name").focus();
}
$("next-person").addEventListener("click", () => startNewPerson());

// Open someone from People (the person left keeps their edits); a failure is said.
async function openPerson(id) {
  $("notice").hidden = true; // it was about the person being left
  try {
    const next = unsaved.get(id) ?? (await (await openedStore()).person(id));
    if (!next) return;
    show(next);
    await (await openedStore()).setMeta("current", id);
  } catch (error) {
    showSaveState("failed", t("Could not open that person: {reason}.", { reason: reason(error) }));
  }
}

// --- event mode: everyone new is met at the event, a few taps each --------------------

const eventMode = createEventMode(
  {
    start: $("event-start"),
    form: $("event-form"),
    nameInput: $("event-name"),
    cancel: $("event-cancel"),
    current: $("event-on"),
    label: $("event-label"),
    end: $("event-end"),
  },
  {
    onChange(event) {
      compose.pinDetails(event ? QUICK_DETAILS : []);
      if (event) startNewPerson();
    },
  }
);
if (eventMode.current()) compose.pinDetails(QUICK_DETAILS);

// --- a QR code scanned, or a profile shared from another app ---------------------------

// What the notices say of a text taken in, by where it came from: whole sentences, so
// each language can word them its own way.
function takenInNotices(source) {
  if (source === "share") {
    return {
      unread: (reason) =>
        t("The text of what you shared is kept in private notes: it could not be read ({reason}).", { reason }),
      kept: t("The text of what you shared is kept in their private notes."),
      read: t("New person from a shared profile."),
    };
  }
  return {
    unread: (reason) =>
      t("The text of the code is kept in private notes: it could not be read ({reason}).", { reason }),
    kept: t("The text of the code is kept in their private notes."),
    read: t("Read from the code."),
  };
}

// What came in goes into the private notes at once (journaled like a keystroke), so it is
// kept even when Python never answers; pycore reads it (the `profile` action) and what it
// finds fills the form for the user to confirm, the text then leaving the notes.
async function takeIn(received, source) {
  // As a textarea keeps it (line breaks as \n), so it can be found in the notes again.
  const text = received.replace(/\r\n?/g, "\n").trim();
  if (source === "share" || person.profileURL || noteWentOut(person)) startNewPerson();
  const current = collect();
  const arrived = normalizePerson({ ...current, notes: current.notes ? `${current.notes}\n${text}` : text });
  show(arrived);
  keep(arrived);
  const notices = takenInNotices(source);
  let found;
  try {
    found = await python.call("profile", { text });
  } catch (error) {
    showNotice(notices.unread(error.message));
    return;
  }
  if (person.id !== arrived.id) return; // someone else is on screen now; the text stays in the notes
  if (found.problem) {
    showNotice(`${t(found.problem.wording, found.problem.details)} ${notices.kept}`);
    return;
  }
  const now = collect();
  const notes = now.notes.endsWith(text) ? now.notes.slice(0, -text.length).trimEnd() : now.notes;
  const filled = normalizePerson({
    ...now,
    name: now.name || found.first_name || "",
    fullName: now.fullName || found.full_name || "",
    company: now.company || found.company || "",
    profileURL: found.profile_url || now.profileURL,
    notes,
  });
  show(filled);
  keep(filled);
  $("compose").querySelector("details.more").open = true; // where Profile URL and company are
  const question = t("Is “{name}” their first name? Fix it if not.", { name: filled.name || "?" });
  showNotice(`${notices.read} ${question}`);
}

createScanner(
  {
    scan: $("scan"),
    photo: $("scan-photo"),
    sheet: makeSheet($("scanner")),
    video: $("scanner-video"),
    sheetStatus: $("scanner-status"),
    close: $("close-scanner"),
    status: $("scan-status"),
  },
  { onText: (text) => takeIn(text, "scan") }
);

// --- their profile, opened from the action bar -----------------------------------------

function showProfile(url) {
  const link = $("open-linkedin");
  const text = $("profile-text");
  const linked = PROFILE_URL.test(url);
  link.hidden = !linked;
  if (linked) link.href = url;
  else link.removeAttribute("href");
  text.hidden = !url || linked;
  text.textContent = url && !linked ? t("Profile (not a LinkedIn profile link, so not opened): {url}", { url }) : "";
}

// --- start ---------------------------------------------------------------------------

// The form holds no more than a record may (the record rules' limits, one place).
const FIELD_INPUTS = {
  name: "first-name",
  fullName: "full-name",
  company: "company",
  role: "role",
  profileURL: "profile-url",
  notes: "private-notes",
};
for (const [field, id] of Object.entries(FIELD_INPUTS)) $(id).maxLength = TEXT_FIELDS[field].max;
compose.setSettings(draftSettings(settings.current()));
applyMode();
showStorageNotice(document.querySelector("main"));

// Which person to show: one shared from another app (the manifest's share_target sends
// title, text and url as the query), a new one (the "New note" shortcut, ?new=1), else
// whoever was open last.
const SHARE_FIELDS = ["title", "text", "url"];

async function startPerson() {
  const params = new URLSearchParams(location.search);
  const isShare = SHARE_FIELDS.some((field) => params.has(field));
  if (isShare || params.has("new")) history.replaceState(null, "", location.pathname);
  const shared = SHARE_FIELDS.map((field) => params.get(field)?.trim() ?? "")
    .filter(Boolean)
    .join("\n");
  if (shared) takeIn(shared, "share");
  else if (isShare) showNotice(t("Nothing came with that share (no link and no text), so no one was added."));
  // Edits an earlier visit could not store are shown at once, even while storage fails.
  const resuming = !isShare && !params.has("new");
  const journaled = journaledEdits();
  if (resuming && journaled.length) show(journaled[0].person);
  const shown = person;
  let store;
  try {
    store = await openedStore();
    everyone = await store.people();
  } catch (error) {
    showSaveState(
      "failed",
      t("Not saved: {reason}. You can still write and copy your note.", { reason: reason(error) })
    );
    return;
  }
  for (const { key, person: edited } of journaled) {
    const stored = everyone.find((p) => p.id === edited.id);
    if (stored && stored.updated >= edited.updated) journal.remove(key);
    else if (!unsaved.has(edited.id)) unsaved.set(edited.id, edited);
  }
  compose.setUsage(allPeople());
  showBudget();
  saveNow();
  // Typing that began before storage answered wins over what is stored.
  if (!resuming || person !== shown) return;
  const newest = journaled.find((entry) => unsaved.get(entry.person.id) === entry.person)?.person;
  const current = await store.meta("current");
  const next = newest ?? everyone.find((p) => p.id === current);
  if (next && next !== person && person === shown) show(next);
}
// Settles once the person to show is decided (the e2e tests wait on it after a restart).
window.notewell.started = startPerson().catch((error) =>
  showSaveState("failed", t("Not saved: {reason}.", { reason: reason(error) }))
);

// kinds.json is written by the build from pycore's own "kinds" action, so the form is
// there at once; Python answers the same question if the file is missing.
async function loadKinds() {
  try {
    const response = await fetch(new URL("kinds.json", import.meta.url));
    if (response.ok) return localizedKinds(await response.json());
  } catch {
    // fall through to Python
  }
  return localizedKinds(await python.call("kinds"));
}

// pycore names the kinds and their details in English; the page shows them in its language.
function localizedKinds(kinds) {
  const localized = (item) => ({ ...item, label: t(item.label) });
  const kind = (item) => ({ ...localized(item), slots: item.slots.map(localized) });
  return { how: kinds.how.map(kind), why: kinds.why.map(kind) };
}

loadKinds().then(
  (kinds) => compose.setKinds(kinds),
  (error) => {
    $("how").querySelector("[data-placeholder]").textContent = t("Choices unavailable: {reason}", {
      reason: error.message,
    });
  }
);

// Precaching starts once Python has loaded, so on a first visit over a slow network the
// two do not compete; the service worker then finds the runtime in the HTTP cache.
python.ready
  .catch(() => {})
  .then(() =>
    watchServiceWorker({
      toast: $("toast"),
      text: $("toast-text"),
      button: $("update"),
      offlineReady: pythonStatus.offlineReady,
      saveFailed: pythonStatus.offlineSaveFailed,
    })
  )
  .catch(() => {
    // No offline support (private mode, file://): the app still works online.
  });
