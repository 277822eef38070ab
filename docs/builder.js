/* global document, fetch, navigator, setTimeout, clearTimeout, URL, Blob, location */
// Bundled into dist/builder/builder.js (rollup.config.mjs), two folders below the package root.
// The builder: a place from the dataset or rows of one's own, a live preview of the element, and the code to paste.
// It reads the package's own modules (as built into dist/), so a row's problems are the ones the elements find, and
// the JSON it offers is the dataset the elements make of the table. DOM calls only: the page runs under Trusted Types.
import { readCsvText } from '../dist/data/csv-source.js';
import { readShortTable } from '../dist/data/formats/short-table.js';
import { slugify } from '../dist/data/slug.js';
import { countryCodeOf } from '../dist/i18n/country-codes.js';

const $ = (id) => document.getElementById(id);
const form = $('builder');

/** The short form's columns, as the table and the CSV name them. */
const COLUMNS = ['Partnerort', 'Staat', 'seit', 'Art', 'Region', 'Website', 'Beschreibung'];
const FIRST_ROWS = [
  [
    'Mödling',
    'Österreich',
    'seit 1985',
    'Städtepartnerschaft',
    'Niederösterreich',
    'https://www.moedling.at',
    '',
  ],
  ['Clamart', 'Frankreich', '1963', '', 'Île-de-France', '', ''],
];

/** `h('p', {class: 'x'}, 'text', child)`: an element with attributes and children (strings become text). */
function h(tag, attributes = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== false) el.setAttribute(name, value === true ? '' : String(value));
  }
  el.append(...children.flat().filter((c) => c !== undefined && c !== null && c !== ''));
  return el;
}

// ---- The places of the dataset -------------------------------------------------------------------------------

/** Label (as the list offers it) → the attribute and value an element takes. */
const places = new Map();

async function loadPlaces() {
  const response = await fetch(new URL('../../data/partnerships.json', import.meta.url));
  const dataset = await response.json();
  const found = new Map();
  const count = (attribute, area, label) => {
    if (!area) return;
    const key = `${attribute}:${area.slug}`;
    const entry = found.get(key) ?? { attribute, value: area.slug, label, count: 0 };
    entry.count += 1;
    found.set(key, entry);
  };
  for (const p of dataset.partnerships) {
    for (const side of [p.local, p.partner.german]) {
      if (!side) continue;
      count('land', side.land, `${side.land.name} (Land)`);
      if (side.kreis) count('kreis', side.kreis, `${side.kreis.name} (Kreis)`);
      if (side.gemeinde) count('gemeinde', side.gemeinde, `${side.gemeinde.name}`);
    }
  }
  // Namesakes among the Gemeinden (two "Neustadt"): told apart by their slug, which names their Kreis.
  const labels = new Map();
  for (const entry of found.values()) labels.set(entry.label, (labels.get(entry.label) ?? 0) + 1);
  const sorted = [...found.values()].sort((a, b) => a.label.localeCompare(b.label, 'de'));
  const options = [];
  for (const entry of sorted) {
    const label = labels.get(entry.label) > 1 ? `${entry.label} (${entry.value})` : entry.label;
    places.set(label.toLowerCase(), { ...entry, label });
    options.push(h('option', { value: label }, `${entry.count} Partnerschaften`));
  }
  $('places').append(...options);
}

/** What the place field says, as an attribute: a listed place, a key by its length, else a Gemeinde by name. */
function placeAttribute() {
  const typed = $('place').value.trim();
  if (!typed) return undefined;
  const listed = places.get(typed.toLowerCase());
  if (listed) return { attribute: listed.attribute, value: listed.value, listed };
  if (/^\d{2}$/u.test(typed)) return { attribute: 'land', value: typed };
  if (/^\d{5}$/u.test(typed)) return { attribute: 'kreis', value: typed };
  if (/^\d{8}$/u.test(typed)) return { attribute: 'gemeinde', value: typed };
  const kreis = typed.match(/^(?:landkreis|kreis)\s+(.+)$/iu);
  if (kreis) return { attribute: 'kreis', value: slugify(kreis[1]) };
  return { attribute: 'gemeinde', value: slugify(typed) };
}

