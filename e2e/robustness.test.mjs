// Privacy, hostile and strict host pages, failure paths and bad embed input, proven in Chromium.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  EMPTY_STORAGE,
  SCENARIOS,
  UI,
  bandLabel,
  fullAnswers,
  openBrowser,
  openPage,
  readResult,
  storageSnapshot,
  telOf,
  walkToResult,
} from './harness.mjs';

let browser;
before(async () => {
  browser = await openBrowser();
});
after(async () => {
  await browser?.close();
});

test('privacy: a whole walk in both languages and Start again call no network, storage or event API, add no global, and put only step numbers in history', async () => {
  const { page, requests } = await openPage(browser.context, browser.url, '/demo.html');
  const globalsBefore = await page.evaluate(() => Object.getOwnPropertyNames(window));
  for (const [id, lang] of [['#widget-ur', 'ur'], ['#widget-en', 'en']]) {
    const widget = page.locator(id);
    const unsure = SCENARIOS['unsure-of-everything'];
    await walkToResult(widget, fullAnswers(unsure), lang);
    assert.equal((await readResult(widget)).band, bandLabel(unsure.expect.verdict, lang));
    await widget.getByRole('button', { name: UI.start_again[lang] }).click();
    await widget.getByRole('button', { name: UI.start[lang] }).waitFor();
  }
  // The harness records a history entry unless it keeps the URL and the page's state and adds step numbers only.
  assert.deepEqual(await page.evaluate(() => window.__jocCalls), [], 'no network, storage or custom-event API was called, and history got step numbers only');
  const steps = await page.evaluate(() => history.state?.jobOfferCheck);
  assert.ok(steps && Object.keys(steps).length >= 2, `the walk added history entries: ${JSON.stringify(steps)}`);
  const globalsAfter = await page.evaluate(() => Object.getOwnPropertyNames(window));
  assert.deepEqual(globalsAfter.filter((g) => !globalsBefore.includes(g)), [], 'no new global');
  assert.deepEqual(requests.after, []);
  assert.deepEqual(requests.sockets, []);
  assert.deepEqual(await storageSnapshot(page), EMPTY_STORAGE);
  await page.close();
});

test('a host CSP without wasm-unsafe-eval: the widget runs in a frame of its own page, which reports only its height', async () => {
  const { page, requests } = await openPage(browser.context, browser.url, '/test/no-wasm-csp.html', { waitForWidgets: false });
  const frame = page.locator('#widget iframe');
  await frame.waitFor();
  const inner = frame.contentFrame().locator('job-offer-check');
  await inner.locator('.joc').waitFor();
  assert.equal(await inner.locator('.joc').getAttribute('lang'), 'ur', 'the host page language reaches the frame');
  await page.waitForFunction(() => document.querySelector('#widget').shadowRoot.querySelector('iframe').offsetHeight > 300);
  const boat = SCENARIOS['boat-route-greece'];
  await walkToResult(inner, fullAnswers(boat), 'ur');
  assert.equal((await readResult(inner)).band, bandLabel(boat.expect.verdict, 'ur'));
  assert.ok(requests.console.some((m) => m.includes("does not allow WebAssembly")), requests.console.join('\n'));
  assert.deepEqual(requests.errors, []);
  await page.close();
});

test('a host CSP that blocks wasm and frames: the static fallback shows the key signs and contacts in the page language', async () => {
  const { page, requests } = await openPage(browser.context, browser.url, '/test/no-wasm-no-frame-csp.html', { waitForWidgets: false });
  const fallback = page.locator('#widget .joc-fallback');
  await fallback.waitFor({ timeout: 15000 });
  assert.equal(await fallback.getAttribute('lang'), 'ur');
  assert.equal(await fallback.locator('[data-service="mrc"] a[href^="tel:"]').getAttribute('href'), telOf('mrc'));
  assert.ok((await fallback.locator('.joc-sign').count()) >= 10);
  assert.ok(requests.console.some((m) => m.includes('frames are not allowed here either')));
  assert.deepEqual(requests.errors, []);
  await page.close();
});

