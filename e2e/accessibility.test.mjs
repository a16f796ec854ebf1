// Accessibility (WCAG 2.2 AA) and counsellor mode in Chromium: axe-core on every screen in both languages and two
// viewports, keyboard-only use, focus management, target size, reflow, read aloud with on-device voices only,
// counsellor mode with its print summary, and offline use of the standalone and counsellor pages.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { CONTEXT, QUESTIONS, SCENARIOS, SECTIONS, UI, answerScreen, bandLabel, fakeSpeech, fullAnswers, openBrowser, openPage, readResult, settledFocus, untilControlled } from './harness.mjs';

const AXE = readFileSync(new URL('../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const VIEWPORTS = { mobile: { width: 360, height: 740 }, desktop: { width: 1280, height: 900 } };

let browser;
before(async () => {
  browser = await openBrowser();
});
after(async () => {
  await browser?.close();
});

/** What fills `{date}` in `text`, the interface text `template` filled in. */
function filledIn(template, text) {
  const literal = (part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const [before, after] = template.split('{date}');
  const found = text.trim().match(new RegExp(`^${literal(before)}(.+)${literal(after)}$`))?.[1];
  assert.ok(found, `'${text}' is not '${template}' filled in`);
  return found;
}

async function axe(page, selector) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  // Each screen is checked as a person arrives on it, from its top. Further down, controls pass beneath the sticky
  // bar, and axe counts a control under the bar's buttons as two overlapping targets: that is scrolling, not a fault.
  await page.evaluate((sel) => document.querySelector(sel).scrollIntoView(), selector);
  const result = await page.evaluate(
    ([sel, tags]) => window.axe.run(document.querySelector(sel), { runOnly: { type: 'tag', values: tags } }),
    [selector, TAGS],
  );
  const insideShadow = result.passes.filter((rule) => rule.nodes.some((n) => Array.isArray(n.target[0])));
  assert.ok(insideShadow.length >= 3, `axe did not reach into the shadow root (${insideShadow.length} rules)`);
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' > ')).join(', ')})`);
}

async function noSidewaysScroll(page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
}

for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
  for (const lang of ['en', 'ur']) {
    test(`axe finds no WCAG A/AA violation on any screen (${lang}, ${viewportName})`, async () => {
      const { page } = await openPage(browser.context, browser.url, '/app/index.html');
      await page.setViewportSize(viewport);
      const widget = page.locator('#widget');
      if (lang === 'ur') await widget.getByRole('button', { name: UI.switch_language.en }).click();
      const report = {};
      report.intro = await axe(page, '#widget');
      await widget.getByRole('button', { name: UI.start[lang] }).click();
      await widget.getByRole('button', { name: UI.continue_button[lang] }).click();
      await widget.locator('.joc-error-summary').waitFor();
      report.errors = await axe(page, '#widget');
      const answers = fullAnswers(SCENARIOS['visit-visa-to-dubai']);
      while (await widget.locator('form.joc-page').count()) {
        await answerScreen(widget, answers);
        const title = await widget.locator('h2.joc-title').textContent();
        report[title] = await axe(page, '#widget');
        await widget.getByRole('button', { name: UI.continue_button[lang] }).click();
        await widget.locator('h2.joc-title').filter({ hasNotText: title }).waitFor();
      }
      report.review = await axe(page, '#widget');
      await widget.getByRole('button', { name: UI.review_submit[lang] }).click();
      await widget.locator('.joc-band').waitFor();
      report.result = await axe(page, '#widget');
      for (const [screen, violations] of Object.entries(report)) assert.deepEqual(violations, [], screen);
      await page.close();
    });
  }
  test(`axe finds no violation in the static fallback and in counsellor mode (${viewportName})`, async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize(viewport);
    await page.route('**/job_offer_check_bg.wasm', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(`${browser.url}/demo.html`);
    await page.locator('#widget-ur .joc-fallback').waitFor();
    assert.deepEqual(await axe(page, '#widget-ur'), [], 'Urdu fallback');
    assert.deepEqual(await axe(page, '#widget-en'), [], 'English fallback');
    await page.close();
    const counsellor = await openPage(browser.context, browser.url, '/app/counsellor.html');
    await counsellor.page.setViewportSize(viewport);
    assert.deepEqual(await axe(counsellor.page, '#widget'), [], 'counsellor mode');
    await counsellor.page.close();
  });
}

for (const [width, zoom] of [[320, '400%'], [640, '200%']]) {
  test(`reflow at ${width} CSS px (${zoom} zoom of 1280): no sideways scrolling on any screen, in both languages`, async () => {
    const { page } = await openPage(browser.context, browser.url, '/app/index.html');
    await page.setViewportSize({ width, height: 640 });
    const widget = page.locator('#widget');
    for (const lang of ['en', 'ur']) {
      if (lang === 'ur') await widget.getByRole('button', { name: UI.switch_language.en }).click();
      assert.ok(await noSidewaysScroll(page), `${lang} intro`);
      await widget.getByRole('button', { name: UI.start[lang] }).click();
      const answers = fullAnswers(SCENARIOS['unsure-of-everything']);
      while (await widget.locator('form.joc-page').count()) {
        await answerScreen(widget, answers);
        const title = await widget.locator('h2.joc-title').textContent();
        assert.ok(await noSidewaysScroll(page), `${lang} ${title}`);
        await widget.getByRole('button', { name: UI.continue_button[lang] }).click();
        await widget.locator('h2.joc-title').filter({ hasNotText: title }).waitFor();
      }
      await widget.getByRole('button', { name: UI.review_submit[lang] }).click();
      await widget.locator('.joc-band').waitFor();
      assert.ok(await noSidewaysScroll(page), `${lang} result`);
      await widget.getByRole('button', { name: UI.start_again[lang] }).click();
    }
    await page.close();
  });
}

test('targets are at least 44 by 44 CSS px', async () => {
  const { page } = await openPage(browser.context, browser.url, '/app/index.html');
  const widget = page.locator('#widget');
  await widget.getByRole('button', { name: UI.start.en }).click();
  const small = await page.evaluate(() => {
    const root = document.querySelector('#widget').shadowRoot;
    return [...root.querySelectorAll('button, label.joc-radio, a')]
      .map((el) => ({ el: el.textContent.trim().slice(0, 30), box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.width < 44 || box.height < 44))
      .map(({ el, box }) => `${el} ${box.width}x${box.height}`);
  });
  assert.deepEqual(small, []);
  await page.close();
});

test('keyboard only: the whole flow with Tab, Shift+Tab, arrows, Space and Enter, with focus always visible', async () => {
  const { page } = await openPage(browser.context, browser.url, '/app/index.html');
  const focused = () =>
    page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      const style = getComputedStyle(el);
      return {
        tag: el.tagName.toLowerCase(),
        name: el.getAttribute('name'),
        value: el.getAttribute('value'),
        text: el.textContent.trim(),
        visible: style.outlineStyle !== 'none' || style.boxShadow !== 'none',
      };
    });
  const tabTo = async (predicate, { back = false } = {}) => {
    for (let i = 0; i < 80; i += 1) {
      await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
      const f = await focused();
      if (f.tag !== 'body') assert.ok(f.visible, `focus is not visible on ${JSON.stringify(f)}`);
      if (predicate(f)) return f;
    }
    throw new Error('never reached the element');
  };
  await tabTo((f) => f.text === UI.start.en);
  await page.keyboard.press('Enter');
  assert.equal((await settledFocus(focused, (f) => f.tag === 'h2')).tag, 'h2', 'the heading of About the offer receives focus');

  const scenario = SCENARIOS['licensed-oep-by-the-book'];
  const answers = fullAnswers(scenario);
  const widget = page.locator('#widget');
  const order = (name) => widget.locator(`input[name="${name}"]`).evaluateAll((inputs) => inputs.map((i) => i.value));
  while (await widget.locator('form.joc-page').count()) {
    for (;;) {
      const open = await widget.locator('fieldset.joc-question').evaluateAll((sets) =>
        sets.filter((f) => !f.querySelector('input:checked')).map((f) => f.id.replace(/^q-/, '')),
      );
      if (!open.length) break;
      const name = open[0];
      const values = await order(name);
      const f = await tabTo((f) => f.name === name);
      assert.equal(f.value, values[0], 'Tab enters an unanswered group at its first radio');
      await page.keyboard.press('Space');
      for (let i = 0; i < values.indexOf(answers[name] ?? 'no'); i += 1) await page.keyboard.press('ArrowDown');
      // A question that appears or goes as the answer changes must not take the focused radio with it.
      assert.equal((await focused()).name, name, 'focus stays on the question being answered');
    }
    await tabTo((f) => f.text === UI.continue_button.en);
    await page.keyboard.press('Enter');
    assert.equal((await settledFocus(focused, (f) => f.tag === 'h2')).tag, 'h2', 'the next page\'s heading receives focus');
  }
  // On "Check your answers", go back with Shift+Tab to a Change button, then forward to the result.
  await tabTo((f) => f.text.startsWith(UI.review_change.en), { back: true });
  await tabTo((f) => f.text === UI.review_submit.en);
  await page.keyboard.press('Enter');
  const result = await readResult(widget);
  assert.equal(result.band, bandLabel(scenario.expect.verdict, 'en'));
  assert.deepEqual(result.signs, scenario.expect.signs);
  await page.close();
});

test('focus: Continue and Back move focus to the heading; an error summary takes focus and links to the question', async () => {
  const { page } = await openPage(browser.context, browser.url, '/app/index.html');
  const widget = page.locator('#widget');
  const active = () => page.evaluate(() => {
    const el = document.querySelector('#widget').shadowRoot.activeElement;
    return el ? `${el.tagName.toLowerCase()}.${el.className}|${el.getAttribute('name') ?? ''}` : '';
  });
  await widget.getByRole('button', { name: UI.start.en }).click();
  await widget.getByRole('button', { name: UI.continue_button.en }).click();
  assert.match(await settledFocus(active, (a) => /^div\.joc-error-summary/.test(a)), /^div\.joc-error-summary/);
  const first = CONTEXT[0];
  await widget.locator('.joc-error-summary').getByRole('button', { name: first.text.en }).click();
  assert.equal(await active(), `input.|${first.id}`);
  await answerScreen(widget, Object.fromEntries(CONTEXT.map((q) => [q.id, q.choices[0].id])));
  await widget.getByRole('button', { name: UI.continue_button.en }).click();
  assert.match(await settledFocus(active, (a) => /^h2\.joc-title/.test(a)), /^h2\.joc-title/);
  await widget.getByRole('button', { name: UI.back_button.en }).click();
  assert.match(await settledFocus(active, (a) => /^h2\.joc-title/.test(a)), /^h2\.joc-title/);
  assert.equal(await widget.locator('.joc-status').getAttribute('aria-live'), 'polite');
  await page.close();
});

test('read aloud uses only an on-device voice, and is hidden where the language has none', async () => {
  const page = await browser.context.newPage();
  await page.addInitScript(fakeSpeech, {
    late: true,
    voices: [
      { name: 'Network English', lang: 'en-US', localService: false },
      { name: 'Device English', lang: 'en-GB', localService: true },
      { name: 'Network Urdu', lang: 'ur-PK', localService: false },
    ],
  });
  await page.goto(`${browser.url}/app/index.html`);
  const widget = page.locator('#widget');
  await widget.getByRole('button', { name: UI.start.en }).click();
  const read = widget.getByRole('button', { name: UI.read_aloud.en });
  assert.equal(await read.count(), 0, 'no button before any voice is known');
  await page.evaluate(() => window.__voicesArrive());
  await read.click();
  const [spoken] = await page.evaluate(() => window.__speech.spoken);
  assert.equal(spoken.voice, 'Device English');
  assert.ok(spoken.text.includes(CONTEXT[0].text.en));
  assert.ok(spoken.text.includes(CONTEXT[0].choices[0].text.en), 'with its choices');
  await widget.getByRole('button', { name: UI.switch_language.en }).click();
  await widget.locator('.joc[lang="ur"]').waitFor();
  assert.equal(await widget.getByRole('button', { name: UI.read_aloud.ur }).count(), 0, 'only a network Urdu voice: hidden');
  await page.close();
});

test('counsellor mode: About the offer and every section, both languages, questions that do not apply folded, a running list that starts with no answers, New client, print in both languages', async () => {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    window.print = () => {
      window.__printed = (window.__printed ?? 0) + 1;
    };
  });
  await page.goto(`${browser.url}/app/counsellor.html`);
  const widget = page.locator('#widget');
  await widget.locator('.joc-counsellor[lang="ur"]').waitFor();
  assert.equal(await widget.locator('.joc-counsellor-section').count(), SECTIONS.length + 1, 'About the offer and every section on one page');
  const radios = CONTEXT.reduce((n, q) => n + q.choices.length, 0) + QUESTIONS.length * 3;
  assert.equal(await widget.locator('input[type="radio"]').count(), radios, 'with no answer, every question applies');
  assert.equal(await widget.locator('.joc-legend .joc-other[lang="en"]').count(), CONTEXT.length + QUESTIONS.length, 'English beside Urdu');
  const live = widget.locator('.joc-live');
  assert.equal((await live.locator('.joc-band-name').textContent()).trim(), UI.no_answers_yet.ur, 'no answers yet: never "few"');

  // An employer directly: the agent's questions fold away under their section, still there to ask.
  await widget.locator('input[name="offered_by"][value="employer"]').check();
  await widget.locator('[data-folded="sub_agent"]').waitFor({ state: 'attached' });
  assert.equal(await widget.locator('input[name="sub_agent"]').count(), 0);
  await widget.locator('input[name="passport_retention"][value="yes"]').check();
  await widget.locator('input[name="rushed"][value="unsure"]').check();
  await live.locator('[data-sign="passport_retention"]').waitFor();
  assert.equal((await live.locator('.joc-band-name').textContent()).trim(), bandLabel('serious', 'ur'));
  await live.locator('[data-find-out="rushed"]').waitFor();
  assert.ok(await live.locator('.joc-now').isVisible(), 'what to do, on the screen');
  assert.ok(await live.locator('a.joc-call[data-call="mrc"]').isVisible(), 'and the number to call');

  // Print: the summary only, in both languages while both are shown, with how many questions were answered.
  await widget.getByRole('button', { name: UI.print_summary.ur }).click();
  assert.equal(await page.evaluate(() => window.__printed), 1);
  await page.emulateMedia({ media: 'print' });
  const summaries = widget.locator('.joc-print');
  assert.equal(await summaries.count(), 2, 'Urdu and English');
  assert.ok(await summaries.first().isVisible());
  assert.ok(!(await widget.locator('.joc-columns').isVisible()));
  assert.equal(await summaries.nth(1).getAttribute('lang'), 'en');
  const text = await summaries.first().textContent();
  const mrcNumber = await widget.locator('.joc-print [data-service="mrc"] a[href^="tel:"]').first().textContent();
  for (const expected of [UI.summary_title.ur, bandLabel('serious', 'ur'), UI.summary_note.ur, mrcNumber]) {
    assert.ok(text.includes(expected), expected);
  }
  assert.ok(text.includes(UI.summary_answered.ur.split('{')[0].trim()), 'how many questions were answered');
  // Today's date, written as the checked dates are: one format per language, the month names of questions/ui.toml.
  const today = await page.evaluate(() => [new Date().getDate(), new Date().getMonth(), new Date().getFullYear()]);
  for (const [i, lang] of [[0, 'ur'], [1, 'en']]) {
    const summary = summaries.nth(i);
    const months = UI.months[lang].split(' ');
    const written = new RegExp(`^\\d{1,2} (${months.join('|')}) \\d{4}$`);
    const date = filledIn(UI.summary_date[lang], await summary.locator('h2 + p').textContent());
    const checked = filledIn(UI.service_checked[lang], await summary.locator('.joc-checked').first().textContent());
    assert.match(checked, written, `a checked date (${lang})`);
    assert.match(date, written, `the summary's date is written as the checked dates (${lang})`);
    assert.equal(date, `${today[0]} ${months[today[1]]} ${today[2]}`, `today (${lang})`);
  }
  assert.equal(await summaries.locator('input, textarea, select').count(), 0);
  await page.emulateMedia({ media: 'screen' });
  await widget.getByRole('button', { name: UI.both_languages.ur }).click();
  assert.equal(await widget.locator('.joc-legend .joc-other').count(), 0, 'switchable');
  assert.equal(await widget.locator('.joc-print').count(), 1, 'one language prints one summary');

  // Quick navigation moves to the section's heading.
  await widget.locator('.joc-nav button').last().click();
  const focusedSection = await page.evaluate(() => document.querySelector('#widget').shadowRoot.activeElement?.closest('section')?.id);
  assert.equal(focusedSection, `s-${SECTIONS[SECTIONS.length - 1].id}`);

  // New client asks first; Cancel keeps the answers, Yes clears everything, and the running list says so.
  await widget.getByRole('button', { name: UI.new_client.ur }).click();
  await widget.getByRole('button', { name: UI.cancel.ur }).click();
  assert.ok(await widget.locator('input[name="passport_retention"][value="yes"]').isChecked());
  await widget.getByRole('button', { name: UI.new_client.ur }).click();
  await widget.getByRole('button', { name: UI.new_client_yes.ur }).click();
  assert.equal(await widget.locator('input:checked').count(), 0);
  assert.equal(await live.locator('[data-sign]').count(), 0);
  assert.equal((await live.locator('.joc-band-name').textContent()).trim(), UI.no_answers_yet.ur);

  // Printed with no answers: it says there are not enough, never that the offer looks safe.
  await page.emulateMedia({ media: 'print' });
  const empty = await widget.locator('.joc-print').first().textContent();
  assert.ok(empty.includes(bandLabel('not_enough_answers', 'ur')));
  assert.ok(!empty.includes(UI.no_signs.ur) && !empty.includes(bandLabel('few', 'ur')));
  await page.close();
});

