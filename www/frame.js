// The widget's own page for iframes (frame.html?lang=ur&quick-exit=off): used by partners who cannot add scripts,
// and by the loader when a host's CSP blocks WebAssembly. It tells the parent page its height, and nothing else.
const params = new URLSearchParams(location.search);
const widget = document.createElement('job-offer-check');
for (const name of ['lang', 'quick-exit', 'mode', 'centre', 'accent', 'history']) {
  const value = params.get(name);
  if (value) widget.setAttribute(name, value);
}
document.querySelector('main').append(widget);

let last = 0;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== last && parent !== window) {
    last = height;
    parent.postMessage({ jobOfferCheck: 'height', height }, '*');
  }
}).observe(document.documentElement);

await import('./job-offer-check.js');
