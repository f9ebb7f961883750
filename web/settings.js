// Settings (account type, the sender's name, one line about them, the monthly note
// budget) live in localStorage: they never leave the device.
const KEY = "notewell.settings";

export function readStored(key) {
  try {
    return JSON.parse(localStorage.getItem(key) || "null");
  } catch {
    return null; // storage blocked or a value from an older version: start fresh
  }
}

export function writeStored(key, value) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or blocked: the app keeps working, it just forgets on reload.
  }
}

// The settings dialog is the single source of the defaults (the checked radio).
export function createSettings(dialog, onChange) {
  const form = dialog.querySelector("form");
  const limits = [...form.elements.limit];
  const senderName = form.elements.sender_name;
  const about = form.elements.about;
  const monthlyNotes = form.elements.monthly_notes;

  const stored = readStored(KEY) || {};
  const storedLimit = limits.find((radio) => Number(radio.value) === stored.limit);
  if (storedLimit) storedLimit.checked = true;
  senderName.value = typeof stored.name === "string" ? stored.name : "";
  about.value = typeof stored.about === "string" ? stored.about : "";
  if (Number.isInteger(stored.monthlyNotes)) monthlyNotes.value = String(stored.monthlyNotes);

  function current() {
    const checked = limits.find((radio) => radio.checked) || limits[0];
    // An empty or odd number falls back to the field's default (LinkedIn's 5 a month).
    const notes = Math.round(Number(monthlyNotes.value));
    const monthly = monthlyNotes.value !== "" && notes >= 0 ? notes : Number(monthlyNotes.defaultValue);
    return {
      limit: Number(checked.value),
      name: senderName.value.trim(),
      about: about.value.trim(),
      monthlyNotes: monthly,
    };
  }

  form.addEventListener("input", () => {
    writeStored(KEY, current());
    onChange(current());
  });

  return {
    current,
    open() {
      dialog.showModal();
    },
  };
}
