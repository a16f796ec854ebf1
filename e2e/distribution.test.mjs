// The release bundle and every way of embedding it, end to end: reproducible bytes, SRI covering every file, the
// bundle on another origin (with and without CORS), the production headers, the npm package installed from
// `npm pack`, and each snippet of EMBEDDING.md on a partner page.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { channelOf, filesUnder, repo, version } from '../scripts/build-info.mjs';
import { startServer } from '../scripts/server.mjs';
import { SCENARIOS, UI, fullAnswers, openBrowser, recordLayoutShifts, walkToResult } from './harness.mjs';

const dist = join(repo, 'dist', version);
const work = mkdtempSync(join(tmpdir(), 'joc-dist-'));

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

test('snippet.html pins the loader with SRI, and the loader carries the hash of every file it fetches', () => {
  const snippet = readFileSync(join(dist, 'snippet.html'), 'utf8');
  assert.match(snippet, new RegExp(`integrity="sha384-${sha(join(dist, 'job-offer-check.js')).replace(/[+/]/g, '\\$&')}" crossorigin="anonymous"`));
  const loader = readFileSync(join(dist, 'job-offer-check.js'), 'utf8');
  for (const f of ['pkg/job_offer_check_bg.wasm', 'pkg/job_offer_check_counsellor_bg.wasm', 'pkg/fallback.json']) {
    assert.ok(loader.includes(`sha384-${sha(join(dist, f))}`), f);
  }
});

test('SHA384SUMS is what `sha384sum -c` checks, it lists every file of the release, and it catches a changed byte', () => {
  const sums = readFileSync(join(dist, 'SHA384SUMS'), 'utf8');
  const hex = (path) => createHash('sha384').update(readFileSync(path)).digest('hex');
  assert.ok(sums.includes(`${hex(join(dist, 'pkg/job_offer_check_bg.wasm'))}  pkg/job_offer_check_bg.wasm\n`));
  assert.deepEqual(sums.trim().split('\n').map((line) => line.split('  ')[1]), filesUnder(dist).filter((f) => f !== 'SHA384SUMS'));
  execFileSync('sha384sum', ['-c', '--quiet', 'SHA384SUMS'], { cwd: dist });
  const copy = join(work, 'sums');
  execFileSync('cp', ['-r', dist, copy]);
  writeFileSync(join(copy, 'pkg/fallback.json'), `${readFileSync(join(dist, 'pkg/fallback.json'), 'utf8')} `);
  assert.throws(
    () => execFileSync('sha384sum', ['-c', '--quiet', 'SHA384SUMS'], { cwd: copy, stdio: 'pipe', encoding: 'utf8' }),
    (error) => error.stdout.trim() === 'pkg/fallback.json: FAILED',
  );
});

