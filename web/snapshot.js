// The worker's memory snapshot of a started interpreter (Pyodide's private
// _makeSnapshot / makeMemorySnapshot() / _loadSnapshot API), kept gzip-compressed in
// IndexedDB. Restoring it starts Python in about a quarter of a plain start. The API is
// tied to the exact Pyodide build, so every record carries the key of the build that
// made it and a record of any other build is deleted unread.
const DATABASE = "notewell-runtime";
const STORE = "snapshots";
// One record: the interpreter of the current build.
const RECORD = "interpreter";

function requestDone(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function openDatabase() {
  const request = indexedDB.open(DATABASE, 1);
  request.onupgradeneeded = () => request.result.createObjectStore(STORE);
  return requestDone(request);
}

async function withStore(mode, use) {
  const database = await openDatabase();
  try {
    const transaction = database.transaction(STORE, mode);
    const done = new Promise((resolve, reject) => {
      transaction.oncomplete = resolve;
      transaction.onerror = transaction.onabort = () => reject(transaction.error);
    });
    const result = await requestDone(use(transaction.objectStore(STORE)));
    await done;
    return result;
  } finally {
    database.close();
  }
}

async function gzipBytes(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream("gzip"));
  return new Response(stream).blob();
}

// The snapshot's bytes from a stored (compressed) one.
export async function unpackSnapshot(stored) {
  const stream = stored.stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

// The stored snapshot of build `key` (or a promise of the key: the record is read
// meanwhile), still compressed (unpackSnapshot opens it), or null when there is none.
// A record of another build is deleted unread here.
export async function readSnapshot(key) {
  const [record, wanted] = await Promise.all([withStore("readonly", (store) => store.get(RECORD)), key]);
  if (!record) return null;
  if (record.key !== wanted) {
    await deleteSnapshot();
    return null;
  }
  return record.gzip;
}

export async function saveSnapshot(key, bytes) {
  const compressed = await gzipBytes(bytes);
  await withStore("readwrite", (store) => store.put({ key, gzip: compressed }, RECORD));
  return compressed.size;
}

export function deleteSnapshot() {
  return withStore("readwrite", (store) => store.delete(RECORD));
}
