// Job Offer Check: the browser's Back and Forward between the widget's own steps, and "Leave quickly", which first goes
// back over them. Each step a person moves to adds a history entry holding the step's number (src/state.rs,
// Step::code), never an answer, under one key of history.state; the page's URL and its own state stay as they are,
// so a page's router has nothing new to handle. Back or Forward asks each widget to show its step again (the widget
// refuses a step its answers no longer reach). A partner turns it off with history="off" (EMBEDDING.md).

import { reveal } from './scroll.js';

const KEY = 'jobOfferCheck';

/** The widgets that follow history, by their number in the entries: { widget, host, shown (its step's code) }. */
const widgets = new Map();
let leaving = false;

/** The widgets' part of the current entry's state. */
function ours() {
  const part = history.state?.[KEY];
  return part && typeof part === 'object' ? part : {};
}

// Entries at or below this depth were added before this load of the page (a reload keeps them): going back to them
// would load the page again, not show a step.
const loadedAt = ours().depth ?? 0;

addEventListener('popstate', () => {
  const moved = [];
  for (const [number, { widget, host, shown }] of widgets) {
    const code = ours()[number] ?? 0;
    if (code === shown) continue;
    widgets.get(number).shown = code;
    widget.show(code);
    moved.push(host);
  }
  // The page's own first entry keeps the browser's scroll restoration, which runs after this event and would leave the
  // widget's heading out of view: bring it back once the browser has drawn the step.
  requestAnimationFrame(() => {
    for (const host of moved) {
      const title = host.shadowRoot?.querySelector('.joc-title');
      if (title) reveal(title);
    }
  });
});

/**
 * Lets the widget on `host` follow history. Returns `report(code)`, which the widget calls with each step it shows,
 * `follow(widget)` for the live widget, and `stop()`.
 */
export function followHistory(host) {
  // The host's id, else its place in the document: the same again after a reload, and never another widget's, even
  // one mounted by a second copy of this script.
  const number = host.id ? `#${host.id}` : `@${[...document.querySelectorAll('*')].indexOf(host)}`;
  return {
    report(code) {
      const page = history.state;
      if (widgets.has(number)) widgets.get(number).shown = code;
      if (leaving || code === (ours()[number] ?? 0) || (page != null && typeof page !== 'object')) return;
      const part = ours();
      history.pushState({ ...page, [KEY]: { ...part, depth: (part.depth ?? 0) + 1, [number]: code } }, '');
      // For the entry just added only (the mode belongs to each entry): the browser would put back the scroll of the
      // moment the person left that step, at the foot of its screen; the widget brings the heading into view instead.
      history.scrollRestoration = 'manual';
    },
    follow(widget) {
      widgets.set(number, { widget, host, shown: ours()[number] ?? 0 });
    },
    stop() {
      widgets.delete(number);
    },
  };
}

/**
 * "Leave quickly": replaces the page (the top page from a frame) with `url`, so that Back never returns to the check;
 * first it goes back over the entries the widgets added since the page loaded.
 */
export function leave(url) {
  leaving = true;
  // Nothing of the check may go on being said once the person has left it.
  globalThis.speechSynthesis?.cancel();
  const go = () => (window.top ?? window).location.replace(url);
  const back = (ours().depth ?? 0) - loadedAt;
  if (back > 0) {
    addEventListener('popstate', go, { once: true });
    history.go(-back);
  } else {
    go();
  }
}
