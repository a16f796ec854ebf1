// Job Offer Check: the widget's JavaScript API, `mount(element, options)`. Used by the script-tag loader
// (job-offer-check.js) and, bundled, as the npm package's entry. It gives the element an open shadow root with the
// widget's own stylesheet and starts the wasm; nothing here reads or sends answers, sets globals or uses storage.
//
// If WebAssembly cannot run (a host CSP without 'wasm-unsafe-eval'), the widget runs in an iframe of its own page
// instead; if frames are blocked too, or the wasm is missing or fails, the element shows the static fallback (the key
// warning signs and contacts, generated at build time from questions/).

import { centres as CENTRES, css, languages as LANGUAGES, screens } from './pkg/first-screen.js';

const base = new URL('.', import.meta.url);
// Filled in by the release build (scripts/dist) with the sha384 of each file this module fetches (the wasm and the
// fallback), so that the one SRI hash on the script tag covers the whole widget. Empty in development.
const INTEGRITY = typeof JOC_INTEGRITY === 'undefined' ? {} : JOC_INTEGRITY;
const MODES = ['embedded', 'counsellor'];
const NEUTRAL_SITE = 'https://www.google.com/';
const FRAME_TIMEOUT_MS = 8000;
const MIN_CONTRAST = 4.5;

// The visitor's wasm, and the full one with counsellor mode too; one glue runs either (scripts/glue.mjs).
const WASM = { embedded: 'pkg/job_offer_check_bg.wasm', counsellor: 'pkg/job_offer_check_counsellor_bg.wasm' };
const COUNSELLOR_ELEMENTS = 'job-offer-check[mode="counsellor"], [data-job-offer-check][mode="counsellor"]';

const ownShadowRoots = new WeakSet();
let wasmBlockedByCsp = false;
let runtime;
let runtimeMode;
let styles;

document.addEventListener('securitypolicyviolation', (event) => {
  if (event.blockedURI === 'wasm-eval') wasmBlockedByCsp = true;
});

// The live widgets on this page, each with how to destroy it. They share one wasm instance, which a trap (a bug that
// panics, in a release build) leaves unusable: then every one of them shows the key advice instead of freezing.
const live = new Map();
addEventListener('error', (event) => stopped(event.error));
addEventListener('unhandledrejection', (event) => stopped(event.reason));

function stopped(error) {
  if (!(typeof WebAssembly === 'object' && error instanceof WebAssembly.RuntimeError)) return;
  if (!String(error.stack).includes(base.href) || live.size === 0) return;
  warn('the check stopped with an error; showing the key advice instead.', error);
  runtime = Promise.reject(error);
  runtime.catch(() => {});
  for (const shadow of live.keys()) showFallback(shadow, shadow.querySelector('.joc')?.lang || 'en');
  live.clear();
}

let htmlPolicy;

/**
 * The widget's markup (build-time HTML from questions/, never a partner's value) as something `innerHTML` accepts on
 * pages that enforce Trusted Types: through a policy named "job-offer-check", which such a page's `trusted-types`
 * list must name.
 */
function trustedHtml(html) {
  if (htmlPolicy === undefined) {
    htmlPolicy = null;
    try {
      htmlPolicy = globalThis.trustedTypes?.createPolicy('job-offer-check', { createHTML: (markup) => markup }) ?? null;
    } catch (error) {
      warn('this page enforces Trusted Types; add "job-offer-check" to its trusted-types policy names.', error);
    }
  }
  return htmlPolicy ? htmlPolicy.createHTML(html) : html;
}

function warn(message, ...details) {
  console.warn(`job-offer-check: ${message}`, ...details);
}

function fetchOwn(name) {
  const integrity = INTEGRITY[name];
  return fetch(new URL(name, base), integrity ? { integrity } : {}).then((response) => {
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
    return response;
  });
}

/**
 * Starts the wasm once per page: the full one if counsellor mode is wanted first, else the visitor's (partner pages
 * never download counsellor mode). Resolves to the glue and the mode its wasm can show.
 */
function loadRuntime(mode) {
  if (!runtime) {
    runtimeMode = mode;
    runtime = import('./pkg/job_offer_check.js').then(async (glue) => {
      await glue.default({ module_or_path: fetchOwn(WASM[mode]) });
      return glue;
    });
  }
  return runtime;
}

/** The widget's stylesheet, from the build-time module (no request, so the first screen is styled at once). */
function loadStyles() {
  if (!styles) {
    styles = new CSSStyleSheet();
    styles.replaceSync(css);
  }
  return styles;
}

/** Starts fetching and compiling the widget's files now, before any element asks for them. */
export function preload() {
  loadRuntime(document.querySelector(COUNSELLOR_ELEMENTS) ? 'counsellor' : 'embedded').catch(() => {});
}

