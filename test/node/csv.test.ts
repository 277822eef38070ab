/* eslint-disable @typescript-eslint/no-explicit-any -- rows are read back as loose objects */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  CSV_COLUMNS,
  csvColumnOf,
  csvToPartnerships,
  datasetToCsv,
  detectDelimiter,
} from '../../src/data/formats/csv.js';
import type { Dataset } from '../../src/data/model.js';
import { validateDataset } from '../../src/data/validate.js';
import { DATA_DIR } from './support.js';

const published = JSON.parse(readFileSync(join(DATA_DIR, 'partnerships.json'), 'utf8')) as Dataset;

test('JSON → CSV → JSON gives back the published dataset exactly', () => {
  const csv = datasetToCsv(published);
  const back = csvToPartnerships(csv);
  assert.deepEqual(back.problems, []);
  assert.equal(JSON.stringify(back.partnerships), JSON.stringify(published.partnerships));
  assert.equal(back.lines[0], 2, 'the first row follows the header');
});

test('the published CSV is what datasetToCsv writes', () => {
  assert.equal(readFileSync(join(DATA_DIR, 'partnerships.csv'), 'utf8'), datasetToCsv(published));
});

test('a spreadsheet export (BOM, semicolons, CRLF, quoted line breaks) reads back the same', () => {
  const excel = datasetToCsv(published, { delimiter: ';', bom: true, lineEnding: '\r\n' });
  assert.ok(excel.startsWith('\ufeffid;kind;status;'));
  assert.ok(excel.includes('\r\n'));
  assert.equal(detectDelimiter(excel), ';');
  const back = csvToPartnerships(excel);
  assert.deepEqual(back.problems, []);
  assert.equal(JSON.stringify(back.partnerships), JSON.stringify(published.partnerships));
});

test('a hand-made semicolon CSV with a multi-line cell: values, types and line numbers', () => {
  const header = CSV_COLUMNS.join(';');
  const row = (cells: Partial<Record<(typeof CSV_COLUMNS)[number], string>>) =>
    CSV_COLUMNS.map((c) => {
      const v = cells[c] ?? '';
      return /[;"\r\n]/u.test(v) ? `"${v.replace(/"/gu, '""')}"` : v;
    }).join(';');
  const base = {
    kind: 'partnership',
    status: 'active',
    local_name: 'Testdorf',
    local_level: 'gemeinde',
    land_name: 'Sachsen-Anhalt',
    land_slug: 'sachsen-anhalt',
    land_key: '15',
    kreis_name: 'Landkreis Harz',
    kreis_slug: 'harz',
    gemeinde_name: 'Testdorf',
    gemeinde_slug: 'testdorf',
    partner_name: 'Náchod',
    partner_level: 'city',
    partner_country: 'CZ',
    sources: 'sachsen-anhalt:222',
  };
  const csv =
    '\ufeff' +
    [
      header,
      row({
        ...base,
        id: 'testdorf--nachod',
        since: '1998',
        partner_description: 'Zeile eins;\r\nZeile "zwei"',
        local_lat: '51.9',
        local_lon: '11.05',
      }),
      row({ ...base, id: 'testdorf--xx', partner_country: 'XX', notes: '["a; b"]' }),
    ].join('\r\n') +
    '\r\n';
  const read = csvToPartnerships(csv);
  assert.deepEqual(read.problems, []);
  assert.deepEqual(read.lines, [2, 4], 'the second row starts after the two-line cell');
  const [first, second] = read.partnerships as Record<string, any>[];
  assert.equal(first?.since, 1998);
  assert.equal(first?.partner.description, 'Zeile eins;\r\nZeile "zwei"');
  assert.deepEqual(first?.local.coordinates, { lat: 51.9, lon: 11.05 });
  assert.deepEqual(first?.local.kreis, { name: 'Landkreis Harz', slug: 'harz' });
  assert.equal(first?.local.verbandsgemeinde, undefined);
  assert.deepEqual(second?.notes, ['a; b']);
  assert.equal(second?.since, null);
  const result = validateDataset({
    schemaVersion: 1,
    generated: '2026-11-21',
    sources: published.sources,
    partnerships: read.partnerships,
  });
  assert.deepEqual(
    result.problems.map((p) => [p.index, p.field]),
    [[1, 'partner.country']],
  );
});

test('broken cells are reported with their line and column', () => {
  const header = CSV_COLUMNS.join(',');
  const cells = CSV_COLUMNS.map((c) =>
    c === 'notes' ? '"[not json"' : c === 'sources' ? 'land-222' : c === 'id' ? 'x--y' : '',
  );
  const read = csvToPartnerships(`${header}\n${cells.join(',')}\n`);
  assert.deepEqual(
    read.problems.map((p) => [p.line, p.column]),
    [
      [2, 'sources'],
      [2, 'notes'],
    ],
  );
  const missing = csvToPartnerships('id,kind\nx,y\n');
  assert.match(missing.problems[0]?.message ?? '', /^missing columns: status, since/);
  assert.equal(csvToPartnerships('').partnerships.length, 0);
  assert.ok(
    csvToPartnerships('id,"kind\n').problems.length > 0,
    'an unclosed quote is a problem, not an exception',
  );
});

test('validator fields map to CSV columns', () => {
  const cases: [string, string][] = [
    ['partner.country', 'partner_country'],
    ['local.kreis.key', 'kreis_key'],
    ['local.coordinates.lat', 'local_lat'],
    ['partner.nativeName', 'partner_native_name'],
    ['sources[2].line', 'sources'],
    ['conflicts[0].values', 'conflicts'],
    ['sinceText', 'since_text'],
    ['local.jointWith[0].slug', 'joint_with'],
  ];
  for (const [field, column] of cases) assert.equal(csvColumnOf(field), column, field);
});
