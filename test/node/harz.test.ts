import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHarz } from '../../src/data/import/harz.js';
import { counts, info, lineClass, recordAt, source } from './support.js';

const page = source('landkreis-harz');
const result = parseHarz(page.text, page.info);

test('the Harz page: every line classified, exact counts', () => {
  assert.equal(result.lines.length, 74);
  assert.deepEqual(counts(result), { record: 29, heading: 13, note: 22, chrome: 10, problem: 0, place: 0 });
  assert.equal(result.records.length, 25);
  assert.equal(result.records.filter((r) => r.local.level === 'kreis').length, 4);
});

test('the Harz page: partner regions carry website and description', () => {
  const belfort = recordAt(result, 4);
  assert.deepEqual(belfort.local, { level: 'kreis', name: 'Landkreis Harz', kreis: 'Landkreis Harz' });
  assert.equal(belfort.partner.name, 'Territoire de Belfort');
  assert.equal(belfort.partner.country, 'Frankreich');
  assert.equal(belfort.partner.website, 'http://www.cg90.fr/');
  assert.deepEqual(belfort.lines, [4, 5]);
  assert.ok(belfort.partner.description?.startsWith('Das Departement Territoire de Belfort ist seit 1995'));
  assert.equal(belfort.partner.description?.split('\n\n').length, 4);
  assert.equal(recordAt(result, 10).partner.website, 'powiat.konskie.pl'); // as written; curation adds the scheme
  assert.equal(recordAt(result, 16).partner.name, 'Kreis lași');
  for (const line of [6, 12, 18, 25, 31]) assert.equal(lineClass(result, line), 'note', `line ${line}`);
});

test('the Harz page: the towns list in both forms', () => {
  const ostrzeszow = recordAt(result, 34);
  assert.deepEqual(ostrzeszow.local, {
    level: 'gemeinde',
    name: 'Stadt Blankenburg (Harz)',
    kreis: 'Landkreis Harz',
    gemeinde: 'Stadt Blankenburg (Harz)',
  });
  assert.deepEqual(ostrzeszow.partner, { name: 'Landkreis Ostrzeszowski', country: 'Polen' });
  const purhus = recordAt(result, 43);
  assert.equal(purhus.partner.name, 'Purhus Kommune');
  assert.deepEqual(purhus.notes, ['seit 01/2007 zur Randers Kommune zugeordnet']);
  assert.equal(lineClass(result, 46), 'heading'); // "- Frankreich"
  assert.deepEqual(recordAt(result, 48).partner, { name: 'Les Grandes Vente', country: 'Frankreich' });
  assert.equal(lineClass(result, 51), 'heading'); // "- Schweiz"
  assert.deepEqual(recordAt(result, 53).partner, { name: 'Veltheim AG', country: 'Schweiz' });
  assert.deepEqual(recordAt(result, 60).partner, { name: 'Tillabéri', country: 'Nigeria' }); // as the page says
  assert.deepEqual(recordAt(result, 64).partner, { name: 'HOI AN', country: 'Vietnam' });
  for (const record of result.records) assert.equal(record.since, undefined, 'the page states no years');
});

test('the Harz page: the contact block is chrome', () => {
  for (let line = 65; line <= 74; line++) assert.equal(lineClass(result, line), 'chrome', `line ${line}`);
});

test('crafted Harz lines: a partner line without a country or town is a problem', () => {
  const r = parseHarz(
    [
      'Titel',
      'Gemeindepartnerschaften im Landkreis:',
      '- Polen, X',
      'Stadt A:',
      '- Y',
      '- Frankreich',
      '- Z (Ortsteil)',
      'Irgendwas',
    ].join('\n'),
    info('Landkreis Test'),
  );
  assert.deepEqual(
    r.lines.filter((l) => l.class === 'problem').map((l) => l.line),
    [3, 5, 8],
  );
  assert.deepEqual(
    r.records.map((x) => [x.partner.name, x.partner.country, x.notes]),
    [['Z', 'Frankreich', ['Ortsteil']]],
  );
});
