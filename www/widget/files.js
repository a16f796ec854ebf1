// Job Offer Check: the widget's own files (wasm, fallback, frame page), found beside its root module and fetched with
// the integrity hashes a release build writes in.
//
// Why the root module names them: the files sit beside www/widget.js, and beside the single file a bundle makes of
// it (the release loader, the npm package's index.js). Only the root module's import.meta.url points there in both
// cases (a bundle's modules all share the bundle's), so widget.js calls setFiles() before anything is fetched, with
// each file as a literal `new URL('./…', import.meta.url)`: the form that a partner's bundler (webpack 5, Vite,
// Parcel) follows to emit the file with the bundle. If a file is ever fetched from the wrong folder, check that this
// is still so.

// Filled in by the release build (scripts/dist.mjs) with the sha384 of each file this module fetches (the wasm and
// the fallback), so that the one SRI hash on the script tag covers the whole widget. Empty in development.
const INTEGRITY = typeof JOC_INTEGRITY === 'undefined' ? {} : JOC_INTEGRITY;

let base;
let named = {};

/**
 * Where the widget's own files are: `files`, by name, as the root module found them (see above), and `here`, the
 * root module's address, for the rest (the frame page, which the npm package does not carry).
 */
export function setFiles(files, here) {
  named = files;
  base = new URL('.', here);
}

/** The address of one of the widget's own files. */
export function ownUrl(name) {
  return new URL(named[name] ?? name, base);
}

/** Fetches one of the widget's own files, checked against its integrity hash in a release. */
export function fetchOwn(name) {
  const integrity = INTEGRITY[name];
  return fetch(ownUrl(name), integrity ? { integrity } : {}).then((response) => {
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
    return response;
  });
}

/** Whether an error was thrown by code of the widget's own files. */
export function fromOwnFiles(error) {
  return String(error?.stack).includes(base.href);
}
