// A person the user met, with the note for them and what happened to it. Plain data
// (structured-cloneable for IndexedDB, JSON for export); the rules about it live here,
// in one place: the form, the share target, the rescue of unsaved edits and the import
// all pass a record through normalizePerson, so whatever the app stores it can export
// and read back.

export const STATUSES = [
  { id: "drafted", label: "Drafted" },
  { id: "copied", label: "Copied" },
  { id: "sent-note", label: "Sent with a note" },
  { id: "sent-plain", label: "Sent without a note" },
  { id: "accepted", label: "Accepted" },
  { id: "followed-up", label: "Followed up" },
];
export const STATUS_IDS = new Set(STATUSES.map((s) => s.id));
const SENT = new Set(["sent-note", "sent-plain", "accepted", "followed-up"]);
// Once a note was copied or sent, the record is about that person for good.
const NOTE_WENT_OUT = new Set(["copied", ...SENT]);

// The advice is to send within a day or two of meeting: after that, a nudge.
export const NUDGE_AFTER_MS = 48 * 60 * 60 * 1000;
// LinkedIn's free accounts: about 5 personalized notes a month (a setting, GUIDE.md 1).
export const DEFAULT_MONTHLY_NOTES = 5;

export function newPerson(fields = {}, now = new Date()) {
  const at = now.toISOString();
  return {
    id: crypto.randomUUID(),
    created: at,
    updated: at,
    name: "",
    fullName: "",
    company: "",
    role: "",
    profileURL: "",
    how: null,
    why: [],
    slots: {},
    notes: "",
    draft: "",
    message: "",
    caret: 0,
    history: [],
    ...fields,
  };
}

// --- the rules for a record ------------------------------------------------------------

// The form's maxlength for each field is taken from here, so the form never holds what
// the import would refuse. Names, companies, roles and details are short; a note or the
// private notes may hold twice what the checker reads, so a pasted megabyte is kept.
const SHORT = 200;
const LONG = 2_000_000;
export const TEXT_FIELDS = {
  name: { label: "first name", max: SHORT },
  fullName: { label: "full name", max: SHORT },
  company: { label: "company", max: SHORT },
  role: { label: "role", max: SHORT },
  // A LinkedIn share link with its tracking query runs past 200 characters.
  profileURL: { label: "profile URL", max: 2_000 },
  notes: { label: "private notes", max: LONG },
  draft: { label: "note", max: LONG },
  // The first message after they accept (message-mode.js); absent in older records.
  message: { label: "first message", max: LONG },
};
export const DETAIL_MAX = SHORT; // each detail of how you met or why you connect
const ID = /^[\w-]{1,64}$/;
// What toISOString writes, and the same with an offset or without seconds; "1" or "2026"
// alone is not a date here (Date.parse would read "1" as 2001-01-01).
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

// A record that cannot be read as a person (not text where text belongs, no id, no date).
export class RecordError extends Error {
  name = "RecordError";
}

function plainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// Text past its limit is cut there (never inside an emoji's surrogate pair), not refused.
function clip(text, max) {
  if (text.length <= max) return text;
  const high = text.charCodeAt(max - 1);
  return text.slice(0, high >= 0xd800 && high <= 0xdbff ? max - 1 : max);
}

