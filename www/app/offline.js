// Offline use for the standalone and counsellor pages only (never loaded by the embed loader on partner pages):
// a service worker scoped to this folder keeps the widget's own files, so the pages open without a connection.
if ('serviceWorker' in navigator) {
  addEventListener('load', async () => {
    try {
      // updateViaCache 'none': the browser checks sw.js and the build id it imports past the HTTP cache, so a new
      // build is found even where the files are served as immutable. The check runs on every load (browsers may
      // otherwise put it off), so the next load after a deploy shows the new build.
      const registration = await navigator.serviceWorker.register(new URL('sw.js', import.meta.url), { scope: './', updateViaCache: 'none' });
      await registration.update().catch(() => {});
    } catch (error) {
      console.warn('job-offer-check: offline use is not available here.', error);
    }
  });
}