test('offline: after a first visit, the standalone and counsellor pages open without a connection', async () => {
  const online = await openBrowser({ serviceWorkers: 'allow' });
  try {
    const page = await online.context.newPage();
    await page.goto(`${online.url}/app/counsellor.html`);
    await untilControlled(page);
    const cached = await page.evaluate(async () => {
      const urls = [];
      for (const key of await caches.keys()) for (const r of await (await caches.open(key)).keys()) urls.push(new URL(r.url).pathname);
      return urls.sort();
    });
    assert.ok(cached.includes('/pkg/job_offer_check_bg.wasm'));
    assert.ok(cached.includes('/pkg/job_offer_check_counsellor_bg.wasm'));
    assert.ok(cached.every((u) => /^\/(app\/|pkg\/|job-offer-check\.|widget\.js$|widget\/[\w-]+\.js$)/.test(u)), `only the app's own files: ${cached}`);
    await online.context.setOffline(true);
    for (const path of ['/app/counsellor.html', '/app/index.html']) {
      await page.goto(`${online.url}${path}`);
      await page.locator('#widget .joc:not(.joc-fallback)').waitFor();
    }
    await page.locator('#widget').getByRole('button', { name: UI.start.en }).click();
    await page.locator('#widget fieldset').first().waitFor();
  } finally {
    await online.context.setOffline(false);
    await online.close();
  }
});
