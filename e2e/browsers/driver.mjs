// One small adapter over two engines, so that each cross-browser test is written once: Debian's Firefox ESR through
// puppeteer-core over WebDriver BiDi (no geckodriver), and WebKitGTK's MiniBrowser through WebKitWebDriver and
// selenium-webdriver. Neither downloads anything. The engine is chosen by JOC_ENGINE (firefox | webkit); WebKit needs a
// display (scripts/test-cross-browser starts Xvfb and sets DISPLAY).
//
// The operations, the same in both: open a page of the project's server, run a function in the page, click an element
// with the pointer, press keys, Back and Forward, wait for a condition, print to PDF (where the engine can).
// Everything else (finding elements through shadow roots and same-origin frames, reading state) runs in the page,
// through the helpers `J` that each function run in the page can use (see PAGE_HELPERS).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { PNG } from 'pngjs';
import { Builder, Key, Origin } from 'selenium-webdriver';
import { startServer } from '../../scripts/server.mjs';
import { recordSensitiveCalls } from '../harness.mjs';

export const ENGINE = process.env.JOC_ENGINE ?? 'firefox';
if (!['firefox', 'webkit'].includes(ENGINE)) throw new Error(`JOC_ENGINE=${ENGINE}: use firefox or webkit`);

const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const VIEWPORT = { width: 1280, height: 900 };
const SETTLE_MS = 500;

/**
 * Helpers for functions run in the page, in scope as `J`. A locator is a list of CSS selectors (or { css, text } for
 * the element whose trimmed text is exactly `text`), each looked up inside the previous element's shadow root, or
 * its document if it is a same-origin iframe, or the element itself: ['#widget', '.joc-primary'] is the primary
 * button in #widget's shadow root; ['#widget', 'iframe', 'job-offer-check', 'h2'] a heading in a widget framed there.
 */
