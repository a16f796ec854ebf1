// Shared end-to-end harness: the project's own server, Debian's Chromium through playwright-core (no browser
// download), scenarios from tests/scenarios/, and the privacy guard that proves nothing leaves the page.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repo } from '../scripts/build-info.mjs';
import { launchChromium } from '../scripts/chromium.mjs';
import { startServer } from '../scripts/server.mjs';


/** The questionnaire and interface texts, from the same compiled data as the widget (`job-offer-check export`). */
const EXPORT = JSON.parse(
  execFileSync('cargo', ['run', '--quiet', '--bin', 'job-offer-check', '--', 'export'], { cwd: repo, encoding: 'utf8' }),
);
/** The questions about the offer, as { id, text, choices: [{ id, text, open, sign }] }. */
export const CONTEXT = EXPORT.context;
/** Every Yes/No question as { id, section, severity, kind, text, sign, ask_if }. */
export const QUESTIONS = EXPORT.questions;
/** Every section as { id, title, ask_if }. */
export const SECTIONS = EXPORT.sections;
/** The interface texts, `UI[key][lang]`. */
export const UI = EXPORT.ui;
/** Every service as { id, name, always, checked, contacts: [{ kind, value, href, label }] }. */
export const SERVICES = EXPORT.services;

/** The `tel:` link of a service's first phone number, from questions/services.toml: tests never repeat a number. */
export function telOf(service) {
  const contact = SERVICES.find((s) => s.id === service)?.contacts.find((c) => c.kind === 'phone');
  if (!contact) throw new Error(`the service ${service} has no phone number`);
  return contact.href;
}

/** The cases in tests/scenarios/, by name: { description, reason, context, answers, expect }. */
export const SCENARIOS = Object.fromEntries(
  readdirSync(join(repo, 'tests/scenarios'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(repo, 'tests/scenarios', f), 'utf8'))]),
);

/** What a person going through the check answers, as one map by question id: a case's choices and answers; every other question is answered "no" by the walk. */
export function fullAnswers(scenario) {
  return { ...scenario.context, ...scenario.answers };
}

/**
 * Starts the server and a fresh Chromium profile; returns { url, context, close }. Service workers are blocked unless
 * asked for: only the offline test of the standalone and counsellor pages wants one, and the privacy tests check that
 * nothing else ever writes to Cache Storage or registers one.
 */
export async function openBrowser({ viewport = { width: 412, height: 915 }, serviceWorkers = 'block', ...options } = {}) {
  const server = await startServer();
  const browser = await launchChromium({ viewport, serviceWorkers, ...options });
  return {
    url: server.url,
    context: browser.context,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens `path` and waits until the page has loaded and every widget on it has rendered. Then records every request
 * the page makes from that moment (fetch, XHR, beacon, image, font, prefetch, WebSocket) into `after`.
 */
export async function openPage(context, url, path, { waitForWidgets = true } = {}) {
  const page = await context.newPage();
  await page.addInitScript(recordSensitiveCalls);
  const requests = { before: [], after: [], sockets: [], errors: [], console: [] };
  let loaded = false;
  page.on('request', (r) => (loaded ? requests.after : requests.before).push(`${r.method()} ${r.url()}`));
  page.on('websocket', (ws) => requests.sockets.push(ws.url()));
  page.on('pageerror', (e) => requests.errors.push(String(e)));
  page.on('console', (m) => requests.console.push(`${m.type()}: ${m.text()}`));
  await page.goto(url + path, { waitUntil: 'load' });
  if (waitForWidgets) {
    // The live widget, not the static first screen the loader shows while the wasm loads.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('job-offer-check, [data-job-offer-check]')].every((h) =>
        h.shadowRoot?.querySelector('.joc:not([data-joc-static]):not(.joc-fallback)'),
      ),
    );
  }
  await page.waitForLoadState('networkidle');
  loaded = true;
  await page.evaluate(() => {
    window.__jocRecording = true;
  });
  return { page, requests };
}

/**
 * Runs in the page before its scripts: wraps every API that could send or keep data, or hand it to the host page,
 * and records each call made once `window.__jocRecording` is set (after load) into `window.__jocCalls`.
 */
