// What a partner's own code and page builder see: the data- attributes, a change of lang after mount, the events the
// element fires (and that they carry nothing but how the widget runs), the package's types checked by tsc, and the
// package bundled by esbuild and mounted from the bundle's output alone.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { repo } from '../scripts/build-info.mjs';
import { startServer } from '../scripts/server.mjs';
import { SCENARIOS, UI, answerScreen, fullAnswers, openBrowser, walkToResult } from './harness.mjs';

const work = mkdtempSync(join(tmpdir(), 'joc-partner-'));
// A person's answers, from the case library.
const ANSWERS = fullAnswers(SCENARIOS['fake-agent-advance-fee']);
let browser;
before(async () => {
  execFileSync('node', ['scripts/dist.mjs'], { cwd: repo, stdio: 'pipe' });
  browser = await openBrowser();
});
after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Records the widget's events on `document` into `window.__events`: { type, id, detail }. */
function recordWidgetEvents() {
  window.__events = [];
  for (const type of ['job-offer-check:ready', 'job-offer-check:fallback']) {
    document.addEventListener(type, (event) => window.__events.push({ type, id: event.target.id, detail: event.detail }));
  }
}

/** Opens a page on the dev server with this body and the loader, recording the widget's events. */
async function partnerPage(body, { path = `/test/partner-${Math.random().toString(36).slice(2)}.html`, init, page: given } = {}) {
  const page = given ?? (await browser.context.newPage());
  await page.addInitScript(recordWidgetEvents);
  if (init) await page.addInitScript(init);
  await page.route(`${browser.url}${path}`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title><script type="module" src="/job-offer-check.js"></script></head><body><h1>A partner page</h1>${body}</body></html>`,
    }),
  );
  await page.goto(`${browser.url}${path}`);
  return page;
}

const live = (page, id) => page.locator(`#${id} .joc:not([data-joc-static])`).first();

/** How a widget shows on its first live screen: the things each attribute sets. */
async function looks(page, id) {
  await live(page, id).waitFor();
  return page.locator(`#${id}`).evaluate((host) => {
    const root = host.shadowRoot.querySelector('.joc');
    const primary = root.querySelector('.joc-primary');
    return {
      lang: root.lang,
      counsellor: root.classList.contains('joc-counsellor'),
      exit: !!root.querySelector('[data-joc-action="exit"]'),
      accent: getComputedStyle(primary).backgroundColor,
    };
  });
}

test('data- attributes mean what the plain ones mean, on both forms; the plain one wins when both are set', async () => {
  const page = await partnerPage(`
    <job-offer-check id="plain" lang="ur" quick-exit="off" accent="#0b3d2e"></job-offer-check>
    <job-offer-check id="data-el" data-lang="ur" data-quick-exit="off" data-accent="#0b3d2e"></job-offer-check>
    <div id="data-div" data-job-offer-check data-lang="ur" data-quick-exit="off" data-accent="#0b3d2e"></div>
    <div id="both" data-job-offer-check lang="en" data-lang="ur"></div>
    <div id="default" data-job-offer-check></div>`);
  const plain = await looks(page, 'plain');
  assert.deepEqual(plain, { lang: 'ur', counsellor: false, exit: false, accent: 'rgb(11, 61, 46)' });
  assert.deepEqual(await looks(page, 'data-el'), plain);
  assert.deepEqual(await looks(page, 'data-div'), plain);
  assert.notDeepEqual(await looks(page, 'default'), plain, 'the attributes change something');
  assert.equal((await looks(page, 'both')).lang, 'en');
  await page.close();

  // Counsellor mode, asked for by data-mode, is counsellor mode.
  const counsellor = await partnerPage('<div id="c" data-job-offer-check data-mode="counsellor" data-lang="en"></div>');
  await counsellor.locator('#c .joc-counsellor-section').first().waitFor();
  await counsellor.close();

  // data-centre lists the same centre first as centre does, and not the one listed without it.
  const centres = async (attributes) => {
    const p = await partnerPage(`<job-offer-check id="w" lang="en" ${attributes}></job-offer-check>`);
    const widget = p.locator('#w');
    await live(p, 'w').waitFor();
    await walkToResult(widget, ANSWERS, 'en');
    const text = await widget.locator('[data-service="mrc"] .joc-centres').textContent();
    await p.close();
    return text;
  };
  const byPlain = await centres('centre="peshawar"');
  assert.equal(await centres('data-centre="peshawar"'), byPlain);
  assert.notEqual(await centres(''), byPlain);
});

test('a change of lang after mount switches the language and keeps the answers, on both forms', async () => {
  const page = await partnerPage(`
    <job-offer-check id="el" lang="en"></job-offer-check>
    <div id="div" data-job-offer-check data-lang="en"></div>`);
  for (const [id, attribute] of [['el', 'lang'], ['div', 'data-lang']]) {
    const widget = page.locator(`#${id}`);
    await live(page, id).waitFor();
    await widget.getByRole('button', { name: UI.start.en, exact: true }).click();
    const answered = await answerScreen(widget, ANSWERS);
    assert.ok(answered.length > 0);
    const before = await widget.locator('input:checked').evaluateAll((inputs) => inputs.map((i) => `${i.name}=${i.value}`));
    await page.locator(`#${id}`).evaluate((host, name) => host.setAttribute(name, 'ur'), attribute);
    await widget.locator('.joc[lang="ur"]').waitFor();
    assert.deepEqual(await widget.locator('input:checked').evaluateAll((inputs) => inputs.map((i) => `${i.name}=${i.value}`)), before);
    await page.locator(`#${id}`).evaluate((host, name) => host.setAttribute(name, 'en'), attribute);
    await widget.locator('.joc[lang="en"]').waitFor();
    assert.equal(await widget.locator('input:checked').count(), before.length);
  }
  await page.close();
});

test('a language the person chose on the first screen, while the check loads, stays when it is ready', async () => {
  const page = await browser.context.newPage();
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route('**/job_offer_check_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  const url = `${browser.url}/test/partner-choice.html`;
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title><script type="module" src="/job-offer-check.js"></script></head><body><job-offer-check id="w" lang="ur"></job-offer-check></body></html>',
    }),
  );
  await page.goto(url);
  const widget = page.locator('#w');
  await widget.locator('.joc[data-joc-static][lang="ur"] .joc-lang').click();
  await widget.locator('.joc[data-joc-static][lang="en"]').waitFor();
  release();
  await live(page, 'w').waitFor();
  await page.waitForTimeout(300);
  assert.equal(await live(page, 'w').getAttribute('lang'), 'en', 'the person\'s choice, not the attribute');
  // The page asking for a language afterwards still switches it.
  await page.locator('#w').evaluate((host) => host.setAttribute('lang', 'en'));
  await page.locator('#w').evaluate((host) => host.setAttribute('lang', 'ur'));
  await widget.locator('.joc:not([data-joc-static])[lang="ur"]').waitFor();
  await page.close();
});

