// Job Offer Check: what the widget asks of the host page, and only this: console warnings, markup that passes the
// page's Trusted Types (if it enforces them), and the events it fires on its element.

let htmlPolicy;

/**
 * Fires `job-offer-check:<name>` on the widget's element (it bubbles, so a page can listen on `document`). `detail`
 * says how the widget runs, never what the person answered: `ready` carries `{ lang, mode }`, `fallback` `{ reason }`.
 */
export function announce(shadow, name, detail) {
  shadow.host.dispatchEvent(new CustomEvent(`job-offer-check:${name}`, { bubbles: true, detail }));
}

/** A console warning, prefixed so a partner sees where it comes from. */
export function warn(message, ...details) {
  console.warn(`job-offer-check: ${message}`, ...details);
}

/**
 * The widget's markup (build-time HTML from questions/, never a partner's value) as something `innerHTML` accepts on
 * pages that enforce Trusted Types: through a policy named "job-offer-check", which such a page's `trusted-types`
 * list must name.
 */
export function trustedHtml(html) {
  if (htmlPolicy === undefined) {
    htmlPolicy = null;
    try {
      htmlPolicy = globalThis.trustedTypes?.createPolicy('job-offer-check', { createHTML: (markup) => markup }) ?? null;
    } catch (error) {
      warn('this page enforces Trusted Types; add "job-offer-check" to its trusted-types policy names.', error);
    }
  }
  return htmlPolicy ? htmlPolicy.createHTML(html) : html;
}
