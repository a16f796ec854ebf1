// The foundation flow in a real browser: the partner demo page and the standalone page, in Urdu and English, from
// the intro to the result, with the privacy guard on throughout.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  EMPTY_STORAGE,
  QUESTIONS,
  SCENARIOS,
  UI,
  bandLabel,
  fullAnswers,
  openBrowser,
  openPage,
  readResult,
  storageSnapshot,
  walkToResult,
} from './harness.mjs';

let browser;
before(async () => {
  browser = await openBrowser();
});
after(async () => {
  await browser?.close();
});

const sectionCount = new Set(QUESTIONS.map((q) => q.section)).size;

for (const name of ['visit-visa-to-dubai', 'fake-agent-advance-fee']) {
  test(`partner demo page, Urdu widget: scenario ${name} reaches the expected result without any request or storage`, async () => {
    const scenario = SCENARIOS[name];
    const { page, requests } = await openPage(browser.context, browser.url, '/demo.html');
    const storageBefore = await browser.context.storageState();
    const widget = page.locator('#widget-ur');
    const root = widget.locator('.joc');
    assert.equal(await root.getAttribute('lang'), 'ur');
    assert.equal(await root.getAttribute('dir'), 'rtl');
    await widget.getByText(UI.privacy.ur).waitFor();

    const progress = await walkToResult(widget, fullAnswers(scenario), 'ur');
    assert.equal(progress.length, sectionCount);
    assert.equal(progress[1], UI.progress.ur.replace('{n}', '2').replace('{total}', String(sectionCount)));

    const result = await readResult(widget);
    assert.equal(result.band, bandLabel(scenario.expect.band, 'ur'));
    assert.deepEqual(result.signs, scenario.expect.signs);
    assert.deepEqual(result.findOut, scenario.expect.find_out);
    assert.deepEqual(result.services, scenario.expect.services);
    assert.equal(await widget.locator('[data-service="mrc"] a[href^="tel:"]').getAttribute('href'), 'tel:03041112123');

    // The English widget on the same page is untouched by the Urdu one.
    assert.equal(await page.locator('#widget-en .joc').getAttribute('lang'), 'en');
    assert.ok(await page.locator('#widget-en').getByRole('button', { name: UI.start.en }).isVisible());

    assert.deepEqual(requests.after, [], 'no request after the page has loaded');
    assert.deepEqual(requests.sockets, []);
    assert.deepEqual(requests.errors, []);
    assert.deepEqual(await storageSnapshot(page), EMPTY_STORAGE);
    assert.deepEqual(await browser.context.storageState(), storageBefore);
    await page.close();
  });
}