test('BUILD-INFO records the tools that made the bytes, and the licences ship with the release and the package', () => {
  const info = readFileSync(join(dist, 'BUILD-INFO'), 'utf8');
  for (const tool of ['rustc', 'wasm-bindgen', 'wasm-pack', 'binaryen', 'esbuild']) assert.match(info, new RegExp(`^${tool} .*\\d`, 'm'), tool);
  assert.match(info, new RegExp(`^job-offer-check ${version.replaceAll('.', '\\.')}$`, 'm'));
  const pkg = JSON.parse(readFileSync(join(repo, 'pkg/package.json'), 'utf8'));
  assert.ok(pkg.files.includes('LICENSE-MIT') && pkg.files.includes('LICENSE-APACHE'));
  assert.equal(pkg.license, 'MIT OR Apache-2.0');
  assert.ok(!('repository' in pkg), 'no repository address that is not real');
  assert.doesNotMatch(readFileSync(join(repo, 'Cargo.toml'), 'utf8'), /example\.invalid/);
  assert.match(readFileSync(join(repo, 'CHANGELOG.md'), 'utf8'), new RegExp(`^## ${version.replaceAll('.', '\\.')} `, 'm'));
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
  // The names in their usual order, as the fallback lists them (islamabad, lahore, peshawar); lahore's comes first here.
  const usual = JSON.parse(readFileSync(join(dist, 'pkg/fallback.json'), 'utf8')).ur.match(/joc-centres">[^:]*: ([^<]*)</)[1].split(' · ');
  assert.equal(usual.length, 3);
  assert.ok(centres.endsWith([usual[1], usual[0], usual[2]].join(' · ')), `centre="lahore" is listed first: ${centres}`);
  await ok.page.close();

  const blocked = await partnerPage(snippets(plainHost.url).plain);
  await blocked.page.waitForTimeout(1500);
  assert.equal(await blocked.page.locator('job-offer-check .joc').count(), 0);
  assert.ok(blocked.messages.some((m) => m.includes('CORS')), blocked.messages.join('\n'));
  await blocked.page.close();
});

test('every documented snippet, and snippet.html, loads with no layout shift on a phone, with text below it', async () => {
  const s = snippets(bundleHost.url);
  const local = (file) => readFileSync(file, 'utf8').replace(/https:\/\/YOUR-HOST\/job-offer-check\//g, `${bundleHost.url}/dist/`);
  const cases = {
    ...s,
    'snippet.html': local(join(dist, 'snippet.html')),
    'snippet-instant.html': local(join(dist, 'snippet-instant.html')),
    'rolling snippet.html': local(join(dist, '..', channelOf(version), 'snippet.html')),
  };
  delete cases.npm;
  for (const [name, snippet] of Object.entries(cases)) {
    for (const width of [320, 412]) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height: 800 });
      await page.addInitScript(recordLayoutShifts);
      const url = `${browser.url}/test/shift-${name.replace(/\W/g, '-')}.html`;
      await page.route(url, (r) =>
        r.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="ur"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head><body><h1>Partner</h1>${snippet}<p>Text below the widget.</p></body></html>` }),
      );
      await page.goto(url);
      const live = name === 'iframe' ? page.frameLocator('iframe').locator('job-offer-check .joc:not([data-joc-static])') : page.locator('job-offer-check .joc:not([data-joc-static]), [data-job-offer-check] .joc:not([data-joc-static])');
      await live.first().waitFor({ timeout: 15000 }).catch((error) => assert.fail(`${name} at ${width} px: ${error.message}`));
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      assert.deepEqual(await page.evaluate(() => window.__shifts), [], `${name} at ${width} px`);
      await page.close();
    }
  }
});

test('EMBEDDING.md snippets: div, WordPress, iframe with resizing, theming', async () => {
  const s = snippets(bundleHost.url);
  assert.deepEqual(Object.keys(s).sort(), ['div', 'events', 'iframe', 'npm', 'plain', 'reserve', 'theme', 'wordpress']);

  const events = await partnerPage(s.events);
  await events.page.waitForFunction(() => document.documentElement.classList.contains('job-check-ready'));
  assert.ok(await events.page.locator('#job-check-note').isHidden());
  await events.page.close();

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
  const installed = filesUnder(join(app, 'node_modules/job-offer-check'));
  assert.deepEqual(installed, [
    'LICENSE-APACHE',
    'LICENSE-MIT',
    'README.md',
    'esbuild.d.ts',
    'esbuild.mjs',
    'index.d.ts',
    'index.js',
    'package.json',
    'pkg/fallback.json',
    'pkg/job-offer-check-counsellor.css',
    'pkg/job_offer_check_bg.wasm',
    'pkg/job_offer_check_counsellor_bg.wasm',
  ]);

  const code = snippets(bundleHost.url).npm.replace("from 'job-offer-check'", "from './node_modules/job-offer-check/index.js'");
  // The element keeps the widget's room as the package's README says, so the page below does not move.
  const room = readFileSync(join(repo, 'npm/README.md'), 'utf8').match(/`style="([^"]*clamp\(480px[^"]*)"`/)[1];
  writeFileSync(join(app, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>npm</title></head><body><h1>Partner</h1><div id="job-check" style="${room}"></div><p>Text below the widget.</p><script type="module">${code}window.__mounted = !!widget;</script></body></html>`);
  const server = await startServer({ root: app });
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 320, height: 800 });
    await page.addInitScript(recordLayoutShifts);
    await page.goto(`${server.url}/index.html`);
    await page.locator('#job-check .joc[lang="ur"]:not([data-joc-static])').waitFor();
    await page.waitForFunction(() => window.__mounted === true);
    await page.waitForTimeout(300);
    assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'no layout shift');
    await page.close();
  } finally {
    await server.close();
  }
});
