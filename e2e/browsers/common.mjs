// What the cross-browser tests share: the engine session for a test file, the generic walk from the intro to the
// result (whatever sections and questions the answers route to), the result as data attributes, the privacy checks
// and axe-core. Expected texts and answers come from the exported data and tests/scenarios, as in e2e/harness.mjs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before } from 'node:test';
import { SCENARIOS, UI, bandLabel, fullAnswers } from '../harness.mjs';
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

/** A scenario's answers by radio name: its context answers and its Yes/No answers (e2e/harness.mjs, fullAnswers). */
export function answersOf(scenario) {
  return fullAnswers(scenario);
}

/**
 * The answer the walk gives the question `name`, whose radios have the values `values`: the one `answers` names;
 * else, for a Yes/No question, "no" (every Yes/No question has "yes" as its warning answer); else the first choice.
 * (nextQuestion and screenInPage, which run in the page, apply the same rule.)
 */
export function answerFor(answers, name, values) {
  const yesNo = values.includes('yes') && values.includes('no');
  return answers[name] ?? (yesNo ? 'no' : values[0]);
}

/**
 * The first fieldset on the screen with no radio checked that the walk has not answered yet (`done`), as { name,
 * values, want, pick } (pick: the locator step of the radio to check); null when every fieldset is answered. Runs in
 * the page; answerFor's rule, repeated here (a function run in the page can take no other function, and a page's CSP
 * may forbid eval).
 */
function nextQuestion(widget, answers, done) {
  const answerFor = (name, values) => answers[name] ?? (values.includes('yes') && values.includes('no') ? 'no' : values[0]);
  for (const fieldset of J.root(widget).querySelectorAll('fieldset')) {
    const radios = [...fieldset.querySelectorAll('input[type="radio"]')];
    if (!radios.length || radios.some((r) => r.checked)) continue;
    const { name } = radios[0];
    if (done.includes(name)) continue;
    const values = radios.map((r) => r.value);
    const want = answerFor(name, values);
    const radio = radios.find((r) => r.value === want);
    if (!radio) throw new Error(`question ${name} offers ${values.join('/')}, not the scenario's "${want}"`);
    return { name, values, want, pick: `input[name="${name}"][value="${want}"]` };
  }
  return null;
}

/**
 * One screen of questions of the widget at `widget`, gone through in the page ('script' input): answers it as
 * nextQuestion picks (one question at a time with element.click(), yielding a task between two, as the widget
 * re-renders in a microtask, so that a question an answer makes appear is there to be answered), presses the one
 * visible primary button with element.click(), and waits for the next screen (screenOf's rule). Returns the names
 * answered, the ids of the fieldsets left unanswered (as unanswered gives them), the primary buttons seen, and the
 * next screen as screenOf gives it (null if none came in 10 s). One call to the page per screen: WebKitGTK takes
 * tens of milliseconds for each. Runs in the page.
 */
async function screenInPage(widget, answers) {
  const root = J.root(widget);
  const answerFor = (name, values) => answers[name] ?? (values.includes('yes') && values.includes('no') ? 'no' : values[0]);
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
  const idOf = () => `${J.text(root.querySelector('.joc-title'))}|${J.text(root.querySelector('.joc-caption')) ?? ''}`;
  const done = [];
  for (let i = 0; i < 80; i += 1) {
    const open = [...root.querySelectorAll('fieldset')]
      .map((f) => [...f.querySelectorAll('input[type="radio"]')])
      .find((radios) => radios.length && !radios.some((r) => r.checked) && !done.includes(radios[0].name));
    if (!open) break;
    const values = open.map((r) => r.value);
    const want = answerFor(open[0].name, values);
    const radio = open.find((r) => r.value === want);
    if (!radio) throw new Error(`question ${open[0].name} offers ${values.join('/')}, not the scenario's "${want}"`);
    radio.click();
    done.push(open[0].name);
    await tick();
  }
  const primaries = () => [...root.querySelectorAll('button.joc-primary')].filter((b) => J.visible(b));
  // The last answer's render may still be under way (yew yields to the browser between renders): the screen is read
  // once it shows its one primary button, or after 5 s as it is.
  for (const until = Date.now() + 5000; primaries().length !== 1 && Date.now() < until; ) await tick();
  const left = [...root.querySelectorAll('fieldset')]
    .filter((f) => f.querySelector('input[type="radio"]') && !f.querySelector('input:checked'))
    .map((f) => f.id);
  const primary = primaries();
  if (left.length || primary.length !== 1) {
    return { done, left, primary: primary.map((b) => J.text(b)), next: null, shown: J.text(root.querySelector('.joc-page'))?.slice(0, 300) ?? null };
  }
  const before = idOf();
  primary[0].click();
  for (const until = Date.now() + 10000; Date.now() < until; await tick()) {
    const errors = J.text(root.querySelector('.joc-error-summary'));
    if (idOf() !== before || errors) {
      return { done, left, primary: [J.text(primary[0])], next: { id: idOf(), result: !!root.querySelector('.joc-band'), errors } };
    }
  }
  return { done, left, primary: [J.text(primary[0])], next: null };
}

