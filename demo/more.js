/* global document */
// Behaviour of the demo pages for the timeline, statistics, anniversaries and card: the language switcher, a
// copy-paste snippet and an event log under each example, and "show this partnership in the card" wiring.
// Everything is built as text (textContent), never parsed as HTML, so the pages run under a strict CSP.

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
  const attributes = [...element.attributes]
    .filter(({ name }) => name !== 'id')
    .map(({ name, value }) => (value === '' ? name : `${name}="${value}"`));
  return `<${[tag, ...attributes].join(' ')}></${tag}>`;
}

function snippet(text) {
  const figure = document.createElement('figure');
  figure.className = 'snippet';
  const caption = document.createElement('figcaption');
  caption.textContent = 'HTML';
  const pre = document.createElement('pre');
  const code = document.createElement('code');
  code.textContent = text;
  pre.append(code);
  figure.append(caption, pre);
  return figure;
}

for (const example of document.querySelectorAll('.example')) {
  const stage = example.querySelector('.stage');
  const elements = [...stage.querySelectorAll('*')].filter((el) => el.localName.startsWith('partner-'));
  stage.after(snippet([BUNDLE_SNIPPET, ...elements.map(markupOf)].join('\n')));
  const log = document.createElement('p');
  log.className = 'event-log';
  log.textContent = 'Ereignisse: –';
  stage.after(log);
  const events = [];
  for (const type of ['partner-load', 'partner-error', 'partner-select']) {
    stage.addEventListener(type, (event) => {
      events.push(`${event.target.localName} ${type} ${JSON.stringify(event.detail)}`);
      log.textContent = `Ereignisse: ${events.join(', ')}`;
    });
  }
}

// A timeline or an anniversary list with `selectable` and `data-card` shows the chosen partnership in that card.
for (const source of document.querySelectorAll('[data-card]')) {
  const card = document.getElementById(source.dataset.card);
  source.addEventListener('partner-select', (event) => {
    card.removeAttribute('partner');
    card.setAttribute('partnership', event.detail.id);
    card.scrollIntoView({ block: 'nearest' });
  });
}
