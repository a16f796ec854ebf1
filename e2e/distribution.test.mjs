// The release bundle and every way of embedding it, end to end: reproducible bytes, SRI covering every file, the
// bundle on another origin (with and without CORS), the production headers, the npm package installed from
// `npm pack`, and each snippet of EMBEDDING.md on a partner page.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, test } from 'node:test';
import { repo, version } from '../scripts/build-info.mjs';
import { startServer } from '../scripts/server.mjs';
import { SCENARIOS, UI, fullAnswers, openBrowser, recordLayoutShifts, walkToResult } from './harness.mjs';

const dist = join(repo, 'dist', version);
const work = mkdtempSync(join(tmpdir(), 'joc-dist-'));

function files(dir) {
  const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  return walk(dir).map((f) => relative(dir, f)).sort();
}
const sha = (path) => createHash('sha384').update(readFileSync(path)).digest('base64');

let browser;
let bundleHost;
let plainHost;
before(async () => {
  execFileSync('node', ['scripts/dist.mjs'], { cwd: repo, stdio: 'pipe' });
  browser = await openBrowser();
  bundleHost = await startServer({ cors: true });
  plainHost = await startServer({ cors: false });
});
after(async () => {
  await browser?.close();
  await bundleHost?.close();
  await plainHost?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The snippets of EMBEDDING.md, by name, pointed at a bundle origin with the real SRI hash. */
function snippets(bundleUrl) {
  const doc = readFileSync(join(repo, 'EMBEDDING.md'), 'utf8');
  const loaderSri = readFileSync(join(dist, 'snippet.html'), 'utf8').match(/integrity="([^"]+)"/)[1];
  const out = {};
  for (const [, name, code] of doc.matchAll(/<!-- snippet: (\w+) -->\n```\w+\n([\s\S]*?)```/g)) {
    out[name] = code
      .replaceAll(`https://YOUR-HOST/job-offer-check/${version}/`, `${bundleUrl}/dist/${version}/`)
      .replaceAll('sha384-FROM-SNIPPET-HTML', loaderSri);
  }
  return out;
}

/** Opens a partner page with this body on the page server, the bundle on another origin. */
async function partnerPage(body, { lang = 'en' } = {}) {
  const page = await browser.context.newPage();
  const url = `${browser.url}/test/partner-${Math.random().toString(36).slice(2)}.html`;
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Partner</title></head><body><h1>A partner page</h1>${body}</body></html>`,
    }),
  );
  const messages = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  await page.goto(url);
  return { page, messages };
}

test('building twice gives identical bytes and hashes', () => {
  const again = [join(work, 'a'), join(work, 'b')];
  for (const dir of again) {
    execFileSync('scripts/build', { cwd: repo, stdio: 'pipe' });
    execFileSync('node', ['scripts/dist.mjs'], { cwd: repo, stdio: 'pipe', env: { ...process.env, DIST_DIR: join(dir, 'dist'), NPM_DIR: join(dir, 'pkg') } });
  }
  const [a, b] = again.map((d) => Object.fromEntries(files(d).map((f) => [f, sha(join(d, f))])));
  assert.ok(Object.keys(a).length > 15);
  assert.deepEqual(a, b);
  assert.deepEqual(
    Object.fromEntries(files(dist).map((f) => [f, sha(join(dist, f))])),
    Object.fromEntries(Object.entries(a).filter(([f]) => f.startsWith('dist/')).map(([f, h]) => [f.slice(5), h])),
  );
});

test('snippet.html pins the loader with SRI, and the loader carries the hash of every file it fetches', () => {
  const snippet = readFileSync(join(dist, 'snippet.html'), 'utf8');
  assert.match(snippet, new RegExp(`integrity="sha384-${sha(join(dist, 'job-offer-check.js')).replace(/[+/]/g, '\\$&')}" crossorigin="anonymous"`));
  const loader = readFileSync(join(dist, 'job-offer-check.js'), 'utf8');
  for (const f of ['pkg/job_offer_check_bg.wasm', 'pkg/job_offer_check_counsellor_bg.wasm', 'pkg/fallback.json']) {
    assert.ok(loader.includes(`sha384-${sha(join(dist, f))}`), f);
  }
  const sums = readFileSync(join(dist, 'SHA384SUMS'), 'utf8');
  assert.ok(sums.includes(`sha384-${sha(join(dist, 'pkg/job_offer_check_bg.wasm'))}  pkg/job_offer_check_bg.wasm`));
});

test('snippet-instant.html: its first screen paints styled under a CSP that allows its inline styles by the hashes it prints', async () => {
  const snippet = readFileSync(join(dist, 'snippet-instant.html'), 'utf8');
  assert.match(snippet, new RegExp(`integrity="sha384-${sha(join(dist, 'job-offer-check.js')).replace(/[+/]/g, '\\$&')}"`));
  const hash = snippet.match(/style-src ('sha256-[^']+' 'sha256-[^']+')/)[1];
  const block = snippet.slice(snippet.indexOf('<job-offer-check'));
  const page = await browser.context.newPage();
  await page.setContent(
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${hash}"></head><body>${block}</body></html>`,
  );
  const shown = page.locator('job-offer-check .joc[data-joc-static]');
  assert.equal((await shown.locator('[data-joc-step="intro"] h2').textContent()).trim(), UI.intro_title.ur);
  assert.equal(await shown.evaluate((el) => getComputedStyle(el).direction), 'rtl');
  assert.notEqual(await shown.evaluate((el) => getComputedStyle(el).borderTopStyle), 'none', 'the widget stylesheet applies');
  await page.close();
});

