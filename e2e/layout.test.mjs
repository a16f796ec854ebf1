// On a small phone, a desktop and at 200 % zoom (issue 15), in both languages: the bar stays on screen only where it
// takes at most an eighth of the viewport and then never covers a heading brought into view; choosing an answer moves
// nothing on the screen.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { UI, answerScreen, openBrowser, openPage, settledFocus } from './harness.mjs';

/** The views of the issue: phones 320 and 360 px wide, a 1024×768 desktop, and that desktop at 200 % zoom. */
const VIEWS = [
  { name: '320 px', viewport: { width: 320, height: 568 } },
  { name: '360 px', viewport: { width: 360, height: 640 } },
  { name: '1024 px', viewport: { width: 1024, height: 768 } },
  { name: '200 % zoom', viewport: { width: 512, height: 384 }, deviceScaleFactor: 2 },
];

const ABOUT = { offered_by: 'agent', destination: 'gulf', job: 'labour', visa: 'work', stage: 'paid' };

const browsers = new Map();
/** One browser per view, started when first needed. */
async function browserFor(view) {
  if (!browsers.has(view.name)) {
    browsers.set(view.name, await openBrowser({ viewport: view.viewport, deviceScaleFactor: view.deviceScaleFactor ?? 1 }));
  }
  return browsers.get(view.name);
}
after(async () => {
  for (const b of browsers.values()) await b.close();
});

/** The bar's box and whether it stays on screen (position sticky), and the viewport's height. */
function bar(widget) {
  return widget.locator('.joc-bar').evaluate((el) => ({
    sticky: getComputedStyle(el).position === 'sticky',
    box: el.getBoundingClientRect().toJSON(),
    viewport: innerHeight,
  }));
}

/** Checks that the heading `title` shows in full, below the bar where the bar stays on screen. */
async function assertClearOfBar(widget, title, what = 'heading') {
  const box = await title.evaluate((el) => el.getBoundingClientRect().toJSON());
  const b = await bar(widget);
  const clear = b.sticky ? b.box.bottom : 0;
  assert.ok(box.top >= clear - 1 && box.bottom <= b.viewport, `${what} at ${box.top}-${box.bottom}, bar ends at ${clear}`);
}

/** Opens the standalone page (or counsellor mode) in `lang`, at About the offer unless `intro`. */
async function open(view, lang, { path = '/app/index.html', intro = false } = {}) {
  const b = await browserFor(view);
  const { page } = await openPage(b.context, b.url, path);
  const widget = page.locator('#widget');
  await widget.locator('.joc:not([data-joc-static])').waitFor();
  if (lang === 'ur') await widget.getByRole('button', { name: UI.switch_language.en }).click();
  if (!intro) await widget.getByRole('button', { name: UI.start[lang], exact: true }).click();
  return { page, widget };
}

