// Job Offer Check loader. Paste once per page:
//   <script type="module" src="https://…/job-offer-check.js"></script>
//   <job-offer-check lang="ur"></job-offer-check>   (or <div data-job-offer-check lang="ur"></div>)
// Attributes: lang, mode, centre, quick-exit, accent, history, each also as data-lang and so on, for page builders
// that keep only data- attributes; the plain one wins when both are set (see EMBEDDING.md). A later change of lang
// switches the language, answers kept. It can sit in <head>, be included twice, and elements added later mount too.
// The widget itself is in widget.js.
import { mount, preload } from './widget.js';

const OWN_ATTRIBUTES = ['lang', 'mode', 'centre', 'quick-exit', 'accent', 'history', 'data-job-offer-check'];
const HTML_ATTRIBUTES = ['id', 'class', 'style', 'title', 'hidden', 'dir', 'tabindex', 'role', 'slot', 'part', 'translate'];

const mounted = new WeakMap();
// The language each element's attributes asked for, as last applied.
const asked = new WeakMap();

/** An option's attribute: the plain one, else its data- twin. */
function attribute(host, name) {
  return host.getAttribute(name) ?? host.getAttribute(`data-${name}`);
}

function optionsOf(host) {
  for (const { name } of host.attributes) {
    if (!OWN_ATTRIBUTES.includes(name) && !HTML_ATTRIBUTES.includes(name) && !/^(data|aria)-/.test(name)) {
      console.warn(`job-offer-check: unknown attribute "${name}" ignored. Known attributes: ${OWN_ATTRIBUTES.slice(0, -1).join(', ')}.`);
    }
  }
  return {
    lang: attribute(host, 'lang'),
    mode: attribute(host, 'mode'),
    centre: attribute(host, 'centre'),
    quickExit: attribute(host, 'quick-exit'),
    accent: attribute(host, 'accent'),
    history: attribute(host, 'history'),
  };
}

async function attach(host) {
  if (mounted.has(host)) return;
  mounted.set(host, null);
  asked.set(host, attribute(host, 'lang'));
  const widget = await mount(host, optionsOf(host));
  if (mounted.has(host)) {
    mounted.set(host, widget);
    // In case the page changed lang while the widget was starting.
    relang(host);
  } else {
    widget?.destroy();
  }
}

// Switches the live widget's language when the page asks for another one (lang or data-lang changed since it was
// last applied), and only then: a language the person chose on the widget's own switch stays until the page asks.
function relang(host) {
  const widget = mounted.get(host);
  const lang = attribute(host, 'lang');
  if (!widget || lang === asked.get(host)) return;
  asked.set(host, lang);
  if (lang) widget.setLang(lang);
}

function detach(host) {
  const widget = mounted.get(host);
  if (mounted.delete(host)) widget?.destroy();
}

if (!customElements.get('job-offer-check')) {
  customElements.define(
    'job-offer-check',
    class extends HTMLElement {
      connectedCallback() {
        attach(this);
      }
      disconnectedCallback() {
        detach(this);
      }
    },
  );
}

function attachAll(scope) {
  if (scope.matches?.('[data-job-offer-check]')) attach(scope);
  for (const el of scope.querySelectorAll?.('[data-job-offer-check]') ?? []) attach(el);
}

function watch() {
  attachAll(document);
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        if (mounted.has(record.target)) relang(record.target);
        continue;
      }
      for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) attachAll(node);
      for (const node of record.removedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        for (const el of [node, ...node.querySelectorAll('[data-job-offer-check]')]) {
          if (el.matches('[data-job-offer-check]') && !el.isConnected) detach(el);
        }
      }
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['lang', 'data-lang'] });
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', watch, { once: true });
} else {
  watch();
}
preload();
