// The first screen: shown at once from build-time HTML while the wasm loads, handed over to the live widget without
// a jump, a lost answer or a layout shift; and the download budget, checked on the release bundle's bytes.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { repo, version } from '../scripts/build-info.mjs';
import { CONTEXT, SECTIONS, UI, openBrowser, openPage, recordLayoutShifts, telOf } from './harness.mjs';


/**
 * The ceiling for everything the widget downloads for first use (loader bundle with glue, CSS and first screen;
 * the visitor's wasm), gzip -9, in bytes (KB = 1024 bytes). Issue 5 sets 110 KB as the highest allowed and 90 KB as
 * the goal; issue 13 lets the questions about the offer, their routing and the new verdict raise it to 100 KB at
 * most. The bundle is 99.99 KB (README, "Performance"): lower this as the bundle shrinks, never raise it past 100.
 */
const CEILING_GZIP = 100 * 1024;

/** Issue 5's ceiling, for first use with `snippet-instant.html`, whose block (first screen, fallback) is in the page. */
const CEILING_INSTANT_GZIP = 110 * 1024;

/** Holds the page's requests matching `pattern` until the returned function is called. */
async function holdRequests(page, pattern) {
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * The shape of the section shown in a widget: each fieldset's id and classes, each input's name and value, and the
 * classes of every element of the form, in document order (the first screen's contract with the live widget,
 * src/handover.rs).
 */
function sectionShape(widget) {
  return widget.locator('form.joc-page').evaluate((form) => ({
    fieldsets: [...form.querySelectorAll('fieldset')].map((f) => `${f.id} ${f.className}`),
    inputs: [...form.querySelectorAll('input')].map((i) => `${i.name}=${i.value}`),
    // (.joc-loading is the static screen's own "one moment" note, shown when Continue is pressed before the takeover.)
    classes: [...form.querySelectorAll('[class]:not(.joc-loading)')].map((e) => `${e.tagName.toLowerCase()}.${e.getAttribute('class')}`),
  }));
}

let browser;
before(async () => {
  browser = await openBrowser();
});
after(async () => {
  await browser?.close();
});

test('the first screen shows before the wasm, works on its own, and the live widget takes over where the person was', async () => {
  const page = await browser.context.newPage();
  await page.addInitScript(recordLayoutShifts);
  const release = await holdRequests(page, '**/job_offer_check_bg.wasm');
  await page.goto(`${browser.url}/demo.html`);
  const widget = page.locator('#widget-ur');
  const staticScreen = widget.locator('.joc[data-joc-static]');
  await staticScreen.waitFor();
  assert.equal((await staticScreen.locator('[data-joc-step="intro"] h2').textContent()).trim(), UI.intro_title.ur);

  // The person starts, answers, and switches language before the wasm has arrived.
  await staticScreen.getByRole('button', { name: UI.start.ur }).click();
  const first = CONTEXT[0];
  const choice = first.choices[1].id;
  await staticScreen.locator(`input[name="${first.id}"][value="${choice}"]`).check();
  await staticScreen.getByRole('button', { name: UI.switch_language.ur }).click();
  await widget.locator('.joc[data-joc-static][lang="en"]').waitFor();
  assert.ok(await widget.locator(`input[name="${first.id}"][value="${choice}"]`).isChecked());
  const staticBox = await widget.locator('.joc').boundingBox();
  const staticSection = await sectionShape(widget);

  release();
  const live = widget.locator('.joc:not([data-joc-static])');
  await live.waitFor();
  assert.deepEqual(await sectionShape(widget), staticSection, 'the static and the live section have the same fieldsets, inputs and classes');
  assert.equal(await live.getAttribute('lang'), 'en', 'the language chosen on the first screen is kept');
  assert.ok(await widget.locator(`input[name="${first.id}"][value="${choice}"]`).isChecked(), 'the choice is kept');
  assert.equal(await widget.locator('fieldset').count(), CONTEXT.length, 'About the offer');
  assert.deepEqual(await widget.locator('.joc').boundingBox(), staticBox, 'no jump at the takeover');
  assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'no layout shift');
  await page.close();
});

