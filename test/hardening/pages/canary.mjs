// Probes which parts of the page's Content-Security-Policy are in force, for the CSP suite to read.
/* global document, window */
const probe = { inlineRan: window.inlineRan === true, innerHtmlBlocked: false, styleAttributeApplied: false };
try {
  // A string into a Trusted Types sink: must throw where the policy requires Trusted Types.
  document.getElementById('target').innerHTML = '<b>markup from a string</b>';
} catch (error) {
  probe.innerHtmlBlocked = error instanceof TypeError;
}
const target = document.getElementById('target');
target.setAttribute('style', 'outline: 3px solid red');
probe.styleAttributeApplied = window.getComputedStyle(target).outlineStyle === 'solid';
window.cspProbe = probe;