/** The ids of the fieldsets of the widget at `widget` with no radio checked. Runs in the page. */
function unanswered(widget) {
  return [...J.root(widget).querySelectorAll('fieldset')]
    .filter((f) => f.querySelector('input[type="radio"]') && !f.querySelector('input:checked'))
    .map((f) => f.id);
}

/**
 * Answers the screen of questions shown in the widget at `widget` from `answers` (see answerFor), one question at a
 * time with the pointer, until no fieldset on the screen is left unanswered: an answer can make more questions
 * appear on the same screen (routing, `ask_if`), or others go. Returns the names answered.
 */
export async function answerScreen(page, widget, answers) {
  const done = [];
  for (;;) {
    assert.ok(done.length < 80, `more than 80 questions on one screen: ${done.join(', ')}`);
    const next = await page.run(nextQuestion, widget, answers, done);
    if (!next) break;
    await page.click([...widget, next.pick]);
    done.push(next.name);
  }
  assert.deepEqual(await page.run(unanswered, widget), [], 'every question on the screen is answered');
  return done;
}

/**
 * What identifies the screen a widget shows: its heading and caption; null before it is drawn, or while it is still
 * the screen `before` without an error summary. Runs in the page.
 */
function screenOf(widget, before = null) {
  const root = J.root(widget);
  const title = root?.querySelector('.joc-title');
  if (!title) return null;
  const screen = {
    id: `${J.text(title)}|${J.text(root.querySelector('.joc-caption')) ?? ''}`,
    result: !!root.querySelector('.joc-band'),
    errors: J.text(root.querySelector('.joc-error-summary')),
  };
  return screen.id === before && !screen.errors ? null : screen;
}

/**
 * Walks the widget at `widget` (a locator of its host) from the intro to the result with a scenario's answers. On
 * each screen, every fieldset gets its answer, including those an answer makes appear (answerScreen), then the
 * screen's primary button (Continue, See the result) is pressed, until the result shows. `input`: 'pointer' clicks
 * every radio and button with the pointer; 'script' goes through each screen in the page (screenInPage: radios and
 * button with element.click()), several times faster, above all in WebKitGTK, whose pointer clicks take about 0.1 s. `onScreen(page)` runs on each screen with its answers given, before moving on
 * (the accessibility test's scans). `started`: the widget is past its intro already. Returns the screens seen, as
 * "heading|caption" (About the offer first, then each section that applies, then Check your answers).
 */
export async function walkToResult(page, widget, scenario, lang, { input = 'pointer', onScreen = null, started = false } = {}) {
  const answers = answersOf(scenario);
  assert.ok(input === 'pointer' || !onScreen, 'onScreen needs the pointer walk (the script walk leaves a screen in the page)');
  if (!started) await press(page, [...widget, { css: 'button', text: UI.start[lang] }], input);
  const screens = [];
  let screen = await page.waitFor(screenOf, [widget], { what: 'a screen with a heading' });
  while (!screen.result) {
    assert.ok(screens.length < 20, `no result after 20 screens: ${screens.join('\n')}`);
    screens.push(screen.id);
    const { id } = screen;
    if (input === 'script') {
      const step = await page.run(screenInPage, widget, answers);
      assert.deepEqual(step.left, [], `every question on "${id}" is answered`);
      assert.equal(step.primary.length, 1, `one primary button on "${id}", found ${JSON.stringify(step.primary)}; the screen shows: ${step.shown}`);
      assert.ok(step.next, `no screen came after "${id}"`);
      screen = step.next;
    } else {
      await answerScreen(page, widget, answers);
      if (onScreen) await onScreen(page);
      await page.click(await primaryButton(page, widget));
      screen = await page.waitFor(screenOf, [widget, id], { what: `the screen after "${id}"` });
    }
    assert.equal(screen.errors, null, `the widget refused the answers on "${id}"`);
  }
  return screens;
}

