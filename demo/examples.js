/* global document, fetch */
// Behaviour of the demo pages with examples: under each example a copy-paste snippet (the bundle's script tag and
// the example's elements as a webmaster writes them, and its stylesheet where the example has one) and a log of its
// events; a timeline or anniversary list with `data-card` shows the chosen partnership in that card. Everything is
// built as text (textContent), never parsed as HTML, so the pages run under a strict CSP with Trusted Types.
import './page-header.js';

const BUNDLE_SNIPPET =
  '<script type="module" src="/pfad/zu/partner-elements/dist/cdn/partner-elements.js"></script>';

/** The element as a webmaster would write it: its tag and attributes, from the live DOM (ids are the demo's). */
function markupOf(element) {
  const tag = element.localName;
  const attributes = [...element.attributes]
    .filter(({ name }) => name !== 'id')
    .map(({ name, value }) => (value === '' ? name : `${name}="${value}"`));
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
  const stage = example.querySelector('.stage');
  const elements = [...stage.querySelectorAll('*')].filter((el) => el.localName.startsWith('partner-'));
  const html = codeBlock('HTML', [BUNDLE_SNIPPET, ...elements.map(markupOf)].join('\n'));
  stage.after(html);
  if (example.dataset.css) {
    fetch(example.dataset.css)
      .then((response) => response.text())
      .then((css) => html.after(codeBlock('CSS', css.trim())));
  }
  const log = document.createElement('p');
  log.className = 'event-log';
  log.textContent = 'Ereignisse: –';
  stage.after(log);
  const events = [];
  for (const type of ['partner-load', 'partner-error', 'partner-select']) {
    stage.addEventListener(type, (event) => {
      const who = elements.length > 1 ? `${event.target.localName} ` : '';
      events.push(`${who}${type} ${JSON.stringify(event.detail)}`);
      log.textContent = `Ereignisse: ${events.join(', ')}`;
    });
  }
}

for (const source of document.querySelectorAll('[data-card]')) {
  const card = document.getElementById(source.dataset.card);
  source.addEventListener('partner-select', (event) => {
    card.removeAttribute('partner');
    card.setAttribute('partnership', event.detail.id);
    card.scrollIntoView({ block: 'nearest' });
  });
}
