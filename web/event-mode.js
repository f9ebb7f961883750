// Event mode ("I'm at an event"): named once, dated today, and from then on every new
// person is "Met at an event" at it, until it is ended. Kept in localStorage, so a
// reload or an app closed in the hallway does not end it.
import { formatDate, t } from "./i18n.js";
import { DETAIL_MAX } from "./people.js";

const KEY = "notewell.event";
// The detail each person is asked for in a hurry, shown without unfolding anything.
export const QUICK_DETAILS = ["topic"];

// The user's calendar day, as YYYY-MM-DD.
export function today(now = new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function stored(storage) {
  try {
    const value = JSON.parse(storage.getItem(KEY));
    const valid = typeof value?.name === "string" && value.name.trim() && /^\d{4}-\d{2}-\d{2}$/.test(value.date);
    return valid ? { name: value.name, date: value.date } : null;
  } catch {
    return null; // blocked storage or a damaged entry: no event
  }
}

function store(storage, event) {
  try {
    if (event) storage.setItem(KEY, JSON.stringify(event));
    else storage.removeItem(KEY);
  } catch {
    // blocked storage: the event lasts as long as the page
  }
}

// elements: the "I'm at an event" button, its form (the name input, Cancel), the line
// saying which event is on and its "End event" button.
export function createEventMode(elements, { onChange }, storage = globalThis.localStorage) {
  const { start, form, nameInput, cancel, current, label, end } = elements;
  let event = stored(storage);
  nameInput.maxLength = DETAIL_MAX;

  function render() {
    start.hidden = Boolean(event);
    form.hidden = true;
    current.hidden = !event;
    if (!event) return;
    const day = formatDate(new Date(`${event.date}T12:00`), { day: "numeric", month: "short" });
    label.textContent = `${event.name} · ${day}`;
  }

  function set(next) {
    event = next;
    store(storage, event);
    render();
    onChange(event);
  }

  start.addEventListener("click", () => {
    start.hidden = true;
    form.hidden = false;
    nameInput.focus();
  });
  cancel.addEventListener("click", render);
  form.addEventListener("submit", (submitted) => {
    submitted.preventDefault();
    const name = nameInput.value.trim();
    if (!name) {
      nameInput.setCustomValidity(t("Name the event, e.g. PyCon Lisbon."));
      nameInput.reportValidity();
      return;
    }
    nameInput.value = "";
    set({ name, date: today() });
  });
  nameInput.addEventListener("input", () => nameInput.setCustomValidity(""));
  end.addEventListener("click", () => set(null));
  render();

  return {
    current: () => event,
    // What a new person starts with while the event is on.
    fields: () => (event ? { how: "event", slots: { event: event.name }, event: { ...event } } : {}),
  };
}