test('the element says when the widget is ready, and carries nothing but its language and mode', async () => {
  const page = await partnerPage(`
    <job-offer-check id="a" lang="ur"></job-offer-check>
    <div id="b" data-job-offer-check data-lang="en"></div>`);
  await page.waitForFunction(() => window.__events.length >= 2);
  const events = await page.evaluate(() => window.__events);
  assert.deepEqual(
    events.sort((x, y) => x.id.localeCompare(y.id)),
    [
      { type: 'job-offer-check:ready', id: 'a', detail: { lang: 'ur', mode: 'embedded' } },
      { type: 'job-offer-check:ready', id: 'b', detail: { lang: 'en', mode: 'embedded' } },
    ],
  );
  // Answering fires nothing more.
  const widget = page.locator('#b');
  await widget.getByRole('button', { name: UI.start.en, exact: true }).click();
  await answerScreen(widget, ANSWERS);
  assert.equal((await page.evaluate(() => window.__events)).length, 2);
  await page.close();
});

test('the element says why it falls back: no WebAssembly, CSP, frames blocked, error', async () => {
  const reasonOn = async (page) => {
    await page.waitForFunction(() => window.__events.some((e) => e.type === 'job-offer-check:fallback'), null, { timeout: 20000 });
    const events = await page.evaluate(() => window.__events);
    await page.close();
    assert.equal(events.length, 1, JSON.stringify(events));
    assert.deepEqual(Object.keys(events[0].detail), ['reason']);
    return events[0].detail.reason;
  };
  const open = async (path, init) => {
    const page = await browser.context.newPage();
    await page.addInitScript(recordWidgetEvents);
    if (init) await page.addInitScript(init);
    await page.goto(`${browser.url}${path}`);
    return page;
  };
  assert.equal(await reasonOn(await open('/test/no-wasm-csp.html')), 'csp');
  assert.equal(await reasonOn(await open('/test/no-wasm-no-frame-csp.html')), 'frames-blocked');
  const one = '<job-offer-check id="w" lang="en"></job-offer-check>';
  assert.equal(await reasonOn(await partnerPage(one, { init: () => delete globalThis.WebAssembly })), 'no-webassembly');
  const missing = await browser.context.newPage();
  await missing.route('**/job_offer_check_bg.wasm', (route) => route.fulfill({ status: 404, body: '' }));
  assert.equal(await reasonOn(await partnerPage(one, { page: missing })), 'error');
});

