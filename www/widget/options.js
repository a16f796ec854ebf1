// Job Offer Check: the options a partner passes (attributes or mount options), checked the way a partner would pass
// them, and the stylesheets they give the shadow root. Anything wrong gives a console warning and a sane default;
// partner values are only ever used as text or checked values, never as HTML.

import { centres as CENTRES, css, languages as LANGUAGES } from '../pkg/first-screen.js';
import { fetchOwn } from './files.js';
import { warn } from './host.js';

const MODES = ['embedded', 'counsellor'];
const NEUTRAL_SITE = 'https://www.google.com/';
// WCAG 2.2 AA contrast for normal text: the accent is the background of white button text and the colour of links.
const MIN_CONTRAST = 4.5;

let styles;
let counsellorStyles;

/** The relative luminance of an sRGB colour given as "rgb(r, g, b)". */
function luminance(rgb) {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The colour as "rgb(...)" if it is a valid CSS colour dark enough for white text and for links on white. */
function readableAccent(colour, host) {
  if (!colour || !CSS.supports('color', colour)) return null;
  const probe = document.createElement('span');
  probe.style.color = colour;
  probe.hidden = true;
  host.shadowRoot?.append(probe);
  const rgb = getComputedStyle(probe).color;
  probe.remove();
  if (!/^rgb\(/.test(rgb)) return null;
  const contrast = 1.05 / (luminance(rgb) + 0.05);
  return contrast >= MIN_CONTRAST ? rgb : null;
}

/** The options as the widget uses them: `{ lang, mode, centre, quickExit, accent, history }`, each checked. */
export function checkOptions(options = {}, host = document.documentElement) {
  const asked = String(options.lang || host.closest?.('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en');
  let lang = asked.trim().toLowerCase().split(/[-_]/)[0];
  if (!LANGUAGES.includes(lang)) {
    warn(`language "${asked}" is not available; showing English. Use lang="en" or lang="ur".`);
    lang = 'en';
  }
  let mode = options.mode || 'embedded';
  if (!MODES.includes(mode)) {
    warn(`mode="${mode}" is not known; using "embedded". Use mode="embedded" or mode="counsellor".`);
    mode = 'embedded';
  }
  let centre = options.centre ? String(options.centre).toLowerCase() : null;
  if (centre && !CENTRES.includes(centre)) {
    warn(`centre="${options.centre}" is not an MRC centre; use ${CENTRES.join(', ')}.`);
    centre = null;
  }
  let quickExit = NEUTRAL_SITE;
  const exit = options.quickExit;
  if (exit === 'off' || exit === false) {
    quickExit = null;
  } else if (exit) {
    try {
      const url = new URL(exit, document.baseURI);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('not a web address');
      quickExit = url.href;
    } catch {
      warn(`quick-exit="${exit}" is not a web address or "off"; using ${NEUTRAL_SITE}.`);
    }
  }
  const accent = options.accent ?? null;
  let history = true;
  if (options.history === 'off' || options.history === false) {
    history = false;
  } else if (options.history != null && options.history !== 'on' && options.history !== true) {
    warn(`history="${options.history}" is not "on" or "off"; using "on".`);
  }
  return { lang, mode, centre, quickExit, accent, history };
}

/**
 * The shadow root's stylesheets: the widget's own (from the build-time module, so the first screen is styled at once,
 * with no request), and the partner's accent (option or `--job-offer-check-accent` on the element) if it keeps text
 * readable.
 */
export function styleSheets(host, accent) {
  if (!styles) {
    styles = new CSSStyleSheet();
    styles.replaceSync(css);
  }
  return [styles, ...themeSheet(host, accent)];
}

/** Counsellor mode's own stylesheet, fetched once, the first time counsellor mode is asked for. */
export function counsellorSheet() {
  counsellorStyles ??= fetchOwn('pkg/job-offer-check-counsellor.css').then(async (response) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(await response.text());
    return sheet;
  });
  return counsellorStyles;
}

function themeSheet(host, accent) {
  const asked = accent || getComputedStyle(host).getPropertyValue('--job-offer-check-accent').trim();
  if (!asked) return [];
  const rgb = readableAccent(asked, host);
  if (!rgb) {
    warn(`accent "${asked}" is not a CSS colour with enough contrast on white (${MIN_CONTRAST}:1); using the default.`);
    return [];
  }
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`.joc { --joc-accent: ${rgb}; }`);
  return [sheet];
}
