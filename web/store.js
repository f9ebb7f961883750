// People and their drafts in IndexedDB: on this device only, never sent anywhere.
// A thin promise wrapper over the two object stores the app needs; every write is one
// transaction, so an import or a delete either happens completely or not at all.
const DB_NAME = "notewell";
const DB_VERSION = 1;
const PEOPLE = "people"; // person records, by id
const META = "meta"; // small values by key: which person is open

function settle(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

// A write is only safe once its transaction completes: a full quota aborts it there.
function committed(transaction) {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error || new DOMException("The save was cancelled", "AbortError"));
  });
}

function openDatabase() {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === "undefined" || indexedDB === null) {
      reject(new DOMException("this browser keeps no data for this site (private mode?)", "NotSupportedError"));
      return;
    }
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(PEOPLE)) db.createObjectStore(PEOPLE, { keyPath: "id" });
      if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    // Another tab holds an older version open: say so instead of waiting forever.
    request.onblocked = () =>
      reject(new DOMException("close Notewell's other tabs and try again", "InvalidStateError"));
  });
}

export async function openStore() {
  const db = await openDatabase();
  // A newer build in another tab needs the database: let it have it.
  db.onversionchange = () => db.close();

  async function write(names, work) {
    const transaction = db.transaction(names, "readwrite");
    work(transaction);
    await committed(transaction);
  }

  return {
    people: () => settle(db.transaction(PEOPLE).objectStore(PEOPLE).getAll()),
    person: (id) => settle(db.transaction(PEOPLE).objectStore(PEOPLE).get(id)),
    meta: (key) => settle(db.transaction(META).objectStore(META).get(key)),
    // With `current`, the same transaction records who is open.
    saveAll: (people, current) =>
      write([PEOPLE, META], (t) => {
        people.forEach((p) => t.objectStore(PEOPLE).put(p));
        if (current !== undefined) t.objectStore(META).put(current, "current");
      }),
    setMeta: (key, value) => write([META], (t) => t.objectStore(META).put(value, key)),
    remove: (id) => write([PEOPLE], (t) => t.objectStore(PEOPLE).delete(id)),
    clear: () =>
      write([PEOPLE, META], (t) => {
        t.objectStore(PEOPLE).clear();
        t.objectStore(META).clear();
      }),
  };
}
