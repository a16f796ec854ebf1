// Offline use for the standalone and counsellor pages only (never loaded by the embed loader on partner pages):
// a service worker scoped to this folder keeps the widget's own files, so the pages open without a connection.
if ('serviceWorker' in navigator) {
  addEventListener('load', () => {
    navigator.serviceWorker.register(new URL('sw.js', import.meta.url), { scope: './' }).catch((error) => {
      console.warn('job-offer-check: offline use is not available here.', error);
    });
  });
}
