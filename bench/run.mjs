// Benchmark (not part of the tests): Playwright + Debian Chromium over CDP, phone viewport, unthrottled and throttled
// (CPU ×4, 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up), a fresh browser profile per run, medians of several runs.
// Compares (a) the partner demo page with the widget, its first screen shipped in the page (`snippet-instant.html`),
// (a2) the same with the plain snippet (the loader draws the first screen), (b) the same page with only the static
// first screen (the no-wasm floor for a page that shows these questions), (c) the host page alone. The widget is the release bundle
// (dist/<version>/, what partners embed). Run: `bench/run` (installs and builds first; or, after `scripts/dist`,
// `node bench/run.mjs`); BENCH_RUNS=n for the number of runs, default 5. Prints Markdown tables and each goal of
// issue 5 as met or not; asserts nothing.
import { readFileSync } from 'node:fs';
import { version as VERSION } from '../scripts/build-info.mjs';
import { launchChromium } from '../scripts/chromium.mjs';
import { startServer } from '../scripts/server.mjs';
import { SCENARIOS, UI, answerScreen, fullAnswers } from '../e2e/harness.mjs';
import { css, screens } from '../www/pkg/first-screen.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PHONE = { width: 412, height: 915 };
const THROTTLED = { cpu: 4, latency: 150, down: (1.6 * 1024 * 1024) / 8, up: (750 * 1024) / 8 };

/** In the page, before anything: timing probes for the widget (#widget-en), long tasks, layout shift, events. */
function probes() {
  const m = { visible: null, clicked: null, sectionShown: null, resultShown: null, longTasks: [], shifts: 0, events: [] };
  addEventListener('pointerdown', () => { m.clicked ??= performance.now(); }, { capture: true });
  window.__bench = m;
  const root = () => document.querySelector('#widget-en')?.shadowRoot ?? document.querySelector('#widget-en');
  const frame = () => {
    const r = root();
    const now = performance.now();
    if (m.visible === null && r?.querySelector?.('.joc h2')?.getBoundingClientRect().height > 0) m.visible = now;
    if (m.sectionShown === null && r?.querySelector?.('fieldset:not([hidden] fieldset)')?.offsetParent) m.sectionShown = now;
    if (m.resultShown === null && r?.querySelector?.('.joc-band')) m.resultShown = now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new PerformanceObserver((l) => l.getEntries().forEach((e) => m.longTasks.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => { if (!e.hadRecentInput) m.shifts += e.value; })).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => { if (e.name === 'click') m.events.push(e.duration); })).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

/** Variant (b): the demo page with the static first screen in place of the widget, and a few lines to show its About the offer screen. */
function staticVariant(html) {
  const first = screens.en.replace(' data-joc-static=""', '');
  const script = `<script>document.addEventListener('click',e=>{const a=e.target.closest('[data-joc-action]');if(!a)return;const r=document.querySelector('#widget-en');r.querySelector('[data-joc-step="intro"]').hidden=a.dataset.jocAction==='start';r.querySelector('[data-joc-step="about"]').hidden=a.dataset.jocAction!=='start';});</script>`;
  return html
    .replace('<script type="module" src="job-offer-check.js"></script>', `<style>${css}</style>${script}`)
    .replace(/<job-offer-check id="widget-en">[\s\S]*?<\/job-offer-check>/, `<div id="widget-en">${first}</div>`)
    .replace(/<div data-job-offer-check id="widget-ur">[\s\S]*?<\/div>\s*<\/aside>/, '</aside>');
}