test('the types: a consumer using mount, its options, the handle and the events passes tsc, a wrong option does not', () => {
  const app = join(work, 'types');
  mkdirSync(join(app, 'node_modules'), { recursive: true });
  symlinkSync(join(repo, 'pkg'), join(app, 'node_modules', 'job-offer-check'));
  const tsconfig = { compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom'] } };
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ ...tsconfig, files: ['good.ts'] }));
  writeFileSync(
    join(app, 'good.ts'),
    `import { mount, preload, type Widget, type FallbackReason } from 'job-offer-check';
import jobOfferCheck from 'job-offer-check/esbuild';
preload();
const host = document.querySelector('#job-check')!;
host.addEventListener('job-offer-check:ready', (event) => console.log(event.detail.lang, event.detail.mode));
document.addEventListener('job-offer-check:fallback', (event) => {
  const reason: FallbackReason = event.detail.reason;
  console.log(reason);
});
const widget: Widget | null = await mount(host, { lang: 'ur', mode: 'embedded', centre: 'lahore', quickExit: 'off', accent: '#0b3d2e', history: 'off' });
widget?.setLang('en');
widget?.destroy();
console.log(jobOfferCheck().name);
export {};
`,
  );
  const tsc = join(repo, 'node_modules/.bin/tsc');
  execFileSync(tsc, ['-p', app], { stdio: 'pipe' });
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ ...tsconfig, files: ['bad.ts'] }));
  writeFileSync(join(app, 'bad.ts'), `import { mount } from 'job-offer-check';\nawait mount(document.body, { lang: 'fr' });\nexport {};\n`);
  assert.throws(() => execFileSync(tsc, ['-p', app], { stdio: 'pipe' }), (error) => /Type '"fr"' is not assignable/.test(error.stdout));
});

test('bundled by esbuild with the package\'s plugin, the widget mounts from the bundle\'s output folder alone', async () => {
  const app = join(work, 'bundler');
  mkdirSync(join(app, 'node_modules'), { recursive: true });
  symlinkSync(join(repo, 'pkg'), join(app, 'node_modules', 'job-offer-check'));
  writeFileSync(
    join(app, 'app.js'),
    `import { mount } from 'job-offer-check';\nwindow.__widget = await mount(document.querySelector('#job-check'), { lang: 'ur' });\n`,
  );
  writeFileSync(
    join(app, 'build.mjs'),
    `import { build } from ${JSON.stringify(join(repo, 'node_modules/esbuild/lib/main.js'))};
import jobOfferCheck from 'job-offer-check/esbuild';
await build({ entryPoints: ['app.js'], bundle: true, format: 'esm', minify: true, outdir: 'public', logLevel: 'warning', plugins: [jobOfferCheck()] });
`,
  );
  execFileSync('node', ['build.mjs'], { cwd: app, stdio: 'pipe' });
  const out = join(app, 'public');
  writeFileSync(join(out, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bundled</title><script type="module" src="app.js"></script></head><body><div id="job-check"></div></body></html>');
  assert.deepEqual(readdirSync(join(out, 'pkg')).sort(), ['fallback.json', 'job-offer-check-counsellor.css', 'job_offer_check_bg.wasm', 'job_offer_check_counsellor_bg.wasm']);
  // Served from the output folder alone: nothing of the package or the repository is reachable.
  const server = await startServer({ root: out });
  try {
    const page = await browser.context.newPage();
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}/index.html`);
    await page.locator('#job-check .joc[lang="ur"]:not([data-joc-static])').waitFor();
    await page.waitForFunction(() => !!window.__widget);
    assert.deepEqual(requests.filter((p) => p.endsWith('.wasm')), ['/pkg/job_offer_check_bg.wasm']);
    await page.close();
  } finally {
    await server.close();
  }
});
