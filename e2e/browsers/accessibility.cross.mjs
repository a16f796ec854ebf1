// Cross-browser: axe-core (WCAG 2 A/AA, 2.1 A/AA, 2.2 AA rules) on every screen of the widget in both languages
// (intro, error summary, About the offer, every section (the case walked routes to all of them), Check your answers,
// result), on the static fallback and on counsellor mode, run inside the engine on its own rendering.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SCENARIOS, SECTIONS, UI } from '../harness.mjs';
import { ENGINE, axe, primaryButton, useEngine, walkToResult } from './common.mjs';

const session = useEngine();
const widget = ['#widget'];

for (const lang of ['en', 'ur']) {
  test(`${ENGINE}: axe finds no WCAG A/AA violation on any screen (${lang})`, async () => {
    const page = await session.engine.open('/app/index.html');
    if (lang === 'ur') {
      await page.click([...widget, { css: 'button', text: UI.switch_language.en }]);
      await page.waitFor((w) => J.live(w)?.lang === 'ur', [widget], { what: 'the widget in Urdu' });
    }
    const report = {};
    report.intro = await axe(page, widget);
    await page.click([...widget, { css: 'button', text: UI.start[lang] }]);
    await page.waitFor((w) => J.root(w).querySelector('fieldset'), [widget], { what: 'About the offer' });
    await page.click(await primaryButton(page, widget));
    await page.waitFor((w) => J.root(w).querySelector('.joc-error-summary'), [widget], { what: 'the error summary' });
    report['error summary'] = await axe(page, widget);
    const screens = await walkToResult(page, widget, SCENARIOS['visit-visa-to-dubai'], lang, {
      started: true,
      onScreen: async () => {
        const title = await page.run((w) => J.text(J.root(w).querySelector('.joc-title')), widget);
        report[title] = await axe(page, widget);
      },
    });
    report.result = await axe(page, widget);
    assert.equal(Object.keys(report).length, screens.length + 3, `every screen was scanned: ${Object.keys(report).join(' / ')}`);
    assert.ok(UI.about_title[lang] in report, `About the offer was scanned: ${Object.keys(report).join(' / ')}`);
    assert.ok(UI.review_title[lang] in report, 'Check your answers was scanned');
    assert.equal(screens.length, SECTIONS.length + 2, `About the offer, every section, Check your answers: ${screens.join(' / ')}`);
    for (const [screen, violations] of Object.entries(report)) assert.deepEqual(violations, [], screen);
  });
}

test(`${ENGINE}: axe finds no violation in the static fallback (both languages) and in counsellor mode`, async () => {
  const page = await session.engine.open('/demo.html', { wait: 'load', routes: { '/pkg/job_offer_check_bg.wasm': { status: 404 } } });
  await page.waitFor(() => J.find(['#widget-ur', '.joc-fallback']) && J.find(['#widget-en', '.joc-fallback']), [], { what: 'the fallbacks' });
  assert.deepEqual(await axe(page, ['#widget-ur']), [], 'Urdu fallback');
  assert.deepEqual(await axe(page, ['#widget-en']), [], 'English fallback');
  const counsellor = await session.engine.open('/app/counsellor.html');
  assert.deepEqual(await axe(counsellor, widget), [], 'counsellor mode');
});
