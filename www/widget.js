// Job Offer Check: the widget's JavaScript API, `mount(element, options)` and `preload()`. Used by the script-tag
// loader (job-offer-check.js) and, bundled, as the npm package's entry. It gives the element an open shadow root with
// the widget's own stylesheet and starts the wasm; nothing here reads or sends answers, sets globals or uses storage.
//
// The parts, one concern each, in widget/: options.js (checking a partner's options; stylesheets), static-screen.js
// (the first screen while the wasm loads), read-aloud.js (Read aloud, on every screen), runtime.js (the wasm, once
// per page, and a stop on a bug), fallback.js (the iframe and the static fallback), files.js (the widget's own files),
// host.js (console warnings, Trusted Types).

import { showFallback, showFrame } from './widget/fallback.js';
import { setFiles } from './widget/files.js';
import { followHistory, leave } from './widget/history.js';
import { announce, warn } from './widget/host.js';
import { checkOptions, counsellorSheet, styleSheets } from './widget/options.js';
import { readAloud } from './widget/read-aloud.js';
import { live, loadRuntime, startedMode } from './widget/runtime.js';
import { showStaticScreen } from './widget/static-screen.js';

// The widget's files sit beside this module (or the bundle made of it), each named so a bundler can find it: see
// widget/files.js.
const here = import.meta.url;
setFiles(
  {
    'pkg/job_offer_check_bg.wasm': new URL('./pkg/job_offer_check_bg.wasm', import.meta.url),
    'pkg/job_offer_check_counsellor_bg.wasm': new URL('./pkg/job_offer_check_counsellor_bg.wasm', import.meta.url),
    'pkg/job-offer-check-counsellor.css': new URL('./pkg/job-offer-check-counsellor.css', import.meta.url),
    'pkg/fallback.json': new URL('./pkg/fallback.json', import.meta.url),
  },
  here,
);

const COUNSELLOR_ELEMENTS = ['job-offer-check', '[data-job-offer-check]']
  .flatMap((element) => [`${element}[mode="counsellor"]`, `${element}[data-mode="counsellor"]:not([mode])`])
  .join();
// The live widget draws in yew's scheduler a few tasks after it is mounted; the first screen stays up until then, so
// there is never an empty frame. 200 turns of the event loop (about a second: each setTimeout(0) waits at least 4 ms
// once nested) is far longer than that takes, and ends the wait for a widget that never draws, which then replaces
// the first screen anyway.
const DRAW_WAIT_TURNS = 200;

const ownShadowRoots = new WeakSet();
let wasmBlockedByCsp = false;

document.addEventListener('securitypolicyviolation', (event) => {
  if (event.blockedURI === 'wasm-eval') wasmBlockedByCsp = true;
});

/** Starts fetching and compiling the widget's files now, before any element asks for them. */
export function preload() {
  const counsellor = document.querySelector(COUNSELLOR_ELEMENTS);
  loadRuntime(counsellor ? 'counsellor' : 'embedded').catch(() => {});
  if (counsellor) counsellorSheet().catch(() => {});
}

/**
 * Mounts the widget into `host` (any element that can have a shadow root). Options: `lang` ("en" | "ur"), `mode`
 * ("embedded" | "counsellor"), `centre` ("islamabad" | "lahore" | "peshawar"), `quickExit` (a URL, or "off"),
 * `accent` (a CSS colour), `history` ("off" keeps Back and Forward out of the widget's steps). Resolves to a handle
 * with `destroy()` and `setLang(lang)`, or to null when the element already has a shadow root that is not ours
 * (another copy of the script mounted it). The element fires `job-offer-check:ready` or `job-offer-check:fallback`
 * (widget/host.js).
 */