for (const view of VIEWS) {
  for (const lang of ['en', 'ur']) {
    test(`${view.name}, ${lang}: the bar stays on screen only where it takes at most an eighth of it`, async () => {
      for (const path of ['/app/index.html', '/app/counsellor.html']) {
        const { page, widget } = await open(view, lang, { path, intro: true });
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        const b = await bar(widget);
        if (b.sticky) {
          assert.ok(b.box.height <= b.viewport / 8, `${path}: the sticky bar is ${b.box.height} px of ${b.viewport}`);
        }
        // Where it does not fit, it scrolls away with the page.
        if (b.box.height > b.viewport / 8) assert.ok(!b.sticky, `${path}: a bar of ${b.box.height} px must not stay`);
        await page.close();
      }
    });

    test(`${view.name}, ${lang}: after Continue at the foot of a screen, the new heading shows in full below the bar`, async () => {
      const { page, widget } = await open(view, lang);
      await answerScreen(widget, ABOUT);
      const continueButton = widget.getByRole('button', { name: UI.continue_button[lang] });
      for (let screen = 0; screen < 2; screen += 1) {
        await continueButton.scrollIntoViewIfNeeded();
        const before = await widget.locator('h2.joc-title').textContent();
        await continueButton.click();
        const title = widget.locator('h2.joc-title', { hasNotText: before });
        await title.waitFor();
        // Focus moves, and so scrolls, after the render: read the place once it has.
        const hasFocus = () => title.evaluate((el) => el === el.getRootNode().activeElement);
        assert.equal(await settledFocus(hasFocus, (f) => f), true, 'the new heading has focus');
        await assertClearOfBar(widget, title);
        await answerScreen(widget, {});
      }
      await page.close();
    });

    test(`${view.name}, ${lang}: a new heading that would sit under the bar is brought below it`, async () => {
      const { page, widget } = await open(view, lang);
      await answerScreen(widget, ABOUT);
      const heading = widget.locator('h2.joc-title');
      const before = await heading.textContent();
      // The next heading takes the place of this one. Scrolled so that it starts 20 px from the top, it is in view but
      // under a sticky bar (focus must still move it: scroll-margin); Continue pressed by script, so nothing scrolls.
      await heading.evaluate((el) => scrollBy(0, el.getBoundingClientRect().top - 20));
      await widget.getByRole('button', { name: UI.continue_button[lang] }).evaluate((button) => button.click());
      const title = widget.locator('h2.joc-title', { hasNotText: before });
      await title.waitFor();
      await assertClearOfBar(widget, title);
      await page.close();
    });
  }
}

for (const width of [320, 360, 412]) {
  for (const lang of ['en', 'ur']) {
    test(`${width} px, ${lang}: choosing an answer moves nothing on the screen`, async () => {
      const { page, widget } = await open({ name: `${width} px`, viewport: { width, height: 800 } }, lang);
      // The boxes of the radio's own question (its labels too) and of every question above it: a question that an
      // answer makes appear below is new content, not a jump.
      const boxes = (radio) =>
        radio.evaluate((input) => {
          const fieldset = input.closest('fieldset');
          const above = [...fieldset.parentElement.querySelectorAll('fieldset')].filter(
            (f) => f === fieldset || f.compareDocumentPosition(fieldset) & Node.DOCUMENT_POSITION_FOLLOWING,
          );
          // In page coordinates: checking a radio may scroll it into view, which is not a shift.
          return [...above, ...fieldset.querySelectorAll('label')].map((e) => {
            const r = e.getBoundingClientRect();
            return [r.left + scrollX, r.top + scrollY, r.width, r.height].map(Math.round).join(',');
          });
        });
      for (const screen of ['about', 'section']) {
        const radios = widget.locator('fieldset input[type="radio"]');
        for (let i = 0; i < Math.min(await radios.count(), 12); i += 1) {
          const before = await boxes(radios.nth(i));
          await radios.nth(i).check();
          assert.deepEqual(await boxes(radios.nth(i)), before, `${screen}: choosing radio ${i} moved the screen`);
        }
        if (screen === 'about') {
          await answerScreen(widget, ABOUT);
          await widget.getByRole('button', { name: UI.continue_button[lang] }).click();
          await widget.locator('h2.joc-title', { hasNotText: UI.about_title[lang] }).waitFor();
        }
      }
      await page.close();
    });
  }
}

for (const lang of ['en', 'ur']) {
  test(`1024 px, ${lang}: counsellor mode's section links bring each section's heading in full below the bar`, async () => {
    const view = VIEWS.find((v) => v.name === '1024 px');
    const { page, widget } = await open(view, lang, { path: '/app/counsellor.html', intro: true });
    const links = widget.locator('.joc-nav button');
    for (let i = (await links.count()) - 1; i >= 0; i -= 1) {
      await links.nth(i).click();
      await assertClearOfBar(widget, widget.locator('.joc-counsellor-section h2').nth(i), `section ${i}: heading`);
    }
    await page.close();
  });
}