function PAGE_HELPERS() {
  const J = {
    find(locator) {
      let el = null;
      for (const step of [].concat(locator)) {
        const scope = el ? (el.shadowRoot ?? el.contentDocument ?? el) : document;
        const { css, text } = typeof step === 'string' ? { css: step } : step;
        const all = [...scope.querySelectorAll(css)];
        el = text === undefined ? all[0] : all.find((e) => e.textContent.trim() === text);
        if (!el) return null;
      }
      return el;
    },
    all(locator) {
      const steps = [].concat(locator);
      const parent = steps.length > 1 ? J.find(steps.slice(0, -1)) : null;
      const scope = parent ? (parent.shadowRoot ?? parent.contentDocument ?? parent) : document;
      return steps.length > 1 && !parent ? [] : [...scope.querySelectorAll(steps.at(-1))];
    },
    /** The shadow root of the widget host at `locator`. */
    root(locator) {
      return J.find(locator)?.shadowRoot ?? null;
    },
    /**
     * The live widget's root element in the shadow root of the host at `locator`: not a first screen (static, shipped
     * or drawn by the loader) and not the static fallback, which the shipped first screen carries hidden.
     */
    live(locator) {
      return J.root(locator)?.querySelector('.joc:not([data-joc-static]):not(.joc-fallback)') ?? null;
    },
    visible(el) {
      return !!el && el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0;
    },
    text(el) {
      return el?.textContent.replace(/\s+/g, ' ').trim() ?? null;
    },
    /** The element's box in the top window's viewport, through same-origin frames. */
    box(el) {
      const r = el.getBoundingClientRect();
      let { left: x, top: y } = r;
      for (let win = el.ownerDocument.defaultView; win !== window.top && win.frameElement; win = win.parent) {
        const frame = win.frameElement.getBoundingClientRect();
        const style = getComputedStyle(win.frameElement);
        x += frame.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
        y += frame.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
      }
      return { x, y, width: r.width, height: r.height };
    },
    /** The innermost element at a point of the top viewport, through shadow roots and same-origin frames. */
    hit(x, y) {
      let doc = document;
      for (;;) {
        let el = doc.elementFromPoint(x, y);
        while (el?.shadowRoot) {
          const inner = el.shadowRoot.elementFromPoint(x, y);
          if (!inner || inner === el) break;
          el = inner;
        }
        if (el?.tagName !== 'IFRAME' || !el.contentDocument) return el;
        const frame = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        x -= frame.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
        y -= frame.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
        doc = el.contentDocument;
      }
    },
    /** The element that has focus, through shadow roots and same-origin frames. */
    focused() {
      let el = document.activeElement;
      for (;;) {
        if (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        else if (el?.tagName === 'IFRAME' && el.contentDocument?.activeElement) el = el.contentDocument.activeElement;
        else return el;
      }
    },
    describe(el) {
      if (!el) return 'nothing';
      const classes = typeof el.className === 'string' && el.className ? `.${el.className.split(' ').join('.')}` : '';
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${classes} "${J.text(el)?.slice(0, 40)}"`;
    },
  };
  return J;
}

/**
 * Runs in the page before its own scripts, after the harness's recordSensitiveCalls: records what the page writes to
 * the console and every uncaught error, in the page (WebKitWebDriver has no log command).
 */
function recordConsoleAndErrors() {
  const messages = [];
  const errors = [];
  Object.defineProperty(window, '__jocConsole', { value: messages });
  Object.defineProperty(window, '__jocErrors', { value: errors });
  for (const type of ['log', 'info', 'warn', 'error']) {
    const original = console[type];
    console[type] = function (...args) {
      messages.push(`${type}: ${args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : String(a))).join(' ')}`);
      return original.apply(this, args);
    };
  }
  addEventListener('error', (e) => errors.push(String(e.error ?? e.message)));
  addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Firefox ESR through puppeteer-core over WebDriver BiDi: the engine-specific half of a session. */
async function firefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: VIEWPORT,
    // Service workers off, as in the Chromium harness: only the offline test (Chromium) wants the app pages' worker.
    extraPrefsFirefox: { 'dom.serviceWorkers.enabled': false },
  });
  // A tab of our own: the one Firefox starts with never gets focus when headless, so nothing in it matches :focus.
  const [first] = await browser.pages();
  const page = await browser.newPage();
  await first.close();
  return {
    version: `Firefox ${(await browser.version()).split('/')[1]}`,
    async navigate(url, { wait }) {
      const done = page.goto(url, { waitUntil: 'load', timeout: 60000 });
      if (wait) await done;
      else done.catch(() => {});
    },
    async evaluate(expression) {
      return page.evaluate(expression);
    },
    async click(x, y) {
      await page.mouse.click(x, y);
    },
    async move(x, y) {
      await page.mouse.move(x, y);
    },
    /** The browser's Back (-1) or Forward (1), as its button does; returns at once (the test waits for the page). */
    async traverse(delta) {
      const done = delta < 0 ? page.goBack({ timeout: 60000 }) : page.goForward({ timeout: 60000 });
      done.catch(() => {});
    },
    async key(name) {
      const [modifier, key] = name.includes('+') ? name.split('+') : [null, name];
      if (modifier) await page.keyboard.down(modifier);
      await page.keyboard.press(key === 'Space' ? ' ' : key);
      if (modifier) await page.keyboard.up(modifier);
    },
    async setViewport(size) {
      await page.setViewport(size);
    },
    async screenshot() {
      return Buffer.from(await page.screenshot({ type: 'png' }));
    },
    /** The page printed as the browser prints it (print media), as a PDF. */
    async pdf() {
      return Buffer.from(await page.pdf({ printBackground: false }));
    },
    async close() {
      await browser.close();
    },
  };
}

/** WebKitGTK's MiniBrowser through WebKitWebDriver and selenium-webdriver: the engine-specific half of a session. */
async function webkit() {
  if (!process.env.DISPLAY) throw new Error('WebKit needs a display: run through scripts/test-cross-browser, which starts Xvfb');
  const port = await freePort();
  const server = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const stopServer = () => server.kill();
  process.once('exit', stopServer);
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i += 1) {
    try {
      if ((await fetch(`${url}/status`)).ok) break;
    } catch (error) {
      if (i > 100) throw new Error(`WebKitWebDriver did not start on port ${port}: ${error}`);
    }
    await sleep(100);
  }
  const driver = await new Builder()
    .usingServer(url)
    .withCapabilities({
      browserName: 'MiniBrowser',
      // Navigation returns at once; the adapter waits for what each test needs (a held script must not block it).
      pageLoadStrategy: 'none',
      // Service workers off, as in the Chromium harness: only the offline test (Chromium) wants the app pages' worker.
      // The page cache (back-forward cache) off: a script command sent as a page goes into it (leaving it by a link,
      // Back, or location.replace, as Leave quickly does) can wait for ever, and every later command behind it (seen
      // here in about one round in ten of leaving and coming back; none in 30 rounds without it).
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', '--features=-ServiceWorkers', '--enable-page-cache=false'] },
    })
    .build();
  const capabilities = await driver.getCapabilities();
  const session = {
    version: `WebKitGTK ${capabilities.get('browserVersion')}`,
    async navigate(address) {
      await driver.get(address);
    },
    async evaluate(expression) {
      return driver.executeScript(`return ${expression};`);
    },
    async click(x, y) {
      await driver
        .actions({ async: true })
        .move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT, duration: 0 })
        .press()
        .release()
        .perform();
    },
    async traverse(delta) {
      await (delta < 0 ? driver.navigate().back() : driver.navigate().forward());
    },
    async move(x, y) {
      await driver
        .actions({ async: true })
        .move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT, duration: 0 })
        .perform();
    },
    async key(name) {
      const keys = { Tab: Key.TAB, Enter: Key.ENTER, Space: Key.SPACE, ArrowDown: Key.ARROW_DOWN, ArrowUp: Key.ARROW_UP, Shift: Key.SHIFT, Escape: Key.ESCAPE };
      const [modifier, key] = name.includes('+') ? name.split('+') : [null, name];
      let actions = driver.actions({ async: true });
      if (modifier) actions = actions.keyDown(keys[modifier]);
      actions = actions.keyDown(keys[key]).keyUp(keys[key]);
      if (modifier) actions = actions.keyUp(keys[modifier]);
      await actions.perform();
    },
    /** Sizes the window so that the viewport (not the window with its frame) has this size. */
    async setViewport({ width, height }) {
      const viewport = async () => JSON.parse(await driver.executeScript('return JSON.stringify([innerWidth, innerHeight])'));
      let rect = { width, height };
      let inner;
      for (let i = 0; i < 6; i += 1) {
        await driver.manage().window().setRect(rect);
        // The new size reaches the page a moment after the window's: read it until it holds for 200 ms.
        inner = await viewport();
        for (let held = 0, tries = 0; held < 4 && tries < 40; tries += 1) {
          await sleep(50);
          const now = await viewport();
          held = now[0] === inner[0] && now[1] === inner[1] ? held + 1 : 0;
          inner = now;
        }
        if (inner[0] === width && inner[1] === height) return;
        rect = { width: rect.width + width - inner[0], height: rect.height + height - inner[1] };
      }
      throw new Error(`WebKit: the viewport is ${inner.join('x')}, not ${width}x${height}`);
    },
    async screenshot() {
      return Buffer.from(await driver.takeScreenshot(), 'base64');
    },
    pdf: null,
    async close() {
      try {
        await driver.quit();
      } finally {
        stopServer();
        process.off('exit', stopServer);
      }
    },
  };
  await session.setViewport(VIEWPORT);
  return session;
}

/**
 * Starts the project's server and the engine; returns { name, version, canPrint, open(path, options), close() }.
 * One window, reused by each page opened (a test opens one page at a time).
 */
export async function launch() {
  // Every request the server answers, in order; and the paths a test answers itself or holds back.
  const log = [];
  let lastRequestAt = Date.now();
  const routes = new Map();
  const pages = {};
  const server = await startServer({
    pages,
    onRequest: async ({ method, path }) => {
      log.push(`${method} ${path}`);
      lastRequestAt = Date.now();
      const route = routes.get(path);
      if (typeof route === 'function') await route();
      else if (route) return route;
      return undefined;
    },
  });
  const session = ENGINE === 'firefox' ? await firefox() : await webkit();

  async function run(fn, ...args) {
    // The helpers and the function are pasted into one expression, so that the function's `J` is the helpers; the
    // result comes back as JSON, the same from both drivers.
    const call = `await (${fn})(...${JSON.stringify(args)})`;
    const expression = `(async () => { const J = (${PAGE_HELPERS})(); return JSON.stringify({ value: ${call} }); })()`;
    const out = await session.evaluate(expression);
    return out === undefined || out === null ? undefined : JSON.parse(out).value;
  }

  async function waitFor(fn, args = [], { timeout = 10000, what = String(fn) } = {}) {
    const until = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        last = await run(fn, ...args);
        if (last) return last;
      } catch (error) {
        // A page that is navigating has no document to run in, for a moment.
        last = error;
      }
      if (Date.now() > until) throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${last})`);
      await sleep(50);
    }
  }

  /** Waits until the server has had no request for SETTLE_MS (the engine's "network idle", as far as it can tell). */
  async function settle() {
    for (let quiet = Date.now() - lastRequestAt; quiet < SETTLE_MS; quiet = Date.now() - lastRequestAt) {
      await sleep(SETTLE_MS - quiet);
    }
  }

  let openPage = null;

  return {
    name: ENGINE,
    version: session.version,
    url: server.url,
    /** Whether this engine's driver can print the page with print media (Firefox: BiDi browsingContext.print). */
    canPrint: !!session.pdf,

    /**
     * Opens `path` of the project's server. Options: `wait` 'widgets' (default: the page has loaded and every widget
     * on it is the live one, not the first screen), 'load', or 'none' (the test waits itself); `record` (default
     * true): the harness's recorder of network, storage and event calls, and a console and error recorder, run
     * before the page's scripts (served as the page's first script); `routes`: { path: { status, body } } to answer
     * instead of the file; `hold`: paths whose answer waits until `page.release()`.
     */
    async open(path, { wait = 'widgets', record = true, routes: own = {}, hold = [] } = {}) {
      if (openPage) await openPage.close();
      routes.clear();
      for (const [p, answer] of Object.entries(own)) routes.set(p, answer);
      let release;
      const held = new Promise((resolve) => {
        release = resolve;
      });
      for (const p of hold) routes.set(p, () => held);
      for (const key of Object.keys(pages)) delete pages[key];
      if (record) {
        const html = readFileSync(new URL(`../../www${path}`, import.meta.url), 'utf8');
        pages['/__joc-record.js'] = {
          body: `(${recordSensitiveCalls})();\n(${recordConsoleAndErrors})();\n`,
          headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
        };
        // The recorder first, as an external script of the page's own origin, which a page's CSP allows like the
        // widget's own script; the page is otherwise byte for byte the file, served with the file's headers.
        pages[path] = { body: html.replace(/<head>/i, '$&<script src="/__joc-record.js"></script>') };
      }
      // A marker on the document we leave, to know when the next one is there (the same address may be reopened).
      await run(() => {
        window.__jocLeaving = true;
      }).catch(() => {});
      await session.navigate(server.url + path, { wait: wait !== 'none' });
      await waitFor(() => !window.__jocLeaving && document.readyState !== 'loading' && location.href !== 'about:blank', [], { what: `${path} to open` });
      if (wait !== 'none') await waitFor(() => document.readyState === 'complete', [], { timeout: 30000, what: `${path} to load` });
      if (wait === 'widgets') {
        await waitFor(
          () =>
            [...document.querySelectorAll('job-offer-check, [data-job-offer-check]')].every((h) =>
              h.shadowRoot?.querySelector('.joc:not([data-joc-static]):not(.joc-fallback)'),
            ),
          [],
          { timeout: 30000, what: `every widget on ${path} to be live` },
        );
      }
      let loadedAt = log.length;
      const page = {
        run,
        waitFor,
        /** Runs a script's source in the page as the driver runs its own functions (no eval, whatever the page's CSP). */
        script: (source) => session.evaluate(`(() => {\n${source}\n;return null; })()`),
        release,
        /** The server's log of requests since the page opened. */
        requests: () => log.slice(),
        /** Marks the moment after which the page must make no request: now, once the network has settled. */
        async markLoaded() {
          await settle();
          loadedAt = log.length;
          await run(() => {
            window.__jocRecording = true;
            Object.defineProperty(window, '__jocResourcesAtLoad', { value: performance.getEntriesByType('resource').length, configurable: true });
          });
        },
        /** Every request since markLoaded: those the server saw, and those the page's resource timing lists. */
        async requestsAfterLoad() {
          // Time for a request that the last action would have started to arrive.
          await sleep(SETTLE_MS);
          await settle();
          const inPage = await run(() => performance.getEntriesByType('resource').slice(window.__jocResourcesAtLoad ?? 0).map((e) => e.name));
          return [...log.slice(loadedAt), ...inPage];
        },
        /** A pointer click at the centre of the element at `locator`, scrolled into view; fails if something covers it. */
        async click(locator) {
          const target = await run((loc) => {
            const el = J.find(loc);
            if (!el) return { missing: true };
            el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
            const box = J.box(el);
            const x = box.x + box.width / 2;
            const y = box.y + box.height / 2;
            const hit = J.hit(x, y);
            return { x, y, covered: hit && (hit === el || el.contains(hit)) ? null : J.describe(hit), target: J.describe(el) };
          }, locator);
          if (target.missing) throw new Error(`click: no element at ${JSON.stringify(locator)}`);
          if (target.covered) throw new Error(`click: ${target.target} is covered by ${target.covered}`);
          await session.click(target.x, target.y);
        },
        /** The browser's Back button; the test waits for what it expects to see. */
        back: () => session.traverse(-1),
        /** The browser's Forward button. */
        forward: () => session.traverse(1),
        /** Presses keys one after another: 'Tab', 'Shift+Tab', 'Enter', 'Space', 'ArrowDown', … */
        async keys(...names) {
          for (const name of names) await session.key(name);
        },
        setViewport: (size) => session.setViewport(size),
        /**
         * The pixels (RGBA) of the element at `css` in the page's own document (a widget's host), scrolled to the top
         * of the viewport, as far as the viewport shows it, with the pointer moved off it: cut from a screenshot of
         * the viewport once the engine shows the same twice, the same way in both engines (WebKitWebDriver's element
         * screenshot cuts the wrong part of a scrolled page).
         */
        async pixels(css) {
          const box = await run((sel) => {
            const el = document.querySelector(sel);
            el.scrollIntoView({ block: 'start', inline: 'start', behavior: 'instant' });
            const r = el.getBoundingClientRect();
            const px = (v) => Math.round(v * devicePixelRatio);
            const [x, y] = [Math.max(0, r.left), Math.max(0, r.top)];
            const [right, bottom] = [Math.min(innerWidth, r.right), Math.min(innerHeight, r.bottom)];
            const box = { x: px(x), y: px(y), width: px(right - x), height: px(bottom - y) };
            // A point of the viewport beside the element (or below it), for the pointer.
            box.away = right < innerWidth - 2 ? [innerWidth - 1, innerHeight - 1] : bottom < innerHeight - 2 ? [0, innerHeight - 1] : null;
            return box;
          }, css);
          // The pointer off the element: where the last click left it, it would show a hover state (Firefox draws a
          // radio under the pointer, or under its label, darker), and only on the page whose layout put one there.
          if (box.away) await session.move(...box.away);
          // Two frames for the engine to paint the scrolled page, and the hover state gone.
          await run(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)))));
          // Until two screenshots in a row agree: Firefox's first screenshot after a scroll can still show the page
          // as composited a moment before, one pixel off (seen on a widget taller than the viewport).
          let bytes = await session.screenshot();
          for (let i = 0; i < 5; i += 1) {
            const again = await session.screenshot();
            if (again.equals(bytes)) break;
            bytes = again;
          }
          const shot = PNG.sync.read(bytes);
          const out = Buffer.alloc(box.width * box.height * 4);
          for (let row = 0; row < box.height; row += 1) {
            const start = ((box.y + row) * shot.width + box.x) * 4;
            shot.data.copy(out, row * box.width * 4, start, start + box.width * 4);
          }
          return { width: box.width, height: box.height, data: out };
        },
        /** The page as printed with print media, as PDF bytes; only where `canPrint`. */
        async pdf() {
          if (!session.pdf) throw new Error(`${ENGINE}: this driver cannot print`);
          return session.pdf();
        },
        async close() {
          release();
          if (openPage === page) openPage = null;
          await session.navigate('about:blank', { wait: true }).catch(() => {});
        },
      };
      openPage = page;
      if (wait !== 'none') await page.markLoaded();
      return page;
    },

    async close() {
      await openPage?.close();
      await session.close();
      await server.close();
    },
  };
}

/** The text of a PDF (poppler-utils' pdftotext), for the print test. */
export function pdfText(bytes) {
  const dir = mkdtempSync(join(tmpdir(), 'joc-pdf-'));
  try {
    writeFileSync(join(dir, 'page.pdf'), bytes);
    return execFileSync('pdftotext', ['-layout', join(dir, 'page.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
