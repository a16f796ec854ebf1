// Cross-browser: every scenario of tests/scenarios, in the English and the Urdu widget of the partner demo page, from
// the intro to the result with the pointer, reaches its expected result; and after load the page makes no request,
// calls no network, storage or event API and stores nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SCENARIOS, bandLabel } from '../harness.mjs';
import { ENGINE, assertNothingLeft, readResult, useEngine, walkToResult } from './common.mjs';

const session = useEngine();

const WIDGETS = [
  { widget: ['#widget-en'], lang: 'en', dir: 'ltr' },
  { widget: ['#widget-ur'], lang: 'ur', dir: 'rtl' },
];

for (const [name, scenario] of Object.entries(SCENARIOS)) {
  test(`${ENGINE}: scenario ${name}, in English and in Urdu, reaches its result with no request after load and nothing stored`, async () => {
    const page = await session.engine.open('/demo.html');
    for (const { widget, lang, dir } of WIDGETS) {
      assert.deepEqual(await page.run((w) => [J.root(w).querySelector('.joc').lang, J.root(w).querySelector('.joc').dir], widget), [lang, dir]);
      const screens = await walkToResult(page, widget, scenario, lang);
      assert.ok(screens.length >= 2, `walked through the questions: ${screens.join(' / ')}`);
      const result = await readResult(page, widget);
      assert.equal(result.band, bandLabel(scenario.expect.band, lang), `${lang} band`);
      assert.deepEqual(result.signs, scenario.expect.signs, `${lang} signs`);
      assert.deepEqual(result.findOut, scenario.expect.find_out, `${lang} things to find out`);
      assert.deepEqual(result.services, scenario.expect.services, `${lang} services`);
    }
    await assertNothingLeft(page);
  });
}
