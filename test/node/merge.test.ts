import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildDataset, type SourceInput } from '../../src/data/import/build.js';
import type { Curation } from '../../src/data/import/curation.js';

const land: SourceInput = {
  info: { id: 'land', title: 'Liste', publisher: 'Land', covers: 'Sachsen-Anhalt', retrieved: '2026-01-02' },
  format: 'sachsen-anhalt-list',
  text: [
    'Landkreise',
    'Landkreis Harz',
    'Halberstadt',
    'Banská Bystrica – Slowakei (Banskobystrický kraj). Seit 1998',
    'Náchod – Tschechien (Region Hradec Králové). Seit 1998',
    'Villars – Frankreich (Vaucluse). Seit 2003',
    'Tillabéri – Niger (Tillabéri). Seit 1990',
  ].join('\n'),
};
const county: SourceInput = {
  info: {
    id: 'kreis',
    title: 'Seite',
    publisher: 'Landkreis',
    covers: 'Landkreis Harz',
    retrieved: '2026-03-04',
  },
  format: 'harz-page',
  text: [
    'Titel',
    'Gemeindepartnerschaften:',
    'Stadt Halberstadt:',
    '- Slowakei, Banska Bystrica',
    '- Tschechien, Nachod',
    '- Frankreich, Villars',
    '- Nigeria, Tillabéri',
    '- Polen, Neuort',
  ].join('\n'),
};

function curation(): Curation {
  const at = (lat: number, lon: number) => ({ coordinates: { lat, lon } });
  return {
    countries: { aliases: [] },
    exonyms: { names: {} },
    corrections: [
      {
        source: 'kreis',
        line: 5,
        field: 'partner.name',
        original: 'Nachod',
        corrected: 'Náchod',
        reason: 'diacritics',
      },
    ],
    areas: {
      lands: [{ name: 'Sachsen-Anhalt', slug: 'sachsen-anhalt', key: '15' }],
      kreise: [
        { name: 'Landkreis Harz', slug: 'harz', key: '15085', land: 'Sachsen-Anhalt', ...at(51.9, 11.05) },
      ],
      verbandsgemeinden: [],
      gemeinden: [
        {
          name: 'Halberstadt',
          aliases: ['Stadt Halberstadt'],
          slug: 'halberstadt',
          key: '15085135',
          kreis: 'Landkreis Harz',
          ...at(51.9, 11.05),
        },
      ],
      ortsteile: [],
    },
    partners: [
      {
        name: 'Banská Bystrica',
        aliases: ['Banska Bystrica'],
        aliasReason: 'same city, diacritics dropped',
        country: 'SK',
        level: 'city',
        ...at(48.74, 19.15),
      },
      { name: 'Náchod', country: 'CZ', level: 'city', ...at(50.42, 16.16) },
      { name: 'Villars', country: 'FR', level: 'municipality', ...at(43.93, 5.4) },
      { name: 'Tillabéri', country: 'NE', level: 'city' },
      { name: 'Neuort', country: 'PL', level: 'city', ...at(50, 20) },
    ],
    records: {
      defaults: {
        kind: 'partnership',
        status: 'active',
        compiledStatus: 'unknown',
        reason: 'lists of current partnerships',
      },
      records: [],
      conflicts: [],
    },
  };
}

const countryCode = (name: string) =>
  ({ Slowakei: 'SK', Tschechien: 'CZ', Frankreich: 'FR', Niger: 'NE', Nigeria: 'NG', Polen: 'PL' })[name];

test('one partnership stated by two sources in two spellings is one record with both sources', () => {
  const { dataset, problems } = buildDataset({ sources: [land, county], curation: curation(), countryCode });
  const bystrica = dataset.partnerships.find((p) => p.id === 'halberstadt--banska-bystrica');
  assert.ok(bystrica);
  assert.deepEqual(bystrica.sources, [
    { source: 'land', line: 4 },
    { source: 'kreis', line: 4 },
  ]);
  assert.equal(bystrica.partner.name, 'Banská Bystrica');
  assert.equal(bystrica.since, 1998, 'the year of the source that gives one');
  assert.equal(bystrica.local.name, 'Halberstadt', 'the first source names the German side');
  assert.deepEqual(bystrica.conflicts, [
    {
      field: 'partner.name',
      values: [
        { source: 'land', value: 'Banská Bystrica' },
        { source: 'kreis', value: 'Banska Bystrica' },
      ],
      chosen: 'Banská Bystrica',
      reason: 'same city, diacritics dropped',
    },
  ]);
  const nachod = dataset.partnerships.find((p) => p.id === 'halberstadt--nachod');
  assert.equal(nachod?.sources.length, 2, 'a corrected spelling merges without an alias');
  assert.equal(nachod?.conflicts, undefined);
  assert.deepEqual(nachod?.corrections?.[0], {
    field: 'partner.name',
    source: 'kreis',
    line: 5,
    original: 'Nachod',
    corrected: 'Náchod',
    reason: 'diacritics',
  });
  assert.equal(dataset.partnerships.length, 5);
  assert.equal(dataset.generated, '2026-03-04', 'the newest retrieval date');
  // Tillabéri: Niger in one source, Nigeria in the other, and no decision in curation.
  assert.ok(
    problems.some((p) => /halberstadt--tillaberi: sources disagree on partner.country/.test(p.message)),
  );
});

