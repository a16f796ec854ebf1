// Cross-browser: scenarios of tests/scenarios, in the English and the Urdu widget of the partner demo page, from the
// intro through About the offer and every section the answers route to, to the result, with the pointer: each
// reaches its expected verdict, signs, steps, things to find out and services (as e2e/foundation.test.mjs checks
// them in Chromium); and after load the page makes no request, calls no network, storage or event API and stores
// nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SCENARIOS, UI } from '../harness.mjs';
import { ENGINE, assertNothingLeft, expected, press, readResult, representativeScenarios, shown, useEngine, walkToResult } from './common.mjs';

const session = useEngine();

const WIDGETS = [
  { widget: ['#widget-en'], lang: 'en', dir: 'ltr' },
  { widget: ['#widget-ur'], lang: 'ur', dir: 'rtl' },
];

for (const name of representativeScenarios()) {
  const scenario = SCENARIOS[name];
  test(`${ENGINE}: scenario ${name}, in English and in Urdu, reaches its result with no request after load and nothing stored`, async () => {
    const page = await session.engine.open('/demo.html');
    for (const { widget, lang, dir } of WIDGETS) {
      assert.deepEqual(await page.run((w) => [J.root(w).querySelector('.joc').lang, J.root(w).querySelector('.joc').dir], widget), [lang, dir]);
      const screens = await walkToResult(page, widget, scenario, lang);
      assert.equal(screens[0].split('|')[1], UI.about_caption[lang], 'About the offer comes first');
      assert.ok(screens.length >= 3, `walked through the questions: ${screens.join(' / ')}`);
      const result = await readResult(page, widget);
      assert.deepEqual(shown(result), expected(scenario, lang), `${lang} result`);
      assert.ok(result.calls.includes('mrc'), `${lang}: a call button for the MRC beside the verdict`);
    }
    await assertNothingLeft(page);
  });
}

test(`${ENGINE}: every case of tests/scenarios gives its expected result, in English and in Urdu, one after another with Start again (clicked in the page: the pointer walks are the ones above)`, async () => {
  const page = await session.engine.open('/demo.html');
  const names = Object.keys(SCENARIOS).sort();
  const wrong = [];
  for (const name of names) {
    for (const { widget, lang } of WIDGETS) {
      await walkToResult(page, widget, SCENARIOS[name], lang, { input: 'script' });
      const result = shown(await readResult(page, widget));
      const want = expected(SCENARIOS[name], lang);
      try {
        assert.deepEqual(result, want);
      } catch {
        wrong.push(`${name} (${lang}): ${JSON.stringify(result)}, expected ${JSON.stringify(want)}`);
      }
      await press(page, [...widget, { css: 'button', text: UI.start_again[lang] }], 'script');
    }
  }
  assert.deepEqual(wrong, [], `${wrong.length} of ${names.length * 2} walks`);
  await assertNothingLeft(page);
});
