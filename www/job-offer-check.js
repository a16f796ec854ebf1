// Job Offer Check loader. Paste once per page:
//   <script type="module" src="https://…/job-offer-check.js"></script>
//   <job-offer-check lang="ur"></job-offer-check>   (or <div data-job-offer-check lang="ur"></div>)
// Each element gets an open shadow root with the widget's own stylesheet. Files resolve relative to this script, so
// the bundle can be hosted anywhere. Nothing here reads or sends answers; the widget stores nothing.

const base = new URL('.', import.meta.url);
const LANGUAGES = ['en', 'ur'];
const mounted = new WeakMap();
let runtime;

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

let styles;
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

function languageOf(host) {
  const asked = host.getAttribute('lang') || host.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
  const primary = asked.trim().toLowerCase().split(/[-_]/)[0];
  if (LANGUAGES.includes(primary)) return primary;
  console.warn(`job-offer-check: language "${asked}" is not available; showing English. Use lang="en" or lang="ur".`);
  return 'en';
}

async function mount(host) {
  if (mounted.has(host)) return;
  mounted.set(host, null);
  const lang = languageOf(host);
  let shadow;
  try {
    shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  } catch (error) {
    console.warn('job-offer-check: cannot attach a shadow root to this element; use <job-offer-check> or a <div>.', error);
    return;
  }
  try {
    const [glue, sheet] = await loadRuntime();
    shadow.adoptedStyleSheets = [sheet];
    const root = document.createElement('div');
    shadow.replaceChildren(root);
    mounted.set(host, glue.mount(root, lang));
  } catch (error) {
    console.warn('job-offer-check: the interactive check could not start; showing the key advice instead.', error);
    await showFallback(shadow, lang);
  }
}

async function showFallback(shadow, lang) {
  try {
    shadow.adoptedStyleSheets = [await loadStyles()];
  } catch {
    // The fallback is readable without styles.
  }
  try {
    const { default: fallback } = await import(new URL('pkg/fallback.js', base).href);
    shadow.innerHTML = fallback[lang];
  } catch (error) {
    console.warn('job-offer-check: the fallback could not be loaded either.', error);
  }
}

function unmount(host) {
  const widget = mounted.get(host);
  mounted.delete(host);
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
  for (const el of scope.querySelectorAll('[data-job-offer-check]')) mount(el);
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', () => mountDivs(document), { once: true });
} else {
  mountDivs(document);
}
loadRuntime().catch(() => {});
