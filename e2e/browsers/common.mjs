// What the cross-browser tests share: the engine session for a test file, the generic walk from the intro to the
// result (whatever sections and questions the answers route to), the result as data attributes, the privacy checks
// and axe-core. Expected texts and answers come from the exported data and tests/scenarios, as in e2e/harness.mjs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before } from 'node:test';
import { QUESTIONS, UI } from '../harness.mjs';
import { ENGINE, launch } from './driver.mjs';

export { ENGINE };

/** The engine for this test file: started before its first test, closed after its last. */
export function useEngine() {
  const holder = {};
  before(async () => {
    holder.engine = await launch();
    console.log(`# ${ENGINE}: ${holder.engine.version}`);
  });
  after(async () => {
    await holder.engine?.close();
  });
  return holder;
}

/** The safe answer of each Yes/No question, from the exported data; "no" for a question the export does not know. */
const SAFE = Object.fromEntries(QUESTIONS.map((q) => [q.id, q.warning === 'no' ? 'yes' : 'no']));

/** A scenario's answers by radio name: its context answers (if any) and its Yes/No answers. */
export function answersOf(scenario) {
  return { ...(scenario.context ?? {}), ...scenario.answers };
}

/**
 * Picks and checks, on the screen shown, one radio in every fieldset: the value `answers` gives for the radio's name;
 * else, for a Yes/No question, its safe answer; else the first choice. Runs in the page. Returns what it checked, as
 * locators' last steps, and the screen's signature (to see the next screen come).
 */
function answerScreen(widget, answers, safe, click) {
  const root = J.root(widget);
  const picks = [];
  for (const fieldset of root.querySelectorAll('fieldset')) {
    const radios = [...fieldset.querySelectorAll('input[type="radio"]')];
    if (!radios.length) continue;
    const { name } = radios[0];
    const values = radios.map((r) => r.value);
    const yesNo = values.includes('yes') && values.includes('no');
    const want = answers[name] ?? (yesNo ? (safe[name] ?? 'no') : values[0]);
    const radio = radios.find((r) => r.value === want);
    if (!radio) throw new Error(`question ${name} offers ${values.join('/')}, not the scenario's "${want}"`);
    if (click && !radio.checked) radio.click();
    picks.push(`input[name="${name}"][value="${want}"]`);
  }
  return picks;
}

/**
 * What identifies the screen a widget shows: its heading, caption and questions; null before it is drawn, or while
 * it is still the screen `before` without an error summary. Runs in the page.
 */
function screenOf(widget, before = null) {
  const root = J.root(widget);
  const title = root?.querySelector('.joc-title');
  if (!title) return null;
  const questions = [...root.querySelectorAll('fieldset')].map((f) => f.id).join(',');
  const screen = {
    id: `${J.text(title)}|${J.text(root.querySelector('.joc-caption')) ?? ''}|${questions}`,
    result: !!root.querySelector('.joc-band'),
    errors: J.text(root.querySelector('.joc-error-summary')),
  };
  return screen.id === before && !screen.errors ? null : screen;
}

/**
 * Walks the widget at `widget` (a locator of its host) from the intro to the result with a scenario's answers. On
 * each screen, every fieldset gets its answer (answerScreen), then the screen's primary button (Continue, See the
 * result) is pressed, until the result shows. `input`: 'pointer' clicks every radio and button with the pointer,
 * 'script' checks radios with element.click() in the page (faster) and presses buttons with the pointer.
 * `onScreen(page)` runs on each screen with its answers given, before moving on (the accessibility test's scans).
 * `started`: the widget is past its intro already. Returns the screens seen.
 */
