// Export everything as versioned JSON (re-importable) or the people list as CSV, and
// import a JSON export: a file that is not one changes nothing; inside one, each record
// that cannot be read is skipped with its reason and the rest are merged.
import { formatNumber, t, tn } from "./i18n.js";
import { RecordError, currentStatus, displayName, normalizePerson, statusLabel } from "./people.js";

export const FORMAT = "notewell-export";
export const VERSION = 1;
// The most the app keeps: its whole export, compact JSON, is at most this large, so any
// export it writes imports again (10,000 people with typical notes take ~5 MB). A save
// that would pass it is refused with the reason, like a full disk.
export const MAX_EXPORT_BYTES = 10 * 1024 * 1024;
// {"format":…,"version":1,"exported":"…","people":[]} around the records.
const ENVELOPE_BYTES = 128;
const SKIPS_SHOWN = 3;

export class ImportError extends Error {
  name = "ImportError";
}

export function exportJSON(people, now = new Date()) {
  return JSON.stringify({ format: FORMAT, version: VERSION, exported: now.toISOString(), people });
}

// Records never change in place (every edit makes a new object), so a size is kept per object.
const sizes = new WeakMap();
const utf8 = new TextEncoder();

function recordBytes(person) {
  let size = sizes.get(person);
  if (size === undefined) {
    size = utf8.encode(JSON.stringify(person)).length + 1; // and its comma
    sizes.set(person, size);
  }
  return size;
}

// How large the JSON export of these people is (an upper bound, within ENVELOPE_BYTES).
export function exportBytes(people) {
  return people.reduce((total, person) => total + recordBytes(person), ENVELOPE_BYTES);
}

export function tooMuchData() {
  const mb = MAX_EXPORT_BYTES / 1024 / 1024;
  return new Error(
    t(
      "your people and notes would pass {mb} MB, the most one export holds: delete people you no longer need, or shorten this text",
      { mb }
    )
  );
}

