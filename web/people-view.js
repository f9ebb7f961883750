// The "People" sheet: everyone the user met, newest first, with search, a status filter,
// the "owe a note" nudge, the monthly budget, export, import and delete.
import { formatDate, t, tn } from "./i18n.js";
import {
  STATUSES,
  currentStatus,
  daysSince,
  displayName,
  eventFilter,
  matchesFilter,
  matchesSearch,
  needsNudge,
  newestFirst,
  owesNote,
  statusLabel,
} from "./people.js";
import { daysAwaitingMessage } from "./message-mode.js";
import {
  ImportError,
  MAX_EXPORT_BYTES,
  exportCSV,
  exportJSON,
  importSummary,
  mergeImport,
  readExport,
} from "./transfer.js";

// Laying out ten thousand rows takes a phone seconds; nobody scrolls that far.
const MAX_LISTED = 200;

function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it started; a minute is generous.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function fileStamp(now = new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function span(className, text) {
  const element = document.createElement("span");
  element.className = className;
  element.textContent = text;
  return element;
}

export function createPeopleView(elements, actions) {
  const { dialog, list, search, filter, summary, budget, transferStatus, edit } = elements;
  let people = [];
  let editing = false;

  function setEditing(on) {
    editing = on;
    edit.textContent = on ? t("Done editing") : t("Edit");
    render();
  }

  for (const status of STATUSES) filter.append(new Option(status.label, status.id));

  function personItem(person) {
    const item = document.createElement("li");
    item.className = "person";
    item.dataset.id = person.id;
    const open = document.createElement("button");
    open.type = "button";
    open.className = "person-open";
    const where = person.slots.event || person.slots.talk || person.slots.place || person.company;
    const met = formatDate(new Date(person.created), { day: "numeric", month: "short", year: "numeric" });
    const meta = [where, t("met {date}", { date: met })].filter(Boolean).join(" · ");
    const status = currentStatus(person);
    open.append(span("person-name", displayName(person)), span("person-meta", meta));
    open.append(span("person-status", statusLabel(status)));
    if (needsNudge(person)) {
      const days = daysSince(person.created);
      open.append(
        span("nudge", tn("Met {count} day ago: send your note soon", "Met {count} days ago: send your note soon", days))
      );
    } else if (owesNote(person)) {
      open.append(span("owe", t("Owe a note")));
    }
    const waiting = daysAwaitingMessage(person);
    if (waiting !== null) {
      const nudge = tn(
        "Accepted {count} day ago, no message yet",
        "Accepted {count} days ago, no message yet",
        waiting
      );
      open.append(span("nudge", nudge));
    }
    open.addEventListener("click", () => {
      dialog.close();
      actions.open(person.id);
    });
    item.append(open);
    // Deleting is a mode of its own (Edit), and then asked again: never one slip away
    // from opening a person.
    if (editing) {
      open.disabled = true;
      const remove = document.createElement("button");
      remove.type = "button";
      remove.className = "danger person-delete";
      const name = displayName(person);
      remove.textContent = t("Delete");
      remove.setAttribute("aria-label", t("Delete {name}", { name }));
      remove.addEventListener("click", async () => {
        const sure = await actions.confirmStep({
          question: t("Delete {name}?", { name }),
          explanation: t("Their details, note and history are deleted from this device. This cannot be undone."),
          action: t("Delete {name}", { name }),
          danger: true,
        });
        if (sure) await report(actions.remove(person.id).then(() => t("Deleted {name}.", { name })));
      });
      item.append(remove);
    }
    return item;
  }

  function render() {
    const found = newestFirst(people).filter((p) => matchesSearch(p, search.value) && matchesFilter(p, filter.value));
    const shown = found.slice(0, MAX_LISTED);
    list.replaceChildren(...shown.map(personItem));
    const owed = people.filter(owesNote).length;
    const showing =
      shown.length < found.length
        ? t("Showing the newest {shown} of {found}: search to find the others.", {
            shown: shown.length,
            found: found.length,
          })
        : t("Showing {shown}.", { shown: shown.length });
    summary.textContent = people.length
      ? `${tn("{count} person, {owed} still owed a note.", "{count} people, {owed} still owed a note.", people.length, { owed })} ${showing}`
      : t("No one yet: the people you write notes for appear here.");
    budget.textContent = actions.budgetText();
  }

  // One choice per event in the Show filter, newest first, to see the people met there.
  const events = document.createElement("optgroup");
  events.label = t("Met at");
  function listEvents() {
    const chosen = filter.value;
    const byFilter = new Map(people.filter((p) => p.event).map((p) => [eventFilter(p.event), p.event]));
    const newest = [...byFilter].sort(([a], [b]) => (a < b ? 1 : -1));
    events.replaceChildren(...newest.map(([value, event]) => new Option(`${event.name} (${event.date})`, value)));
    if (events.children.length) filter.append(events);
    else events.remove();
    filter.value = [...filter.options].some((option) => option.value === chosen) ? chosen : "";
  }

  async function refresh() {
    people = await actions.people();
    listEvents();
    render();
  }

  // Show how an action went, once the list shows it too; failures (storage full,
  // blocked) are said, never swallowed.
  async function report(work) {
    let text;
    let state = "ok";
    try {
      text = await work;
    } catch (error) {
      text = error instanceof ImportError ? error.message : t("That did not work: {reason}", { reason: error.message });
      state = "failed";
    }
    await refresh().catch(() => {});
    transferStatus.textContent = text;
    transferStatus.dataset.state = state;
  }

  search.addEventListener("input", render);
  filter.addEventListener("change", render);
  edit.addEventListener("click", () => setEditing(!editing));
  elements.close.addEventListener("click", () => dialog.close());
  elements.newPerson.addEventListener("click", () => {
    dialog.close();
    actions.create();
  });

  elements.exportJSON.addEventListener("click", async () => {
    await report(
      actions.people().then((all) => {
        download(`notewell-${fileStamp()}.json`, "application/json", exportJSON(all));
        return tn("Exported {count} person.", "Exported {count} people.", all.length);
      })
    );
  });
  elements.exportCSV.addEventListener("click", async () => {
    await report(
      actions.people().then((all) => {
        download(`notewell-people-${fileStamp()}.csv`, "text/csv", exportCSV(newestFirst(all)));
        return tn("Exported {count} person as CSV.", "Exported {count} people as CSV.", all.length);
      })
    );
  });

  elements.importFile.addEventListener("change", async () => {
    const file = elements.importFile.files[0];
    elements.importFile.value = "";
    if (!file) return;
    await report(
      (async () => {
        // The size is checked before reading, so a huge file is never loaded into memory.
        const source = file.size <= MAX_EXPORT_BYTES ? await file.text() : "";
        const { people: imported, skipped, shortened } = readExport(source, file.size);
        const plan = mergeImport(await actions.people(), imported);
        if (plan.write.length) await actions.saveAll(plan.write);
        return importSummary(plan, skipped, shortened);
      })()
    );
  });

  elements.deleteAll.addEventListener("click", async () => {
    const sure = await actions.confirmStep({
      question: t("Delete everything?"),
      explanation: tn(
        "The {count} person and their notes are deleted from this device. Export a copy first if you may need them. This cannot be undone.",
        "All {count} people and their notes are deleted from this device. Export a copy first if you may need them. This cannot be undone.",
        people.length
      ),
      action: t("Delete everything"),
      danger: true,
    });
    if (sure) await report(actions.removeAll().then(() => t("Deleted everything.")));
  });

  return {
    async open() {
      transferStatus.textContent = "";
      setEditing(false);
      // The last list shown may be out of date (a person added since): nothing is shown
      // until the stored people are read, so no one is missing from what the user sees.
      list.replaceChildren();
      summary.textContent = "";
      list.setAttribute("aria-busy", "true");
      dialog.showModal();
      await refresh().catch((error) => {
        summary.textContent = t("The people list is unavailable: {reason}", { reason: error.message });
      });
      list.removeAttribute("aria-busy");
    },
    refresh: () => (dialog.open ? refresh() : Promise.resolve()),
  };
}