/** Presses the button at `locator`: with the pointer (`input` 'pointer'), or with element.click() in the page. */
export async function press(page, locator, input = 'pointer') {
  if (input === 'pointer') return page.click(locator);
  const found = await page.run((loc) => {
    const el = J.find(loc);
    el?.click();
    return !!el;
  }, locator);
  assert.ok(found, `no button at ${JSON.stringify(locator)}`);
  return undefined;
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

/**
 * What the result screen shows, as the harness's readResult reads it: the verdict (the page's heading), sign ids in
 * order, steps not yet taken, things to find out (those past five folded in a <details>, still in the DOM), service
 * ids, and the call buttons beside the verdict.
 */
export function readResult(page, widget) {
  return page.run((w) => {
    const root = J.root(w);
    const ids = (sel, key) => [...root.querySelectorAll(sel)].map((e) => e.dataset[key]);
    return {
      band: J.text(root.querySelector('.joc-band-name')),
      signs: ids('[data-sign]', 'sign'),
      steps: ids('[data-step]', 'step'),
      findOut: ids('[data-find-out]', 'findOut'),
      services: ids('[data-service]', 'service'),
      calls: ids('a.joc-call[data-call]', 'call'),
    };
  }, widget);
}

/** The result a scenario must show, as readResult gives it without the call buttons (e2e/foundation.test.mjs). */
export function expected(scenario, lang) {
  const e = scenario.expect;
  return { band: bandLabel(e.verdict, lang), signs: e.signs, steps: e.steps ?? [], findOut: e.find_out ?? [], services: e.services };
}

/** A result without its call buttons, to compare with expected(). */
export function shown(result) {
  const { calls, ...rest } = result;
  return rest;
}

/** What a scenario exercises, for representativeScenarios: its verdict, each context answer, and the result's parts. */
function featuresOf(scenario) {
  const e = scenario.expect;
  const features = new Set([`verdict ${e.verdict}`, ...Object.entries(scenario.context ?? {}).map(([q, choice]) => `${q} ${choice}`)]);
  if (e.steps?.length) features.add('steps');
  if (e.find_out?.length) features.add('things to find out');
  if (e.find_out?.length > 5) features.add('things to find out folded (more than five)');
  return features;
}

/**
 * The scenarios the cross-browser subset walks. Every case of tests/scenarios walks in Chromium (e2e/foundation.test.mjs);
 * here, walking all of them (63) with the pointer in both languages would take about 10 minutes per engine on 2
 * cores, so the subset takes a representative few: the fewest cases, picked greedily (most new features first, ties
 * by name, so the pick is stable), that between them show every verdict, every choice of every context question
 * that a case uses (the channels the offer came through: who, where, what work, which visa, how far it has gone),
 * steps, things to find out, and more than five of them (folded). `JOC_SCENARIOS=all` walks every case instead, or
 * `JOC_SCENARIOS=name,name` those named.
 */
export function representativeScenarios(scenarios = SCENARIOS, choice = process.env.JOC_SCENARIOS) {
  if (choice === 'all') return Object.keys(scenarios).sort();
  if (choice) {
    const names = choice.split(',');
    for (const name of names) assert.ok(scenarios[name], `JOC_SCENARIOS: no scenario ${name}`);
    return names;
  }
  const left = new Set(Object.values(scenarios).flatMap((s) => [...featuresOf(s)]));
  const picked = [];
  while (left.size) {
    let best = null;
    let most = 0;
    for (const name of Object.keys(scenarios).sort()) {
      const fresh = [...featuresOf(scenarios[name])].filter((f) => left.has(f)).length;
      if (fresh > most) [best, most] = [name, fresh];
    }
    picked.push(best);
    for (const f of featuresOf(scenarios[best])) left.delete(f);
  }
  return picked;
}

/**
 * The privacy checks, read in the page: no network, storage or event API called since load (the harness's recorder),
 * no request since load (the server's log and the page's resource timing), no uncaught error, nothing stored.
 * Service workers are off in these sessions, as in the Chromium harness (the app pages register one by design), so
 * registrations are not counted here; the recorder still wraps register() where the engine has it.
 */
export async function assertNothingLeft(page) {
  assert.deepEqual(await page.run(() => window.__jocCalls), [], 'no network, storage or event API was called after load, and history got step numbers only');
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
