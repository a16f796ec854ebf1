// Cross-browser: the fallbacks (the widget in a frame of its own page when the host's CSP blocks wasm; the static
// fallback when frames are blocked too, or when the wasm is missing) and the first screens' takeover by the live
// widget (the one shipped in the page by the instant snippet, and the one the loader draws while the wasm loads).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SCENARIOS, UI } from '../harness.mjs';
import { ENGINE, expected, phoneOf, readResult, shown, useEngine, walkToResult } from './common.mjs';

const session = useEngine();

test(`${ENGINE}: a host CSP without wasm-unsafe-eval: the widget runs in a frame of its own page, sized by its height, to the result`, async () => {
  const page = await session.engine.open('/test/no-wasm-csp.html', { wait: 'load' });
  const inner = ['#widget', 'iframe', 'job-offer-check'];
  await page.waitFor((w) => J.live(w), [inner], { what: 'the widget in the frame' });
  assert.equal(await page.run((w) => J.root(w).querySelector('.joc').lang, inner), 'ur', 'the host page language reaches the frame');
  await page.waitFor(() => J.find(['#widget', 'iframe']).offsetHeight > 300, [], { what: 'the frame to take the height the widget reports' });
  const scenario = SCENARIOS['boat-route-greece'];
  await walkToResult(page, inner, scenario, 'ur');
  assert.deepEqual(shown(await readResult(page, inner)), expected(scenario, 'ur'));
  const heights = await page.run(() => {
    const frame = J.find(['#widget', 'iframe']);
    return [frame.clientHeight, frame.contentDocument.documentElement.scrollHeight];
  });
  assert.ok(Math.abs(heights[0] - heights[1]) <= 1, `the frame follows the result's height: frame ${heights[0]}, content ${heights[1]}`);
  const messages = await page.run(() => window.__jocConsole);
  assert.ok(messages.some((m) => m.includes('does not allow WebAssembly')), messages.join('\n'));
  assert.deepEqual(await page.run(() => window.__jocErrors), []);
});

test(`${ENGINE}: a host CSP that blocks wasm and frames: the static fallback shows the key signs and contacts in the page language, without waiting for the frame's timeout`, async () => {
  const started = Date.now();
  const page = await session.engine.open('/test/no-wasm-no-frame-csp.html', { wait: 'load' });
  const fallback = ['#widget', '.joc-fallback'];
  await page.waitFor((f) => J.find(f), [fallback], { timeout: 15000, what: 'the static fallback' });
  // The loader gives a frame 8 s to report; a blocked frame is seen at once from its securitypolicyviolation event.
  const waited = Date.now() - started;
  assert.ok(waited < 6000, `the fallback came after ${waited} ms: the blocked frame was not noticed, the loader waited for its timeout`);
  const shown = await page.run((f) => {
    const el = J.find(f);
    return {
      lang: el.lang,
      tel: el.querySelector('[data-service="mrc"] a[href^="tel:"]')?.getAttribute('href'),
      signs: el.querySelectorAll('.joc-sign').length,
      visible: J.visible(el),
    };
  }, fallback);
  assert.deepEqual({ ...shown, signs: shown.signs >= 10 }, { lang: 'ur', tel: phoneOf('mrc').tel, signs: true, visible: true });
  const messages = await page.run(() => window.__jocConsole);
  assert.ok(messages.some((m) => m.includes('frames are not allowed here either')), messages.join('\n'));
  assert.deepEqual(await page.run(() => window.__jocErrors), []);
});

test(`${ENGINE}: the wasm missing (404): the static fallback appears, in English on the English page`, async () => {
  const page = await session.engine.open('/test/plain.html', { wait: 'load', routes: { '/pkg/job_offer_check_bg.wasm': { status: 404, body: 'missing' } } });
  const fallback = ['#widget', '.joc-fallback'];
  await page.waitFor((f) => J.find(f), [fallback], { what: 'the static fallback' });
  const shown = await page.run((f) => ({ lang: J.find(f).lang, text: J.text(J.find(f)), visible: J.visible(J.find(f)) }), fallback);
  assert.equal(shown.lang, 'en');
  assert.ok(shown.visible);
  assert.ok(shown.text.includes(UI.fallback_intro.en), shown.text.slice(0, 200));
  assert.ok(page.requests().includes('GET /pkg/job_offer_check_bg.wasm'), 'the wasm was asked for');
  assert.deepEqual(await page.run(() => window.__jocErrors), []);
});