export async function mount(host, options = {}) {
  // A first screen the page shipped in its own HTML (a declarative shadow root, `snippet-instant.html`) is taken
  // over; the marker goes at once, so a second copy of this script leaves it alone.
  // (Its marker is part of the first screen's contract, src/handover.rs.)
  const declarative = host.shadowRoot?.querySelector('.joc[data-joc-declarative]');
  if (declarative) {
    declarative.removeAttribute('data-joc-declarative');
    ownShadowRoots.add(host.shadowRoot);
    // It is already drawn: let the browser paint it before taking it over, should this script arrive that early.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }
  if (host.shadowRoot && !ownShadowRoots.has(host.shadowRoot)) return null;
  let shadow = host.shadowRoot;
  if (!shadow) {
    try {
      shadow = host.attachShadow({ mode: 'open' });
    } catch (error) {
      warn('cannot attach a shadow root to this element; use <job-offer-check> or a <div>.', error);
      return null;
    }
    ownShadowRoots.add(shadow);
  }
  const checked = checkOptions(options, host);
  shadow.adoptedStyleSheets = styleSheets(host, checked.accent);
  const counsellor = checked.mode === 'counsellor';
  if (counsellor && startedMode() && startedMode() !== 'counsellor') {
    // This page already runs the visitor's wasm, which has no counsellor mode: show it from the widget's own page.
    await showFrame(shadow, checked);
    return handle(shadow);
  }
  const read = counsellor ? null : readAloud(shadow);
  let first = null;
  try {
    if (!counsellor) first = showStaticScreen(shadow, checked);
  } catch (error) {
    // Only a page that refuses the widget's markup (Trusted Types without its policy) gets here; the live widget
    // builds its DOM node by node, so it still runs, without the first screen.
    warn('the first screen cannot be shown here; the check shows when it has loaded.', error);
  }
  try {
    const glue = await loadRuntime(checked.mode);
    if (counsellor) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, await counsellorSheet()];
    let root;
    let widget;
    let from;
    const steps = !counsellor && checked.history ? followHistory(host) : null;
    // Start the live widget where the person is on the first screen; if they click on while it draws, start again
    // from there, so that no click is lost. The last check and the swap run in one task.
    do {
      widget?.destroy();
      from = { resume: first?.resume() ?? null, lang: first?.lang() ?? checked.lang };
      root = document.createElement('div');
      widget = counsellor
        ? glue.mount_counsellor(root, from.lang, !!checked.quickExit, checked.centre)
        : glue.mount(root, from.lang, !!checked.quickExit, checked.centre, from.resume, steps?.report ?? null);
      steps?.follow(widget);
      for (let i = 0; i < DRAW_WAIT_TURNS && !root.firstElementChild; i += 1) await new Promise((r) => setTimeout(r, 0));
    } while (first && (first.resume() !== from.resume || first.lang() !== from.lang));
    // "Leave quickly" (the same data-joc-action as on the first screen): the widget clears its answers, this leaves.
    // On the shadow root in the capture phase, before the widget's own handler (on its root): once leaving, clearing
    // the answers adds no history entry.
    shadow.addEventListener(
      'click',
      (event) => {
        if (root.contains(event.target) && event.target.closest('[data-joc-action="exit"]')) leave(checked.quickExit);
      },
      true,
    );
    const focus = first?.focus();
    shadow.replaceChildren(root);
    // Read aloud's buttons are filled now, not after this task, so that one the person was on takes focus too.
    read?.();
    if (focus) root.querySelector(focus)?.focus();
    live.set(shadow, () => {
      steps?.stop();
      widget.destroy();
    });
    announce(shadow, 'ready', { lang: from.lang, mode: checked.mode });
  } catch (error) {
    const lang = first?.lang() ?? checked.lang;
    if (typeof WebAssembly !== 'object') {
      warn('this browser cannot run WebAssembly; showing the key advice instead.');
      await showFallback(shadow, lang, 'no-webassembly');
    } else if (wasmBlockedByCsp || error instanceof WebAssembly.CompileError) {
      warn("this page's Content-Security-Policy does not allow WebAssembly ('wasm-unsafe-eval'); using a frame.");
      await showFrame(shadow, { ...checked, lang }, 'csp');
    } else {
      warn('the interactive check could not start; showing the key advice instead.', error);
      await showFallback(shadow, lang, 'error');
    }
  }
  return handle(shadow);
}

/**
 * The handle `mount` resolves to: `destroy()`, and `setLang(lang)`, which switches the language as the widget's own
 * switch does (answers kept): it presses that switch (`.joc-lang` in the bar, on the first screen and in the live
 * widget alike; its `lang` is the language it switches to), so there is one way to switch, whoever asks. In a frame
 * or on the static fallback there is no switch, and the language stays.
 */
function handle(shadow) {
  return {
    destroy() {
      live.get(shadow)?.();
      live.delete(shadow);
      shadow.replaceChildren();
    },
    setLang(lang) {
      const wanted = checkOptions({ lang }, shadow.host).lang;
      const button = shadow.querySelector('.joc-bar .joc-lang[lang]');
      if (button?.lang === wanted) button.click();
    },
  };
}
