// Issue 15, points 5 to 7, at 320, 360 and 1024 px and at 200 % zoom (device scale factor 2, the CSS viewport halved),
// in English and Urdu: tap targets of at least 44 by 44 px (the short emergency numbers too, which are shown as
// checked), counsellor mode's running list and its focus around "New client", the error summary's bullets, Urdu
// answer labels clear of their box's border, printed text that keeps its contrast with and without background
// printing, the demo page's link to the Urdu widget, and no failed request (the favicon) on any page. axe runs on every
// screen these touch.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { repo } from '../scripts/build-info.mjs';
import { QUESTIONS, SCENARIOS, UI, answerScreen, fullAnswers, openBrowser, openPage, settledFocus } from './harness.mjs';

const AXE = readFileSync(new URL('../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The views of issue 15: phone widths, a desktop window, and that window at 200 % zoom. */
const VIEWS = [
  { name: '320 px', viewport: { width: 320, height: 640 }, scale: 1 },
  { name: '360 px', viewport: { width: 360, height: 740 }, scale: 1 },
  { name: '1024 px', viewport: { width: 1024, height: 768 }, scale: 1 },
  { name: '200 % zoom', viewport: { width: 512, height: 384 }, scale: 2 },
];

/** A case whose result lists the emergency numbers (a threat names them). */
const EMERGENCY_CASE = SCENARIOS['threatened-after-backing-out'];

/** The least room, in CSS px, between an answer label's ink and the inner edge of its box's bottom border. */
const LABEL_ROOM = 4;

/** One browser per device scale factor (a persistent context keeps the one it starts with). */
const browsers = {};
before(async () => {
  for (const scale of new Set(VIEWS.map((v) => v.scale))) browsers[scale] = await openBrowser({ deviceScaleFactor: scale });
});
after(async () => {
  for (const browser of Object.values(browsers)) await browser.close();
});

/** Opens `path` in the view's browser at the view's size. */
async function open(view, path) {
  const browser = browsers[view.scale];
  const opened = await openPage(browser.context, browser.url, path);
  await opened.page.setViewportSize(view.viewport);
  return opened.page;
}

/** axe's violations inside `selector`; with `shadow`, also checks that axe reached into the widget's shadow root. */
async function axe(page, selector, { shadow = true } = {}) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  // From the top, as accessibility.test.mjs does: further down, axe counts a control passing beneath the sticky bar's
  // buttons as two overlapping targets.
  await page.evaluate((sel) => document.querySelector(sel).scrollIntoView(), selector);
  const result = await page.evaluate(
    ([sel, tags]) => window.axe.run(document.querySelector(sel), { runOnly: { type: 'tag', values: tags } }),
    [selector, TAGS],
  );
  if (shadow) {
    const inside = result.passes.filter((rule) => rule.nodes.some((n) => Array.isArray(n.target[0])));
    assert.ok(inside.length >= 3, `axe did not reach into the shadow root (${inside.length} rules)`);
  }
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' > ')).join(', ')})`);
}

// The measurements below run in the page, on the shadow root of the widget `host` (a selector).

/** Every link, button, disclosure and answer box smaller than 44 by 44 CSS px, and the `tel:` links measured. */
function measureTargets(host) {
  const root = document.querySelector(host).shadowRoot;
  const small = [];
  const phones = [];
  for (const el of root.querySelectorAll('a[href], button, summary, label.joc-radio, label.joc-choice')) {
    const box = el.getBoundingClientRect();
    if (!el.getClientRects().length || getComputedStyle(el).visibility === 'hidden') continue;
    const href = el.getAttribute('href') ?? '';
    if (href.startsWith('tel:')) phones.push({ number: el.textContent.trim(), width: box.width, height: box.height });
    if (box.width < 44 || box.height < 44) small.push(`${el.tagName} "${el.textContent.trim().slice(0, 30)}" ${box.width.toFixed(1)}x${box.height.toFixed(1)}`);
  }
  return { small, phones };
}

/**
 * For each answer box, how far the lowest ink of its text ends above the inner edge of its bottom border. A text
 * box's rect spans the font's ascent and descent, so its baseline is the font's ascent below its top; the ink goes
 * the text's own descent below that (both from canvas, in the same font).
 */
function labelRoom(host) {
  const root = document.querySelector(host).shadowRoot;
  const context = document.createElement('canvas').getContext('2d');
  const rooms = [];
  for (const box of root.querySelectorAll('label.joc-radio, label.joc-choice')) {
    if (!box.getClientRects().length) continue;
    const inner = box.getBoundingClientRect().bottom - parseFloat(getComputedStyle(box).borderBottomWidth);
    let lowest = -Infinity;
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.data.trim()) continue;
      context.font = getComputedStyle(node.parentElement).font;
      const metrics = context.measureText(node.data);
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const line of range.getClientRects()) {
        lowest = Math.max(lowest, line.top + metrics.fontBoundingBoxAscent + metrics.actualBoundingBoxDescent);
      }
    }
    rooms.push({ label: box.textContent.trim().slice(0, 40), room: inner - lowest });
  }
  return rooms;
}

/**
 * For each item of the error summary, how far (in px) its bullet's line is from the first line of its text: the bullet
 * sits on the item's first line box, which a zero-width probe put first in the item shares.
 */
function bulletOffsets(host) {
  const root = document.querySelector(host).shadowRoot;
  return [...root.querySelectorAll('.joc-error-summary li')].map((item) => {
    const probe = document.createElement('span');
    probe.textContent = '\u200b';
    item.prepend(probe);
    const bullet = probe.getBoundingClientRect();
    probe.remove();
    const text = document.createTreeWalker(item, NodeFilter.SHOW_TEXT).nextNode();
    const range = document.createRange();
    range.selectNodeContents(text);
    const lines = range.getClientRects();
    return { item: text.data.slice(0, 30), lines: lines.length, offset: bullet.bottom - lines[0].bottom };
  });
}

/**
 * Under print media: every text in `scope` whose contrast falls below 4.5:1 when printed with backgrounds, or without
 * them (then only a background with `print-color-adjust: exact` is printed; any other is paper white).
 */
function printContrast([host, scope]) {
  const root = document.querySelector(host).shadowRoot;
  const rgba = (c) => c.match(/[\d.]+/g).map(Number);
  const luminance = ([r, g, b]) => {
    const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const contrast = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const paper = (el, backgrounds) => {
    for (let e = el; e && e.nodeType === 1; e = e.parentElement ?? e.getRootNode().host) {
      const style = getComputedStyle(e);
      const colour = rgba(style.backgroundColor);
      if ((colour[3] ?? 1) > 0 && (backgrounds || style.printColorAdjust === 'exact')) return colour;
    }
    return [255, 255, 255];
  };
  const low = [];
  let texts = 0;
  for (const el of root.querySelectorAll(`${scope}, ${scope} *`)) {
    if (![...el.childNodes].some((n) => n.nodeType === 3 && n.data.trim()) || !el.getClientRects().length) continue;
    texts += 1;
    const ink = rgba(getComputedStyle(el).color);
    for (const backgrounds of [true, false]) {
      const ratio = contrast(ink, paper(el, backgrounds));
      if (ratio < 4.5) low.push(`"${el.textContent.trim().slice(0, 30)}" ${ratio.toFixed(2)}:1 ${backgrounds ? 'with' : 'without'} backgrounds`);
    }
  }
  return { texts, low };
}

/** What the page's focus is on, looking into shadow roots: { tag, text, dialog, section }. */
function focused() {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return {
    tag: el.tagName.toLowerCase(),
    text: el.textContent.trim().slice(0, 80),
    dialog: el.closest('[role="alertdialog"]')?.textContent.trim() ?? null,
    section: el.closest('section')?.id ?? null,
  };
}

/**
 * Where the element `selector` in the widget `host` is, and whether it shows whole between the sticky bar (the
 * viewport's top when the bar scrolls with the page) and the viewport's bottom.
 */
function placeOf([host, selector]) {
  const root = document.querySelector(host).shadowRoot;
  const bar = root.querySelector('.joc-bar');
  const below = getComputedStyle(bar).position === 'sticky' ? bar.getBoundingClientRect().bottom : 0;
  const box = root.querySelector(selector).getBoundingClientRect();
  return { top: box.top, bottom: box.bottom, below, shows: box.top >= below - 1 && box.bottom <= innerHeight + 1 };
}

/** Checks the screen shown in the widget `host`: its targets, and the room under its answer labels. */
async function checkScreen(page, host, where) {
  const { small } = await page.evaluate(measureTargets, host);
  assert.deepEqual(small, [], `targets under 44x44 px: ${where}`);
  const cramped = (await page.evaluate(labelRoom, host)).filter((r) => r.room < LABEL_ROOM);
  assert.deepEqual(cramped, [], `answer labels with less than ${LABEL_ROOM} px above the border: ${where}`);
}

for (const view of VIEWS) {
  for (const lang of ['en', 'ur']) {
    test(`the check, ${lang}, ${view.name}: 44 px targets and the emergency numbers as checked, bullets on the first line, room under Urdu labels, print contrast, axe`, async () => {
      const page = await open(view, '/app/index.html');
      const widget = page.locator('#widget');
      if (lang === 'ur') await widget.getByRole('button', { name: UI.switch_language.en }).click();
      await widget.locator(`.joc[lang="${lang}"]`).waitFor();
      await checkScreen(page, '#widget', 'intro');
      await widget.getByRole('button', { name: UI.start[lang] }).click();
      const answers = fullAnswers(EMERGENCY_CASE);
      let screens = 0;
      while (await widget.locator('form.joc-page').count()) {
        const title = await widget.locator('h2.joc-title').textContent();
        await checkScreen(page, '#widget', title);
        if (screens === 1) {
          // The first section's questions are long: unanswered, they wrap in the error summary on a phone.
          await widget.getByRole('button', { name: UI.continue_button[lang] }).click();
          await widget.locator('.joc-error-summary').waitFor();
          const offsets = await page.evaluate(bulletOffsets, '#widget');
          assert.ok(offsets.length > 1);
          if (view.viewport.width <= 360) assert.ok(offsets.some((o) => o.lines > 1), 'on a phone, an item wraps');
          for (const o of offsets) assert.ok(Math.abs(o.offset) <= 1, `bullet ${o.offset} px from the first of ${o.lines} lines of "${o.item}"`);
          await checkScreen(page, '#widget', 'error summary');
          assert.deepEqual(await axe(page, '#widget'), [], 'error summary');
        }
        await answerScreen(widget, answers);
        await checkScreen(page, '#widget', `${title}, answered`);
        await widget.getByRole('button', { name: UI.continue_button[lang] }).click();
        await widget.locator('h2.joc-title').filter({ hasNotText: title }).waitFor();
        screens += 1;
      }
      await checkScreen(page, '#widget', 'review');
      await widget.getByRole('button', { name: UI.review_submit[lang] }).click();
      await widget.locator('.joc-band').waitFor();

      const emergency = widget.locator('[data-service="emergency"]');
      assert.ok(await emergency.isVisible(), 'the case lists the emergency numbers');
      assert.equal(await emergency.locator('.joc-unverified').count(), 0, 'not marked unverified');
      assert.ok(!(await emergency.textContent()).includes(UI.service_unverified[lang]));
      const { small, phones } = await page.evaluate(measureTargets, '#widget');
      assert.deepEqual(small, [], 'targets under 44x44 px on the result');
      assert.ok(phones.some((p) => p.number.length <= 3), `a short number was measured: ${JSON.stringify(phones)}`);
      assert.ok(await emergency.locator('a[href^="tel:"]').count() >= 2);
      assert.deepEqual(await axe(page, '#widget'), [], 'result');

      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(printContrast, ['#widget', '.joc']);
      assert.ok(printed.texts > 20, 'the printed result has text');
      assert.deepEqual(printed.low, [], 'printed contrast');
      await page.emulateMedia({ media: 'screen' });
      await page.close();
    });

    test(`counsellor mode, ${lang}, ${view.name}: the running list scrolls within itself, focus around New client, 44 px targets, room under Urdu labels, print contrast, axe`, async () => {
      const page = await open(view, '/app/counsellor.html');
      const widget = page.locator('#widget');
      await widget.locator('.joc-counsellor').waitFor();
      if (lang === 'en') await widget.getByRole('button', { name: UI.switch_language.ur }).click();
      await widget.locator(`.joc-counsellor[lang="${lang}"]`).waitFor();
      for (const q of QUESTIONS) {
        const yes = widget.locator(`input[name="${q.id}"][value="yes"]`);
        if (await yes.count()) await yes.check();
      }
      await checkScreen(page, '#widget', 'counsellor mode, answered');

      // Part-way down the page (at a middle section), nothing of the list is out of reach.
      const live = widget.locator('.joc-live');
      const middle = widget.locator('.joc-nav button').nth(3);
      await middle.click();
      const box = () =>
        live.evaluate((el) => ({ sticky: getComputedStyle(el).position === 'sticky', scrollTop: el.scrollTop, scrollHeight: el.scrollHeight, clientHeight: el.clientHeight }));
      const lastItem = live.locator('li').last();
      const shown = async () => {
        const item = await lastItem.boundingBox();
        const list = await page.evaluate(placeOf, ['#widget', '.joc-live']);
        return item.y >= list.top - 1 && item.y + item.height <= Math.min(list.bottom, view.viewport.height) + 1;
      };
      const mid = await box();
      if (mid.sticky) {
        const list = await page.evaluate(placeOf, ['#widget', '.joc-live']);
        assert.ok(list.shows, `the list shows whole, below the bar: ${JSON.stringify(list)}`);
        assert.ok(mid.scrollHeight > mid.clientHeight, 'the list of every sign is longer than the screen');
        assert.equal(await live.getAttribute('tabindex'), '0');
        await live.focus();
        assert.equal((await page.evaluate(focused)).tag, 'aside', 'the list takes focus');
        await page.keyboard.press('End');
        await page.waitForFunction(() => {
          const el = document.querySelector('#widget').shadowRoot.querySelector('.joc-live');
          return el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
        });
        assert.ok(await shown(), 'End scrolls the list to its last item');
      } else {
        assert.ok(mid.scrollHeight <= mid.clientHeight + 1, 'in one column, the list is in the page, whole');
        await lastItem.scrollIntoViewIfNeeded();
        assert.ok(await shown(), 'the page scrolls to its last item');
      }
      assert.deepEqual(await axe(page, '#widget'), [], 'counsellor mode with a long running list');

      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(printContrast, ['#widget', '.joc-print']);
      assert.ok(printed.texts > 20, 'the printed summary has text');
      assert.deepEqual(printed.low, [], 'printed contrast');
      await page.emulateMedia({ media: 'screen' });

      // New client, from the keyboard, part-way down the page: the confirmation shows whole, with focus on Cancel.
      await middle.click();
      const newClient = widget.getByRole('button', { name: UI.new_client[lang] });
      await newClient.focus();
      const sectionTop = () => widget.locator('.joc-counsellor-section').nth(3).locator('h2').evaluate((el) => el.getBoundingClientRect().top);
      const place = await sectionTop();
      await page.keyboard.press('Enter');
      const dialog = widget.getByRole('alertdialog', { name: UI.new_client_confirm[lang] });
      await dialog.waitFor();
      const inDialog = await settledFocus(() => page.evaluate(focused), (f) => f.text === UI.cancel[lang]);
      assert.equal(inDialog.text, UI.cancel[lang], 'the confirmation takes focus, on Cancel');
      assert.ok(inDialog.dialog.includes(UI.new_client_confirm[lang]));
      const asked = await page.evaluate(placeOf, ['#widget', '.joc-confirm']);
      assert.ok(asked.top >= 0 && asked.bottom <= view.viewport.height, `the confirmation shows whole: ${JSON.stringify(asked)}`);
      // In the sticky bar, it shows wherever the counsellor is on the page (elsewhere the bar and New client are at
      // the top).
      const sticky = asked.below > 0;
      assert.equal(sticky, view.viewport.width > 760 && view.viewport.height >= 480);

      // Cancel: focus back on New client, the page as it was, the answers kept.
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      const returned = await settledFocus(() => page.evaluate(focused), (f) => f.text === UI.new_client[lang]);
      assert.equal(returned.text, UI.new_client[lang], 'Cancel returns focus to New client');
      if (sticky) {
        const back = await sectionTop();
        assert.ok(Math.abs(back - place) <= 1, `the section in view is where it was: ${place}, then ${back}`);
      }
      assert.ok(await newClient.evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().bottom <= innerHeight), 'New client is on screen');
      assert.ok(await widget.locator('input:checked').count() > 0, 'Cancel keeps the answers');

      await page.keyboard.press('Enter');
      await dialog.waitFor();
      await checkScreen(page, '#widget', 'New client confirmation');
      assert.deepEqual(await axe(page, '#widget'), [], 'New client confirmation');

      // Clearing, part-way down the page, moves focus to the first heading, brought into view below the bar.
      await middle.click();
      const yes = widget.getByRole('button', { name: UI.new_client_yes[lang] });
      await yes.focus();
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      assert.equal(await widget.locator('input:checked').count(), 0);
      const heading = await settledFocus(() => page.evaluate(focused), (f) => f.tag === 'h2');
      assert.deepEqual([heading.tag, heading.section], ['h2', 's-about'], 'focus on the first heading');
      const about = await page.evaluate(placeOf, ['#widget', '#s-about h2']);
      assert.ok(about.shows, `the first heading shows, below the bar: ${JSON.stringify(about)}`);
      await page.close();
    });
  }

  test(`the static fallback, en and ur, ${view.name}: 44 px targets, emergency numbers not marked unverified, axe`, async () => {
    const browser = browsers[view.scale];
    const page = await browser.context.newPage();
    await page.setViewportSize(view.viewport);
    await page.route('**/job_offer_check_bg.wasm', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(`${browser.url}/demo.html`);
    for (const host of ['#widget-en', '#widget-ur']) {
      await page.locator(`${host} .joc-fallback`).waitFor();
      const { small, phones } = await page.evaluate(measureTargets, host);
      assert.deepEqual(small, [], `targets under 44x44 px in ${host}`);
      assert.ok(phones.some((p) => p.number.length <= 3), `${host}: a short number was measured`);
      assert.equal(await page.locator(`${host} [data-service="emergency"] .joc-unverified`).count(), 0);
      assert.deepEqual(await axe(page, host), [], host);
    }
    await page.close();
  });

  test(`the demo page, ${view.name}: its first link, in Urdu at the top, takes an Urdu reader to the Urdu widget`, async () => {
    const page = await open(view, '/demo.html');
    const link = await page.evaluate(() => {
      const a = document.body.querySelector('a[href]');
      const r = a.getBoundingClientRect();
      return { href: a.getAttribute('href'), lang: a.closest('[lang]').lang, dir: a.closest('[dir]')?.dir, top: r.top, bottom: r.bottom, width: r.width, height: r.height };
    });
    assert.equal(link.lang, 'ur');
    assert.equal(link.dir, 'rtl');
    assert.ok(link.top >= 0 && link.bottom <= view.viewport.height, 'on the first screen');
    assert.ok(link.width >= 44 && link.height >= 44, `a 44 px target: ${link.width}x${link.height}`);
    assert.deepEqual(await axe(page, 'p:has(> a[href="' + link.href + '"])', { shadow: false }), [], 'the link');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), link.href, 'the first Tab stop');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#widget-ur').getBoundingClientRect().top < innerHeight);
    const urdu = await page.locator('#widget-ur').boundingBox();
    assert.ok(urdu.y >= 0 && urdu.y < view.viewport.height, `the Urdu widget is on screen: ${urdu.y}`);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'widget-ur', 'the next Tab goes into the Urdu widget');
    await page.close();
  });

  test(`no failed request on any page, the favicon included, ${view.name}`, async () => {
    const { context, url } = browsers[view.scale];
    const paths = ['', 'app/', 'test/'].flatMap((dir) =>
      readdirSync(`${repo}/www/${dir}`).filter((f) => f.endsWith('.html')).map((f) => `/${dir}${f}`),
    );
    assert.ok(paths.length >= 10, 'every page is listed');
    // Without an icon of its own a page gets the browser's request for /favicon.ico, a 404 on most hosts. Each page
    // names one, and it loads; except a page whose Content-Security-Policy allows no image at all, for which the
    // browser asks for no icon (and an icon named would break its policy).
    const visit = async (path, { control = false } = {}) => {
      const page = await context.newPage();
      await page.setViewportSize(view.viewport);
      const failed = [];
      await page.exposeFunction('__jocViolation', (directive, uri) => {
        if (directive === 'img-src') failed.push(`${directive} refused ${uri}`);
      });
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) => window.__jocViolation(e.violatedDirective, e.blockedURI)),
      );
      page.on('console', (m) => {
        if (/Failed to load resource|Refused to load the image|favicon/.test(m.text())) failed.push(m.text());
      });
      page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      if (control) {
        // The same page with an icon that is not there (a name of its own: the browser remembers a missing icon).
        await page.route(url + path, async (route) => {
          const response = await route.fetch();
          const icon = `<link rel="icon" href="/missing-icon-${VIEWS.indexOf(view)}.ico">`;
          const body = (await response.text()).replace(/<link rel="icon"[^>]*>/, '').replace('<head>', `<head>${icon}`);
          await route.fulfill({ response, body });
        });
      }
      const logged404 = control && page.waitForEvent('console', (m) => /404/.test(m.text()));
      const response = await page.goto(url + path, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      await logged404;
      const policy = response.headers()['content-security-policy'] ?? '';
      const noImages = /default-src 'none'/.test(policy) && !/img-src/.test(policy);
      const icon = await page.evaluate(async (noImages) => {
        const link = document.querySelector('link[rel~="icon"]');
        if (!link) return noImages ? null : 'no icon named';
        if (link.href.startsWith('data:')) return null;
        const response = await fetch(link.href, { method: 'HEAD' });
        return response.ok ? null : `${link.getAttribute('href')}: ${response.status}`;
      }, noImages);
      await page.close();
      return icon ? [...failed, icon] : failed;
    };
    const control = await visit('/test/plain.html', { control: true });
    assert.ok(control.some((f) => /404/.test(f)), `a missing icon is seen: ${JSON.stringify(control)}`);
    for (const path of paths) assert.deepEqual(await visit(path), [], path);
  });
}
