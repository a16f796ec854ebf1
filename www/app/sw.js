// Service worker for the standalone and counsellor pages: keeps the widget's own static files for offline use.
// It stores files only, never answers (answers never leave the widget's memory). To update: deploy new files; the
// build writes a new ../pkg/build-id.js (the build id and the files to keep, relative to this folder: see
// scripts/build-info.mjs), so the browser installs this worker again (offline.js registers it so that the check passes
// the HTTP cache), which fetches the new files, past the HTTP cache too (a host may serve them as immutable), deletes
// the old cache and takes over at once; the page shows the new build the next time it is opened or reloaded.
importScripts('../pkg/build-id.js');

const CACHE = `job-offer-check-${self.BUILD_ID}`;
const FILES = self.BUILD_FILES;

self.addEventListener('install', (event) => {
  const fresh = FILES.map((file) => new Request(file, { cache: 'reload' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(fresh)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('job-offer-check-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET') return;
  const url = new URL(event.request.url);
  if (url.origin !== location.origin) return;
  url.search = '';
  event.respondWith(
    caches.match(url.href, { cacheName: CACHE }).then((hit) => hit ?? fetch(event.request)),
  );
});
