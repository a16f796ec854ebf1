// Job Offer Check: the static first screen (intro, then "About the offer"), drawn the moment the loader runs while
// the wasm loads, and driven here on its own: Start, Back, the radios, the language switch and Leave quickly;
// Continue says to wait. Its markup, its data-joc-* attributes and the resume string it hands over to the live widget
// follow the contract in src/handover.rs (tests/handover.rs checks that this file uses its names).

import { languages as LANGUAGES, screens } from '../pkg/first-screen.js';
import { leave } from './history.js';
import { trustedHtml } from './host.js';

/**
 * Shows the first screen in `shadow` in `options.lang`. Returns how to read where the person got to (`lang()`,
 * `resume()`, and `focus()`: a selector for the element that has focus), so the live widget can take over exactly
 * there.
 */
export function showStaticScreen(shadow, options) {
  let lang = options.lang;
  let step = 'intro';
  // Answers already clicked on a first screen that came with the page, before this script ran.
  const answers = new Map([...shadow.querySelectorAll('.joc input:checked')].map((input) => [input.name, input.value]));
  const render = () => {
    const holder = document.createElement('div');
    holder.innerHTML = trustedHtml(screens[lang]);
    const root = holder.firstElementChild;
    const [intro, about] = root.querySelectorAll('[data-joc-step]');
    intro.hidden = step !== 'intro';
    about.hidden = step !== 'about';
    for (const [name, value] of answers) {
      const input = root.querySelector(`input[name="${name}"][value="${value}"]`);
      if (input) input.checked = true;
    }
    if (!options.quickExit) root.querySelector('[data-joc-action="exit"]').remove();
    root.querySelector('.joc-status').textContent = step === 'about' ? root.querySelector('.joc-caption').textContent : '';
    root.addEventListener('change', (event) => answers.set(event.target.name, event.target.value));
    root.addEventListener('submit', (event) => {
      event.preventDefault();
      root.querySelector('.joc-loading').hidden = false;
    });
    root.addEventListener('click', (event) => {
      const action = event.target.closest('[data-joc-action]')?.dataset.jocAction;
      if (!action) return;
      if (action === 'exit') {
        answers.clear();
        leave(options.quickExit);
        return;
      }
      if (action === 'lang') lang = LANGUAGES.find((l) => l !== lang);
      if (action === 'start') step = 'about';
      if (action === 'back') step = 'intro';
      render();
      if (action !== 'lang') shadow.querySelector(`[data-joc-step="${step}"] .joc-title`)?.focus();
    });
    shadow.replaceChildren(root);
  };
  const focus = () => {
    const el = shadow.activeElement;
    if (!el) return null;
    if (el.name) return `input[name="${el.name}"][value="${el.value}"]`;
    if (el.classList.contains('joc-title')) return '.joc-title';
    const box = el.closest('.joc-read');
    if (box) return `.joc-read>:nth-child(${[...box.children].indexOf(el) + 1})`;
    return el.dataset.jocAction === 'lang' ? '.joc-lang' : null;
  };
  const focused = focus();
  render();
  if (focused) shadow.querySelector(focused)?.focus();
  return {
    lang: () => lang,
    focus,
    resume: () => [step, ...[...answers].map(([name, value]) => `${name}=${value}`)].join(';'),
  };
}
