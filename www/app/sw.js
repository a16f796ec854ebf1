// Service worker for the standalone and counsellor pages: keeps the widget's own static files for offline use.
// It stores files only, never answers (answers never leave the widget's memory). To update: deploy new files; the
// build writes a new ../pkg/build-id.js (the build id and the files to keep, relative to this folder: see
// scripts/build-info.mjs), so the browser installs this worker again, which fetches the new files, deletes the old
// cache and takes over at once.
importScripts('../pkg/build-id.js');

const CACHE = `job-offer-check-${self.BUILD_ID}`;
const FILES = self.BUILD_FILES;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
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