async function run(url, variant, throttled) {
  const browser = await launchChromium({ args: ['--enable-blink-features=ForceEagerMeasureMemory'], viewport: PHONE, serviceWorkers: 'block' });
  const { context } = browser;
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
    if (throttled) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLED.cpu });
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: THROTTLED.latency, downloadThroughput: THROTTLED.down, uploadThroughput: THROTTLED.up });
    }
    await page.addInitScript(probes);
    const start = Date.now();
    await page.goto(`${url}/demo-${variant}.html`, { waitUntil: 'load' });
    const result = { bytes: 0 };
    if (variant !== 'host') {
      await page.waitForFunction(() => window.__bench.visible !== null, null, { timeout: 60000 });
      await page.locator('#widget-en').getByRole('button', { name: UI.start.en }).click();
      await page.waitForFunction(() => window.__bench.sectionShown !== null, null, { timeout: 60000 });
    }
    if (variant === 'widget' || variant === 'plain') {
      await page.waitForFunction(() => document.querySelector('#widget-en').shadowRoot.querySelector('.joc:not([data-joc-static])'), null, { timeout: 60000 });
      const answers = fullAnswers(SCENARIOS['visit-visa-to-dubai']);
      const widget = page.locator('#widget-en');
      let clicks = 0;
      while (await widget.locator('form.joc-page').count()) {
        clicks += (await answerScreen(widget, answers)).length + 1;
        const title = await widget.locator('h2.joc-title').textContent();
        await widget.getByRole('button', { name: UI.continue_button.en }).click();
        await widget.locator('h2.joc-title').filter({ hasNotText: title }).waitFor();
      }
      const clickAt = await page.evaluate(() => performance.now());
      await widget.getByRole('button', { name: UI.review_submit.en }).click();
      await page.waitForFunction(() => window.__bench.resultShown !== null);
      result.toResult = (await page.evaluate(() => window.__bench.resultShown)) - clickAt;
      result.clicks = clicks + 1;
    }
    await page.waitForLoadState('networkidle');
    const m = await page.evaluate(() => window.__bench);
    const memory = await page.evaluate(async () => (self.crossOriginIsolated ? (await performance.measureUserAgentSpecificMemory()).bytes : null));
    const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0);
    Object.assign(result, {
      bytes,
      visible: m.visible,
      interactive: m.sectionShown,
      clickToSection: m.sectionShown - m.clicked,
      events: m.events,
      longTasksAfterPaint: m.longTasks.filter(([t]) => t > paint).length,
      shifts: m.shifts,
      memory,
      wall: Date.now() - start,
    });
    return result;
  } finally {
    await browser.close();
  }
}

const median = (xs) => {
  const v = xs.filter((x) => x !== null && x !== undefined).sort((a, b) => a - b);
  return v.length ? v[Math.floor((v.length - 1) / 2)] : null;
};
const fmt = (x, unit = 'ms') => (x === null || x === undefined ? '–' : `${Math.round(x)} ${unit}`);

/** The demo page as each variant, served beside it (so its relative addresses hold) and compressed like any page. */
function variantPages() {
  const demo = readFileSync(new URL('../www/demo.html', import.meta.url), 'utf8');
  const loader = '<script type="module" src="job-offer-check.js"></script>';
  const release = (html) => html.replace('src="job-offer-check.js"', `src="dist/${VERSION}/job-offer-check.js"`);
  const noFirstScreen = (html) => html.replace(/<template shadowrootmode[\s\S]*?<\/template>/g, '');
  const bodies = {
    widget: release(demo),
    plain: noFirstScreen(release(demo)),
    static: staticVariant(demo),
    host: noFirstScreen(demo.replace(loader, '')),
  };
  // Cross-origin isolation, so that the page can measure its memory (wasm included).
  const headers = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
  return Object.fromEntries(Object.entries(bodies).map(([variant, body]) => [`/demo-${variant}.html`, { body, headers }]));
}

