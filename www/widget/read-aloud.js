// Job Offer Check: Read aloud, on every screen, the first screen and the live widget's alike. Each screen leaves an
// empty `.joc-read` box where its buttons go (src/static_page.rs, src/ui/read_aloud.rs); this fills each box and reads
// the screen around it from its markup, so what is said is what is shown. Only a voice that runs on the device
// (`localService`) is used, never a network one, which would send the text off it; without one the box stays empty.
//
// - "Read aloud" says the whole screen; while anything is being said, the same button says "Stop".
// - "One at a time" says one part per tap (a question with its choices, a question with its answer, a warning sign
//   with what to do), and then says "Next question" ("Next warning sign" on the result).
// The first part opens with the screen's title: on the intro with its paragraphs; on the result, the verdict, what
// to do now and the first number to call, its digits one by one.

import { readAloudIcons as ICONS, readAloudWords as WORDS } from '../pkg/first-screen.js';

const speech = globalThis.speechSynthesis;
/** What each box was filled for (its screen: see `screen`; '' when left empty). */
const filled = new WeakMap();
/**
 * The reading under way, { root, box, screen, speaking, next }, or null: one on the page, whatever the number of
 * widgets, as the device speaks with one voice at a time.
 */
let reading = null;
const IDLE = { speaking: false, next: 0 };
const PARTS = 'fieldset,.joc-summary-row,.joc-sign';

const language = (box) => box.closest('[lang]').lang;
const voice = (lang) => speech.getVoices().find((v) => v.localService && v.lang.split(/[-_]/)[0].toLowerCase() === lang);
const page = (box) => box.closest('.joc-page');
/** The screen a box is on: its language and its screen's title. */
const screen = (box) => language(box) + page(box).querySelector('.joc-title')?.textContent;
const state = (box) => (reading?.box === box ? reading : IDLE);

/** Lines to say: each node's text (a heading's parts apart), every line ending in a full stop or a question mark. */
function lines(nodes) {
  return nodes
    .flatMap((node) => (node.matches('h4') ? [...node.childNodes] : [node]))
    .map((node) => node.textContent.trim())
    .filter(Boolean)
    .map((line) => (/[.?!:۔؟]$/.test(line) ? line : `${line}.`))
    .join('\n');
}

/** What the screen of `box` says, in parts; the first opens with the title. */
function parts(box) {
  const shown = page(box);
  const call = shown.querySelector('.joc-call');
  const number = call?.querySelector('bdi').textContent;
  const first = [
    lines([...shown.querySelectorAll('.joc-title,.joc-now')]),
    call && `${call.textContent.replace(number, number.replace(/\D+/g, ', ').replace(/\d(?=\d)/g, '$& '))}.`,
    lines([...shown.querySelectorAll(':scope>p:not(.joc-caption,.joc-loading)')]),
  ]
    .filter(Boolean)
    .join('\n');
  const rest = [...shown.querySelectorAll(PARTS)].map((part) => {
    // A question on "Check your answers" that opens its block follows the block's title.
    const block = part.matches('.joc-summary-row:first-child') ? [part.closest('.joc-review-section').querySelector('h3')] : [];
    return lines([...block, ...part.querySelectorAll('legend,.joc-hint,label,dt,dd,h4,.joc-sign>p')]);
  });
  return rest.length ? [`${first}\n${rest.shift()}`, ...rest] : [first];
}

/** Shows what the buttons of `box` do next. */
function show(box) {
  const [all, one] = box.children;
  const words = WORDS[language(box)];
  const now = state(box);
  const label = (button, icon, text) => {
    button.firstChild.firstChild.setAttribute('d', icon);
    button.lastChild.data = text;
  };
  label(all, now.speaking ? ICONS.stop : ICONS.read, now.speaking ? words.stop : words.read);
  const next = page(box).querySelector('.joc-sign') ? words.nextSign : words.next;
  if (one) label(one, ICONS.next, now.next ? next : words.one);
}

/** Makes `next` the reading under way, and shows it on its box and on the box that had the last one. */
function begin(next) {
  const last = reading;
  reading = next;
  if (last?.box.isConnected) show(last.box);
  if (next) show(next.box);
}

/** A tap on the first button of `box` (`all`: the whole screen, or Stop), or on its second (the next part). */
function read(root, box, all) {
  const said = parts(box);
  const now = state(box);
  const part = all || now.next >= said.length ? 0 : now.next;
  const stop = all && now.speaking;
  const current = { root, box, screen: screen(box), speaking: !stop, next: all ? 0 : (part + 1) % said.length };
  begin(current);
  speech.cancel();
  const chosen = voice(language(box));
  if (stop || !chosen) return;
  // One utterance per part: a long one can be cut short by the engine, and a queue stops with one cancel().
  let utterance;
  for (const text of all ? said : [said[part]]) {
    utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = chosen;
    utterance.lang = chosen.lang;
    speech.speak(utterance);
  }
  // Stopped, replaced or ended: only the end of the reading still under way changes what the buttons say.
  utterance.onend = utterance.onerror = () => {
    if (reading === current) begin({ ...current, speaking: false });
  };
}

/**
 * Puts Read aloud's buttons (a pictogram and a word each) in `box` for the screen `on`: "One at a time" where the
 * screen has parts. With no screen (no voice for the language), the box is left empty, and takes no room.
 */
function fill(root, box, on) {
  const button = (all) => {
    const element = document.createElement('button');
    element.type = 'button';
    element.className = 'joc-button joc-secondary';
    const svg = element.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
    svg.setAttribute('class', 'joc-icon joc-icon-small');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.append(document.createElementNS('http://www.w3.org/2000/svg', 'path'));
    element.append('');
    element.onclick = () => read(root, box, all);
    return element;
  };
  box.replaceChildren(...(on ? [button(true), ...(page(box).querySelector(PARTS) ? [button(false)] : [])] : []));
  filled.set(box, on);
  if (on) show(box);
}

/**
 * Read aloud in a widget's shadow root: fills its boxes as its screens appear, shows them where the device has a
 * voice for the language, and stops reading when the screen read goes or changes (Continue, Back, a language switch).
 * Returns the update it runs on each change (none without speech), for the loader to run at once when the live widget
 * takes over.
 */
export function readAloud(root) {
  if (!speech) return undefined;
  const update = () => {
    const boxes = [...root.querySelectorAll('.joc-read')];
    if (reading?.root === root && !(reading.box.isConnected && screen(reading.box) === reading.screen)) {
      // The screen read, drawn again in a new box (the live widget taking over from the first screen): read on there.
      const box = boxes.find((b) => !page(b).hidden && screen(b) === reading.screen);
      if (box) {
        reading.box = box;
      } else {
        begin(null);
        speech.cancel();
      }
    }
    for (const box of boxes) {
      const on = voice(language(box)) ? screen(box) : '';
      if (filled.get(box) !== on) fill(root, box, on);
    }
  };
  new MutationObserver(update).observe(root, { childList: true, characterData: true, subtree: true });
  speech.addEventListener('voiceschanged', update);
  update();
  return update;
}
