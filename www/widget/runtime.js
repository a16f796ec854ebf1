// Job Offer Check: the wasm runtime, started once per page, and what happens when it stops on a bug.

import { fetchOwn, fromOwnFiles } from './files.js';
import { showFallback } from './fallback.js';
import { warn } from './host.js';

// The visitor's wasm, and the full one with counsellor mode too; one glue runs either (scripts/glue.mjs).
const WASM = { embedded: 'pkg/job_offer_check_bg.wasm', counsellor: 'pkg/job_offer_check_counsellor_bg.wasm' };

let runtime;
let runtimeMode;

/** The mode the page's runtime can show, once one was started ('embedded' or 'counsellor'), else undefined. */
export function startedMode() {
  return runtime && runtimeMode;
}

/**
 * Starts the wasm once per page: the full one if counsellor mode is wanted first, else the visitor's (partner pages
 * never download counsellor mode). Resolves to the glue.
 */
export function loadRuntime(mode) {
  if (!runtime) {
    runtimeMode = mode;
    runtime = import('../pkg/job_offer_check.js').then(async (glue) => {
      await glue.default({ module_or_path: fetchOwn(WASM[mode]) });
      return glue;
    });
  }
  return runtime;
}

// The live widgets on this page, each with how to destroy it. They share one wasm instance, which a trap (a bug that
// panics, in a release build) leaves unusable: then every one of them shows the key advice instead of freezing.
export const live = new Map();
addEventListener('error', (event) => stopped(event.error));
addEventListener('unhandledrejection', (event) => stopped(event.reason));

function stopped(error) {
  if (!(typeof WebAssembly === 'object' && error instanceof WebAssembly.RuntimeError)) return;
  if (!fromOwnFiles(error) || live.size === 0) return;
  warn('the check stopped with an error; showing the key advice instead.', error);
  runtime = Promise.reject(error);
  runtime.catch(() => {});
  for (const shadow of live.keys()) showFallback(shadow, shadow.querySelector('.joc')?.lang || 'en', 'error');
  live.clear();
}
