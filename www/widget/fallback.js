// Job Offer Check: where the widget goes when it cannot run as is. Without WebAssembly (a host CSP without
// 'wasm-unsafe-eval'), in an iframe of its own page; where frames are blocked too, or the wasm is missing or fails,
// the static fallback: the key warning signs and contacts, generated at build time from questions/.

import { fetchOwn, ownUrl } from './files.js';
import { announce, trustedHtml, warn } from './host.js';

// How long the frame may take to say its height before the page is taken to block frames.
const FRAME_TIMEOUT_MS = 8000;

/**
 * Runs the widget in an iframe of its own page (with its own CSP); falls back when frames are blocked too. `reason`
 * is why the page cannot run it itself: 'csp' (the frame is then a fallback) or none (counsellor mode on a page that
 * already runs the visitor's wasm: the frame is the widget, ready once it shows).
 */
export async function showFrame(shadow, options, reason) {
  const frame = document.createElement('iframe');
  const src = ownUrl('frame.html');
  src.searchParams.set('lang', options.lang);
  src.searchParams.set('quick-exit', options.quickExit ?? 'off');
  src.searchParams.set('mode', options.mode);
  if (options.centre) src.searchParams.set('centre', options.centre);
  if (options.history === false) src.searchParams.set('history', 'off');
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
  if (await ready) {
    if (reason) announce(shadow, 'fallback', { reason });
    else announce(shadow, 'ready', { lang: options.lang, mode: options.mode });
  } else {
    warn('frames are not allowed here either; showing the key advice instead.');
    await showFallback(shadow, options.lang, 'frames-blocked');
  }
}

/**
 * Shows the static fallback (key signs and contacts) in `lang`, and says why: 'no-webassembly', 'frames-blocked'
 * (a CSP that allows neither WebAssembly nor the frame) or 'error' (a file missing or refused, or a bug).
 */
export async function showFallback(shadow, lang, reason) {
  try {
    const fallback = await (await fetchOwn('pkg/fallback.json')).json();
    shadow.innerHTML = trustedHtml(fallback[lang]);
  } catch (error) {
    warn('the fallback could not be loaded either.', error);
  }
  announce(shadow, 'fallback', { reason });
}
