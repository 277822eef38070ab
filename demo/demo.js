/* global document, fetch */
// The demo's own behaviour: the language switcher, the copy-paste snippet under each example, and an event log.
// Snippets are built as text (textContent), never parsed as HTML.

const BUNDLE_SNIPPET =
  '<script type="module" src="/pfad/zu/partner-elements/dist/cdn/partner-elements.js"></script>';

const language = document.querySelector('#language');
language.value = document.documentElement.lang;
language.addEventListener('change', () => {
  document.documentElement.lang = language.value;
});

/** The element as a webmaster would write it: its tag and attributes, from the live DOM. */
function markupOf(element) {
  const tag = element.localName;
  const attributes = [...element.attributes].map(({ name, value }) =>
    value === '' ? name : `${name}="${value}"`,
  );
  return `<${[tag, ...attributes].join(' ')}></${tag}>`;
}

function codeBlock(label, text) {
  const figure = document.createElement('figure');
  figure.className = 'snippet';
  const caption = document.createElement('figcaption');
  caption.textContent = label;
  const pre = document.createElement('pre');
  const code = document.createElement('code');
  code.textContent = text;
  pre.append(code);
  figure.append(caption, pre);
  return figure;
}

for (const example of document.querySelectorAll('.example')) {
  const element = example.querySelector('partner-list');
  const stage = example.querySelector('.stage');
  stage.after(codeBlock('HTML', `${BUNDLE_SNIPPET}\n${markupOf(element)}`));
  if (example.dataset.css) {
    fetch(example.dataset.css)
      .then((response) => response.text())
      .then((css) => example.querySelector('.snippet').after(codeBlock('CSS', css.trim())));
  }
  const log = document.createElement('p');
  log.className = 'event-log';
  log.textContent = 'Ereignisse: –';
  stage.after(log);
  const events = [];
  for (const type of ['partner-load', 'partner-error', 'partner-select']) {
    element.addEventListener(type, (event) => {
      events.push(`${type} ${JSON.stringify(event.detail)}`);
      log.textContent = `Ereignisse: ${events.join(', ')}`;
    });
  }
}
