// Notewell's service worker. build.py fills in VERSION (a hash of every file of the
// build) and FILES (every file of the build); this source is a template.
const VERSION = "%VERSION%";
const FILES = ["%FILES%"];

const PREFIX = "notewell-";
const CACHE = PREFIX + VERSION;
const INDEX = new URL("index.html", self.registration.scope).href;

self.addEventListener("install", (event) => {
  // cache: "no-cache" revalidates every file with the server, so a new build is never
  // precached with an older copy the browser still had (one cache holds exactly one
  // build), yet files the page just downloaded come back as a cheap 304.
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: "no-cache" }))))
  );
  // No skipWaiting() here: an update waits until the user taps "Update" (SKIP_WAITING),
  // so a page in the middle of an edit never runs against files of another build.
});

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
