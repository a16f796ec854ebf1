// The browser's Back and Forward (issue 15): they move between the widget's own steps on every page that embeds it,
// with answers kept and never in history; Back from the first step leaves the page; "Leave quickly" leaves so that
// Back never returns to the check, however many steps are in history; the page's URL and its router's state never
// change; history="off" keeps the widget out of history.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { UI, answerScreen, openBrowser, openPage } from './harness.mjs';

/** Issue 15's views: phone widths, a desktop window, and that window at 200 % zoom (device scale factor 2). */
const VIEWS = [
  { name: '320 px', viewport: { width: 320, height: 568 } },
  { name: '360 px', viewport: { width: 360, height: 640 } },
  { name: '1024 px', viewport: { width: 1024, height: 768 } },
  { name: '200 % zoom', viewport: { width: 512, height: 384 }, deviceScaleFactor: 2 },
];

/** A browser per view (a persistent context keeps the scale it starts with); `browser` is the 360 px one. */
const browsers = new Map();
let browser;
before(async () => {
  for (const view of VIEWS) {
    browsers.set(view.name, await openBrowser({ viewport: view.viewport, deviceScaleFactor: view.deviceScaleFactor ?? 1 }));
  }
  browser = browsers.get('360 px');
});
after(async () => {
  for (const b of browsers.values()) await b.close();
});

const ABOUT = { offered_by: 'agent', destination: 'gulf', job: 'labour', visa: 'work', stage: 'asked_to_pay' };

/** Opens `path` after a page of its own, so that Back from the widget's first step has somewhere to go. */
async function openAfterAnotherPage(path, { context, url } = browser) {
  const opened = await openPage(context, url, '/test/neutral.html?before');
  await opened.page.goto(`${url}${path}`);
  await opened.page.locator('.joc:not([data-joc-static])').first().waitFor();
  return opened;
}

/** The heading the widget at `widget` shows. */
const heading = (widget) => widget.locator('h2.joc-title').textContent();

/**
 * Presses the browser's Back (or Forward), waits for the widget's heading to become `expected`, and checks that the
 * heading shows in full.
 */
async function travel(page, widget, direction, expected) {
  await (direction === 'back' ? page.goBack() : page.goForward());
  const title = widget.locator('h2.joc-title', { hasText: expected });
  await title.waitFor();
  const box = await title.evaluate((h) => ({ top: h.getBoundingClientRect().top, bottom: h.getBoundingClientRect().bottom, height: innerHeight }));
  assert.ok(box.top >= 0 && box.bottom <= box.height, `"${expected}" shows in full after ${direction}: ${JSON.stringify(box)}`);
}

/** From the intro to the first section: Start, About the offer answered, Continue. Returns the section's title. */
async function toFirstSection(widget, lang) {
  await widget.getByRole('button', { name: UI.start[lang], exact: true }).click();
  await answerScreen(widget, ABOUT);
  await widget.getByRole('button', { name: UI.continue_button[lang] }).click();
  await widget.locator('h2.joc-title', { hasNotText: UI.about_title[lang] }).waitFor();
  return heading(widget);
}

