// A person the user met, with the note for them and what happened to it. Plain data
// (structured-cloneable for IndexedDB, JSON for export); the rules about it live here.

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
    caret: 0,
    history: [],
    ...fields,
  };
}

// Whether there is anything worth keeping: an untouched "new person" is not saved.
export function hasContent(person) {
  return Boolean(person.name || person.fullName || person.draft.trim() || person.notes || person.profileURL);
}

export function currentStatus(person) {
  return person.history.length ? person.history[person.history.length - 1].status : null;
}

export function statusLabel(id) {
  return STATUSES.find((s) => s.id === id)?.label || "No note yet";
}

// Record a status change; the same status twice in a row is one event, not two.
export function withStatus(person, status, now = new Date()) {
  if (currentStatus(person) === status) return person;
  const entry = { status, at: now.toISOString() };
  if (status === "copied" || status === "sent-note") entry.text = person.draft;
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

// What the user already sent (or copied to send) to other people, for the `repeated`
// check: oldest first, as pycore keeps the most recent when there are very many.
export function earlierNotes(people, exceptId) {
  const entries = people
    .filter((person) => person.id !== exceptId)
    .flatMap((person) => person.history)
    .filter((entry) => typeof entry.text === "string" && entry.text.trim())
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

export function matchesFilter(person, filter) {
  if (!filter) return true;
  if (filter === "owe") return owesNote(person);
  if (filter === "none") return currentStatus(person) === null;
  return currentStatus(person) === filter;
}

export function newestFirst(people) {
  return [...people].sort((a, b) => (a.created < b.created ? 1 : a.created > b.created ? -1 : 0));
}

// --- shared from the LinkedIn app (the manifest's share_target) -----------------------

const PROFILE_IN_TEXT = /https?:\/\/(?:[a-z]{2,3}\.|www\.)?linkedin\.com\/in\/([^\s/?#]+)\/?/i;

// Characters LinkedIn counts that nobody sees (pycore.textutil.HIDDEN_CHARACTERS): a
// name must never bring one into the greeting of a draft.
const HIDDEN = /[\u200b-\u200d\u202a-\u202e\u2066-\u2069\ufeff]/g;

// "/in/jane-doe-4b1a2c" -> Jane (first name) and Jane Doe; the trailing id is dropped.
export function namesFromSlug(slug) {
  let decoded;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    decoded = slug;
  }
  const words = decoded
    .replace(HIDDEN, "")
    .split(/[-_.]+/)
    .filter(Boolean);
  while (words.length > 1 && /\d/.test(words[words.length - 1])) words.pop();
  const named = words.filter((word) => !/\d/.test(word));
  const cased = named.map((word) => word.charAt(0).toLocaleUpperCase() + word.slice(1));
  return { name: cased[0] || "", fullName: cased.length > 1 ? cased.join(" ") : "" };
}

// A new person from what another app shared: a profile when there is one, else a note.
export function personFromShare({ title = "", text = "", url = "" }) {
  const found = `${url} ${text} ${title}`.match(PROFILE_IN_TEXT);
  if (found) {
    const profileURL = `https://www.linkedin.com/in/${found[1]}/`;
    return { person: newPerson({ profileURL, ...namesFromSlug(found[1]) }), fromProfile: true };
  }
  const shared = [title, text, url]
    .map((part) => part.trim())
    .filter(Boolean)
    .join("\n");
  return { person: newPerson({ notes: shared }), fromProfile: false };
}