// A cell a spreadsheet would run as a formula (=, +, -, @) is prefixed with a quote.
function csvCell(value) {
  let text = String(value ?? "");
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function exportCSV(people) {
  const header = [
    t("Name"),
    t("First name"),
    t("Company"),
    t("Role"),
    t("Profile URL"),
    t("How you know them"),
    t("Met"),
    t("Event"),
    t("Event date"),
    t("Status"),
    t("Note"),
    t("First message"),
  ];
  const rows = people.map((p) => [
    displayName(p),
    p.name,
    p.company,
    p.role,
    p.profileURL,
    p.how || "",
    p.created.slice(0, 10),
    p.event?.name ?? "",
    p.event?.date ?? "",
    currentStatus(p) ? statusLabel(currentStatus(p)) : "",
    p.draft,
    p.message,
  ]);
  // CRLF and a byte order mark: what spreadsheet programs expect of a CSV file.
  return "\ufeff" + [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

// --- import ------------------------------------------------------------------------------

function notAnExport(why) {
  return new ImportError(t("{why}. Nothing was imported.", { why }));
}

function checkVersion(version) {
  if (version === VERSION) return;
  if (version === undefined) throw notAnExport(t("That export has no version"));
  if (typeof version !== "number") {
    const shown = JSON.stringify(version).slice(0, 20);
    throw notAnExport(
      t("That export gives its version as {shown}, not as the number {version} a Notewell export has", {
        shown,
        version: VERSION,
      })
    );
  }
  if (version > VERSION) {
    throw notAnExport(
      t("That export comes from a newer Notewell (format {version}); update this app to import it", { version })
    );
  }
  throw notAnExport(
    t("That export is format {version}; this Notewell reads format {current}", { version, current: VERSION })
  );
}

// The people in an export file, each normalized by the record rules. A file that is not
// a Notewell export throws ImportError; records that cannot be read are skipped, each
// with its position and reason (`skipped`), as are copies of a person listed twice.
export function readExport(source, byteLength = source.length) {
  if (byteLength > MAX_EXPORT_BYTES) {
    const mb = formatNumber(byteLength / 1024 / 1024, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const most = MAX_EXPORT_BYTES / 1024 / 1024;
    throw notAnExport(t("That file is {mb} MB; a Notewell export holds at most {most} MB", { mb, most }));
  }
  let data;
  try {
    data = JSON.parse(source);
  } catch {
    throw notAnExport(t("That file is not a Notewell export: it is not valid JSON (it may be cut short)"));
  }
  if (data === null || typeof data !== "object" || data.format !== FORMAT) {
    throw notAnExport(t("That file is not a Notewell export"));
  }
  checkVersion(data.version);
  if (!Array.isArray(data.people)) throw notAnExport(t("That export has no list of people"));
  const skipped = [];
  const shortened = [];
  const byId = new Map(); // id -> { person, position }
  data.people.forEach((raw, index) => {
    const position = index + 1;
    let person;
    try {
      person = normalizePerson(raw, (what) => shortened.push(t("Person {position}: {what}", { position, what })));
    } catch (error) {
      if (!(error instanceof RecordError)) throw error;
      skipped.push(t("Person {position}: {what}", { position, what: error.message }));
      return;
    }
    const seen = byId.get(person.id);
    const entry = { person, position };
    if (seen) {
      const [kept, dropped] = seen.person.updated >= person.updated ? [seen, entry] : [entry, seen];
      skipped.push(
        t("Person {position}: a second copy of person {kept} (the newer copy is kept)", {
          position: dropped.position,
          kept: kept.position,
        })
      );
      byId.set(person.id, kept);
    } else {
      byId.set(person.id, entry);
    }
  });
  return { people: [...byId.values()].map((entry) => entry.person), skipped, shortened };
}

// Which imported records to write: new people, and people changed since the copy on this
// device. A device's copy that is newer is kept (and counted); records that would take
// the data past MAX_EXPORT_BYTES are left out (and counted), so an export still imports.
export function mergeImport(existing, imported) {
  const byId = new Map(existing.map((p) => [p.id, p]));
  let total = exportBytes(existing);
  const plan = { write: [], added: 0, updated: 0, kept: 0, noRoom: 0 };
  for (const person of imported) {
    const mine = byId.get(person.id);
    if (mine && mine.updated >= person.updated) {
      if (mine.updated > person.updated) plan.kept += 1;
      continue;
    }
    const growth = recordBytes(person) - (mine ? recordBytes(mine) : 0);
    if (total + growth > MAX_EXPORT_BYTES) {
      plan.noRoom += 1;
      continue;
    }
    total += growth;
    plan.write.push(person);
    plan[mine ? "updated" : "added"] += 1;
  }
  return plan;
}

function listed(items) {
  const shown = items.slice(0, SKIPS_SHOWN).join("; ");
  const more = items.length - SKIPS_SHOWN;
  return more > 0 ? t("{shown}; and {more} more", { shown, more }) : shown;
}

// What an import did, in a few sentences: nothing is overwritten or left out unsaid.
export function importSummary({ added, updated, kept, noRoom }, skipped = [], shortened = []) {
  const parts = [];
  const written = added + updated;
  if (written) {
    parts.push(
      tn(
        "Imported {added} new and {updated} updated person.",
        "Imported {added} new and {updated} updated people.",
        written,
        { added, updated }
      )
    );
  } else if (skipped.length || noRoom) parts.push(t("Nothing was imported."));
  else parts.push(t("Already up to date: nothing new in that file."));
  if (kept) {
    parts.push(
      tn(
        "Kept this device's copy of {count} person: it is newer than the file's.",
        "Kept this device's copy of {count} people: it is newer than the file's.",
        kept
      )
    );
  }
  if (noRoom) {
    const mb = MAX_EXPORT_BYTES / 1024 / 1024;
    parts.push(
      tn(
        "Left out {count} person: your data would pass {mb} MB, the most one export holds.",
        "Left out {count} people: your data would pass {mb} MB, the most one export holds.",
        noRoom,
        { mb }
      )
    );
  }
  if (skipped.length)
    parts.push(t("Skipped {count} that could not be read: {list}.", { count: skipped.length, list: listed(skipped) }));
  if (shortened.length) parts.push(t("Shortened to fit: {list}.", { list: listed(shortened) }));
  return parts.join(" ");
}