const server = await startServer({ pages: variantPages() });
try {
  // One untimed run fills the server's compression cache, as a production host serves precompressed files.
  await run(server.url, 'widget', false);
  for (const throttled of [false, true]) {
    const all = {};
    for (const variant of ['widget', 'plain', 'static', 'host']) {
      all[variant] = [];
      for (let i = 0; i < RUNS; i += 1) all[variant].push(await run(server.url, variant, throttled));
    }
    const med = (v, key) => median(all[v].map((r) => r[key]));
    const clicks = [...all.widget, ...all.plain].flatMap((r) => {
      const measured = r.events;
      const unmeasured = Math.max(0, r.clicks - measured.length);
      return [...measured, ...Array(unmeasured).fill(16)];
    });
    const mode = throttled ? 'throttled (CPU ×4, 150 ms, 1.6/0.75 Mbit/s)' : 'unthrottled';
    console.log(`\n### ${mode}, phone viewport, median of ${RUNS} runs\n`);
    console.log('| metric | (a) instant snippet | (a2) plain snippet | (b) static | (c) host | a/b | a2/b |');
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    const ratios = {};
    const plainRatios = {};
    const row = (label, key, unit = 'ms', ratio = true) => {
      const [a, a2, b, c] = ['widget', 'plain', 'static', 'host'].map((v) => med(v, key));
      ratios[key] = ratio && a && b ? a / b : null;
      plainRatios[key] = ratio && a2 && b ? a2 / b : null;
      const r = (x) => (x ? x.toFixed(2) : '');
      console.log(`| ${label} | ${fmt(a, unit)} | ${fmt(a2, unit)} | ${fmt(b, unit)} | ${fmt(c, unit)} | ${r(ratios[key])} | ${r(plainRatios[key])} |`);
    };
    row('bytes transferred', 'bytes', 'B');
    row('first question visible', 'visible');
    row('first question interactive (harness)', 'interactive');
    row('Start click to first question shown', 'clickToSection');
    row('long tasks after first paint', 'longTasksAfterPaint', '', false);
    row('layout shift (CLS)', 'shifts', '', false);
    const perAnswer = clicks.length ? median(clicks) : null;
    console.log(`| per-answer latency, median / max over (a) and (a2) (event timing; under 16 ms counts as 16) | ${perAnswer ?? '–'} / ${Math.max(...clicks)} ms | | | | | |`);
    console.log(`| last answer to result | ${fmt(med('widget', 'toResult'))} | ${fmt(med('plain', 'toResult'))} | | | | |`);
    const memA = med('widget', 'memory');
    const memC = med('host', 'memory');
    const memory = memA && memC ? (memA - memC) / 1024 / 1024 : null;
    // Each run's figure moves with garbage collection: the spread shows how far.
    const perRun = all.widget.map((r) => r.memory).filter(Boolean).map((m) => (m - memC) / 1024 / 1024);
    const spread = perRun.length && memC ? ` (runs ${Math.min(...perRun).toFixed(2)}–${Math.max(...perRun).toFixed(2)})` : '';
    console.log(`| memory at the result minus (c) (JS heap and wasm) | ${memory === null ? '–' : `${memory.toFixed(2)} MB${spread}`} | | | | | |`);
    const verdict = (ok) => (ok === null ? 'not measured' : ok ? 'met' : 'not met');
    const goal = (ok, text) => console.log(`- ${text}: ${verdict(ok)}`);
    console.log('\nGoals (issue 5):');
    for (const [name, r] of [['(a) instant snippet', ratios], ['(a2) plain snippet', plainRatios]]) {
      goal(r.visible === null ? null : r.visible <= 1.1, `${name}: first question visible ≤ 1.1× (b): ${r.visible?.toFixed(2)}×`);
      if (throttled) goal(r.interactive === null ? null : r.interactive <= 1.5, `${name}: first question interactive ≤ 1.5× (b): ${r.interactive?.toFixed(2)}×`);
    }
    if (!throttled) goal(perAnswer === null ? null : perAnswer <= 16, `per-answer latency median ≤ 16 ms: ${perAnswer} ms`);
    goal(memory === null ? null : memory <= 1.5, `widget memory at the result ≤ 1.5 MB: ${memory?.toFixed(2)} MB`);
  }
} finally {
  await server.close();
}
