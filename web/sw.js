// Notewell's service worker. build.py fills in VERSION (a hash of every file of the
// build) and FILES (every file of the build, each as [URL, its integrity]); this source
// is a template.
const VERSION = "%VERSION%";
const FILES = ["%FILES%"];

const PREFIX = "notewell-";
const CACHE = PREFIX + VERSION;
const INDEX = new URL("index.html", self.registration.scope).href;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(FILES.map((file) => precache(cache, file)))));
  // No skipWaiting() here: an update waits until the user taps "Update" (SKIP_WAITING),
  // so a page in the middle of an edit never runs against files of another build.
});

// One file into this build's cache. On a first visit the page and its Python worker
// downloaded nearly every file moments ago, so the HTTP cache is asked first (no second
// request, not even a 304); the integrity (this build's hash of the file) refuses an older
// copy, which is then fetched anew: one cache holds exactly one build. A file already in
// the cache (an install cut short by the network, tried again) is not fetched again.
async function precache(cache, [file, integrity]) {
  if (await cache.match(file)) return;
  let response;
  try {
    response = await fetch(new Request(file, { cache: "force-cache", integrity }));
  } catch {
    response = await fetch(new Request(file, { cache: "reload", integrity }));
  }
  if (!response.ok) throw new Error(`${file} answered ${response.status}`);
  await cache.put(file, response);
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      // Only this app's old builds; other caches on the origin are not ours to delete.
      await Promise.all(
        names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name))
      );
      // The first visit is controlled at once, so it works offline without a reload.
      await self.clients.claim();
    })()
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(respond(request));
});

async function respond(request) {
  const cache = await caches.open(CACHE);
  // Every page URL of the app (./, ./?new=1, ./index.html) is the one cached page.
  const key = request.mode === "navigate" ? INDEX : request;
  const cached = await cache.match(key);
  return cached || fetch(request);
}
