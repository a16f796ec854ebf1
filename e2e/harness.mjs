// Shared end-to-end harness: the project's own server, Debian's Chromium through playwright-core (no browser
// download), scenarios from tests/scenarios/, and the privacy guard that proves nothing leaves the page.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/server.mjs';

const repo = new URL('..', import.meta.url).pathname;

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Two local servers stand in for a partner site and a CDN; Chromium's local-network-access prompt would otherwise
  // block the second origin, which on the public web is no local network at all.
  '--disable-features=LocalNetworkAccessChecks',
];

/** The questionnaire and interface texts, from the same compiled data as the widget (`job-offer-check export`). */
const EXPORT = JSON.parse(
  execFileSync('cargo', ['run', '--quiet', '--bin', 'job-offer-check', '--', 'export'], { cwd: repo, encoding: 'utf8' }),
);
/** Every question as { id, section, severity, warning, text, sign }. */
export const QUESTIONS = EXPORT.questions;
/** The interface texts, `UI[key][lang]`. */
export const UI = EXPORT.ui;

/** The scenarios in tests/scenarios/, by name. Questions a scenario does not list get their safe answer. */
export const SCENARIOS = Object.fromEntries(
  readdirSync(join(repo, 'tests/scenarios'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(repo, 'tests/scenarios', f), 'utf8'))]),
);

/** The full answer sheet of a scenario: its answers, and the safe answer for every other question. */
export function fullAnswers(scenario) {
  return Object.fromEntries(
    QUESTIONS.map((q) => [q.id, scenario.answers[q.id] ?? (q.warning === 'yes' ? 'no' : 'yes')]),
  );
}

/**
 * Starts the server and a fresh Chromium profile; returns { url, context, close }. Service workers are blocked unless
 * asked for: only the offline test of the standalone and counsellor pages wants one, and the privacy tests check that
 * nothing else ever writes to Cache Storage or registers one.
 */
export async function openBrowser({ viewport = { width: 412, height: 915 }, serviceWorkers = 'block', ...options } = {}) {
  const server = await startServer();
  const profile = mkdtempSync(join(tmpdir(), 'joc-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport,
    serviceWorkers,
    ...options,
  });
  return {
    url: server.url,
    context,
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
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
        h.shadowRoot?.querySelector('.joc:not([data-joc-static])'),
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
  wrap(globalThis.History?.prototype, 'pushState', 'history.pushState');
  wrap(globalThis.History?.prototype, 'replaceState', 'history.replaceState');
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
 * Walks a widget (a locator of its host element) from the intro to the result with the given full answer sheet,
 * section by section, checking the progress text on the way. Returns the number of sections seen.
 */
export async function walkToResult(widget, answers, lang) {
  await widget.getByRole('button', { name: UI.start[lang] }).click();
  const progress = [];
  for (;;) {
    const title = widget.locator('h2.joc-title');
    const heading = await title.textContent();
    if (!(await widget.locator('form.joc-page').count())) break;
    progress.push(await widget.locator('.joc-caption').textContent());
    for (const fieldset of await widget.locator('fieldset.joc-question').all()) {
      const id = (await fieldset.getAttribute('id')).replace(/^q-/, '');
      await widget.locator(`input[name="${id}"][value="${answers[id]}"]`).check();
    }
    await widget.getByRole('button', { name: UI.continue_button[lang] }).click();
    await title.filter({ hasNotText: heading }).waitFor();
  }
  await widget.getByRole('button', { name: UI.review_submit[lang] }).click();
  await widget.locator('.joc-band').waitFor();
  return progress;
}

/** What the result screen of a widget shows: band, sign ids in order, things to find out, service ids. */
export async function readResult(widget) {
  return {
    band: (await widget.locator('.joc-band-name').textContent()).trim(),
    signs: await widget.locator('[data-sign]').evaluateAll((els) => els.map((e) => e.dataset.sign)),
    findOut: await widget.locator('[data-find-out]').evaluateAll((els) => els.map((e) => e.dataset.findOut)),
    services: await widget.locator('[data-service]').evaluateAll((els) => els.map((e) => e.dataset.service)),
  };
}

/** The band's label for an engine band name. */
export function bandLabel(band, lang) {
  return UI[`band_${band}`][lang];
}

/** Runs in the page before its scripts: records every layout shift not caused by input into `window.__shifts`. */
export function recordLayoutShifts() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
  }).observe({ type: 'layout-shift', buffered: true });
}