// ---- The rows of one's own -----------------------------------------------------------------------------------

let rows = FIRST_ROWS.map((cells) => [...cells]);
const own = () => form.elements.data.value === 'own';
const filled = () => rows.filter((cells) => cells.some((cell) => cell.trim() !== ''));

/** The rows as the short form's CSV: `;`, quoted where a cell needs it. */
function rowsCsv(lineEnd = '\n') {
  const cell = (value) => (/[;"\n\r]/u.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return [COLUMNS, ...filled()].map((cells) => cells.map(cell).join(';')).join(lineEnd) + lineEnd;
}

/** What the elements will say of each row, in the webmaster's words, by row. */
function rowProblems() {
  const kept = filled();
  const table = readShortTable([COLUMNS, ...kept], [], countryCodeOf);
  const byRow = new Map();
  const say = (row, column, text) => {
    const list = byRow.get(row) ?? [];
    list.push({ column, text });
    byRow.set(row, list);
  };
  for (const problem of table.problems) {
    const row = rows.indexOf(kept[problem.line - 2]);
    if (row < 0) continue;
    const value = rows[row][COLUMNS.indexOf(problem.column)] ?? '';
    if (problem.column === 'Partnerort')
      say(row, 'Partnerort', 'Der Partnerort fehlt: die Zeile wird nicht gezeigt.');
    if (problem.column === 'Staat') {
      say(
        row,
        'Staat',
        value
          ? `„${value}“ ist kein Staat (Name auf Deutsch oder Englisch, oder ISO-Code wie FR): die Zeile wird nicht gezeigt.`
          : 'Der Staat fehlt: die Zeile wird nicht gezeigt.',
      );
    }
    if (problem.column === 'seit') say(row, 'seit', `„${value}“ enthält kein Jahr: es bleibt unbekannt.`);
    if (problem.column === 'Art') {
      say(
        row,
        'Art',
        `„${value}“ ist keine bekannte Art (z. B. Städtepartnerschaft, Freundschaft): gezeigt als Städtepartnerschaft.`,
      );
    }
  }
  rows.forEach((cells, row) => {
    const website = cells[COLUMNS.indexOf('Website')].trim();
    if (website && !/^https?:\/\/[^/\s]+/iu.test(website)) {
      say(
        row,
        'Website',
        `„${website}“ ist keine http(s)-Adresse: sie wird als Text gezeigt, nicht als Link.`,
      );
    }
  });
  return byRow;
}

function renderRows() {
  const body = $('rows').tBodies[0];
  body.replaceChildren(
    ...rows.flatMap((cells, row) => [
      h(
        'tr',
        {},
        cells.map((value, column) =>
          h(
            'td',
            {},
            h('input', {
              value,
              'aria-label': `${COLUMNS[column]}, Zeile ${row + 1}`,
              'aria-describedby': `problems-${row}`,
              'data-row': row,
              'data-column': column,
              ...(column === 5 ? { inputmode: 'url' } : {}),
            }),
          ),
        ),
        h('td', {}, h('button', { type: 'button', 'data-remove': row }, `Zeile ${row + 1} entfernen`)),
      ),
      // What the elements will say of the row, right under it (a wide table would scroll a column of it away).
      h(
        'tr',
        { class: 'problems-row', 'data-problems': row, hidden: true },
        h('td', { colspan: COLUMNS.length + 1 }, h('ul', { id: `problems-${row}`, class: 'problems' })),
      ),
    ]),
  );
  showProblems();
}

function showProblems() {
  const problems = rowProblems();
  rows.forEach((_, row) => {
    const said = problems.get(row) ?? [];
    $(`problems-${row}`)?.replaceChildren(...said.map(({ text }) => h('li', {}, text)));
    const line = $('rows').querySelector(`[data-problems="${row}"]`);
    if (line) line.hidden = said.length === 0;
    for (const input of $('rows').querySelectorAll(`input[data-row="${row}"]`)) {
      const column = COLUMNS[Number(input.dataset.column)];
      if (said.some((p) => p.column === column)) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
  });
}

/** Cells copied from a spreadsheet (tabs between cells) or a CSV line (semicolons), from `row` and `column` on. */
function pasteCells(text, row = rows.length, column = 0) {
  const lines = text.replace(/\r\n?/gu, '\n').replace(/\n$/u, '').split('\n');
  lines.forEach((line, i) => {
    const cells = line.split(line.includes('\t') ? '\t' : ';');
    const target = row + i;
    rows[target] ??= COLUMNS.map(() => '');
    cells.forEach((cell, j) => {
      if (column + j < COLUMNS.length) rows[target][column + j] = cell.trim();
    });
  });
  // A pasted header row is no partnership.
  rows = rows.filter((cells) => cells[0].toLowerCase() !== 'partnerort');
}

// ---- Preview and code ----------------------------------------------------------------------------------------

let csvUrl;
let downloads = [];

function attributes() {
  const element = form.elements.element.value;
  const place = placeAttribute();
  const list = [];
  if (place) list.push([place.attribute, place.value]);
  if (element === 'partner-list') {
    if ($('search').checked) list.push(['search', '']);
    if ($('group-by').value) list.push(['group-by', $('group-by').value]);
  }
  if (element === 'partner-stats') list.push(['by', $('by').value]);
  if (element === 'partner-anniversaries' && $('year').value) list.push(['year', $('year').value]);
  return { element, list, place };
}

function refreshPreview() {
  const { element, list } = attributes();
  const el = document.createElement(element);
  for (const [name, value] of list) el.setAttribute(name, value);
  if (own()) {
    if (csvUrl) URL.revokeObjectURL(csvUrl);
    csvUrl = URL.createObjectURL(new Blob([rowsCsv()], { type: 'text/csv' }));
    el.setAttribute('src', csvUrl);
  }
  const preview = $('preview');
  preview.setAttribute('lang', form.elements.lang.value);
  preview.replaceChildren(el);
}

const attr = (value) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

function refreshCode() {
  const { element, list } = attributes();
  const where = form.elements.where.value;
  const all = [...list];
  if (own())
    all.unshift([
      'src',
      where === 'inline' ? '#partnerschaften' : `partnerschaften.${where === 'json' ? 'json' : 'csv'}`,
    ]);
  if (form.elements.lang.value !== 'de') all.push(['lang', form.elements.lang.value]);
  const attributesText = all
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${attr(value)}"`))
    .join('');
  const lines = [
    `<script type="module" src="${attr($('script-url').value.trim())}"></script>`,
    `<${element}${attributesText}></${element}>`,
  ];
  if (own() && where === 'inline') {
    // Data, not a script: no Content-Security-Policy blocks it. "</script" in a cell would end the block early.
    const csv = rowsCsv().replace(/<\/(script)/giu, '<\\/$1');
    lines.push('<script type="text/csv" id="partnerschaften">', csv.trimEnd(), '</script>');
  }
  $('code').value = lines.join('\n');
}

/** Bumped by each refresh: a JSON still being made for older rows is dropped, not shown over the newer. */
let generation = 0;

async function refreshDownloads() {
  const mine = ++generation;
  for (const url of downloads) URL.revokeObjectURL(url);
  downloads = [];
  $('downloads').hidden = !own();
  if (!own()) return;
  const blob = (text, type) => {
    const url = URL.createObjectURL(new Blob([text], { type }));
    downloads.push(url);
    return url;
  };
  // For spreadsheets: a byte order mark and CRLF, so that Excel reads it as UTF-8 with its umlauts.
  $('download-csv').href = blob(`\ufeff${rowsCsv('\r\n')}`, 'text/csv');
  const place = placeAttribute();
  const link = $('download-json');
  try {
    // Rows in the short form are a table to be placed (readCsvText answers it at once, without a promise).
    const read = readCsvText(rowsCsv(), new URL('partnerschaften.csv', location.href).href, 200);
    const made = await read.datasetFor({
      ...(place ? { [place.attribute]: place.value } : {}),
      coordinates: true,
    });
    if (mine !== generation) return;
    link.href = blob(`${JSON.stringify(made.dataset, null, 2)}\n`, 'application/json');
    link.removeAttribute('aria-disabled');
  } catch (error) {
    if (mine !== generation) return;
    link.removeAttribute('href');
    link.setAttribute('aria-disabled', 'true');
    $('place-status').textContent = `Noch keine JSON-Datei: ${error.message}`;
  }
}

let timer;
function refresh({ now = false } = {}) {
  clearTimeout(timer);
  const run = () => {
    $('rows-section').hidden = !own();
    $('data-where').disabled = !own();
    for (const p of form.querySelectorAll('[data-for]'))
      p.hidden = p.dataset.for !== form.elements.element.value;
    const place = placeAttribute();
    $('place-status').textContent = !place
      ? 'Bitte einen Ort angeben.'
      : place.listed
        ? `${place.listed.label}: ${place.listed.count} Partnerschaften im Datensatz.`
        : own()
          ? ''
          : 'Dieser Ort ist nicht in der Liste; die Vorschau sagt, ob der Datensatz ihn kennt.';
    refreshPreview();
    refreshCode();
    void refreshDownloads();
  };
  if (now) run();
  // Typing in a cell waits for a pause: each preview reads the table anew.
  else timer = setTimeout(run, 400);
}

// ---- Wiring --------------------------------------------------------------------------------------------------

form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('change', (event) => {
  if (event.target.name === 'data') renderRows();
  refresh({ now: true });
});
form.addEventListener('input', (event) => {
  const input = event.target;
  if (input.dataset.row !== undefined) {
    rows[Number(input.dataset.row)][Number(input.dataset.column)] = input.value;
    showProblems();
  }
  if (input.id !== 'paste') refresh();
});
$('rows').addEventListener('paste', (event) => {
  const input = event.target;
  const text = event.clipboardData?.getData('text/plain') ?? '';
  if (input.dataset.row === undefined || !/[\t\n]/u.test(text)) return;
  event.preventDefault();
  pasteCells(text, Number(input.dataset.row), Number(input.dataset.column));
  renderRows();
  refresh({ now: true });
});
$('rows').addEventListener('click', (event) => {
  const remove = event.target.closest('[data-remove]');
  if (!remove) return;
  const row = Number(remove.dataset.remove);
  rows.splice(row, 1);
  renderRows();
  // The focus goes to the next row's remove button, or to the add button: never lost to the page.
  ($('rows').querySelector(`[data-remove="${Math.min(row, rows.length - 1)}"]`) ?? $('add-row')).focus();
  refresh({ now: true });
});
$('add-row').addEventListener('click', () => {
  rows.push(COLUMNS.map(() => ''));
  renderRows();
  $('rows')
    .querySelector(`input[data-row="${rows.length - 1}"]`)
    ?.focus();
});
$('paste-apply').addEventListener('click', () => {
  const text = $('paste').value;
  if (!text.trim()) return;
  if (filled().length === 0) rows = [];
  pasteCells(text);
  $('paste').value = '';
  renderRows();
  refresh({ now: true });
});
$('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText($('code').value);
    $('copy-status').textContent = 'Kopiert.';
  } catch {
    $('code').select();
    $('copy-status').textContent = 'Der Code ist markiert: kopieren Sie ihn mit Strg+C (⌘+C).';
  }
});

$('year').value = String(new Date().getFullYear());
$('place').value = 'Harz (Kreis)';
renderRows();
loadPlaces()
  .catch(() => {
    $('place-status').textContent =
      'Die Liste der Orte konnte nicht geladen werden; Namen und Schlüssel gehen trotzdem.';
  })
  .finally(() => {
    refresh({ now: true });
    document.documentElement.setAttribute('data-rendered', '');
  });
