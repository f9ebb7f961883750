// Export everything as versioned JSON (re-importable) or the people list as CSV, and
// import a JSON export after checking every field: a bad file changes nothing.
import { STATUS_IDS, currentStatus, displayName, statusLabel } from "./people.js";

export const FORMAT = "notewell-export";
export const VERSION = 1;
// An export of a thousand people with long drafts is well under 1 MB.
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
const MAX_PEOPLE = 10_000;
const MAX_SHORT = 200; // a name, company, role, kind id, slot value, URL
const MAX_LONG = 2_000_000; // a draft or notes: twice what the checker reads, so a pasted megabyte round-trips
const MAX_HISTORY = 200;
const ID = /^[\w-]{1,64}$/;
// Names, companies and roles are shown as text, never as markup; a tag in one is a sign
// of a hostile or corrupted file, so the file is refused rather than "cleaned".
const MARKUP = /<\s*[a-z!/?]/i;

export class ImportError extends Error {
  name = "ImportError";
}

export function exportJSON(people, now = new Date()) {
  return JSON.stringify({ format: FORMAT, version: VERSION, exported: now.toISOString(), people }, null, 2);
}

// A cell a spreadsheet would run as a formula (=, +, -, @) is prefixed with a quote.
function csvCell(value) {
  let text = String(value ?? "");
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function exportCSV(people) {
  const header = ["Name", "First name", "Company", "Role", "Profile URL", "How you know them", "Met", "Status", "Note"];
  const rows = people.map((p) => [
    displayName(p),
    p.name,
    p.company,
    p.role,
    p.profileURL,
    p.how || "",
    p.created.slice(0, 10),
    currentStatus(p) ? statusLabel(currentStatus(p)) : "",
    p.draft,
  ]);
  // CRLF and a byte order mark: what spreadsheet programs expect of a CSV file.
  return "\ufeff" + [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

// --- import ------------------------------------------------------------------------------

function fail(where, what) {
  throw new ImportError(`${where}: ${what}. Nothing was imported.`);
}

function text(where, value, max, { required = false, plain = false } = {}) {
  if (typeof value !== "string") fail(where, "must be text");
  if (required && !value.trim()) fail(where, "is empty");
  if (value.length > max) fail(where, `is longer than ${max.toLocaleString()} characters`);
  if (plain && MARKUP.test(value)) fail(where, "contains markup (<…>)");
  return value;
}

function date(where, value) {
  if (typeof value !== "string" || Number.isNaN(Date.parse(value))) fail(where, "is not a date");
  return new Date(value).toISOString();
}

function plainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// A person record with every field checked and normalised; throws ImportError.
export function checkPerson(raw, index = 0) {
  const at = `Person ${index + 1}`;
  if (!plainObject(raw)) fail(at, "is not a person record");
  if (typeof raw.id !== "string" || !ID.test(raw.id)) fail(`${at}, id`, "is missing or malformed");
  const name = text(`${at}, first name`, raw.name, MAX_SHORT, { plain: true });
  const fullName = text(`${at}, full name`, raw.fullName ?? "", MAX_SHORT, { plain: true });
  const profileURL = text(`${at}, profile URL`, raw.profileURL ?? "", MAX_SHORT);
  if (profileURL && !/^https:\/\//i.test(profileURL)) fail(`${at}, profile URL`, "is not an https:// address");
  if (raw.how !== null && raw.how !== undefined) text(`${at}, how you know them`, raw.how, MAX_SHORT, { plain: true });
  if (!Array.isArray(raw.why ?? [])) fail(`${at}, why connect`, "is not a list");
  const why = (raw.why ?? []).map((id, i) => text(`${at}, why connect ${i + 1}`, id, MAX_SHORT, { plain: true }));
  if (!plainObject(raw.slots ?? {})) fail(`${at}, details`, "are not a set of fields");
  const slots = {};
  for (const [key, value] of Object.entries(raw.slots ?? {})) {
    if (!ID.test(key)) fail(`${at}, details`, `have a malformed field name`);
    slots[key] = text(`${at}, ${key}`, value, MAX_SHORT, { plain: true });
  }
  if (!Array.isArray(raw.history ?? [])) fail(`${at}, history`, "is not a list");
  if ((raw.history ?? []).length > MAX_HISTORY) fail(`${at}, history`, "is too long");
  const history = (raw.history ?? []).map((entry, i) => {
    const where = `${at}, status ${i + 1}`;
    if (!plainObject(entry) || !STATUS_IDS.has(entry.status)) fail(where, "is not a known status");
    const clean = { status: entry.status, at: date(where, entry.at) };
    if (entry.text !== undefined) clean.text = text(where, entry.text, MAX_LONG);
    return clean;
  });
  const caret = raw.caret ?? 0;
  if (!Number.isInteger(caret) || caret < 0) fail(`${at}, caret`, "is not a position");
  return {
    id: raw.id,
    created: date(`${at}, created`, raw.created),
    updated: date(`${at}, updated`, raw.updated ?? raw.created),
    name,
    fullName,
    company: text(`${at}, company`, raw.company ?? "", MAX_SHORT, { plain: true }),
    role: text(`${at}, role`, raw.role ?? "", MAX_SHORT, { plain: true }),
    profileURL,
    how: raw.how ?? null,
    why,
    slots,
    notes: text(`${at}, notes`, raw.notes ?? "", MAX_LONG),
    draft: text(`${at}, note`, raw.draft ?? "", MAX_LONG),
    caret,
    history,
  };
}

// The people in an export file, every field checked; throws ImportError on the first fault.
export function parseExport(source, byteLength = source.length) {
  if (byteLength > MAX_IMPORT_BYTES) {
    const mb = (byteLength / 1024 / 1024).toFixed(1);
    throw new ImportError(`That file is ${mb} MB; a Notewell export is much smaller. Nothing was imported.`);
  }
  let data;
  try {
    data = JSON.parse(source);
  } catch {
    throw new ImportError(
      "That file is not a Notewell export: it is not valid JSON (it may be cut short). Nothing was imported."
    );
  }
  if (!plainObject(data) || data.format !== FORMAT) {
    throw new ImportError("That file is not a Notewell export. Nothing was imported.");
  }
  if (data.version !== VERSION) {
    throw new ImportError(
      `That export is version ${String(data.version).slice(0, 20)}; this Notewell reads version ${VERSION}. Nothing was imported.`
    );
  }
  if (!Array.isArray(data.people)) fail("The file", "has no list of people");
  if (data.people.length > MAX_PEOPLE) fail("The file", `has more than ${MAX_PEOPLE.toLocaleString()} people`);
  const people = data.people.map(checkPerson);
  if (new Set(people.map((p) => p.id)).size !== people.length) fail("The file", "lists a person twice");
  return people;
}

// Which imported records to write: new people, and people changed since the copy we have.
export function mergeImport(existing, imported) {
  const byId = new Map(existing.map((p) => [p.id, p]));
  const added = imported.filter((p) => !byId.has(p.id));
  const newer = imported.filter((p) => byId.has(p.id) && p.updated > byId.get(p.id).updated);
  return { write: [...added, ...newer], added: added.length, updated: newer.length };
}
