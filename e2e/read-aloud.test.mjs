// Read aloud (issue 15, point 4) against a stubbed Web Speech API, in English and Urdu: on the static first screen
// before the wasm and on every live screen; one question at a time with its choices, or the whole screen; Stop while
// it speaks; the result's order (the band, what to do now with the first number's digits one by one, then each sign's
// title and what to do); only an on-device voice, no buttons without one; one reading on a page of two widgets.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CONTEXT, SCENARIOS, UI, answerScreen, fullAnswers, openBrowser, walkToResult } from './harness.mjs';

const DEVICE = [
  { name: 'Network English', lang: 'en-US', localService: false },
  { name: 'Device English', lang: 'en-GB', localService: true },
  { name: 'Network Urdu', lang: 'ur-PK', localService: false },
  { name: 'Device Urdu', lang: 'ur_PK', localService: true },
];
const VOICE = { en: 'Device English', ur: 'Device Urdu' };
const OTHER = { en: 'ur', ur: 'en' };
const ANSWERS = ['answer_yes', 'answer_no', 'answer_not_sure'];

let browser;
before(async () => {
  browser = await openBrowser({ viewport: { width: 360, height: 740 } });
});
after(async () => {
  await browser?.close();
});

/**
 * Runs in the page before its scripts: replaces the Web Speech API with a recording fake. `window.__speech` holds
 * what was said ({ text, voice, lang }) and how many times cancel() was called; `window.__finishSpeaking()` ends every
 * utterance still queued, as the device would once it has said them; `window.__voicesArrive()` makes `voices` known
 * (with `late`, none are at first, as on a device that loads its voices after the page).
 */