for (const view of VIEWS) for (const lang of ['en', 'ur']) {
  test(`standalone page, ${view.name}, ${lang}: Back and Forward move between the steps with answers kept and the heading in view, the URL unchanged and no answer in history; Back from the intro leaves`, async () => {
    const { page, requests } = await openAfterAnotherPage('/app/index.html', browsers.get(view.name));
    const url = page.url();
    const widget = page.locator('#widget');
    if (lang === 'ur') await widget.getByRole('button', { name: UI.switch_language.en }).click();
    const intro = await heading(widget);
    const section1 = await toFirstSection(widget, lang);
    await answerScreen(widget, {});
    await widget.getByRole('button', { name: UI.continue_button[lang] }).click();
    await widget.locator('h2.joc-title', { hasNotText: section1 }).waitFor();
    const section2 = await heading(widget);

    await travel(page, widget, 'back', section1);
    assert.equal(await widget.locator('fieldset input:checked').count(), await widget.locator('fieldset').count(), 'its answers are kept');
    await travel(page, widget, 'back', UI.about_title[lang]);
    for (const [id, choice] of Object.entries(ABOUT)) {
      assert.ok(await widget.locator(`input[name="${id}"][value="${choice}"]`).isChecked(), `${id} is still ${choice}`);
    }
    await travel(page, widget, 'forward', section1);
    await travel(page, widget, 'forward', section2);
    const state = await page.evaluate(() => JSON.stringify(history.state));
    for (const value of [...Object.values(ABOUT), 'yes', 'no', 'unsure']) {
      assert.ok(!state.includes(`"${value}"`), `history holds no answer: ${state}`);
    }
    assert.equal(page.url(), url, 'the URL never changes');

    await travel(page, widget, 'back', section1);
    await travel(page, widget, 'back', UI.about_title[lang]);
    await travel(page, widget, 'back', intro);
    await page.goBack();
    await page.waitForURL('**/test/neutral.html?before');
    assert.deepEqual(requests.errors, []);
    await page.close();
  });
}

test('Leave quickly with several steps in history: the neutral site replaces the page, and Back from it never returns to the check', async () => {
  const { page } = await openAfterAnotherPage('/test/history.html');
  const widget = page.locator('#first');
  const section1 = await toFirstSection(widget, 'en');
  await answerScreen(widget, {});
  await widget.getByRole('button', { name: UI.continue_button.en }).click();
  await widget.locator('h2.joc-title', { hasNotText: section1 }).waitFor();
  // Three steps in history: About the offer, section 1, section 2.
  await page.waitForFunction(() => history.state?.jobOfferCheck?.depth === 3);
  const length = await page.evaluate(() => history.length);
  await widget.getByRole('button', { name: UI.quick_exit.en }).click();
  await page.waitForURL('**/test/neutral.html');
  assert.equal(await page.evaluate(() => history.length), length, 'leaving adds no entry');
  await page.goBack();
  await page.waitForURL('**/test/neutral.html?before');
  assert.equal(await page.locator('job-offer-check').count(), 0, 'Back lands on the page before the check');
  await page.close();
});

test("a page with its own router: its route and URL are untouched, two widgets keep their own steps, history=\"off\" stays out", async () => {
  const { page } = await openAfterAnotherPage('/test/history.html');
  const url = page.url();
  const first = page.locator('#first');
  const second = page.locator('#second');
  const section1 = await toFirstSection(first, 'en');
  await second.getByRole('button', { name: UI.start.ur, exact: true }).click();
  await second.locator('h2.joc-title', { hasText: UI.about_title.ur }).waitFor();
  assert.equal(await page.evaluate(() => history.state.route), 'home', "the router's own state is kept in every entry");

  // Back undoes the last step, whichever widget took it; the other widget stays where it is.
  await travel(page, second, 'back', UI.intro_title.ur);
  assert.equal(await heading(first), section1, 'the other widget stays on its step');
  await travel(page, first, 'back', UI.about_title.en);
  const routes = await page.evaluate(() => window.__routes);
  assert.ok(routes.length >= 2);
  for (const route of routes) assert.deepEqual(route, { href: url, route: 'home' }, 'the router sees the same URL and route');

  // history="off": its steps add no entry.
  const off = page.locator('#off');
  const length = await page.evaluate(() => history.length);
  await off.getByRole('button', { name: UI.start.en, exact: true }).click();
  await off.locator('h2.joc-title', { hasText: UI.about_title.en }).waitFor();
  await answerScreen(off, ABOUT);
  await off.getByRole('button', { name: UI.continue_button.en }).click();
  await off.locator('h2.joc-title', { hasNotText: UI.about_title.en }).waitFor();
  assert.equal(await page.evaluate(() => history.length), length, 'history="off" adds no entry');
  await page.close();
});