test('a Start click on the first screen while the live widget draws is not lost: the loader starts it again from there', async () => {
  const page = await browser.context.newPage();
  // A seam in the glue, for this test only: a hook called as the loader asks the wasm to mount.
  await page.route('**/pkg/job_offer_check.js', async (route) => {
    const response = await route.fetch();
    const hooked = (await response.text()).replace(/export function mount\(root, [^)]*\) \{/, '$& globalThis.__jocMounting?.();');
    assert.match(hooked, /__jocMounting/);
    await route.fulfill({ response, body: hooked });
  });
  await page.addInitScript(() => {
    let clicked = false;
    globalThis.__jocMounting = () => {
      if (clicked) return;
      clicked = true;
      document.querySelector('#widget').shadowRoot.querySelector('.joc[data-joc-static] [data-joc-action="start"]').click();
    };
  });
  await page.goto(`${browser.url}/app/index.html`);
  const widget = page.locator('#widget');
  await widget.locator('.joc:not([data-joc-static])').waitFor();
  assert.equal(await page.evaluate(() => globalThis.__jocMounting !== undefined), true);
  await widget.locator(`input[name="${CONTEXT[0].id}"]`).first().waitFor();
  assert.equal(await widget.locator('fieldset').count(), CONTEXT.length, 'About the offer');
  assert.equal(await widget.getByRole('button', { name: UI.start.en }).count(), 0, 'not back at the intro');
  await page.close();
});

test('a first screen shipped in the page paints before any script, and the loader takes it over without a jump', async () => {
  const page = await browser.context.newPage();
  await page.addInitScript(recordLayoutShifts);
  const release = await holdRequests(page, '**/job-offer-check.js');
  await page.goto(`${browser.url}/demo.html`, { waitUntil: 'commit' });
  const widget = page.locator('#widget-en');
  const shipped = widget.locator('.joc[data-joc-static]');
  const title = shipped.locator('[data-joc-step="intro"] h2');
  await title.waitFor();
  assert.equal((await title.textContent()).trim(), UI.intro_title.en, 'painted with the page, no script yet');
  assert.equal(await page.evaluate(() => customElements.get('job-offer-check')), undefined, 'the loader has not run');
  assert.ok(await shipped.getByRole('button', { name: UI.start_loading.en }).isDisabled(), 'Start waits, and says so');
  assert.ok(!(await widget.locator('.joc-fallback').isVisible()), 'the fallback it carries waits, hidden');
  const box = await shipped.boundingBox();
  // Someone already on the language button keeps focus through both takeovers (loader, then the live widget).
  await widget.getByRole('button', { name: UI.switch_language.en }).focus();

  release();
  await widget.locator('.joc:not([data-joc-static])').waitFor();
  assert.deepEqual(await widget.locator('.joc').boundingBox(), box, 'no jump at the takeover');
  assert.equal(await widget.locator('.joc').count(), 1, 'one widget in the shadow root');
  assert.equal(await page.evaluate(() => document.querySelector('#widget-en').shadowRoot.activeElement?.className), 'joc-lang');
  assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'no layout shift');
  await widget.getByRole('button', { name: UI.start.en }).click();
  await widget.locator('fieldset').first().waitFor();
  assert.equal(await widget.locator('.joc-fallback').count(), 0, 'the fallback for a loader that never came is gone');
  await page.close();
});

