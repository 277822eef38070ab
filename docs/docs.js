/* global document, fetch, navigator, setTimeout, clearTimeout, URL */
// The parts of the docs page that are rendered, never written twice: each element's reference (from
// custom-elements.json), the shared custom properties, and the data format and the spreadsheet columns (from the
// table of fields that data/schema.json and data/datapackage.json are made from, as built into dist/data/).
// DOM calls only, no HTML strings: the page runs under Trusted Types.
import { DATASET_FIELDS, PARTNERSHIP_FIELDS, SOURCE_FIELDS } from '../dist/data/fields.js';
import {
  DATASET_WORDS,
  PARTNERSHIP_WORDS,
  RULES_BEYOND_SCHEMA,
  SOURCE_WORDS,
  requirementText,
} from '../dist/data/field-words.js';
import { LOCALES, SOURCE_LOCALE, languageName } from '../dist/i18n/languages.js';

const root = new URL('../', import.meta.url);

/** Live examples: what an element needs to show something; any other element shows the Landkreis Harz. */
const EXAMPLES = {
  'partner-card': { partnership: 'halberstadt--nachod' },
  'partner-anniversaries': { kreis: 'harz', year: '2023' },
};
const DEFAULT_EXAMPLE = { kreis: 'harz' };
const SCRIPT_URL = '/partner-elements/dist/cdn/partner-elements.js';

async function json(path) {
  const response = await fetch(new URL(path, root));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

/** `h('p', {class: 'x'}, 'text', child)`: an element with attributes and children (strings become text). */
function h(tag, attributes = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== false) el.setAttribute(name, value === true ? '' : String(value));
  }
  // Cells are nested lists of text and elements: flattened all the way, or an element would be written as text.
  el.append(...children.flat(Infinity).filter((c) => c !== undefined && c !== null && c !== ''));
  return el;
}

