// The worker's memory snapshot of a started interpreter (Pyodide's private
// _makeSnapshot / makeMemorySnapshot() / _loadSnapshot API), kept in IndexedDB.
// Restoring it starts Python in about a quarter of a plain start. The API is tied to the
// exact Pyodide build, so every record carries the key of the build that made it and a
// record of any other build is deleted unread.
//
// Every engine must be able to keep it: the bytes are stored as an ArrayBuffer, never a
// Blob, which WebKit refuses in private and automated sessions ("Error preparing
// Blob/File data to be stored in object store"), and gzipped only where the engine has
// CompressionStream (Safari from 16.4); before that they are stored as they are.
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

// A snapshot is Python's whole wasm memory, and more than half of its 4 KiB pages are
// zero (18 of 31 MB). Only the others are stored, gzipped, with a map of which they are:
// unpacking then inflates 13 MB instead of 31, the longest step of a restore.
const PAGE = 4096;

function isZero(bytes, start, end) {
  // Four bytes at a time where the view allows it (a fresh snapshot always does).
  const aligned = (bytes.byteOffset + start) % 4 === 0 && (end - start) % 4 === 0;
  const view = aligned
    ? new Uint32Array(bytes.buffer, bytes.byteOffset + start, (end - start) / 4)
    : bytes.subarray(start, end);
  for (let i = 0; i < view.length; i++) if (view[i] !== 0) return false;
  return true;
}

// What the stored bytes are: gzip, or the pages as they are.
const GZIP = "gzip";
const PLAIN = "none";

const canCompress = () => typeof CompressionStream === "function" && typeof DecompressionStream === "function";

// { length, pages, encoding, data }: the snapshot's size, one byte per page (1: stored),
// and the stored pages, in order, as one ArrayBuffer (gzipped when `encoding` says so).
async function packSnapshot(bytes) {
  const pages = new Uint8Array(Math.ceil(bytes.length / PAGE));
  const kept = [];
  for (let page = 0; page < pages.length; page++) {
    const start = page * PAGE;
    const end = Math.min(start + PAGE, bytes.length);
    if (isZero(bytes, start, end)) continue;
    pages[page] = 1;
    kept.push(bytes.subarray(start, end));
  }
  const stored = new Blob(kept);
  if (!canCompress()) return { length: bytes.length, pages, encoding: PLAIN, data: await stored.arrayBuffer() };
  const stream = stored.stream().pipeThrough(new CompressionStream("gzip"));
  return { length: bytes.length, pages, encoding: GZIP, data: await new Response(stream).arrayBuffer() };
}

function storedBytes({ encoding, data }) {
  if (!(data instanceof ArrayBuffer)) throw new Error("the stored snapshot has no bytes");
  const stream = new Response(data).body;
  if (encoding === PLAIN) return stream;
  if (encoding === GZIP) return stream.pipeThrough(new DecompressionStream("gzip"));
  throw new Error(`the stored snapshot is in an unknown encoding: ${encoding}`);
}

// The snapshot's bytes from a stored record: each chunk (inflated, when gzipped) is
// copied straight to its pages of a zeroed buffer. A record that does not fill its page
// map exactly throws.
export async function unpackSnapshot(record) {
  const { length, pages } = record;
  if (!Number.isSafeInteger(length) || !(pages instanceof Uint8Array) || pages.length !== Math.ceil(length / PAGE)) {
    throw new Error("the stored snapshot has no page map");
  }
  const bytes = new Uint8Array(length);
  let page = pages.indexOf(1);
  let filled = 0; // bytes of `page` written so far
  const reader = storedBytes(record).getReader();
  for (let chunk; !(chunk = await reader.read()).done;) {
    for (let at = 0; at < chunk.value.length;) {
      if (page < 0) throw new Error("the stored snapshot is longer than its page map");
      const start = page * PAGE + filled;
      const count = Math.min(chunk.value.length - at, Math.min(length, (page + 1) * PAGE) - start);
      bytes.set(chunk.value.subarray(at, at + count), start);
      at += count;
      filled += count;
      if (page * PAGE + filled === Math.min(length, (page + 1) * PAGE)) {
        page = pages.indexOf(1, page + 1);
        filled = 0;
      }
    }
  }
  if (page >= 0) throw new Error("the stored snapshot is shorter than its page map");
  return bytes;
}

// The stored snapshot of build `key` (or a promise of the key: the record is read
// meanwhile), still packed (unpackSnapshot opens it), or null when there is none.
// A record of another build is deleted unread here.
export async function readSnapshot(key) {
  const [record, wanted] = await Promise.all([withStore("readonly", (store) => store.get(RECORD)), key]);
  if (!record) return null;
  if (record.key !== wanted) {
    await deleteSnapshot();
    return null;
  }
  return record;
}

export async function saveSnapshot(key, bytes) {
  const packed = await packSnapshot(bytes);
  await withStore("readwrite", (store) => store.put({ key, ...packed }, RECORD));
  return { bytes: packed.data.byteLength, encoding: packed.encoding };
}

export function deleteSnapshot() {
  return withStore("readwrite", (store) => store.delete(RECORD));
}