export function recordSensitiveCalls() {
  const calls = [];
  const violations = [];
  Object.defineProperty(window, '__jocCalls', { value: calls });
  Object.defineProperty(window, '__jocViolations', { value: violations });
  document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  window.__jocRecording = false;
  const wrap = (owner, name, label) => {
    const original = owner?.[name];
    if (typeof original !== 'function') return;
    owner[name] = function (...args) {
      if (window.__jocRecording) calls.push(label);
      return original.apply(this, args);
    };
  };
  wrap(window, 'fetch', 'fetch');
  wrap(globalThis.XMLHttpRequest?.prototype, 'open', 'XMLHttpRequest');
  wrap(navigator, 'sendBeacon', 'sendBeacon');
  wrap(globalThis.Storage?.prototype, 'setItem', 'Storage.setItem');
  wrap(globalThis.Storage?.prototype, 'removeItem', 'Storage.removeItem');
  wrap(globalThis.Storage?.prototype, 'clear', 'Storage.clear');
  wrap(globalThis.IDBFactory?.prototype, 'open', 'indexedDB.open');
  wrap(globalThis.CacheStorage?.prototype, 'open', 'caches.open');
  wrap(globalThis.ServiceWorkerContainer?.prototype, 'register', 'serviceWorker.register');
  wrap(window, 'open', 'window.open');
  // History: the widget's own entries (www/widget/history.js, Back and Forward between its steps) are allowed, as
  // long as they keep the URL and the page's own state and add, under one key, numbers only (the depth and each
  // widget's step code): no answer. Any other entry is recorded.
  for (const name of ['pushState', 'replaceState']) {
    const original = globalThis.History?.prototype[name];
    if (typeof original !== 'function') continue;
    History.prototype[name] = function (state, ...rest) {
      if (window.__jocRecording) {
        const { jobOfferCheck: steps, ...page } = state && typeof state === 'object' ? state : {};
        const { jobOfferCheck: _, ...pageBefore } = history.state && typeof history.state === 'object' ? history.state : {};
        const stepsOnly =
          rest.length < 2 &&
          steps &&
          typeof steps === 'object' &&
          Object.values(steps).every(Number.isInteger) &&
          JSON.stringify(page) === JSON.stringify(pageBefore);
        if (!stepsOnly) calls.push(`history.${name}`);
      }
      return original.apply(this, [state, ...rest]);
    };
  }
  const dispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (event) {
    if (window.__jocRecording) calls.push(`dispatchEvent ${event.type}`);
    return dispatch.call(this, event);
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    get() {
      return cookie.get.call(this);
    },
    set(value) {
      if (window.__jocRecording) calls.push('document.cookie');
      cookie.set.call(this, value);
    },
  });
  const NativeWebSocket = window.WebSocket;
  window.WebSocket = function (...args) {
    if (window.__jocRecording) calls.push('WebSocket');
    return new NativeWebSocket(...args);
  };
}