/** Text with `code` spans, as the JSDoc descriptions write them. */
function prose(text = '') {
  return String(text)
    .split(/(`[^`]+`)/)
    .filter(Boolean)
    .map((part) => (part.startsWith('`') && part.endsWith('`') ? h('code', {}, part.slice(1, -1)) : part));
}

function paragraphs(text = '') {
  return String(text)
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .map((p) => h('p', {}, prose(p)));
}

/** A table with a caption, in a region that scrolls on narrow screens and can be scrolled with the keyboard. */
function table(caption, headings, rows) {
  return h(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-label': caption, tabindex: '0' },
    h(
      'table',
      {},
      h('caption', {}, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          headings.map((text) => h('th', { scope: 'col' }, text)),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map((cells) =>
          h(
            'tr',
            {},
            cells.map((cell, i) => (i === 0 ? h('th', { scope: 'row' }, cell) : h('td', {}, cell))),
          ),
        ),
      ),
    ),
  );
}

function elementsOf(manifest) {
  const defined = new Set(
    manifest.modules.flatMap((m) =>
      (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name),
    ),
  );
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.kind === 'class' && d.tagName && defined.has(d.tagName))
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

function exampleAttributes(declaration) {
  const attributes = { ...(EXAMPLES[declaration.tagName] ?? DEFAULT_EXAMPLE) };
  // The example sits under the element's h3 and the "Example" h4.
  if ((declaration.attributes ?? []).some((a) => a.name === 'heading-level'))
    attributes['heading-level'] = '5';
  return attributes;
}

function markup(tag, attributes) {
  const list = Object.entries(attributes).map(([name, value]) => ` ${name}="${value}"`);
  return `<${tag}${list.join('')}></${tag}>`;
}

let statusTimer;
function announce(text) {
  const status = document.getElementById('copy-status');
  status.textContent = text;
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => (status.textContent = ''), 4000);
}

function snippet(code, label) {
  const button = h('button', { type: 'button', class: 'copy' }, `Copy the ${label} snippet`);
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code);
      announce('Copied.');
    } catch {
      announce('Copying is not allowed here; select the text instead.');
    }
  });
  return h('div', { class: 'snippet' }, h('pre', {}, h('code', {}, code)), button);
}

function referenceTables(d) {
  const tag = d.tagName;
  const parts = [];
  const attributes = d.attributes ?? [];
  if (attributes.length) {
    parts.push(
      table(
        `<${tag}> attributes`,
        ['Attribute', 'Description', 'Default'],
        attributes.map((a) => [
          h('code', {}, a.name),
          prose(a.description),
          a.default !== undefined && a.default !== "''" ? h('code', {}, a.default) : '',
        ]),
      ),
    );
  }
  const events = (d.events ?? []).filter((e) => e.name);
  if (events.length) {
    parts.push(
      table(
        `<${tag}> events`,
        ['Event', 'Description'],
        events.map((e) => [h('code', {}, e.name), prose(e.description)]),
      ),
    );
  }
  if ((d.slots ?? []).length) {
    parts.push(
      table(
        `<${tag}> slots`,
        ['Slot', 'Description'],
        d.slots.map((s) => [s.name ? h('code', {}, s.name) : '(default)', prose(s.description)]),
      ),
    );
  }
  if ((d.cssParts ?? []).length) {
    parts.push(
      table(
        `<${tag}> CSS parts`,
        ['Part', 'Description'],
        d.cssParts.map((p) => [h('code', {}, `::part(${p.name})`), prose(p.description)]),
      ),
    );
  }
  if ((d.cssProperties ?? []).length) {
    parts.push(
      table(
        `<${tag}> CSS custom properties`,
        ['Property', 'Description'],
        d.cssProperties.map((p) => [h('code', {}, p.name), prose(p.description)]),
      ),
    );
  }
  return parts;
}

function renderElement(d) {
  const tag = d.tagName;
  const attributes = exampleAttributes(d);
  const example = h('div', { class: 'example', lang: 'de' });
  example.append(h(tag, attributes));
  const code = `<script type="module" src="${SCRIPT_URL}"></script>\n${markup(tag, attributes)}`;
  return h(
    'section',
    { id: tag, class: 'element', 'aria-labelledby': `${tag}-title` },
    h('h3', { id: `${tag}-title` }, h('code', {}, `<${tag}>`)),
    d.summary ? h('p', { class: 'summary' }, prose(d.summary)) : undefined,
    paragraphs(d.description),
    h('h4', {}, 'Example'),
    example,
    snippet(code, `<${tag}>`),
    h('h4', {}, 'Reference'),
    referenceTables(d),
  );
}

/** The shared tier: the suffixes every element has as `--<tag>-<suffix>` are the `--partner-<suffix>` properties. */
function renderSystemTokens(declarations) {
  const suffixSets = declarations.map(
    (d) =>
      new Map(
        (d.cssProperties ?? [])
          .filter((p) => p.name.startsWith(`--${d.tagName}-`))
          .map((p) => [p.name.slice(d.tagName.length + 3), p.description ?? '']),
      ),
  );
  const [first, ...others] = suffixSets;
  const shared = [...(first?.keys() ?? [])].filter((suffix) => others.every((set) => set.has(suffix)));
  return table(
    'Custom properties of every element',
    ['Property', 'Sets', 'Per element'],
    shared.map((suffix) => [
      h('code', {}, `--partner-${suffix}`),
      prose(first.get(suffix).replace(/\s*\(default:.*\)\.?$/, '')),
      h('code', {}, `--<tag>-${suffix}`),
    ]),
  );
}

async function renderElements() {
  const target = document.getElementById('element-reference');
  try {
    const declarations = elementsOf(await json('custom-elements.json'));
    target.replaceChildren(...declarations.map(renderElement));
    document.getElementById('element-index').replaceChildren(
      h(
        'ul',
        {},
        declarations.map((d) =>
          h(
            'li',
            {},
            h('a', { href: `#${d.tagName}` }, h('code', {}, `<${d.tagName}>`)),
            ' ',
            prose(d.summary),
          ),
        ),
      ),
    );
    document.getElementById('system-tokens').replaceChildren(renderSystemTokens(declarations));
  } catch (error) {
    target.replaceChildren(
      h('p', { role: 'alert' }, `The element reference could not be loaded: ${error.message}`),
    );
  }
}

// ---- Data format and CSV columns, from the table of fields ----

const TABLES = [
  {
    id: 'dataset',
    title: 'The dataset (top level)',
    fields: DATASET_FIELDS,
    words: DATASET_WORDS,
    items: { sources: 'source', partnerships: 'partnership' },
  },
  { id: 'source', title: 'A source (each item of sources)', fields: SOURCE_FIELDS, words: SOURCE_WORDS },
  {
    id: 'partnership',
    title: 'A partnership (each item of partnerships)',
    fields: PARTNERSHIP_FIELDS,
    words: PARTNERSHIP_WORDS,
  },
];

/** The id of the table that describes an object field's own fields (`local.jointWith[]` → `schema-partnership-local-jointWith`). */
const tableId = (table, path) =>
  `schema-${[table, ...path.replaceAll('[]', '').split('.')].filter(Boolean).join('-')}`;

const codes = (values) => values.map((v, i) => [i ? ', ' : '', h('code', {}, String(v))]);

