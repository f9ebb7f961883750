// Settings (account type, the sender's name, one line about them, the monthly note
// budget, the app's language, the drafts' language and how they address people) live in
// localStorage: they never leave the device.
export const SETTINGS_KEY = "notewell.settings";

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
// `languages` names the languages the app speaks, by code; "" in a language menu means
// the default (the browser's language, the app's language for drafts).
export function createSettings(dialog, languages, onChange) {
  const form = dialog.querySelector("form");
  const limits = [...form.elements.limit];
  const senderName = form.elements.sender_name;
  const about = form.elements.about;
  const monthlyNotes = form.elements.monthly_notes;
  const uiLang = form.elements.ui_lang;
  const noteLang = form.elements.note_lang;
  const formal = form.elements.formal;
  for (const menu of [uiLang, noteLang]) {
    for (const [code, name] of Object.entries(languages)) menu.append(new Option(name, code));
  }

  const stored = readStored(SETTINGS_KEY) || {};
  const storedLimit = limits.find((radio) => Number(radio.value) === stored.limit);
  if (storedLimit) storedLimit.checked = true;
  senderName.value = typeof stored.name === "string" ? stored.name : "";
  about.value = typeof stored.about === "string" ? stored.about : "";
  if (Number.isInteger(stored.monthlyNotes)) monthlyNotes.value = String(stored.monthlyNotes);
  uiLang.value = Object.hasOwn(languages, stored.uiLang) ? stored.uiLang : "";
  noteLang.value = Object.hasOwn(languages, stored.noteLang) ? stored.noteLang : "";
  formal.checked = stored.formal === true;

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
      uiLang: uiLang.value,
      noteLang: noteLang.value,
      formal: formal.checked,
    };
  }

  form.addEventListener("input", () => {
    writeStored(SETTINGS_KEY, current());
    onChange(current());
  });

  return {
    current,
    open() {
      dialog.showModal();
    },
  };
}