function fakeSpeech({ voices, late }) {
  const log = { spoken: [], cancels: 0 };
  let queue = [];
  class FakeUtterance {
    constructor(text) {
      this.text = text;
      this.voice = null;
      this.lang = '';
    }
  }
  class FakeSpeech extends EventTarget {
    constructor() {
      super();
      this.ready = !late;
    }
    getVoices() {
      return this.ready ? voices : [];
    }
    speak(u) {
      log.spoken.push({ text: u.text, voice: u.voice?.name, lang: u.lang });
      queue.push(u);
    }
    cancel() {
      log.cancels += 1;
      const stopped = queue;
      queue = [];
      for (const u of stopped) u.onerror?.({ error: 'interrupted' });
    }
  }
  const speech = new FakeSpeech();
  Object.defineProperty(window, 'speechSynthesis', { value: speech, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
  Object.defineProperty(window, '__speech', { value: log });
  Object.defineProperty(window, '__finishSpeaking', {
    value: () => {
      const done = queue;
      queue = [];
      for (const u of done) u.onend?.({});
    },
  });
  Object.defineProperty(window, '__voicesArrive', {
    value: () => {
      speech.ready = true;
      speech.dispatchEvent(new Event('voiceschanged'));
    },
  });
}

/**
 * A new page with the fake speech API, opened at `path`; with `live`, once every widget on it is the live one. With
 * `hold`, requests matching it wait until `release()` is called.
 */
async function speechPage(path, { voices = DEVICE, late = false, live = true, hold } = {}) {
  const page = await browser.context.newPage();
  await page.addInitScript(fakeSpeech, { voices, late });
  let release;
  if (hold) {
    const held = new Promise((resolve) => {
      release = resolve;
    });
    await page.route(hold, async (route) => {
      await held;
      await route.continue();
    });
  }
  await page.goto(browser.url + path);
  if (live) {
    await page.waitForFunction(() =>
      [...document.querySelectorAll('job-offer-check, [data-job-offer-check]')].every((h) =>
        h.shadowRoot?.querySelector('.joc:not([data-joc-static])'),
      ),
    );
  }
  return { page, release };
}

/** Everything said so far: { spoken: [{ text, voice, lang }], cancels }. */
const said = (page) => page.evaluate(() => structuredClone(window.__speech));

/** The text of the utterances said after the first `from`, joined. */
async function saidSince(page, from) {
  return (await said(page)).spoken.slice(from).map((s) => s.text).join('\n');
}

/** Checks that `pieces` occur in `text` in this order. */
function inOrder(text, pieces, what) {
  let at = 0;
  for (const piece of pieces) {
    const found = text.indexOf(piece, at);
    assert.ok(found >= 0, `${what}: "${piece}" is not said after position ${at} of:\n${text}`);
    at = found + piece.length;
  }
}

/** Read aloud's buttons in a widget (or a part of it): real <button>s at least 44 px tall, in the widget's language. */
async function checkButtons(scope, lang) {
  const buttons = scope.locator('.joc-read:visible button');
  assert.ok((await buttons.count()) >= 1, 'Read aloud shows');
  for (const b of await buttons.all()) {
    assert.equal(await b.evaluate((e) => e.localName), 'button');
    assert.equal(await b.getAttribute('type'), 'button', 'not a submit button inside the form');
    assert.ok((await b.boundingBox()).height >= 44, 'at least 44 px tall');
    assert.equal(await b.evaluate((e) => e.closest('[lang]').lang), lang);
  }
}

/** The text a person sees for each of Read aloud's visible buttons. */
const labels = (scope) => scope.locator('.joc-read:visible button').evaluateAll((bs) => bs.map((b) => b.textContent.trim()));

test('the static first screen reads aloud before the wasm (English, then Urdu), and the live widget reads on where it took over', async () => {
  const { page, release } = await speechPage('/app/index.html', { live: false, hold: '**/job_offer_check_bg.wasm' });
  const widget = page.locator('#widget');
  const first = widget.locator('.joc[data-joc-static]');
  await first.waitFor();
  await checkButtons(first, 'en');
  assert.deepEqual(await labels(first), [UI.read_aloud.en], 'the intro has no questions: the whole screen only');

  await first.getByRole('button', { name: UI.read_aloud.en }).click();
  let s = await said(page);
  assert.equal(s.spoken[0].voice, VOICE.en, 'the on-device voice, never the network one');
  inOrder(s.spoken[0].text, [UI.intro_title.en, UI.intro_body.en, UI.privacy.en], 'the intro');
  const stop = first.getByRole('button', { name: UI.read_stop.en });
  assert.ok(await stop.isVisible(), 'Stop shows while it speaks');
  const cancels = s.cancels;
  await stop.click();
  assert.equal((await said(page)).cancels, cancels + 1, 'Stop cancels the speech');
  assert.deepEqual(await labels(first), [UI.read_aloud.en]);

  await first.getByRole('button', { name: UI.start.en }).click();
  await first.locator('[data-joc-step="about"]').waitFor();
  await checkButtons(first, 'en');
  assert.deepEqual(await labels(first), [UI.read_aloud.en, UI.read_one.en]);
  await first.getByRole('button', { name: UI.read_one.en }).click();
  const one = (await said(page)).spoken.at(-1).text;
  inOrder(one, [UI.about_title.en, CONTEXT[0].text.en, ...CONTEXT[0].choices.map((c) => c.text.en)], 'the first question');
  assert.ok(!one.includes(CONTEXT[1].text.en), 'one question only');
  assert.deepEqual(await labels(first), [UI.read_stop.en, UI.read_next.en]);

  // In Urdu, on the first screen still.
  await first.getByRole('button', { name: UI.switch_language.en }).click();
  await widget.locator('.joc[data-joc-static][lang="ur"]').waitFor();
  assert.deepEqual(await labels(first), [UI.read_aloud.ur, UI.read_one.ur], 'a language switch stops the reading');
  await checkButtons(first, 'ur');
  await first.getByRole('button', { name: UI.read_one.ur }).click();
  s = await said(page);
  assert.equal(s.spoken.at(-1).voice, VOICE.ur);
  assert.match(s.spoken.at(-1).lang, /^ur/);
  inOrder(s.spoken.at(-1).text, [CONTEXT[0].text.ur, ...CONTEXT[0].choices.map((c) => c.text.ur)], 'the first question in Urdu');
  await first.getByRole('button', { name: UI.read_next.ur }).focus();

  // The wasm arrives while the first question is said: the live widget's buttons carry on from there.
  const before = s.cancels;
  release();
  const live = widget.locator('.joc:not([data-joc-static])');
  await live.waitFor();
  assert.deepEqual(await labels(live), [UI.read_stop.ur, UI.read_next.ur], 'the reading is handed over');
  assert.equal((await said(page)).cancels, before, 'and not cut off');
  assert.equal(
    await page.evaluate(() => document.querySelector('#widget').shadowRoot.activeElement?.textContent.trim()),
    UI.read_next.ur,
    'focus stays on the button the person was on',
  );
  await live.getByRole('button', { name: UI.read_next.ur }).click();
  const next = (await said(page)).spoken.at(-1).text;
  assert.ok(next.includes(CONTEXT[1].text.ur) && !next.includes(CONTEXT[0].text.ur), 'the next question');
  await page.close();
});

for (const lang of ['en', 'ur']) {
  test(`live screens read aloud (${lang}): one question at a time with its choices, then "Next question"; the whole screen; Stop; a re-render keeps the buttons, a language switch stops`, async () => {
    const { page } = await speechPage('/app/index.html');
    const widget = page.locator('#widget');
    if (lang === 'ur') {
      await widget.getByRole('button', { name: UI.switch_language.en }).click();
      await widget.locator('.joc[lang="ur"]').waitFor();
    }
    await checkButtons(widget, lang);
    await widget.getByRole('button', { name: UI.read_aloud[lang] }).click();
    inOrder((await said(page)).spoken.at(-1).text, [UI.intro_title[lang], UI.intro_body[lang]], 'the live intro');
    await widget.getByRole('button', { name: UI.read_stop[lang] }).click();

    await widget.getByRole('button', { name: UI.start[lang] }).click();
    await widget.locator('fieldset').first().waitFor();
    await checkButtons(widget, lang);
    const one = widget.getByRole('button', { name: UI.read_one[lang] });
    await one.click();
    let text = (await said(page)).spoken.at(-1).text;
    inOrder(text, [UI.about_title[lang], CONTEXT[0].text[lang], ...CONTEXT[0].choices.map((c) => c.text[lang])], 'one question');
    assert.ok(!text.includes(CONTEXT[1].text[lang]));
    const next = widget.getByRole('button', { name: UI.read_next[lang] });
    assert.ok(await next.isVisible(), 'the button now says "Next question"');
    assert.ok(await widget.getByRole('button', { name: UI.read_stop[lang] }).isVisible(), 'Stop while it speaks');

    // An answer makes yew draw the screen again: the buttons stay, and still say what they do next.
    await widget.locator(`input[name="${CONTEXT[0].id}"]`).first().check();
    await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
    assert.deepEqual(await labels(widget), [UI.read_stop[lang], UI.read_next[lang]]);
    await next.click();
    text = (await said(page)).spoken.at(-1).text;
    inOrder(text, [CONTEXT[1].text[lang], ...CONTEXT[1].choices.map((c) => c.text[lang])], 'the next question');
    assert.ok(!text.includes(UI.about_title[lang]) && !text.includes(CONTEXT[0].text[lang]), 'only the next question');

    // The whole screen: every question with its choices, in order; the one-at-a-time button starts over.
    const from = (await said(page)).spoken.length;
    await widget.getByRole('button', { name: UI.read_stop[lang] }).click();
    await widget.getByRole('button', { name: UI.read_aloud[lang] }).click();
    const screens = await widget.locator('fieldset legend').allTextContents();
    const all = await saidSince(page, from);
    inOrder(all, [UI.about_title[lang], ...CONTEXT.filter((q) => screens.includes(q.text[lang])).flatMap((q) => [q.text[lang], ...q.choices.map((c) => c.text[lang])])], 'the whole screen');
    assert.deepEqual(await labels(widget), [UI.read_stop[lang], UI.read_one[lang]]);
    await page.evaluate(() => window.__finishSpeaking());
    assert.deepEqual(await labels(widget), [UI.read_aloud[lang], UI.read_one[lang]], 'said to the end: Read aloud again');

    // Stop: speech cancelled, nothing more said.
    await widget.getByRole('button', { name: UI.read_aloud[lang] }).click();
    const { cancels, spoken } = await said(page);
    await widget.getByRole('button', { name: UI.read_stop[lang] }).click();
    const stopped = await said(page);
    assert.equal(stopped.cancels, cancels + 1, 'speechSynthesis.cancel() called');
    assert.equal(stopped.spoken.length, spoken.length, 'nothing new said');
    assert.deepEqual(await labels(widget), [UI.read_aloud[lang], UI.read_one[lang]]);

    // A question of a section: its Yes / No / Not sure.
    await answerScreen(widget, fullAnswers(SCENARIOS['visit-visa-to-dubai']));
    await widget.getByRole('button', { name: UI.continue_button[lang] }).click();
    await widget.locator('.joc-caption').filter({ hasNotText: UI.about_caption[lang] }).waitFor();
    await checkButtons(widget, lang);
    await widget.getByRole('button', { name: UI.read_one[lang] }).click();
    const legend = (await widget.locator('fieldset legend').first().textContent()).trim();
    inOrder((await said(page)).spoken.at(-1).text, [legend, ...ANSWERS.map((k) => UI[k][lang])], 'a section question');

    // A language switch while it speaks stops it, and the buttons speak the other language.
    const cancelled = (await said(page)).cancels;
    await widget.getByRole('button', { name: UI.switch_language[lang] }).click();
    await widget.locator(`.joc[lang="${OTHER[lang]}"]`).waitFor();
    assert.ok((await said(page)).cancels > cancelled, 'stopped');
    assert.deepEqual(await labels(widget), [UI.read_aloud[OTHER[lang]], UI.read_one[OTHER[lang]]]);
    await widget.getByRole('button', { name: UI.read_aloud[OTHER[lang]] }).click();
    assert.equal((await said(page)).spoken.at(-1).voice, VOICE[OTHER[lang]]);
    await page.close();
  });

  test(`the result reads aloud (${lang}): the band, what to do now with the first number's digits one by one, then each sign's title and what to do`, async () => {
    const { page } = await speechPage('/app/index.html');
    const widget = page.locator('#widget');
    if (lang === 'ur') {
      await widget.getByRole('button', { name: UI.switch_language.en }).click();
      await widget.locator('.joc[lang="ur"]').waitFor();
    }
    await walkToResult(widget, fullAnswers(SCENARIOS['visit-visa-to-dubai']), lang);
    await checkButtons(widget, lang);
    const band = (await widget.locator('.joc-band-name').textContent()).trim();
    const now = (await widget.locator('.joc-now').textContent()).trim();
    const call = widget.locator('.joc-call').first();
    const number = (await call.locator('bdi').textContent()).trim();
    assert.match(number, /\d{3}/, 'a number to call');
    const signs = await widget.locator('.joc-sign').evaluateAll((items) =>
      items.map((li) => ({ title: li.querySelector('h4').lastChild.textContent.trim(), todo: li.querySelector(':scope > p').textContent.trim() })),
    );
    assert.ok(signs.length >= 2, 'a risky result, with signs');

    const from = (await said(page)).spoken.length;
    await widget.getByRole('button', { name: UI.read_aloud[lang] }).click();
    const all = await saidSince(page, from);
    // Each digit on its own, a pause (a comma) where the number has a dash or a space: "0 3 0 4, 1 1 1 2 1 2 3".
    const digits = number.split(/\D+/).filter(Boolean).map((group) => [...group].join(' ')).join(', ');
    assert.ok(all.includes(digits), `the number ${number} is said digit by digit, as "${digits}":\n${all}`);
    assert.ok(!all.includes(number));
    inOrder(all, [band, now, digits, ...signs.flatMap((s) => [s.title, s.todo])], 'the result');
    assert.ok(!all.includes(UI.why_title[lang]) && !all.includes(UI.services_title[lang]), 'not why, nor every service');
    await widget.getByRole('button', { name: UI.read_stop[lang] }).click();

    await widget.getByRole('button', { name: UI.read_one[lang] }).click();
    const one = (await said(page)).spoken.at(-1).text;
    inOrder(one, [band, now, digits, signs[0].title, signs[0].todo], 'the first part');
    assert.ok(!one.includes(signs[1].title), 'one sign at a time');
    await widget.getByRole('button', { name: UI.read_next_sign[lang] }).click();
    const second = (await said(page)).spoken.at(-1).text;
    inOrder(second, [signs[1].title, signs[1].todo], 'the next sign');
    assert.ok(!second.includes(band), 'the next sign only');

    // Back to "Check your answers" while it speaks: the reading stops; there, one answer at a time.
    const { cancels } = await said(page);
    await widget.getByRole('button', { name: UI.back_button[lang] }).click();
    await widget.locator('h2.joc-title', { hasText: UI.review_title[lang] }).waitFor();
    assert.ok((await said(page)).cancels > cancels, 'leaving the result stops the reading');
    await checkButtons(widget, lang);
    assert.deepEqual(await labels(widget), [UI.read_aloud[lang], UI.read_one[lang]]);
    const rows = await widget.locator('.joc-summary-row').evaluateAll((rs) => rs.map((r) => [r.querySelector('dt').textContent, r.querySelector('dd').textContent]));
    await widget.getByRole('button', { name: UI.read_one[lang] }).click();
    inOrder((await said(page)).spoken.at(-1).text, [UI.review_title[lang], UI.about_title[lang], ...rows[0]], 'the first answer');
    await widget.getByRole('button', { name: UI.read_next[lang] }).click();
    const answer = (await said(page)).spoken.at(-1).text;
    inOrder(answer, rows[1], 'the next answer');
    assert.ok(!answer.includes(rows[0][0]));
    await page.close();
  });
}

for (const [what, voices] of [
  ['no voice at all', []],
  ['only network voices', DEVICE.filter((v) => !v.localService)],
]) {
  test(`${what}: no Read aloud buttons, on the first screen or any live screen, in either language`, async () => {
    const { page, release } = await speechPage('/app/index.html', { voices, late: true, live: false, hold: '**/job_offer_check_bg.wasm' });
    await page.evaluate(() => window.__voicesArrive());
    const widget = page.locator('#widget');
    const first = widget.locator('.joc[data-joc-static]');
    await first.waitFor();
    const none = async (where) => {
      assert.equal(await widget.locator('.joc-read button:visible').count(), 0, `${where}: no button`);
      assert.equal(await widget.locator('.joc-read:visible').count(), 0, `${where}: its box takes no room`);
    };
    await none('first screen');
    await first.getByRole('button', { name: UI.switch_language.en }).click();
    await widget.locator('.joc[data-joc-static][lang="ur"]').waitFor();
    await none('first screen, Urdu');
    release();
    await widget.locator('.joc:not([data-joc-static])').waitFor();
    await none('live intro, Urdu');
    await widget.getByRole('button', { name: UI.start.ur }).click();
    await widget.locator('fieldset').first().waitFor();
    await none('About the offer, Urdu');
    await widget.getByRole('button', { name: UI.switch_language.ur }).click();
    await widget.locator('.joc[lang="en"]').waitFor();
    await none('About the offer, English');
    assert.deepEqual((await said(page)).spoken, [], 'nothing said');
    await page.close();
  });
}

test('voices that arrive after the page show the buttons; two widgets on a page read one at a time', async () => {
  const { page } = await speechPage('/demo.html', { late: true });
  const en = page.locator('#widget-en');
  const ur = page.locator('#widget-ur');
  assert.equal(await page.locator('job-offer-check .joc-read button:visible').count(), 0, 'no voice known yet');
  await page.evaluate(() => window.__voicesArrive());
  await checkButtons(en, 'en');
  await checkButtons(ur, 'ur');

  await en.getByRole('button', { name: UI.read_aloud.en }).click();
  assert.deepEqual(await labels(en), [UI.read_stop.en]);
  const { cancels } = await said(page);
  await ur.getByRole('button', { name: UI.read_aloud.ur }).click();
  const s = await said(page);
  assert.ok(s.cancels > cancels, 'the first widget is stopped');
  assert.equal(s.spoken.at(-1).voice, VOICE.ur);
  assert.deepEqual(await labels(en), [UI.read_aloud.en], 'the first widget no longer says Stop');
  assert.deepEqual(await labels(ur), [UI.read_stop.ur]);
  await page.evaluate(() => window.__finishSpeaking());
  assert.deepEqual(await labels(ur), [UI.read_aloud.ur]);
  await page.close();
});
