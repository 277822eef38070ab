// The short form of a partnership table, as a webmaster types it, and the countries as people write them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isShortHeader, readShortTable } from '../../src/data/formats/short-table.js';
import { countryCodeOf } from '../../src/i18n/country-codes.js';

const read = (rows: string[][]) => readShortTable(rows, [], countryCodeOf);

test('countries by their German or English name, any case and accents, or by ISO code', () => {
  const cases: Record<string, string | undefined> = {
    Frankreich: 'FR',
    france: 'FR',
    fr: 'FR',
    Österreich: 'AT',
    Oesterreich: 'AT',
    Tschechien: 'CZ',
    'Tschechische Republik': 'CZ',
    USA: 'US',
    England: 'GB',
    'Vereinigtes Königreich': 'GB',
    Türkei: 'TR',
    Kosovo: 'XK',
    EU: undefined,
    Atlantis: undefined,
    '': undefined,
  };
  for (const [name, code] of Object.entries(cases)) assert.equal(countryCodeOf(name), code, name);
});

test('headers in German or English, any order and case; only partner and country are needed', () => {
  assert.equal(
    isShortHeader(['Partnerort', 'Staat', 'seit', 'Art', 'Region', 'Website', 'Beschreibung']),
    true,
  );
  assert.equal(isShortHeader(['country', 'PARTNER']), true);
  assert.equal(isShortHeader(['Partnerort', 'seit']), false);
  assert.equal(isShortHeader(['partner_name', 'partner_country']), false);
});

test('each row: "seit 1963" is 1963, kinds and statuses in words, coordinates with a decimal comma', () => {
  const table = read([
    ['Staat', 'Partnerort', 'seit', 'Art', 'Stand', 'Breitengrad', 'Längengrad', 'Notiz'],
    ['Österreich', 'Mödling', 'seit 1985', 'Städtepartnerschaft', '', '48,086', '16,289', 'x'],
    ['EE', 'Tartu', '', 'Freundschaft', 'ruht', '', '', ''],
  ]);
  assert.deepEqual(table.rows, [
    {
      line: 2,
      partner: 'Mödling',
      country: 'AT',
      since: 1985,
      kind: 'partnership',
      status: 'active',
      coordinates: { lat: 48.086, lon: 16.289 },
    },
    { line: 3, partner: 'Tartu', country: 'EE', since: null, kind: 'friendship', status: 'dormant' },
  ]);
  assert.deepEqual(table.problems, [{ line: 1, message: 'unknown columns (ignored): Notiz' }]);
  assert.equal(table.left, 0);
});

test('what it cannot read is named by line and column; a row without partner or country is left out', () => {
  const table = read([
    ['Partnerort', 'Staat', 'seit', 'Art'],
    ['Clamart', 'Frankreich', 'seit damals', 'Brieffreundschaft'],
    ['', 'Polen', '1990', ''],
    ['Tartu', 'Atlantis', '', ''],
    ['', '', '', ''],
  ]);
  assert.deepEqual(
    table.rows.map((r) => [r.partner, r.since, r.kind]),
    [['Clamart', null, 'partnership']],
  );
  assert.equal(table.left, 2);
  assert.deepEqual(
    table.problems.map((p) => [p.line, p.column]),
    [
      [2, 'seit'],
      [2, 'Art'],
      [3, 'Partnerort'],
      [4, 'Staat'],
    ],
  );
  assert.match(table.problems[3]!.message, /"Atlantis" is no country name or ISO code/u);
});