/** The relative luminance of an sRGB colour given as "rgb(r, g, b)". */
function luminance(rgb) {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The colour as "rgb(...)" if it is a valid CSS colour dark enough for white text and for links on white. */
function readableAccent(colour, host) {
  if (!colour || !CSS.supports('color', colour)) return null;
  const probe = document.createElement('span');
  probe.style.color = colour;
  probe.hidden = true;
  host.shadowRoot?.append(probe);
  const rgb = getComputedStyle(probe).color;
  probe.remove();
  if (!/^rgb\(/.test(rgb)) return null;
  const contrast = 1.05 / (luminance(rgb) + 0.05);
  return contrast >= MIN_CONTRAST ? rgb : null;
}

/**
 * Checks options the way a partner would pass them; anything wrong gives a console warning and a sane default.
 * Partner values are only ever used as text or checked values, never as HTML.
 */
export function checkOptions(options = {}, host = document.documentElement) {
  const asked = String(options.lang || host.closest?.('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en');
  let lang = asked.trim().toLowerCase().split(/[-_]/)[0];
  if (!LANGUAGES.includes(lang)) {
    warn(`language "${asked}" is not available; showing English. Use lang="en" or lang="ur".`);
    lang = 'en';
  }
  let mode = options.mode || 'embedded';
  if (!MODES.includes(mode)) {
    warn(`mode="${mode}" is not known; using "embedded". Use mode="embedded" or mode="counsellor".`);
    mode = 'embedded';
  }
  let centre = options.centre ? String(options.centre).toLowerCase() : null;
  if (centre && !CENTRES.includes(centre)) {
    warn(`centre="${options.centre}" is not an MRC centre; use ${CENTRES.join(', ')}.`);
    centre = null;
  }
  let quickExit = NEUTRAL_SITE;
  const exit = options.quickExit;
  if (exit === 'off' || exit === false) {
    quickExit = null;
  } else if (exit) {
    try {
      const url = new URL(exit, document.baseURI);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('not a web address');
      quickExit = url.href;
    } catch {
      warn(`quick-exit="${exit}" is not a web address or "off"; using ${NEUTRAL_SITE}.`);
    }
  }
  const accent = options.accent ?? null;
  return { lang, mode, centre, quickExit, accent };
}

/** Applies the partner's accent (option or `--job-offer-check-accent` on the element) if it keeps text readable. */
function themeSheet(host, accent) {
  const asked = accent || getComputedStyle(host).getPropertyValue('--job-offer-check-accent').trim();
  if (!asked) return [];
  const rgb = readableAccent(asked, host);
  if (!rgb) {
    warn(`accent "${asked}" is not a CSS colour with enough contrast on white (${MIN_CONTRAST}:1); using the default.`);
    return [];
  }
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`.joc { --joc-accent: ${rgb}; }`);
  return [sheet];
}

/**
 * Mounts the widget into `host` (any element that can have a shadow root). Options: `lang` ("en" | "ur"), `mode`
 * ("embedded" | "counsellor"), `centre` ("islamabad" | "lahore" | "peshawar"), `quickExit` (a URL, or "off"),
 * `accent` (a CSS colour). Resolves to a handle with `destroy()`, or to null when the element already has a shadow
 * root that is not ours (another copy of the script mounted it).
 */
export async function mount(host, options = {}) {
  // A first screen the page shipped in its own HTML (a declarative shadow root, `snippet-instant.html`) is taken
  // over; the marker goes at once, so a second copy of this script leaves it alone.
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
  shadow.adoptedStyleSheets = [loadStyles(), ...themeSheet(host, checked.accent)];
  const counsellor = checked.mode === 'counsellor';
  if (counsellor && runtime && runtimeMode !== 'counsellor') {
    // This page already runs the visitor's wasm, which has no counsellor mode: show it from the widget's own page.
    await showFrame(shadow, checked);
    return { destroy: () => shadow.replaceChildren() };
  }
  let first = null;
  try {
    if (!counsellor) first = showFirstScreen(shadow, checked);
  } catch (error) {
    // Only a page that refuses the widget's markup (Trusted Types without its policy) gets here; the live widget
    // builds its DOM node by node, so it still runs, without the first screen.
    warn('the first screen cannot be shown here; the check shows when it has loaded.', error);
  }
  try {
    const glue = await loadRuntime(checked.mode);
    let root;
    let widget;
    let from;
    // Start the live widget where the person is on the first screen; if they click on while it draws, start again
    // from there, so that no click is lost. The last check and the swap run in one task.
    do {
      widget?.destroy();
      from = { resume: first?.resume() ?? null, lang: first?.lang() ?? checked.lang };
      root = document.createElement('div');
      widget = counsellor
        ? glue.mount_counsellor(root, from.lang, checked.quickExit, checked.centre)
        : glue.mount(root, from.lang, checked.quickExit, checked.centre, from.resume);
      // Swap only once the live widget has drawn, so there is never an empty frame between the two.
      for (let i = 0; i < 200 && !root.firstElementChild; i += 1) await new Promise((r) => setTimeout(r, 0));
    } while (first && (first.resume() !== from.resume || first.lang() !== from.lang));
    const focus = first?.focus();
    shadow.replaceChildren(root);
    if (focus) root.querySelector(focus)?.focus();
    live.set(shadow, () => widget.destroy());
    return {
      destroy() {
        live.get(shadow)?.();
        live.delete(shadow);
        shadow.replaceChildren();
      },
    };
  } catch (error) {
    if (wasmBlockedByCsp || (typeof WebAssembly === 'object' && error instanceof WebAssembly.CompileError)) {
      warn("this page's Content-Security-Policy does not allow WebAssembly ('wasm-unsafe-eval'); using a frame.");
      await showFrame(shadow, { ...checked, lang: first?.lang() ?? checked.lang });
    } else {
      warn('the interactive check could not start; showing the key advice instead.', error);
      await showFallback(shadow, first?.lang() ?? checked.lang);
    }
    return { destroy: () => shadow.replaceChildren() };
  }
}

/**
 * Shows the build-time first screen (intro, then the first section) while the wasm loads. It works on its own:
 * Start, Back, the radios, the language switch and Leave quickly; Continue says to wait. Returns how to read where
 * the person got to, so the live widget can take over exactly there.
 */
function showFirstScreen(shadow, options) {
  let lang = options.lang;
  let step = 'intro';
  // Answers already clicked on a first screen that came with the page, before this script ran.
  const answers = new Map([...shadow.querySelectorAll('.joc input:checked')].map((input) => [input.name, input.value]));
  const render = () => {
    const holder = document.createElement('div');
    holder.innerHTML = trustedHtml(screens[lang]);
    const root = holder.firstElementChild;
    const [intro, section] = root.querySelectorAll('[data-joc-step]');
    intro.hidden = step !== 'intro';
    section.hidden = step !== 'section';
    for (const [name, value] of answers) {
      const input = root.querySelector(`input[name="${name}"][value="${value}"]`);
      if (input) input.checked = true;
    }
    if (!options.quickExit) root.querySelector('[data-joc-action="exit"]').remove();
    root.querySelector('.joc-status').textContent = step === 'section' ? root.querySelector('.joc-caption').textContent : '';
    root.addEventListener('change', (event) => answers.set(event.target.name, event.target.value));
    root.addEventListener('submit', (event) => {
      event.preventDefault();
      root.querySelector('.joc-loading').hidden = false;
    });
    root.addEventListener('click', (event) => {
      const action = event.target.closest('[data-joc-action]')?.dataset.jocAction;
      if (!action) return;
      if (action === 'exit') {
        answers.clear();
        (window.top ?? window).location.replace(options.quickExit);
        return;
      }
      if (action === 'lang') lang = LANGUAGES.find((l) => l !== lang);
      if (action === 'start') step = 'section';
      if (action === 'back') step = 'intro';
      render();
      if (action !== 'lang') shadow.querySelector(`[data-joc-step="${step}"] .joc-title`)?.focus();
    });
    shadow.replaceChildren(root);
  };
  // A selector for the element matching the one that has focus now, to keep focus where it was.
  const focus = () => {
    const el = shadow.activeElement;
    if (!el) return null;
    if (el.name) return `input[name="${el.name}"][value="${el.value}"]`;
    if (el.classList.contains('joc-title')) return '.joc-title';
    return el.dataset.jocAction === 'lang' ? '.joc-lang' : null;
  };
  const focused = focus();
  render();
  if (focused) shadow.querySelector(focused)?.focus();
  return {
    lang: () => lang,
    focus,
    resume: () => [step, ...[...answers].map(([name, value]) => `${name}=${value}`)].join(';'),
  };
}

/** Runs the widget in an iframe of its own page (with its own CSP); falls back when frames are blocked too. */
async function showFrame(shadow, options) {
  const frame = document.createElement('iframe');
  const src = new URL('frame.html', base);
  src.searchParams.set('lang', options.lang);
  src.searchParams.set('quick-exit', options.quickExit ?? 'off');
  src.searchParams.set('mode', options.mode);
  if (options.centre) src.searchParams.set('centre', options.centre);
  frame.src = src.href;
  frame.title = 'Job Offer Check';
  frame.className = 'joc-frame';
  const ready = new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), FRAME_TIMEOUT_MS);
    addEventListener('message', (event) => {
      if (event.source !== frame.contentWindow || event.data?.jobOfferCheck !== 'height') return;
      frame.style.height = `${Math.ceil(Number(event.data.height) || 0)}px`;
      clearTimeout(timer);
      resolve(true);
    });
    document.addEventListener('securitypolicyviolation', (event) => {
      if (/^(frame|child)-src/.test(event.violatedDirective)) {
        clearTimeout(timer);
        resolve(false);
      }
    });
  });
  shadow.replaceChildren(frame);
  if (!(await ready)) {
    warn('frames are not allowed here either; showing the key advice instead.');
    await showFallback(shadow, options.lang);
  }
}

async function showFallback(shadow, lang) {
  try {
    const fallback = await (await fetchOwn('pkg/fallback.json')).json();
    shadow.innerHTML = trustedHtml(fallback[lang]);
  } catch (error) {
    warn('the fallback could not be loaded either.', error);
  }
}
