// The foundation flow in a real browser: the partner demo page and the standalone page, in Urdu and English, from
// the intro to the result, with the privacy guard on throughout.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  CONTEXT,
  EMPTY_STORAGE,
  QUESTIONS,
  SCENARIOS,
  SECTIONS,
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

/** The result a case must show, as readResult gives it. */
function expected(scenario, lang) {
  const e = scenario.expect;
  return { band: bandLabel(e.verdict, lang), signs: e.signs, steps: e.steps ?? [], findOut: e.find_out ?? [], services: e.services };
}

function shown(result) {
  const { calls, ...rest } = result;
  return rest;
}

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

    const captions = await walkToResult(widget, fullAnswers(scenario), 'ur');
    assert.equal(captions[0], UI.about_caption.ur, 'About the offer comes first');
    const sections = captions.length - 1;
    assert.ok(sections >= 1 && sections <= SECTIONS.length);
    assert.equal(captions[1], UI.progress.ur.replace('{n}', '1').replace('{total}', String(sections)), 'counting only the sections that apply');

    assert.deepEqual(shown(await readResult(widget)), expected(scenario, 'ur'));
    const call = widget.locator('.joc-band a.joc-call[data-call="mrc"]');
    assert.equal(await call.getAttribute('href'), await widget.locator('[data-service="mrc"] a[href^="tel:"]').getAttribute('href'));

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
  await widget.locator('input[name="offered_by"][value="agent"]').check();

  await widget.getByRole('button', { name: UI.switch_language.en }).click();
  await widget.locator('.joc[lang="ur"][dir="rtl"]').waitFor();
  assert.ok(await widget.locator('input[name="offered_by"][value="agent"]').isChecked());
  await widget.getByText(CONTEXT[0].text.ur).waitFor();
  await widget.getByRole('button', { name: UI.switch_language.ur }).click();
  await widget.locator('.joc[lang="en"]').waitFor();

  // Continue with questions unanswered shows the error summary and stays.
  await widget.getByRole('button', { name: UI.continue_button.en }).click();
  await widget.getByText(UI.error_title.en).waitFor();

  const answers = { offered_by: 'agent', destination: 'gulf', job: 'labour', visa: 'work', stage: 'asked_to_pay', sub_agent: 'unsure' };
  const captions = await walkToResult(widget, answers, 'en');
  assert.equal(captions[1], `Section 1 of ${captions.length - 1}`);
  let result = await readResult(widget);
  assert.equal(result.band, bandLabel('some', 'en'), 'Not sure about a middleman: an important thing still unknown');
  assert.deepEqual(result.findOut, ['sub_agent']);

  // Back to Check your answers; change who offered the job: the agent's questions no longer apply, and it says so.
  await widget.getByRole('button', { name: UI.back_button.en }).click();
  await widget.getByRole('button', { name: `${UI.review_change.en} ${UI.about_title.en}` }).click();
  await widget.locator('input[name="offered_by"][value="employer"]').check();
  await widget.getByRole('button', { name: UI.continue_button.en }).click();
  await widget.getByText(UI.review_title.en).waitFor();
  await widget.locator('.joc-notice').waitFor();
  assert.ok((await widget.locator('.joc-notice').textContent()).startsWith(UI.removed_answers.en.split('{n}')[0]));
  const middleman = QUESTIONS.find((q) => q.id === 'sub_agent').text.en;
  assert.equal(await widget.locator('dt', { hasText: middleman }).count(), 0, 'Check your answers shows only what was asked');
  await widget.getByRole('button', { name: UI.review_submit.en }).click();
  result = await readResult(widget);
  assert.deepEqual(result.findOut, []);
  assert.equal(result.band, bandLabel('few', 'en'));

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

test('standalone page in Urdu: a context answer changed on Check your answers removes what no longer applies, and says so', async () => {
  const { page, requests } = await openPage(browser.context, browser.url, '/app/index.html');
  const widget = page.locator('#widget');
  await widget.getByRole('button', { name: UI.switch_language.en }).click();
  await widget.locator('.joc[lang="ur"]').waitFor();
  const answers = { offered_by: 'agent', destination: 'gulf', job: 'labour', visa: 'work', stage: 'paid', sub_agent: 'yes' };
  await walkToResult(widget, answers, 'ur');
  assert.ok((await readResult(widget)).signs.includes('sub_agent'));

  await widget.getByRole('button', { name: UI.back_button.ur }).click();
  await widget.getByRole('button', { name: `${UI.review_change.ur} ${UI.about_title.ur}` }).click();
  await widget.locator('input[name="offered_by"][value="employer"]').check();
  await widget.getByRole('button', { name: UI.continue_button.ur }).click();
  await widget.getByText(UI.review_title.ur).waitFor();
  const notice = await widget.locator('.joc-notice').textContent();
  assert.ok(notice.startsWith(UI.removed_answers.ur.split('{n}')[0]), notice);
  const middleman = QUESTIONS.find((q) => q.id === 'sub_agent').text.ur;
  assert.equal(await widget.locator('dt', { hasText: middleman }).count(), 0, 'Check your answers shows only what was asked');
  await widget.getByRole('button', { name: UI.review_submit.ur }).click();
  const result = await readResult(widget);
  assert.ok(!result.signs.includes('sub_agent'), 'a question that no longer applies is not a sign');
  assert.deepEqual(requests.after, []);
  await page.close();
});

test('strict CSP host page: the widget works and no securitypolicyviolation fires', async () => {
  const { page, requests } = await openPage(browser.context, browser.url, '/strict-csp.html');
  const widget = page.locator('#widget');
  const scenario = SCENARIOS['licensed-oep-by-the-book'];
  await walkToResult(widget, fullAnswers(scenario), 'en');
  assert.equal((await readResult(widget)).band, bandLabel(scenario.expect.verdict, 'en'));
  assert.deepEqual(await page.evaluate(() => window.__jocViolations), [], 'no securitypolicyviolation from load to result');
  assert.ok(!requests.console.some((m) => m.includes('Content Security Policy')), requests.console.join('\n'));
  assert.deepEqual(requests.after, []);
  await page.close();
});

test('standalone page: every case in tests/scenarios gives its expected result, one after another with Start again', async () => {
  const { page, requests } = await openPage(browser.context, browser.url, '/app/index.html');
  const widget = page.locator('#widget');
  for (const [name, scenario] of Object.entries(SCENARIOS)) {
    await walkToResult(widget, fullAnswers(scenario), 'en');
    assert.deepEqual(shown(await readResult(widget)), expected(scenario, 'en'), name);
    await widget.getByRole('button', { name: UI.start_again.en }).click();
  }
  assert.deepEqual(requests.after, []);
  assert.deepEqual(requests.errors, []);
  assert.deepEqual(await storageSnapshot(page), EMPTY_STORAGE);
  await page.close();
});
