// Job Offer Check loader. Paste once per page:
//   <script type="module" src="https://…/job-offer-check.js"></script>
//   <job-offer-check lang="ur"></job-offer-check>   (or <div data-job-offer-check lang="ur"></div>)
// Each element gets an open shadow root with the widget's own stylesheet. Files resolve relative to this script, so
// the bundle can be hosted anywhere. Nothing here reads or sends answers, sets globals or uses storage.
//
// If WebAssembly cannot run here (a host CSP without 'wasm-unsafe-eval'), the widget runs in an iframe of its own
// page instead; if frames are blocked too, or the wasm is missing or fails, the element shows the static fallback
// (key warning signs and contacts, generated at build time from questions/).

const base = new URL('.', import.meta.url);
const LANGUAGES = ['en', 'ur'];
const NEUTRAL_SITE = 'https://www.google.com/';
const OWN_ATTRIBUTES = ['lang', 'quick-exit', 'mode', 'data-job-offer-check'];
const MODES = ['embedded', 'counsellor'];
const HTML_ATTRIBUTES = ['id', 'class', 'style', 'title', 'hidden', 'dir', 'tabindex', 'role', 'slot', 'part', 'translate'];
const FRAME_TIMEOUT_MS = 8000;

const mounted = new WeakMap();
const ownShadowRoots = new WeakSet();
let wasmBlockedByCsp = false;
let runtime;
let styles;

document.addEventListener('securitypolicyviolation', (event) => {
  if (event.blockedURI === 'wasm-eval') wasmBlockedByCsp = true;
});

function loadRuntime() {
  runtime ??= Promise.all([
    import(new URL('pkg/job_offer_check.js', base).href).then(async (glue) => {
      await glue.default({ module_or_path: new URL('pkg/job_offer_check_bg.wasm', base) });
      return glue;
    }),
    loadStyles(),
  ]);
  return runtime;
}

function loadStyles() {
  styles ??= fetch(new URL('job-offer-check.css', base))
    .then((response) => {
      if (!response.ok) throw new Error(`job-offer-check.css: HTTP ${response.status}`);
      return response.text();
    })
    .then((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      return sheet;
    });
  return styles;
}

function warn(message, ...details) {
  console.warn(`job-offer-check: ${message}`, ...details);
}

/** Reads and checks the element's attributes; anything wrong gives a warning and a sane default. */
function optionsOf(host) {
  for (const { name } of host.attributes) {
    if (!OWN_ATTRIBUTES.includes(name) && !HTML_ATTRIBUTES.includes(name) && !/^(data|aria)-/.test(name)) {
      warn(`unknown attribute "${name}" ignored. Known attributes: ${OWN_ATTRIBUTES.slice(0, -1).join(', ')}.`);
    }
  }
  const asked = host.getAttribute('lang') || host.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
  let lang = asked.trim().toLowerCase().split(/[-_]/)[0];
  if (!LANGUAGES.includes(lang)) {
    warn(`language "${asked}" is not available; showing English. Use lang="en" or lang="ur".`);
    lang = 'en';
  }
  const exit = host.getAttribute('quick-exit');
  let quickExit = NEUTRAL_SITE;
  if (exit === 'off') {
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
  let mode = host.getAttribute('mode') || 'embedded';
  if (!MODES.includes(mode)) {
    warn(`mode="${mode}" is not known; using "embedded". Use mode="embedded" or mode="counsellor".`);
    mode = 'embedded';
  }
  return { lang, quickExit, mode };
}

async function mount(host) {
  if (mounted.has(host)) return;
  if (host.shadowRoot && !ownShadowRoots.has(host.shadowRoot)) return; // another copy of this loader, or not ours
  mounted.set(host, null);
  let shadow = host.shadowRoot;
  if (!shadow) {
    try {
      shadow = host.attachShadow({ mode: 'open' });
    } catch (error) {
      warn('cannot attach a shadow root to this element; use <job-offer-check> or a <div>.', error);
      return;
    }
    ownShadowRoots.add(shadow);
  }
  const options = optionsOf(host);
  try {
    const [glue, sheet] = await loadRuntime();
    shadow.adoptedStyleSheets = [sheet];
    const root = document.createElement('div');
    shadow.replaceChildren(root);
    mounted.set(host, glue.mount(root, options.lang, options.quickExit, options.mode === 'counsellor'));
  } catch (error) {
    if (wasmBlockedByCsp || (typeof WebAssembly === 'object' && error instanceof WebAssembly.CompileError)) {
      warn("this page's Content-Security-Policy does not allow WebAssembly ('wasm-unsafe-eval'); using a frame.");
      await showFrame(shadow, options);
    } else {
      warn('the interactive check could not start; showing the key advice instead.', error);
      await showFallback(shadow, options.lang);
    }
  }
}

/** Runs the widget in an iframe of its own page (with its own CSP); falls back when frames are blocked too. */
async function showFrame(shadow, options) {
  await adoptStyles(shadow);
  const frame = document.createElement('iframe');
  const src = new URL('frame.html', base);
  src.searchParams.set('lang', options.lang);
  src.searchParams.set('quick-exit', options.quickExit ?? 'off');
  src.searchParams.set('mode', options.mode);
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

async function adoptStyles(shadow) {
  try {
    shadow.adoptedStyleSheets = [await loadStyles()];
  } catch {
    // The fallback is readable without styles.
  }
}

async function showFallback(shadow, lang) {
  await adoptStyles(shadow);
  try {
    const { default: fallback } = await import(new URL('pkg/fallback.js', base).href);
    shadow.innerHTML = fallback[lang];
  } catch (error) {
    warn('the fallback could not be loaded either.', error);
  }
}

function unmount(host) {
  const widget = mounted.get(host);
  if (!mounted.delete(host)) return;
  widget?.destroy();
  host.shadowRoot?.replaceChildren();
}

if (!customElements.get('job-offer-check')) {
  customElements.define(
    'job-offer-check',
    class extends HTMLElement {
      connectedCallback() {
        mount(this);
      }
      disconnectedCallback() {
        unmount(this);
      }
    },
  );
}

function mountDivs(scope) {
  if (scope.matches?.('[data-job-offer-check]')) mount(scope);
  for (const el of scope.querySelectorAll?.('[data-job-offer-check]') ?? []) mount(el);
}

function watchDivs() {
  mountDivs(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) mountDivs(node);
      for (const node of record.removedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        if (node.matches('[data-job-offer-check]') && !node.isConnected) unmount(node);
        for (const el of node.querySelectorAll('[data-job-offer-check]')) if (!el.isConnected) unmount(el);
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', watchDivs, { once: true });
} else {
  watchDivs();
}
loadRuntime().catch(() => {});
