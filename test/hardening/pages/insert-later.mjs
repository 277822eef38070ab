// Plays a CMS that fetches a content block after the page has loaded and inserts it as markup (innerHTML), long
// after the elements were defined: they must upgrade and load there, as on first render.
/* global document, window */
await new Promise((resolve) => setTimeout(resolve, 300));
const markup = document.getElementById('block').innerHTML;
document.getElementById('later').innerHTML = markup;
window.inserted = true;