const LINKEDIN_HOST = /^(?:[a-z]{2,3}\.|www\.)?linkedin\.com$/;
const WEB_ADDRESS = /^(?:(https?):\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?=[/?#:]|$)/i;

// A profile address as it is typed or pasted gets its scheme ("linkedin.com/in/x" ->
// "https://www.linkedin.com/in/x"); LinkedIn's regional hosts name the same profile, and
// LinkedIn is only https. Anything that is not a web address is kept as it is: it is
// shown as text and never becomes a link.
export function normalizeProfileURL(value) {
  const text = value.trim();
  const found = text.match(WEB_ADDRESS);
  if (!found) return text;
  let host = found[2].toLowerCase();
  let scheme = (found[1] || "https").toLowerCase();
  if (LINKEDIN_HOST.test(host)) [host, scheme] = ["www.linkedin.com", "https"];
  return `${scheme}://${host}${text.slice(found[0].length)}`;
}

function date(label, value) {
  if (typeof value !== "string" || !ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) {
    throw new RecordError(`${label} is not a date`);
  }
  return new Date(value).toISOString();
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

// The event a person was met at in event mode: its name and its day (YYYY-MM-DD, the
// user's calendar day when it was started). Others (and exports before event mode) have none.
function metAt(raw, text) {
  if (!plainObject(raw)) throw new RecordError("event is not a name and a date");
  if (typeof raw.date !== "string" || !DAY.test(raw.date) || Number.isNaN(Date.parse(raw.date))) {
    throw new RecordError("event date is not a date");
  }
  return { name: text("event", raw.name, SHORT), date: raw.date };
}

// A person record with every field checked and normalized: text the user typed is never
// refused (a profile address gets its scheme, text past its limit is cut and `remark` is
// told so); a record that is not one (wrong types, no id, no dates) throws RecordError.
export function normalizePerson(raw, remark = () => {}) {
  if (!plainObject(raw)) throw new RecordError("is not a person record");
  if (typeof raw.id !== "string" || !ID.test(raw.id)) throw new RecordError("has no id");
  const text = (label, value, max) => {
    if (typeof value !== "string") throw new RecordError(`${label} is not text`);
    const kept = clip(value, max);
    if (kept.length < value.length) remark(`${label} cut to ${max.toLocaleString("en")} characters`);
    return kept;
  };
  const record = { id: raw.id, created: date("created", raw.created) };
  record.updated = raw.updated === undefined ? record.created : date("updated", raw.updated);
  for (const [field, { label, max }] of Object.entries(TEXT_FIELDS)) {
    const value = raw[field] ?? "";
    const normal = field === "profileURL" && typeof value === "string" ? normalizeProfileURL(value) : value;
    record[field] = text(label, normal, max);
  }
  record.how = raw.how === null || raw.how === undefined ? null : text("how you know them", raw.how, SHORT);
  if (!Array.isArray(raw.why ?? [])) throw new RecordError("why connect is not a list");
  record.why = (raw.why ?? []).map((id) => text("why connect", id, SHORT));
  if (!plainObject(raw.slots ?? {})) throw new RecordError("details are not a set of fields");
  record.slots = {};
  for (const [key, value] of Object.entries(raw.slots ?? {})) {
    if (!ID.test(key)) throw new RecordError("details have a malformed field name");
    record.slots[key] = text(key, value, DETAIL_MAX);
  }
  // Only people met in event mode have one: the others' records stay as compact as before.
  if (raw.event !== null && raw.event !== undefined) record.event = metAt(raw.event, text);
  // The caret in the text on screen (the note, or the first message); one that makes no
  // sense is not worth a record: the text opens at its start.
  record.caret = Number.isInteger(raw.caret) && raw.caret >= 0 ? raw.caret : 0;
  if (!Array.isArray(raw.history ?? [])) throw new RecordError("history is not a list");
  record.history = (raw.history ?? []).map((entry, i) => {
    const label = `status ${i + 1}`;
    if (!plainObject(entry) || !STATUS_IDS.has(entry.status)) throw new RecordError(`${label} is not a known status`);
    const clean = { status: entry.status, at: date(label, entry.at) };
    if (entry.text !== undefined) clean.text = text(label, entry.text, LONG);
    return clean;
  });
  return record;
}

// Whether there is anything worth keeping: an untouched "new person" is not saved.
export function hasContent(person) {
  return Boolean(
    person.name || person.fullName || person.draft.trim() || person.message.trim() || person.notes || person.profileURL
  );
}

// A note copied or sent was for this person: editing the form must not rename them.
export function noteWentOut(person) {
  return person.history.some((entry) => NOTE_WENT_OUT.has(entry.status));
}

export function currentStatus(person) {
  return person.history.length ? person.history[person.history.length - 1].status : null;
}

export function statusLabel(id) {
  return STATUSES.find((s) => s.id === id)?.label || "No note yet";
}

// The text a status change keeps, by the field it comes from: the note copied or sent
// with the invitation, the first message sent after they accepted.
const KEEPS_TEXT = { copied: "draft", "sent-note": "draft", "followed-up": "message" };

// Record a status change; the same status twice in a row is one event, not two.
export function withStatus(person, status, now = new Date()) {
  if (currentStatus(person) === status) return person;
  const entry = { status, at: now.toISOString() };
  const field = KEEPS_TEXT[status];
  if (field) entry.text = person[field];
  return { ...person, history: [...person.history, entry], updated: entry.at };
}

// Met, and no invitation has gone out yet.
export function owesNote(person) {
  return !person.history.some((entry) => SENT.has(entry.status));
}

export function needsNudge(person, now = new Date()) {
  return owesNote(person) && now - new Date(person.created) > NUDGE_AFTER_MS;
}

export function daysSince(iso, now = new Date()) {
  return Math.floor((now - new Date(iso)) / (24 * 60 * 60 * 1000));
}

// Notes marked "sent with a note" in this calendar month, in the user's time zone.
export function notesSentThisMonth(people, now = new Date()) {
  return people
    .flatMap((person) => person.history)
    .filter((entry) => {
      const at = new Date(entry.at);
      return entry.status === "sent-note" && at.getFullYear() === now.getFullYear() && at.getMonth() === now.getMonth();
    }).length;
}

// What the user already sent (or copied to send) to other people as `field` ("draft", the
// notes, or "message", the first messages), for the `repeated` check: oldest first, as
// pycore keeps the most recent when there are very many.
export function earlierTexts(people, exceptId, field) {
  const entries = people
    .filter((person) => person.id !== exceptId)
    .flatMap((person) => person.history)
    .filter((entry) => KEEPS_TEXT[entry.status] === field && typeof entry.text === "string" && entry.text.trim())
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return [...new Set(entries.map((entry) => entry.text))];
}

export function displayName(person) {
  return person.fullName || person.name || "Unnamed";
}

// The words a search matches: name, company, role and the event or place they met.
export function matchesSearch(person, query) {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return true;
  const haystack = [person.name, person.fullName, person.company, person.role, ...Object.values(person.slots)]
    .join(" ")
    .toLocaleLowerCase();
  return haystack.includes(needle);
}

// The People filter that shows one event's people.
export function eventFilter(event) {
  return `event:${event.date}:${event.name}`;
}

export function matchesFilter(person, filter) {
  if (!filter) return true;
  if (filter.startsWith("event:")) return Boolean(person.event) && eventFilter(person.event) === filter;
  if (filter === "owe") return owesNote(person);
  if (filter === "none") return currentStatus(person) === null;
  return currentStatus(person) === filter;
}

export function newestFirst(people) {
  return [...people].sort((a, b) => (a.created < b.created ? 1 : a.created > b.created ? -1 : 0));
}