test('a first screen shipped in the page gives way to the key advice and contacts if the loader never arrives', async () => {
  const page = await browser.context.newPage();
  await page.route('**/job-offer-check.js', (route) => route.abort());
  await page.goto(`${browser.url}/demo.html`);
  const widget = page.locator('#widget-en');
  const shipped = widget.locator('.joc[data-joc-static]');
  const fallback = widget.locator('.joc-fallback');
  assert.ok(await shipped.isVisible());
  assert.ok(!(await fallback.isVisible()), 'not before its time');
  // The 15 seconds of patience, passed at once.
  await page.evaluate(() => document.querySelector('#widget-en').shadowRoot.getAnimations().forEach((a) => a.finish()));
  await fallback.waitFor();
  assert.ok(!(await shipped.isVisible()), 'the first screen, whose Start would wait forever, goes');
  assert.equal(await fallback.getAttribute('lang'), 'en');
  assert.equal(await fallback.locator('[data-service="fia_tip"] a').first().getAttribute('href'), telOf('fia_tip'));
  await page.close();
});

test('the partner demo page loads with no layout shift', async () => {
  const page = await browser.context.newPage();
  await page.addInitScript(recordLayoutShifts);
  await page.goto(`${browser.url}/demo.html`);
  await page.waitForFunction(() => document.querySelector('#widget-en').shadowRoot?.querySelector('.joc:not([data-joc-static])'));
  await page.waitForLoadState('networkidle');
  assert.deepEqual(await page.evaluate(() => window.__shifts), []);
  await page.close();
});

test('partner pages download only the visitor\'s wasm; counsellor mode alone downloads the one with counsellor mode', async () => {
  const wasmOf = (requests) => requests.before.filter((r) => r.endsWith('.wasm')).map((r) => r.split('/pkg/')[1]);
  const partner = await openPage(browser.context, browser.url, '/demo.html');
  assert.deepEqual(wasmOf(partner.requests), ['job_offer_check_bg.wasm'], 'two widgets, one visitor wasm');
  const counsellor = await openPage(browser.context, browser.url, '/app/counsellor.html');
  assert.deepEqual(wasmOf(counsellor.requests), ['job_offer_check_counsellor_bg.wasm']);
  assert.equal(await counsellor.page.locator('#widget .joc-counsellor-section').count(), SECTIONS.length + 1, 'About the offer, and every section');

  // A counsellor element added to a page already running the visitor's wasm shows in a frame of the widget's own page.
  await partner.page.evaluate(() => {
    const late = document.createElement('job-offer-check');
    late.id = 'late-counsellor';
    late.setAttribute('mode', 'counsellor');
    late.setAttribute('lang', 'en');
    document.body.append(late);
  });
  const frame = partner.page.frameLocator('#late-counsellor iframe');
  await frame.locator('job-offer-check .joc-counsellor').waitFor();
  await partner.page.close();
  await counsellor.page.close();
});

test('download budget: everything the widget needs for first use stays under the ceiling', () => {
  execFileSync('node', ['scripts/dist.mjs'], { cwd: repo, stdio: 'pipe' });
  const dist = join(repo, 'dist', version);
  const rows = ['job-offer-check.js', 'pkg/job_offer_check_bg.wasm'].map((file) => {
    const bytes = readFileSync(join(dist, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
  });
  const total = rows.reduce((sum, r) => ({ raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip, brotli: sum.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  console.log('first-use download (bytes):');
  for (const r of [...rows, { file: 'total', ...total }]) {
    console.log(`  ${r.file.padEnd(32)} raw ${String(r.raw).padStart(8)}  gzip ${String(r.gzip).padStart(7)}  brotli ${String(r.brotli).padStart(7)}`);
  }
  const snippet = readFileSync(join(dist, 'snippet-instant.html'), 'utf8');
  const block = Buffer.from(snippet.slice(snippet.indexOf('<template'), snippet.indexOf('</job-offer-check>')));
  const instant = total.gzip + gzipSync(block, { level: 9 }).length;
  console.log(`  with snippet-instant.html's block in the page: gzip ${instant}`);
  assert.ok(total.gzip <= CEILING_GZIP, `first-use download is ${total.gzip} B gzip, above the ceiling of ${CEILING_GZIP} B`);
  assert.ok(instant <= CEILING_INSTANT_GZIP, `with the instant snippet ${instant} B gzip, above ${CEILING_INSTANT_GZIP} B`);
});