export async function walkToResult(page, widget, scenario, lang, { input = 'pointer', onScreen = null, started = false } = {}) {
  const answers = answersOf(scenario);
  if (!started) await page.click([...widget, { css: 'button', text: UI.start[lang] }]);
  const screens = [];
  for (;;) {
    const screen = await page.waitFor(screenOf, [widget], { what: 'a screen with a heading' });
    if (screen.result) break;
    assert.ok(screens.length < 40, `no result after 40 screens: ${screens.join('\n')}`);
    screens.push(screen.id);
    const picks = await page.run(answerScreen, widget, answers, SAFE, input === 'script');
    if (input === 'pointer') for (const pick of picks) await page.click([...widget, pick]);
    assert.deepEqual(
      await page.run((w, p) => p.filter((s) => !J.root(w).querySelector(s).checked), widget, picks),
      [],
      'every answer is checked',
    );
    if (onScreen) await onScreen(page);
    await page.click(await primaryButton(page, widget));
    const next = await page.waitFor(screenOf, [widget, screen.id], { what: `the screen after "${screen.id}"` });
    assert.equal(next.errors, null, `the widget refused the answers on "${screen.id}"`);
  }
  return screens;
}

/** The locator of the primary button of the screen shown (Continue, See the result): the one visible .joc-primary. */
export async function primaryButton(page, widget) {
  const found = await page.run((w) => {
    const buttons = [...J.root(w).querySelectorAll('button.joc-primary')].filter((b) => J.visible(b));
    return buttons.map((b) => J.text(b));
  }, widget);
  assert.equal(found.length, 1, `one primary button on the screen, found ${JSON.stringify(found)}`);
  return [...widget, { css: 'button.joc-primary', text: found[0] }];
}

/** What the result screen shows: band, sign ids in order, things to find out, service ids (as the harness reads). */
export function readResult(page, widget) {
  return page.run((w) => {
    const root = J.root(w);
    const ids = (sel, key) => [...root.querySelectorAll(sel)].map((e) => e.dataset[key]);
    return {
      band: J.text(root.querySelector('.joc-band-name')),
      signs: ids('[data-sign]', 'sign'),
      findOut: ids('[data-find-out]', 'findOut'),
      services: ids('[data-service]', 'service'),
    };
  }, widget);
}

/**
 * The privacy checks, read in the page: no network, storage or event API called since load (the harness's recorder),
 * no request since load (the server's log and the page's resource timing), no uncaught error, nothing stored.
 * Service workers are off in these sessions, as in the Chromium harness (the app pages register one by design), so
 * registrations are not counted here; the recorder still wraps register() where the engine has it.
 */
export async function assertNothingLeft(page) {
  assert.deepEqual(await page.run(() => window.__jocCalls), [], 'no network, storage, history or event API was called after load');
  assert.deepEqual(await page.requestsAfterLoad(), [], 'no request after the page had loaded');
  assert.deepEqual(await page.run(() => window.__jocErrors), [], 'no uncaught error');
  const stored = await page.run(async () => ({
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    cookie: document.cookie,
    indexedDB: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
  }));
  assert.deepEqual(stored, { localStorage: 0, sessionStorage: 0, cookie: '', indexedDB: 0, caches: 0 }, 'nothing stored');
}

const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's WCAG A/AA violations in the element at `locator` (a host), asserting that it reached into the shadow root. */
export async function axe(page, locator) {
  if (!(await page.run(() => 'axe' in window))) await page.script(AXE);
  const result = await page.run(
    async (loc, tags) => {
      const r = await window.axe.run(J.find(loc), { runOnly: { type: 'tag', values: tags } });
      return {
        inside: r.passes.filter((rule) => rule.nodes.some((n) => Array.isArray(n.target[0]))).length,
        violations: r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`),
      };
    },
    locator,
    AXE_TAGS,
  );
  assert.ok(result.inside >= 3, `axe did not reach into the shadow root (${result.inside} rules passed inside)`);
  return result.violations;
}

/**
 * The first phone number of a service in questions/services.toml, as the widget shows it and as its tel: link
 * (digits only): the contacts are content, not code, so tests read them there rather than repeat them.
 */
export function phoneOf(service) {
  const toml = readFileSync(new URL('../../questions/services.toml', import.meta.url), 'utf8');
  const block = toml.split(/^\[\[services\]\]$/m).find((b) => new RegExp(`^id = "${service}"$`, 'm').test(b));
  const shown = block?.match(/^kind = "phone"\nvalue = "([^"]+)"$/m)?.[1];
  if (!shown) throw new Error(`no phone number for the service ${service} in questions/services.toml`);
  return { shown, tel: `tel:${shown.replace(/[^0-9+]/g, '')}` };
}