/** Everything the page could have stored, read from inside the page. */
export async function storageSnapshot(page) {
  return page.evaluate(async () => ({
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    cookie: document.cookie,
    indexedDB: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
}

export const EMPTY_STORAGE = { localStorage: 0, sessionStorage: 0, cookie: '', indexedDB: 0, caches: 0, serviceWorkers: 0 };

/**
 * Answers the screen of questions shown in a widget from `answers` (by question id; "no" for a Yes/No question it does
 * not name), until every fieldset on the screen is answered (an answer can make more questions appear). Returns the
 * ids answered.
 */
export async function answerScreen(widget, answers) {
  const done = [];
  for (;;) {
    const open = await widget.locator('fieldset.joc-question').evaluateAll((sets) =>
      sets.filter((f) => !f.querySelector('input:checked')).map((f) => f.id.replace(/^q-/, '')),
    );
    const next = open.find((id) => !done.includes(id));
    if (!next) return done;
    await widget.locator(`input[name="${next}"][value="${answers[next] ?? 'no'}"]`).check();
    done.push(next);
  }
}

/**
 * Walks a widget (a locator of its host element) from the intro, or the screen of questions it is on, to the result
 * with `answers` (see answerScreen), screen by screen. Returns the caption of each screen of questions walked (About
 * the offer first, then "Section n of m").
 */
export async function walkToResult(widget, answers, lang) {
  const start = widget.getByRole('button', { name: UI.start[lang], exact: true });
  if (await start.isVisible()) await start.click();
  const captions = [];
  for (;;) {
    const title = widget.locator('h2.joc-title');
    const heading = await title.textContent();
    if (!(await widget.locator('form.joc-page').count())) break;
    captions.push(await widget.locator('.joc-caption').textContent());
    await answerScreen(widget, answers);
    await widget.getByRole('button', { name: UI.continue_button[lang] }).click();
    await title.filter({ hasNotText: heading }).waitFor();
  }
  await widget.getByRole('button', { name: UI.review_submit[lang] }).click();
  await widget.locator('.joc-band').waitFor();
  return captions;
}

/** What the result screen of a widget shows: verdict, sign ids in order, steps, things to find out, service ids. */
export async function readResult(widget) {
  const ids = (selector, key) => widget.locator(selector).evaluateAll((els, k) => els.map((e) => e.dataset[k]), key);
  return {
    band: (await widget.locator('.joc-band-name').first().textContent()).trim(),
    signs: await ids('[data-sign]', 'sign'),
    steps: await ids('[data-step]', 'step'),
    findOut: await ids('[data-find-out]', 'findOut'),
    services: await ids('[data-service]', 'service'),
    calls: await ids('[data-call]', 'call'),
  };
}

/** The label of a verdict (`few`, `some`, `serious`, `not_enough_answers`). */
export function bandLabel(verdict, lang) {
  return (verdict === 'not_enough_answers' ? UI.verdict_not_enough : UI[`band_${verdict}`])[lang];
}

/** Waits until the page's offline worker is active and controls it. */
export function untilControlled(page) {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

/**
 * Reads the focus with `read` until `accept` takes it, for up to three seconds, and returns the last reading. The
 * widget moves focus after a render, and its renderer may yield to the browser before that (yew does every 16 ms), so
 * a test reads the focus once it has settled; a focus that never arrives still fails the test's assertion.
 */
export async function settledFocus(read, accept) {
  const end = Date.now() + 3000;
  for (;;) {
    const now = await read();
    if (accept(now) || Date.now() > end) return now;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Runs in the page before its scripts: records every layout shift not caused by input into `window.__shifts`. */
export function recordLayoutShifts() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * Runs in the page before its scripts: replaces the Web Speech API with a recording fake. `window.__speech` holds
 * what was said ({ text, voice, lang }) and how many times cancel() was called; `window.__finishSpeaking()` ends every
 * utterance still queued, as the device would once it has said them; `window.__voicesArrive()` makes `voices` known
 * (with `late`, none are at first, as on a device that loads its voices after the page).
 */
export function fakeSpeech({ voices, late }) {
  const log = { spoken: [], cancels: 0 };
  let queue = [];
  class FakeUtterance {
    constructor(text) {
      this.text = text;
      this.voice = null;
      this.lang = '';
    }
  }
  class FakeSpeech extends EventTarget {
    constructor() {
      super();
      this.ready = !late;
    }
    getVoices() {
      return this.ready ? voices : [];
    }
    speak(u) {
      log.spoken.push({ text: u.text, voice: u.voice?.name, lang: u.lang });
      queue.push(u);
    }
    cancel() {
      log.cancels += 1;
      const stopped = queue;
      queue = [];
      for (const u of stopped) u.onerror?.({ error: 'interrupted' });
    }
  }
  const speech = new FakeSpeech();
  Object.defineProperty(window, 'speechSynthesis', { value: speech, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
  Object.defineProperty(window, '__speech', { value: log });
  Object.defineProperty(window, '__finishSpeaking', {
    value: () => {
      const done = queue;
      queue = [];
      for (const u of done) u.onend?.({});
    },
  });
  Object.defineProperty(window, '__voicesArrive', {
    value: () => {
      speech.ready = true;
      speech.dispatchEvent(new Event('voiceschanged'));
    },
  });
}