test('standalone page: switching language keeps every answer, Change returns to the review, Start again clears', async () => {
  const { page, requests } = await openPage(browser.context, browser.url, '/app/index.html');
  const widget = page.locator('#widget');
  await widget.getByRole('button', { name: UI.start.en }).click();
  const first = QUESTIONS[0];
  await widget.locator(`input[name="${first.id}"][value="unsure"]`).check();

  await widget.getByRole('button', { name: UI.switch_language.en }).click();
  await widget.locator('.joc[lang="ur"][dir="rtl"]').waitFor();
  assert.ok(await widget.locator(`input[name="${first.id}"][value="unsure"]`).isChecked());
  await widget.getByText(first.text.ur).waitFor();

  await widget.getByRole('button', { name: UI.switch_language.ur }).click();
  await widget.locator('.joc[lang="en"]').waitFor();

  // Continue with questions unanswered shows the error summary and stays on the section.
  await widget.getByRole('button', { name: UI.continue_button.en }).click();
  await widget.getByText(UI.error_title.en).waitFor();

  const answers = fullAnswers({ answers: { [first.id]: 'unsure' } });
  for (const q of QUESTIONS.filter((q) => q.section === first.section)) {
    await widget.locator(`input[name="${q.id}"][value="${answers[q.id]}"]`).check();
  }
  await widget.getByRole('button', { name: UI.continue_button.en }).click();
  await widget.getByRole('button', { name: UI.back_button.en }).click();
  assert.ok(await widget.locator(`input[name="${first.id}"][value="unsure"]`).isChecked(), 'Back keeps answers');
  await widget.getByRole('button', { name: UI.back_button.en }).click();
  await widget.getByRole('button', { name: UI.start.en }).waitFor();

  const progress = await walkToResult(widget, answers, 'en');
  assert.equal(progress[0], `Section 1 of ${sectionCount}`);
  const result = await readResult(widget);
  assert.equal(result.band, bandLabel('some', 'en'));
  assert.deepEqual(result.findOut, [first.id]);

  await widget.getByRole('button', { name: UI.back_button.en }).click();
  await widget.getByRole('button', { name: UI.review_change.en }).first().click();
  await widget.locator(`input[name="${first.id}"][value="yes"]`).check();
  await widget.getByRole('button', { name: UI.continue_button.en }).click();
  await widget.getByText(UI.review_title.en).waitFor();
  await widget.getByRole('button', { name: UI.review_submit.en }).click();
  assert.deepEqual((await readResult(widget)).findOut, []);

  // "Leave quickly" stays on screen at the foot of a long result.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const exit = await widget.getByRole('button', { name: UI.quick_exit.en }).boundingBox();
  const viewport = page.viewportSize();
  assert.ok(exit.y >= 0 && exit.y + exit.height <= viewport.height, `Leave quickly is off screen: ${JSON.stringify(exit)}`);

  await widget.getByRole('button', { name: UI.start_again.en }).click();
  await widget.getByRole('button', { name: UI.start.en }).click();
  assert.equal(await widget.locator('input:checked').count(), 0, 'Start again clears every answer');

  assert.deepEqual(requests.after, []);
  assert.deepEqual(requests.errors, []);
  assert.deepEqual(await storageSnapshot(page), EMPTY_STORAGE);
  await page.close();
});

test('strict CSP host page: the widget works and no securitypolicyviolation fires', async () => {
  const { page, requests } = await openPage(browser.context, browser.url, '/strict-csp.html');
  const widget = page.locator('#widget');
  const answers = fullAnswers(SCENARIOS['licensed-oep-by-the-book']);
  await walkToResult(widget, answers, 'en');
  assert.equal((await readResult(widget)).band, bandLabel('few', 'en'));
  assert.deepEqual(await page.evaluate(() => window.__jocViolations), [], 'no securitypolicyviolation from load to result');
  assert.ok(!requests.console.some((m) => m.includes('Content Security Policy')), requests.console.join('\n'));
  assert.deepEqual(requests.after, []);
  await page.close();
});

test('standalone page: every scenario in tests/scenarios gives its expected result, one after another with Start again', async () => {
  const { page, requests } = await openPage(browser.context, browser.url, '/app/index.html');
  const widget = page.locator('#widget');
  for (const [name, scenario] of Object.entries(SCENARIOS)) {
    await walkToResult(widget, fullAnswers(scenario), 'en');
    const result = await readResult(widget);
    assert.equal(result.band, bandLabel(scenario.expect.band, 'en'), name);
    assert.deepEqual(result.signs, scenario.expect.signs, name);
    assert.deepEqual(result.findOut, scenario.expect.find_out, name);
    assert.deepEqual(result.services, scenario.expect.services, name);
    if (scenario.expect.services.includes('emergency')) {
      await widget.locator('[data-service="emergency"]').getByText(UI.service_unverified.en).waitFor();
    }
    await widget.getByRole('button', { name: UI.start_again.en }).click();
  }
  assert.deepEqual(requests.after, []);
  assert.deepEqual(requests.errors, []);
  assert.deepEqual(await storageSnapshot(page), EMPTY_STORAGE);
  await page.close();
});