test(`${ENGINE}: a first screen shipped in the page paints before any script, and the loader takes it over in place, keeping focus (layout-shift entries: a Chromium-only API, boxes compared instead)`, async () => {
  const page = await session.engine.open('/demo.html', { wait: 'none', hold: ['/job-offer-check.js'] });
  const widget = ['#widget-en'];
  const shipped = await page.waitFor(
    (w) => {
      const root = J.root(w);
      const title = root?.querySelector('.joc[data-joc-static] [data-joc-step="intro"] h2');
      if (!title) return null;
      // The page as it first paints: after its own stylesheet (render-blocking), which the driver's script, unlike
      // the page's, does not wait for (Firefox lays the page out without it until it comes).
      const loaded = (link) => {
        try {
          return link.sheet.cssRules.length >= 0;
        } catch {
          return false;
        }
      };
      if (![...document.querySelectorAll('link[rel="stylesheet"]')].every(loaded)) return null;
      const start = root.querySelector('[data-joc-action="start"]');
      return {
        title: J.text(title),
        loader: customElements.get('job-offer-check') !== undefined,
        start: [start.disabled, J.text(start)],
        fallbackVisible: J.visible(root.querySelector('.joc-fallback')),
        box: JSON.stringify(root.querySelector('.joc').getBoundingClientRect()),
        below: document.querySelector('footer').getBoundingClientRect().top,
      };
    },
    [widget],
    { what: 'the first screen shipped in the page' },
  );
  assert.equal(shipped.title, UI.intro_title.en, 'painted with the page, no script yet');
  assert.equal(shipped.loader, false, 'the loader has not run');
  assert.deepEqual(shipped.start, [true, UI.start_loading.en], 'Start waits, and says so');
  assert.equal(shipped.fallbackVisible, false, 'the fallback it carries waits, hidden');
  // Someone already on the language button keeps focus through both takeovers (loader, then the live widget).
  await page.run((w) => J.root(w).querySelector('.joc-lang').focus(), widget);

  page.release();
  await page.waitFor((w) => J.live(w), [widget], { what: 'the live widget' });
  const live = await page.run(
    (w) => {
      const root = J.root(w);
      return {
        count: root.querySelectorAll('.joc').length,
        box: JSON.stringify(root.querySelector('.joc').getBoundingClientRect()),
        below: document.querySelector('footer').getBoundingClientRect().top,
        focus: root.activeElement?.className,
      };
    },
    widget,
  );
  assert.deepEqual(live, { count: 1, box: shipped.box, below: shipped.below, focus: 'joc-lang' }, 'one widget, same box, nothing below moved, focus kept');
  await page.click([...widget, { css: 'button', text: UI.start.en }]);
  await page.waitFor((w) => J.root(w).querySelector('fieldset'), [widget], { what: 'About the offer' });
  assert.equal(await page.run((w) => J.root(w).querySelectorAll('.joc-fallback').length, widget), 0, 'the fallback for a loader that never came is gone');
});

test(`${ENGINE}: a first screen shipped in the page gives way to the key advice and contacts if the loader never arrives`, async () => {
  const page = await session.engine.open('/demo.html', { wait: 'load', routes: { '/job-offer-check.js': { status: 404 } } });
  const widget = ['#widget-en'];
  const state = () =>
    page.run((w) => {
      const root = J.root(w);
      return { shipped: J.visible(root.querySelector('.joc[data-joc-static]')), fallback: J.visible(root.querySelector('.joc-fallback')) };
    }, widget);
  assert.deepEqual(await state(), { shipped: true, fallback: false }, 'not before its time');
  // The 15 seconds of patience (CSS animations), passed at once.
  await page.run((w) => J.find(w).shadowRoot.getAnimations().forEach((a) => a.finish()), widget);
  await page.waitFor((w) => J.visible(J.root(w).querySelector('.joc-fallback')), [widget], { what: 'the fallback to show' });
  assert.deepEqual(await state(), { shipped: false, fallback: true }, 'the first screen, whose Start would wait forever, goes');
  const shown = await page.run((w) => {
    const el = J.root(w).querySelector('.joc-fallback');
    return [el.lang, el.querySelector('[data-service="fia_tip"] a').getAttribute('href')];
  }, widget);
  assert.deepEqual(shown, ['en', phoneOf('fia_tip').tel]);
});

test(`${ENGINE}: the loader's first screen works before the wasm, and the live widget takes over where the person was (layout-shift entries: a Chromium-only API, boxes compared instead)`, async () => {
  const page = await session.engine.open('/demo.html', { wait: 'none', hold: ['/pkg/job_offer_check_bg.wasm'] });
  const widget = ['#widget-ur'];
  await page.waitFor((w) => J.root(w)?.querySelector('.joc[data-joc-static]'), [widget], { timeout: 15000, what: 'the first screen' });
  assert.equal(await page.run((w) => J.text(J.root(w).querySelector('[data-joc-step="intro"] h2')), widget), UI.intro_title.ur);
  await page.click([...widget, { css: 'button', text: UI.start.ur }]);
  // The first question of About the offer on the first screen, answered with its last choice.
  const first = await page.run((w) => {
    const radios = [...J.root(w).querySelectorAll('fieldset')[0].querySelectorAll('input[type="radio"]')];
    return { pick: `input[name="${radios[0].name}"][value="${radios.at(-1).value}"]`, fieldsets: J.root(w).querySelectorAll('fieldset').length };
  }, widget);
  await page.click([...widget, first.pick]);
  await page.click([...widget, { css: 'button', text: UI.switch_language.ur }]);
  await page.waitFor((w) => J.root(w).querySelector('.joc[data-joc-static][lang="en"]'), [widget], { what: 'the first screen in English' });
  const screen = (w, pick) => {
    const root = J.root(w);
    return {
      lang: root.querySelector('.joc').lang,
      checked: !!root.querySelector(pick)?.checked,
      fieldsets: root.querySelectorAll('fieldset').length,
      box: JSON.stringify(root.querySelector('.joc').getBoundingClientRect()),
      below: document.querySelector('footer').getBoundingClientRect().top,
    };
  };
  const before = await page.run(screen, widget, first.pick);
  assert.deepEqual(
    { lang: before.lang, checked: before.checked, fieldsets: before.fieldsets },
    { lang: 'en', checked: true, fieldsets: first.fieldsets },
    'the answer survives the language switch',
  );

  page.release();
  await page.waitFor((w) => J.live(w), [widget], { timeout: 15000, what: 'the live widget' });
  assert.deepEqual(await page.run(screen, widget, first.pick), before, 'same language, same answer, same questions, same box, nothing below moved');
});
