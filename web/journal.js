// Every edit, kept synchronously in localStorage until IndexedDB holds it: IndexedDB
// writes are asynchronous, and a browser closed or a page torn down between a keystroke
// and its commit would lose it. One entry per person, so rescues never overwrite each
// other; an entry goes once IndexedDB holds that person's latest state.
const PREFIX = "notewell.unsaved";
// Older versions kept a single rescue under the bare prefix; it is read like the others.
const keyFor = (id) => `${PREFIX}.${id}`;

export function createJournal(storage = globalThis.localStorage) {
  // The last state written (or tried) per person: a newer one that failed to be written
  // leaves an older entry behind, which is stale once IndexedDB holds the newer state.
  const latest = new Map();

  return {
    // Keep this state of a person; false when storage refused it (full, or blocked).
    write(person) {
      latest.set(person.id, person);
      try {
        storage.setItem(keyFor(person.id), JSON.stringify(person));
        return true;
      } catch {
        return false;
      }
    },
    // IndexedDB holds `person`: their entry goes, unless a later edit was written since.
    stored(person) {
      if (!latest.has(person.id) || latest.get(person.id) === person) this.forget(person.id);
    },
    // Their entry goes: deleted, or replaced by an import.
    forget(id) {
      latest.delete(id);
      this.remove(keyFor(id));
    },
    clear() {
      for (const { key } of this.entries()) this.remove(key);
      latest.clear();
    },
    // Every kept entry as { key, value } (value as parsed JSON, or undefined when damaged).
    entries() {
      const found = [];
      try {
        for (let i = 0; i < storage.length; i++) {
          const key = storage.key(i);
          if (key === PREFIX || key.startsWith(`${PREFIX}.`)) found.push({ key, value: parse(storage.getItem(key)) });
        }
      } catch {
        // storage blocked: nothing was kept
      }
      return found;
    },
    remove(key) {
      try {
        storage.removeItem(key);
      } catch {
        // storage blocked: there is nothing to remove
      }
    },
  };
}

function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