test('a swapped wasm is refused by its integrity hash and the element shows the fallback instead', async () => {
  const { plain } = snippets(bundleHost.url);
  const page = await browser.context.newPage();
  await page.route('**/pkg/job_offer_check_bg.wasm', async (route) => {
    const response = await route.fetch();
    const body = Buffer.from(await response.body());
    body[body.length - 1] ^= 0xff;
    await route.fulfill({ response, body });
  });
  const url = `${browser.url}/test/tampered.html`;
  await page.route(url, (r) => r.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="ur"><body>${plain}</body></html>` }));
  await page.goto(url);
  await page.locator('job-offer-check .joc-fallback').waitFor();
  await page.close();
});

test('production headers: wasm MIME type, compression, long cache for the versioned path, CORS', async () => {
  const response = await fetch(`${bundleHost.url}/dist/${version}/pkg/job_offer_check_bg.wasm`, { headers: { 'Accept-Encoding': 'br' } });
  assert.equal(response.headers.get('content-type'), 'application/wasm');
  assert.equal(response.headers.get('content-encoding'), 'br');
  assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  assert.equal(response.headers.get('access-control-allow-origin'), '*');
  const gz = await fetch(`${bundleHost.url}/dist/${version}/job-offer-check.js`, { headers: { 'Accept-Encoding': 'gzip' } });
  assert.equal(gz.headers.get('content-encoding'), 'gzip');
  const frame = await fetch(`${bundleHost.url}/dist/${version}/frame.html`);
  assert.match(frame.headers.get('content-security-policy'), /script-src 'self' 'wasm-unsafe-eval'/);
});

test('the bundle works from another origin that sends CORS, and does not load from one that does not', async () => {
  const { plain } = snippets(bundleHost.url);
  const ok = await partnerPage(plain, { lang: 'ur' });
  await ok.page.locator('job-offer-check .joc:not([data-joc-static])[lang="ur"]').waitFor();
  await walkToResult(ok.page.locator('job-offer-check'), fullAnswers(SCENARIOS['licensed-oep-by-the-book']), 'ur');
  const centres = await ok.page.locator('job-offer-check [data-service="mrc"] .joc-centres').textContent();
  assert.ok(centres.includes('لاہور · اسلام آباد'), `centre="lahore" is listed first: ${centres}`);
  await ok.page.close();

  const blocked = await partnerPage(snippets(plainHost.url).plain);
  await blocked.page.waitForTimeout(1500);
  assert.equal(await blocked.page.locator('job-offer-check .joc').count(), 0);
  assert.ok(blocked.messages.some((m) => m.includes('CORS')), blocked.messages.join('\n'));
  await blocked.page.close();
});

test('EMBEDDING.md snippets: div, WordPress, iframe with resizing, theming', async () => {
  const s = snippets(bundleHost.url);
  assert.deepEqual(Object.keys(s).sort(), ['div', 'iframe', 'npm', 'plain', 'reserve', 'theme', 'wordpress']);

  // Reserving the space keeps the page still from first paint to the live widget.
  const reservePage = await browser.context.newPage();
  await reservePage.addInitScript(recordLayoutShifts);
  const reserveUrl = `${browser.url}/test/reserve.html`;
  await reservePage.route(reserveUrl, (r) =>
    r.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="ur"><body><h1>Partner</h1>${s.reserve}<p>Text below the widget.</p></body></html>` }),
  );
  await reservePage.goto(reserveUrl);
  await reservePage.locator('job-offer-check .joc:not([data-joc-static])').waitFor();
  await reservePage.waitForLoadState('networkidle');
  assert.deepEqual(await reservePage.evaluate(() => window.__shifts), []);
  await reservePage.close();

  const div = await partnerPage(s.div);
  await div.page.locator('[data-job-offer-check] .joc:not([data-joc-static])[lang="en"]').waitFor();
  assert.equal(await div.page.locator('[data-job-offer-check] .joc-exit').count(), 0, 'quick-exit="off"');
  await div.page.close();

  const wp = await partnerPage(s.wordpress);
  const button = wp.page.locator('job-offer-check .joc:not([data-joc-static]) .joc-primary');
  await button.waitFor();
  assert.equal(await button.evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(11, 61, 46)', 'accent applied');
  await wp.page.close();

  const frame = await partnerPage(s.iframe);
  const inner = frame.page.frameLocator('#job-offer-check-frame').locator('job-offer-check');
  await inner.locator('.joc[lang="ur"]').waitFor();
  await frame.page.waitForFunction(() => document.querySelector('#job-offer-check-frame').style.height.endsWith('px'));
  await inner.getByRole('button', { name: UI.start.ur }).click();
  await frame.page.waitForFunction(() => parseInt(document.querySelector('#job-offer-check-frame').style.height, 10) > 700);
  await frame.page.close();

  const themed = await partnerPage(s.theme);
  const primary = themed.page.locator('job-offer-check .joc:not([data-joc-static]) .joc-primary');
  await primary.waitFor();
  assert.equal(await primary.evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(122, 31, 92)');
  assert.equal(await themed.page.locator('job-offer-check .joc').evaluate((e) => getComputedStyle(e).borderTopLeftRadius), '0px');
  await themed.page.close();

  const unreadable = await partnerPage(s.theme.replace('#7a1f5c', '#ffee00'));
  await unreadable.page.locator('job-offer-check .joc:not([data-joc-static]) .joc-primary').waitFor();
  assert.equal(await unreadable.page.locator('job-offer-check .joc:not([data-joc-static]) .joc-primary').evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(29, 79, 145)');
  assert.ok(unreadable.messages.some((m) => m.includes('not a CSS colour with enough contrast')));
  await unreadable.page.close();
});

test('npm pack of the package installs and mounts in a page, as EMBEDDING.md shows', async () => {
  const packDir = join(work, 'pack');
  const app = join(work, 'app');
  execFileSync('mkdir', ['-p', packDir, app]);
  execFileSync('npm', ['pack', join(repo, 'pkg'), '--pack-destination', packDir, '--silent'], { cwd: repo });
  const tarball = readdirSync(packDir).find((f) => f.endsWith('.tgz'));
  assert.equal(tarball, `job-offer-check-${version}.tgz`);
  writeFileSync(join(app, 'package.json'), '{ "name": "partner-site", "private": true }\n');
  execFileSync('npm', ['install', join(packDir, tarball), '--offline', '--no-audit', '--no-fund', '--silent'], { cwd: app });
  const installed = files(join(app, 'node_modules/job-offer-check'));
  assert.deepEqual(installed, [
    'README.md',
    'index.js',
    'package.json',
    'pkg/fallback.json',
    'pkg/job-offer-check-counsellor.css',
    'pkg/job_offer_check_bg.wasm',
    'pkg/job_offer_check_counsellor_bg.wasm',
  ]);

  const code = snippets(bundleHost.url).npm.replace("from 'job-offer-check'", "from './node_modules/job-offer-check/index.js'");
  writeFileSync(join(app, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>npm</title></head><body><div id="job-check"></div><script type="module">${code}window.__mounted = !!widget;</script></body></html>`);
  const server = await startServer({ root: app });
  try {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/index.html`);
    await page.locator('#job-check .joc[lang="ur"]').waitFor();
    await page.waitForFunction(() => window.__mounted === true);
    await page.close();
  } finally {
    await server.close();
  }
});