/** The type column: what a value must be, every allowed value listed. */
function typeCell(table, field) {
  const { type } = field;
  // The top level's lists hold the objects of the tables after it.
  const items = TABLES.find((t) => t.id === table)?.items?.[field.path];
  switch (type.type) {
    case 'object':
      return h('a', { href: `#${tableId(table, field.path)}` }, 'object');
    case 'array':
      return [
        'list of ',
        h(
          'a',
          { href: `#${items ? tableId(items, '') : tableId(table, field.path)}` },
          items ? `${items}s` : 'objects',
        ),
        type.minItems ? ` (at least ${type.minItems})` : '',
      ];
    case 'list':
      return `list of texts (at least ${type.minItems})`;
    case 'enum':
      return type.values.length > 20
        ? h('details', {}, h('summary', {}, `one of ${type.values.length} codes`), codes(type.values))
        : ['one of ', codes(type.values)];
    case 'pattern':
      return ['text: ', type.expected, ' ', h('code', {}, type.pattern)];
    case 'key-by-level':
      return 'digits: 2 for a Land, 5 for a Kreis, 8 for a Gemeinde, 9 for a Verbandsgemeinde';
    case 'url':
      return 'text: an address, a link where it is http(s)';
    case 'date':
      return 'date (YYYY-MM-DD)';
    case 'year':
      return `whole year from ${type.minimum} to this year, or null`;
    case 'integer':
      return `whole number ≥ ${type.minimum}`;
    case 'number':
      return `number from ${type.minimum} to ${type.maximum}`;
    case 'const':
      return h('code', {}, String(type.value));
    case 'string':
      return 'text (may be empty)';
    default:
      return 'text';
  }
}

/** One table per object of a table of fields (the record, its German side, each area, each list's items). */
function fieldTables({ id, title, fields, words }) {
  const parentOf = (path) => path.slice(0, Math.max(0, path.lastIndexOf('.'))).replace(/\[\]$/u, '');
  const objects = [
    '',
    ...fields.filter((f) => f.type.type === 'object' || f.type.type === 'array').map((f) => f.path),
  ];
  return objects
    .map((object) => ({ object, rows: fields.filter((f) => parentOf(f.path) === object) }))
    .filter(({ rows }) => rows.length > 0)
    .flatMap(({ object, rows }) => {
      const caption = object
        ? `${title}: ${object}${fields.find((f) => f.path === object)?.type.type === 'array' ? '[]' : ''}`
        : title;
      return [
        h('h3', { id: tableId(id, object) }, caption),
        ...(object ? [h('p', {}, prose(words[object]))] : []),
        table(
          caption,
          ['Field', 'Type or values', 'Required', 'Description'],
          rows.map((f) => [
            h(
              'code',
              {},
              f.path.slice(object ? object.length + (f.path.startsWith(`${object}[]`) ? 3 : 1) : 0),
            ),
            typeCell(id, f),
            requirementText(f) || 'no',
            prose(words[f.path]),
          ]),
        ),
      ];
    });
}

function renderDataFormat() {
  document.getElementById('data-format').replaceChildren(
    ...TABLES.flatMap(fieldTables),
    h(
      'p',
      {},
      'Checked by the validator beyond these tables: ',
      RULES_BEYOND_SCHEMA.map((rule, i) => [i ? '; ' : '', prose(rule)]),
      '.',
    ),
  );
}

/**
 * A column's requirement: its field's, or where the field lies in an object that is not always there (a Kreis, the
 * coordinates), that object's: a Kreis's name is needed where the Kreis is.
 */
function columnRequirement(field) {
  const parent = PARTNERSHIP_FIELDS.findLast(
    (f) => field.path.startsWith(`${f.path}.`) && f.type.type === 'object',
  );
  if (!parent || parent.required === true || field.required !== true) return requirementText(field) || 'no';
  return requirementText(parent) || `where ${parent.path} is given`;
}

function renderCsvColumns() {
  document.getElementById('csv-columns').replaceChildren(
    table(
      'CSV columns, in this order',
      ['Column', 'Field', 'Type or values', 'Required', 'Description'],
      PARTNERSHIP_FIELDS.filter((f) => f.csv).map((f) => [
        h('code', {}, f.csv),
        h('code', {}, f.path),
        f.cell === 'json'
          ? 'JSON array'
          : f.cell === 'refs'
            ? 'source:line pairs, separated by spaces'
            : typeCell('partnership', f),
        columnRequirement(f),
        prose(PARTNERSHIP_WORDS[f.path]),
      ]),
    ),
  );
}

async function renderDatasetSummary() {
  try {
    const dataset = await json('data/partnerships.json');
    document
      .getElementById('dataset-summary')
      .replaceChildren(
        `The package's dataset of ${dataset.generated} holds ${dataset.partnerships.length} partnerships from ` +
          `${dataset.sources.length} public sources (see `,
        h('a', { href: '#data' }, 'Data format'),
        ').',
      );
  } catch {
    // The sentence without figures stays.
  }
}

/** The languages the elements speak, from the package's own list (lit-localize.json's, built into dist/i18n/). */
function renderLanguages() {
  const names = LOCALES.map((locale) =>
    h(
      'span',
      {},
      languageName(locale, 'en'),
      ' (',
      h('code', {}, locale),
      locale === SOURCE_LOCALE ? ', the source language' : '',
      ')',
    ),
  );
  document
    .getElementById('languages-spoken')
    .replaceChildren(
      ...names.flatMap((name, i) => [i === 0 ? '' : i === names.length - 1 ? ' and ' : ', ', name]),
    );
}

renderDataFormat();
renderCsvColumns();
renderLanguages();
await Promise.all([renderElements(), renderDatasetSummary()]);
document.documentElement.dataset.rendered = '';