test('a disagreement curation decides carries the chosen value and the reason', () => {
  const c = curation();
  c.records.conflicts.push({
    id: 'halberstadt--tillaberi',
    field: 'partner.country',
    chosen: 'NE',
    reason: 'Tillabéri lies in Niger',
  });
  const { dataset, problems } = buildDataset({ sources: [land, county], curation: c, countryCode });
  const tillaberi = dataset.partnerships.find((p) => p.id === 'halberstadt--tillaberi');
  assert.deepEqual(tillaberi?.conflicts, [
    {
      field: 'partner.country',
      values: [
        { source: 'land', value: 'NE' },
        { source: 'kreis', value: 'NG' },
      ],
      chosen: 'NE',
      reason: 'Tillabéri lies in Niger',
    },
  ]);
  assert.equal(tillaberi?.partner.country, 'NE');
  assert.deepEqual(problems, []);
});

test('two sources with different years: the curated year stands, the other is kept as a conflict', () => {
  const other: SourceInput = {
    ...land,
    info: { ...land.info, id: 'land2' },
    text: land.text.replace(
      'Náchod – Tschechien (Region Hradec Králové). Seit 1998',
      'Náchod – Tschechien (Region Hradec Králové). Seit 1999',
    ),
  };
  const c = curation();
  c.records.conflicts.push({
    id: 'halberstadt--nachod',
    field: 'since',
    chosen: '1999',
    reason: 'the treaty was signed in 1999',
  });
  c.records.conflicts.push({
    id: 'halberstadt--tillaberi',
    field: 'partner.country',
    chosen: 'NE',
    reason: 'Niger',
  });
  const { dataset, problems } = buildDataset({ sources: [land, other, county], curation: c, countryCode });
  const nachod = dataset.partnerships.find((p) => p.id === 'halberstadt--nachod');
  assert.equal(nachod?.since, 1999);
  assert.deepEqual(nachod?.conflicts?.[0]?.values, [
    { source: 'land', value: '1998' },
    { source: 'land2', value: '1999' },
  ]);
  assert.equal(nachod?.sources.length, 3);
  assert.deepEqual(problems, []);
});

test('what curation lacks is reported, never dropped silently', () => {
  const c = curation();
  c.partners = c.partners.filter((p) => p.name !== 'Neuort');
  c.corrections.push({
    source: 'kreis',
    line: 6,
    field: 'partner.name',
    original: 'Vilars',
    corrected: 'Villars',
    reason: 'typo',
  });
  c.records.records.push({ ids: ['halberstadt--nowhere'], status: 'ended', reason: 'test' });
  const { problems, missingCoordinates } = buildDataset({
    sources: [land, county],
    curation: c,
    countryCode,
  });
  const messages = problems.map((p) => `${p.source ?? ''}:${p.line ?? ''} ${p.message}`);
  assert.ok(
    messages.includes('kreis:8 partner "Neuort" (PL) is not in the curated partner places'),
    messages.join('\n'),
  );
  assert.ok(messages.includes('kreis:6 correction of partner.name "Vilars" no longer matches the source'));
  assert.ok(messages.some((m) => m.includes('curation names record "halberstadt--nowhere"')));
  assert.deepEqual(missingCoordinates, ['partner: Tillabéri (NE)']);
});

test('the build is deterministic: the same input gives the same output, whatever the source order in a group', () => {
  const a = buildDataset({ sources: [land, county], curation: curation(), countryCode });
  const b = buildDataset({ sources: [land, county], curation: curation(), countryCode });
  assert.equal(JSON.stringify(a.dataset), JSON.stringify(b.dataset));
  assert.deepEqual(
    a.dataset.partnerships.map((p) => p.id),
    [
      'halberstadt--banska-bystrica',
      'halberstadt--nachod',
      'halberstadt--neuort',
      'halberstadt--tillaberi',
      'halberstadt--villars',
    ],
  );
});
