import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseBrandenburg } from '../../src/data/import/brandenburg.js';
import { parseDortmund } from '../../src/data/import/dortmund.js';
import { parseOsnabrueck } from '../../src/data/import/osnabrueck.js';
import { counts, info, lineClass, recordAt, source } from './support.js';

test('Osnabrück: eleven partners from one sentence, Haarlem with its year', () => {
  const page = source('osnabrueck');
  const r = parseOsnabrueck(page.text, page.info);
  assert.equal(r.lines.length, 51);
  assert.deepEqual(counts(r), { record: 2, heading: 1, note: 1, chrome: 47, problem: 0, place: 0 });
  assert.deepEqual(
    r.records.map((x) => x.partner.name),
    [
      'Angers',
      'Çanakkale',
      'Derby',
      'Evansville',
      'Gmünd',
      'Greifswald',
      'Haarlem',
      'Hefei',
      'Kwangmyong',
      'Twer',
      'Vila Real',
    ],
  );
  const haarlem = r.records.find((x) => x.partner.name === 'Haarlem');
  assert.deepEqual([haarlem?.since, haarlem?.kind, haarlem?.lines], [1961, 'partnership', [11, 9]]);
  for (const x of r.records.filter((x) => x !== haarlem)) {
    assert.deepEqual([x.since, x.kind, x.partner.country], [null, undefined, undefined]);
  }
  assert.deepEqual(r.records[0]?.local, {
    level: 'kreisfreie-stadt',
    name: 'Osnabrück',
    kreis: 'Osnabrück',
    gemeinde: 'Osnabrück',
  });
  assert.deepEqual(r.findings, []);
});

test('Osnabrück format: a count that does not match the names is a finding', () => {
  const r = parseOsnabrueck(
    'Titel der Seite hier\n\nSo pflegt die Stadt Kontakte zu drei Städten: A, B und C und D. Mehr.',
    info('X'),
  );
  assert.equal(r.records.length, 4);
  assert.deepEqual(r.findings, [{ line: 3, message: 'the text speaks of 3 cities but names 4' }]);
});

test('Dortmund: the bullet list, the friendship within Germany and the project partnership', () => {
  const page = source('dortmund');
  const r = parseDortmund(page.text, page.info);
  assert.equal(r.lines.length, 137);
  assert.deepEqual(counts(r), { record: 11, heading: 4, note: 13, chrome: 109, problem: 0, place: 0 });
  assert.equal(r.records.length, 10);
  assert.deepEqual(
    [recordAt(r, 14).partner, recordAt(r, 14).since, recordAt(r, 14).kind],
    [{ name: 'Amiens', country: 'Frankreich' }, 1960, 'partnership'],
  );
  assert.deepEqual(recordAt(r, 17).partner, { name: 'Buffalo', country: 'USA' });
  const zwickau = recordAt(r, 22);
  assert.deepEqual(
    [zwickau.partner.country, zwickau.kind, zwickau.since, zwickau.lines],
    ['Deutschland', 'friendship', null, [22, 10]],
  );
  const cluj = recordAt(r, 131);
  assert.deepEqual(
    [cluj.partner, cluj.kind, cluj.since],
    [{ name: 'Cluj-Napoca', country: 'Rumänien' }, 'project', null],
  );
  assert.equal(lineClass(r, 133), 'note'); // the teaser repeating the project partnership
  assert.equal(lineClass(r, 111), 'note'); // teaser of the Trabzon page
  assert.equal(lineClass(r, 54), 'chrome'); // the office address
  assert.equal(r.findings.length, 1);
  assert.match(r.findings[0]?.message ?? '', /speaks of 9 partner cities, but the list names 8 abroad/);
});

test('Dortmund format: a bullet that is not "Name, Land seit JAHR" is a problem', () => {
  const r = parseDortmund(
    ['Städtepartnerschaften', 'Intro.', '  • Paris', '  • Rom, Italien seit 1990'].join('\n'),
    info('X'),
  );
  assert.deepEqual(
    r.lines.map((l) => l.class),
    ['heading', 'note', 'problem', 'record'],
  );
});

test('Brandenburg: no records, every line a note or chrome, the figures as findings', () => {
  const page = source('sgb-brandenburg');
  const r = parseBrandenburg(page.text, page.info);
  assert.equal(r.lines.length, 49);
  assert.deepEqual(counts(r), { record: 0, heading: 0, note: 36, chrome: 13, problem: 0, place: 0 });
  assert.deepEqual(
    r.findings.map((f) => f.line),
    [12, 13],
  );
  assert.match(r.findings[0]?.message ?? '', /more than 7,000/);
  assert.match(r.findings[1]?.message ?? '', /154 initiatives in Brandenburg/);
});