test('wasm missing (404): the static fallback appears, in English on the English page', async () => {
  const page = await browser.context.newPage();
  await page.route('**/job_offer_check_bg.wasm', (route) => route.fulfill({ status: 404, body: 'missing' }));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${browser.url}/app/index.html`);
  const fallback = page.locator('#widget .joc-fallback');
  await fallback.waitFor();
  assert.equal(await fallback.getAttribute('lang'), 'en');
  await fallback.getByText(UI.fallback_intro.en).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test('a browser without WebAssembly: the static fallback appears', async () => {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    delete globalThis.WebAssembly;
  });
  await page.goto(`${browser.url}/app/index.html`);
  await page.locator('#widget .joc-fallback').waitFor();
  await page.close();
});

test('a host that enforces Trusted Types: the first screen and the fallback pass the "job-offer-check" policy', async () => {
  const open = async (wasm) => {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
    });
    let release;
    const held = new Promise((resolve) => {
      release = resolve;
    });
    await page.route('**/job_offer_check_bg.wasm', async (route) => (wasm === 'missing' ? route.fulfill({ status: 404 }) : route.continue(await held)));
    await page.goto(`${browser.url}/test/trusted-types.html`);
    return { page, release, widget: page.locator('#widget') };
  };
  const { page, release, widget } = await open('held');
  await widget.locator('.joc[data-joc-static]').getByRole('button', { name: UI.start.en }).waitFor();
  release();
  await widget.locator('.joc:not([data-joc-static])').waitFor();
  await walkToResult(widget, fullAnswers(SCENARIOS['licensed-oep-by-the-book']), 'en');
  assert.equal((await readResult(widget)).band, bandLabel(SCENARIOS['licensed-oep-by-the-book'].expect.verdict, 'en'));
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await page.close();

  const missing = await open('missing');
  await missing.widget.locator('.joc-fallback [data-service="fia_tip"]').waitFor();
  assert.deepEqual(await missing.page.evaluate(() => window.__violations), []);
  await missing.page.close();
});

test('a host that enforces Trusted Types and allows no policy: a console warning says what to add, and the check still runs', async () => {
  const { page, requests } = await openPage(browser.context, browser.url, '/test/trusted-types-no-policy.html');
  assert.ok(requests.console.some((m) => m.includes('add "job-offer-check" to its trusted-types')), requests.console.join('\n'));
  const widget = page.locator('#widget');
  await walkToResult(widget, fullAnswers(SCENARIOS['licensed-oep-by-the-book']), 'en');
  assert.equal((await readResult(widget)).band, bandLabel(SCENARIOS['licensed-oep-by-the-book'].expect.verdict, 'en'));
  assert.deepEqual(requests.errors, []);
  await page.close();
});

test('the wasm stopping on a bug while it runs: every widget on the page shows the key advice, none freezes', async () => {
  const { page, requests } = await openPage(browser.context, browser.url, '/demo.html');
  await page.locator('#widget-ur').getByRole('button', { name: UI.switch_language.ur }).click();
  await page.locator('#widget-ur .joc[lang="en"]').waitFor();
  // From now on the DOM refuses to grow inside a widget: the wasm's next render fails and stops it (a trap), as a
  // panic in the release build would.
  await page.evaluate(() => {
    for (const method of ['insertBefore', 'appendChild']) {
      const original = Node.prototype[method];
      Node.prototype[method] = function (...args) {
        if (this.getRootNode() instanceof ShadowRoot) throw new Error('refused by the test');
        return original.apply(this, args);
      };
    }
  });
  await page.locator('#widget-en').getByRole('button', { name: UI.start.en }).click();
  for (const [id, lang] of [['#widget-en', 'en'], ['#widget-ur', 'en']]) {
    const fallback = page.locator(`${id} .joc-fallback`);
    await fallback.waitFor();
    assert.equal(await fallback.getAttribute('lang'), lang, `${id} keeps the language it was showing`);
    assert.equal(await fallback.locator('[data-service="fia_tip"] a').first().getAttribute('href'), telOf('fia_tip'));
  }
  assert.ok(requests.console.some((m) => m.includes('the check stopped with an error')), requests.console.join('\n'));
  assert.ok(requests.errors.some((e) => /unreachable|RuntimeError/.test(e)), `the wasm trapped: ${requests.errors.join('\n')}`);
  await page.close();
});

test('JavaScript off: the generated <noscript> fallback shows in each widget element, in its language', async () => {
  const noJs = await openBrowser({ javaScriptEnabled: false });
  try {
    const page = await noJs.context.newPage();
    await page.goto(`${noJs.url}/demo.html`);
    for (const [id, lang] of [['#widget-en', 'en'], ['#widget-ur', 'ur']]) {
      const fallback = page.locator(`${id} .joc-fallback`).filter({ visible: true });
      assert.ok(await fallback.isVisible(), id);
      assert.equal(await fallback.getAttribute('lang'), lang);
      assert.equal(await fallback.locator('[data-service="fia_tip"] a').first().getAttribute('href'), telOf('fia_tip'));
    }
    // The English widget also ships its first screen in the page (a declarative shadow root): without JavaScript its
    // Start button could do nothing, so it is hidden and the fallback it carries shows instead (once).
    assert.equal(await page.locator('#widget-en .joc[data-joc-static]').count(), 1, 'the page carries the first screen');
    assert.ok(!(await page.locator('#widget-en .joc[data-joc-static]').isVisible()));
  } finally {
    await noJs.close();
  }
});

test('hostile host CSS: the widget looks exactly as on a plain page, and the host page is unchanged by it', async () => {
  const shots = {};
  for (const path of ['/test/plain.html', '/test/hostile.html']) {
    const { page } = await openPage(browser.context, browser.url, path);
    // Wide enough that the hostile page's 30px text does not scroll sideways (which would shift the screenshot).
    await page.setViewportSize({ width: 1600, height: 900 });
    await page.evaluate(() => document.fonts.ready);
    shots[path] = {
      en: await page.locator('#widget').screenshot(),
      ur: await page.locator('#widget-ur').screenshot(),
    };
    await page.close();
  }
  assert.ok(shots['/test/plain.html'].en.equals(shots['/test/hostile.html'].en), 'English widget differs on the hostile page');
  assert.ok(shots['/test/plain.html'].ur.equals(shots['/test/hostile.html'].ur), 'Urdu widget differs on the hostile page');

  const styles = async (blockWidget) => {
    const page = await browser.context.newPage();
    if (blockWidget) await page.route('**/job-offer-check.js*', (r) => r.abort());
    await page.goto(`${browser.url}/test/hostile.html`);
    await page.waitForLoadState('networkidle');
    const result = await page.evaluate(() =>
      ['body', 'h1', 'p.lead', '#host-button', 'code'].map((sel) => {
        const s = getComputedStyle(document.querySelector(sel));
        return [sel, s.font, s.color, s.direction, s.lineHeight, s.backgroundColor, s.margin, s.padding].join(' | ');
      }),
    );
    await page.close();
    return result;
  };
  assert.deepEqual(await styles(false), await styles(true));
});

test('bad embed input: clear warnings, no exception, every instance works on its own, text stays text', async () => {
  const { page, requests } = await openPage(browser.context, browser.url, '/test/embed-cases.html');
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    d.dismiss();
  });
  const warnings = requests.console.filter((m) => m.startsWith('warning: job-offer-check:'));
  for (const expected of ['language "fr" is not available', 'unknown attribute "colour"', 'quick-exit="javascript:alert(1)"', 'language "<img src=x onerror=alert(1)>"']) {
    assert.ok(warnings.some((w) => w.includes(expected)), `no warning about ${expected}:\n${warnings.join('\n')}`);
  }
  assert.deepEqual(requests.errors, []);

  const langs = {};
  for (const id of ['en-1', 'ur-1', 'en-2', 'ur-2', 'fr', 'html-lang', 'no-exit', 'own-exit']) {
    langs[id] = await page.locator(`#${id} .joc`).getAttribute('lang');
  }
  assert.deepEqual(langs, { 'en-1': 'en', 'ur-1': 'ur', 'en-2': 'en', 'ur-2': 'ur', fr: 'en', 'html-lang': 'en', 'no-exit': 'en', 'own-exit': 'en' });
  assert.equal(await page.locator('#en-1 .joc').count(), 1, 'the second copy of the script did not mount again');

  // Every instance works, and each keeps its own state.
  await page.locator('#ur-1').getByRole('button', { name: UI.start.ur }).click();
  await page.locator('#ur-1 fieldset').first().waitFor();
  assert.ok(await page.locator('#en-1').getByRole('button', { name: UI.start.en }).isVisible());
  assert.ok(await page.locator('#ur-2').getByRole('button', { name: UI.start.ur }).isVisible());
  for (const [id, lang] of Object.entries(langs).filter(([id]) => id !== 'ur-1')) {
    await page.locator(`#${id}`).getByRole('button', { name: UI.start[lang] }).click();
    await page.locator(`#${id} fieldset`).first().waitFor();
  }
  assert.equal(await page.locator('fieldset').count(), Object.keys(langs).length * (await page.locator('#ur-1 fieldset').count()));

  // Elements added after load mount too, in either form.
  await page.evaluate(() => {
    const div = document.createElement('div');
    div.dataset.jobOfferCheck = '';
    div.id = 'late-div';
    div.lang = 'ur';
    document.body.append(div);
    const el = document.createElement('job-offer-check');
    el.id = 'late-element';
    document.body.append(el);
  });
  await page.locator('#late-div .joc[lang="ur"]').waitFor();
  await page.locator('#late-element .joc[lang="en"]').waitFor();

  assert.equal(await page.locator('img').count(), 0, 'no partner text became HTML');
  assert.equal(dialogs, 0);
  assert.equal(await page.locator('#no-exit .joc-exit').count(), 0, 'quick-exit="off" hides the button');
  await page.close();
});

test('Leave quickly: replaces the page with the neutral site without adding to history', async () => {
  const { page } = await openPage(browser.context, browser.url, '/test/embed-cases.html');
  await page.locator('#own-exit').getByRole('button', { name: UI.start.en }).click();
  const historyBefore = await page.evaluate(() => history.length);
  await page.locator('#own-exit').getByRole('button', { name: UI.quick_exit.en }).click();
  await page.waitForURL('**/test/neutral.html');
  assert.equal(await page.evaluate(() => history.length), historyBefore);
  await page.close();

  const standalone = await openPage(browser.context, browser.url, '/app/index.html');
  assert.ok(await standalone.page.locator('#widget').getByRole('button', { name: UI.quick_exit.en }).isVisible(), 'on by default');
  await standalone.page.close();
});
