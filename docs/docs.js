/* global document, fetch, navigator, setTimeout, clearTimeout, URL */
// The parts of the docs page that are rendered, never written twice: each element's reference (from
// custom-elements.json), the shared custom properties, the data format (from data/schema.json) and the spreadsheet
// columns (from data/datapackage.json). DOM calls only, no HTML strings: the page runs under Trusted Types.

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
  el.append(...children.flat().filter((c) => c !== undefined && c !== null && c !== ''));
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

// ---- Data format, from the JSON Schema ----

function typeOf(schema, defs) {
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop();
    const target = defs[name];
    // Objects have a table of their own; a named string type (slug, text) is described where it is used.
    if (target?.type === 'object' && target.properties) return h('a', { href: `#schema-${name}` }, name);
    return target ? typeOf(target, defs) : name;
  }
  if (schema.const !== undefined) return h('code', {}, JSON.stringify(schema.const));
  if (schema.enum) return schema.enum.map((v, i) => [i ? ', ' : '', h('code', {}, String(v))]);
  const types = [].concat(schema.type ?? []);
  if (types.includes('array') && schema.items) {
    return ['array of ', typeOf(schema.items, defs)];
  }
  const text = types.join(' or ') || 'any';
  const extra = [];
  if (schema.format) extra.push(schema.format);
  if (schema.minimum !== undefined) extra.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined) extra.push(`≤ ${schema.maximum}`);
  return extra.length ? `${text} (${extra.join(', ')})` : text;
}

function schemaTable(name, schema, defs, caption) {
  const required = new Set(schema.required ?? []);
  const rows = Object.entries(schema.properties ?? {}).map(([field, property]) => {
    const nested = property.type === 'object' && property.properties;
    return [
      h('code', {}, field),
      nested ? h('a', { href: `#schema-${name}-${field}` }, 'object') : typeOf(property, defs),
      required.has(field) ? 'yes' : '',
      prose(property.description ?? property.items?.description ?? ''),
    ];
  });
  const section = [
    h('h3', { id: `schema-${name}` }, caption),
    schema.description ? h('p', {}, prose(schema.description)) : undefined,
    table(caption, ['Field', 'Type or values', 'Required', 'Description'], rows),
  ];
  for (const [field, property] of Object.entries(schema.properties ?? {})) {
    if (property.type === 'object' && property.properties) {
      section.push(schemaTable(`${name}-${field}`, property, defs, `${caption}: ${field}`));
    }
  }
  return section;
}

async function renderDataFormat() {
  const target = document.getElementById('data-format');
  try {
    const schema = await json('data/schema.json');
    const defs = schema.$defs ?? {};
    const objects = Object.entries(defs).filter(([, d]) => d.type === 'object' && d.properties);
    target.replaceChildren(
      ...schemaTable('dataset', schema, defs, 'The dataset (top level)'),
      ...objects
        .sort(([a], [b]) => (a === 'partnership' ? -1 : b === 'partnership' ? 1 : 0))
        .flatMap(([name, def]) => schemaTable(name, def, defs, `${name[0].toUpperCase()}${name.slice(1)}`)),
    );
  } catch (error) {
    target.replaceChildren(h('p', { role: 'alert' }, `The schema could not be loaded: ${error.message}`));
  }
}

async function renderCsvColumns() {
  const target = document.getElementById('csv-columns');
  try {
    const datapackage = await json('data/datapackage.json');
    const csv = datapackage.resources.find((r) => r.format === 'csv');
    target.replaceChildren(
      table(
        'CSV columns, in this order',
        ['Column', 'Type', 'Required', 'Description'],
        csv.schema.fields.map((f) => [
          h('code', {}, f.name),
          f.constraints?.enum ? f.constraints.enum.map((v, i) => [i ? ', ' : '', h('code', {}, v)]) : f.type,
          f.constraints?.required ? 'yes' : '',
          prose(f.description),
        ]),
      ),
    );
  } catch (error) {
    target.replaceChildren(h('p', { role: 'alert' }, `The columns could not be loaded: ${error.message}`));
  }
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

await Promise.all([renderElements(), renderDataFormat(), renderCsvColumns(), renderDatasetSummary()]);
document.documentElement.dataset.rendered = '';
