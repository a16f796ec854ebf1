// Content that stays true after release: a content fix reaches a partner page on the rolling snippet while a page on
// the pinned snippet stays as it was, and the offline pages pick up a new build even where every file is served as
// immutable.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { FETCHED, channelOf, repo, version, writeBuildId } from '../scripts/build-info.mjs';
import { startServer } from '../scripts/server.mjs';
import { openBrowser, untilControlled } from './harness.mjs';

const work = mkdtempSync(join(tmpdir(), 'joc-updates-'));
let browser;
before(async () => {
  execFileSync('node', ['scripts/dist.mjs'], { cwd: repo, stdio: 'pipe' });
  browser = await openBrowser({ serviceWorkers: 'allow' });
});
after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The MRC's service name in the English fallback, as the release's fallback.json has it. */
function mrcName(fallback) {
  return JSON.parse(readFileSync(fallback, 'utf8')).en.match(/data-service="mrc"><h4>([^<]+)</)[1];
}

test('a content fix reaches a page on the rolling snippet; a page on the pinned snippet stays as it was', async () => {
  // Release A is this build; release B, the next patch version, has one content fix (the MRC's name in the fallback,
  // which the loader fetches and checks against the hash built into B's loader).
  const next = version.replace(/\d+$/, (patch) => String(Number(patch) + 1));
  const root = join(work, 'host');
  cpSync(join(repo, 'dist', version), join(root, version), { recursive: true });
  const www = join(work, 'www-b');
  cpSync(join(repo, 'www'), www, { recursive: true });
  const before = mrcName(join(www, 'pkg/fallback.json'));
  const fixed = `${before} (fixed)`;
  const fallback = readFileSync(join(www, 'pkg/fallback.json'), 'utf8');
  writeFileSync(join(www, 'pkg/fallback.json'), fallback.replaceAll(`>${before}<`, `>${fixed}<`));
  execFileSync('node', ['scripts/dist.mjs'], {
    cwd: repo,
    stdio: 'pipe',
    env: { ...process.env, JOC_VERSION: next, DIST_ROOT: root, DIST_WWW: www, NPM_DIR: join(work, 'npm-b') },
  });
  assert.equal(channelOf(next), channelOf(version), 'a patch stays in its channel');
  assert.match(readFileSync(join(root, channelOf(version), 'job-offer-check.js'), 'utf8'), new RegExp(`\\.\\./${next.replaceAll('.', '\\.')}/job-offer-check\\.js`));

  // The channel's offline pages keep release B's files.
  const kept = readFileSync(join(root, channelOf(version), 'pkg/build-id.js'), 'utf8');
  assert.ok(kept.includes(`"../../${next}/pkg/job_offer_check_bg.wasm"`) && !kept.includes(`/${version}/`), kept);

  const host = await startServer({ root, cors: true });
  try {
    // The channel's standalone page runs release B's widget, and keeps it for offline use.
    const app = await browser.context.newPage();
    await app.goto(`${host.url}/${channelOf(version)}/app/index.html`);
    await app.locator('#widget .joc:not([data-joc-static]):not(.joc-fallback)').waitFor();
    await app.evaluate(async () => navigator.serviceWorker.ready);
    await app.close();

    // A page whose CSP allows neither WebAssembly nor frames shows the fallback, whose content is what changed.
    const show = async (src, integrity) => {
      const page = await browser.context.newPage();
      const url = `${browser.url}/test/update-${Math.random().toString(36).slice(2)}.html`;
      await page.route(url, (route) =>
        route.fulfill({
          contentType: 'text/html; charset=utf-8',
          headers: { 'Content-Security-Policy': `default-src 'none'; script-src ${host.url}; connect-src ${host.url}; frame-src 'none'` },
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title></head><body><script type="module" src="${src}"${integrity ? ` integrity="${integrity}" crossorigin="anonymous"` : ''}></script><job-offer-check lang="en"></job-offer-check></body></html>`,
        }),
      );
      await page.goto(url);
      const name = page.locator('job-offer-check .joc-fallback [data-service="mrc"] h4');
      await name.waitFor({ timeout: 20000 });
      const text = await name.textContent();
      await page.close();
      return text;
    };
    const pinnedSri = readFileSync(join(root, version, 'snippet.html'), 'utf8').match(/integrity="([^"]+)"/)[1];
    assert.equal(await show(`${host.url}/${version}/job-offer-check.js`, pinnedSri), before, 'pinned: as it was');
    assert.equal(await show(`${host.url}/${channelOf(version)}/job-offer-check.js`), fixed, 'rolling: the fix arrived');
  } finally {
    await host.close();
  }
});

test('the offline page picks up a new build after a reload, even where every file is served as immutable', async () => {
  const root = join(work, 'offline');
  cpSync(join(repo, 'dist', version), root, { recursive: true });
  const host = await startServer({ root, immutable: true });
  const page = await browser.context.newPage();
  try {
    await page.goto(`${host.url}/app/index.html`);
    await untilControlled(page);
    const title = await page.title();
    const [first] = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('job-offer-check-')));
    assert.ok(first, 'the first build is kept');

    // Deploy a new build over the same files: a changed page, and the build id that says so.
    const index = join(root, 'app/index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace(`<title>${title}</title>`, `<title>${title} (new build)</title>`));
    writeBuildId(root, ['job-offer-check.js', ...FETCHED]);

    // The reload finds the new worker, which installs the new files and takes over; the next load shows them.
    await page.reload();
    const installed = () =>
      page.evaluate(async (old) => {
        const keys = (await caches.keys()).filter((k) => k.startsWith('job-offer-check-'));
        return keys.length === 1 && keys[0] !== old && navigator.serviceWorker.controller?.state === 'activated';
      }, first);
    for (let tries = 0; !(await installed()); tries += 1) {
      assert.ok(tries < 100, 'the new build is installed within 10 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await page.reload();
    assert.equal(await page.title(), `${title} (new build)`);
  } finally {
    await page.close();
    await host.close();
  }
});
