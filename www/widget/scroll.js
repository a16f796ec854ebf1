// Job Offer Check: bringing a heading into view, clear of the widget's sticky bar, where the browser's own scrolling
// does not (after Back to the page's first entry, whose scroll restoration runs after the widget has moved). Focus
// scrolling keeps clear of the bar by itself: the bar's room is each element's scroll-margin in the stylesheet
// (.joc *), which this reads too, so the two cannot disagree.

/** Scrolls `element` into view below the bar, unless its top already shows between the bar and mid-viewport. */
export function reveal(element) {
  const top = element.getBoundingClientRect().top;
  const clear = parseFloat(getComputedStyle(element).scrollMarginTop) || 0;
  if (top < clear || top >= innerHeight / 2) element.scrollIntoView();
}
