// Invariants of the published dataset, and proof that the committed files are what the import builds today.
/* eslint-disable @typescript-eslint/no-explicit-any -- a copy is broken field by field */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { germanCountryCode } from '../../src/cli/countries.js';
import { readCuration, readSources } from '../../src/cli/files.js';
import { CSV_COLUMNS, datasetToCsv } from '../../src/data/formats/csv.js';
import { buildDataset } from '../../src/data/import/build.js';
import { datasetJson } from '../../src/data/formats/canonical.js';
import { datapackage } from '../../src/data/formats/datapackage.js';
import { importReport } from '../../src/data/import/report.js';
import { datasetSchema } from '../../src/data/formats/json-schema.js';
import { COUNTRY_CODES, type Dataset, type Partnership } from '../../src/data/model.js';
import { validateDataset } from '../../src/data/validate.js';
import { DATA_DIR } from './support.js';

const read = (name: string) => readFileSync(join(DATA_DIR, name), 'utf8');
const dataset = JSON.parse(read('partnerships.json')) as Dataset;
const byId = new Map(dataset.partnerships.map((p) => [p.id, p]));
const get = (id: string): Partnership => {
  const p = byId.get(id);
  assert.ok(p, `no partnership ${id}`);
  return p;
};
const { inputs, files } = readSources();
const build = buildDataset({ sources: inputs, curation: readCuration(), countryCode: germanCountryCode });

test('the committed outputs are exactly what the import builds (run `npm run data` after a change)', () => {
  assert.equal(read('partnerships.json'), datasetJson(build.dataset));
  assert.equal(read('partnerships.csv'), datasetToCsv(build.dataset));
  assert.equal(read('schema.json'), `${JSON.stringify(datasetSchema(), null, 2)}\n`);
  assert.equal(read('datapackage.json'), `${JSON.stringify(datapackage(build.dataset), null, 2)}\n`);
  assert.equal(read('import-report.md'), importReport(build, files));
});

test('the import has no problems, no place without coordinates, no partnership without a country', () => {
  assert.deepEqual(build.problems, []);
  assert.deepEqual(build.missingCoordinates, []);
  assert.deepEqual(build.missingCountry, []);
});

test('every line of every source is accounted for, and every source reference points at a record line', () => {
  const classes = new Map(build.imports.map((i) => [i.source.id, i.lines]));
  for (const i of build.imports) {
    const text = inputs.find((s) => s.info.id === i.source.id)?.text ?? '';
    assert.equal(i.lines.length, text.replace(/\n$/u, '').split('\n').length, i.source.id);
    assert.ok(i.lines.every((l, index) => l.line === index + 1 && l.class !== 'problem'));
  }
  for (const p of dataset.partnerships) {
    for (const ref of p.sources) {
      const line = classes.get(ref.source)?.[ref.line - 1];
      assert.equal(line?.class, 'record', `${p.id}: ${ref.source}:${ref.line}`);
    }
  }
});

test('the dataset is valid, with unique stable ids, ISO countries, plausible years, sources and coordinates', () => {
  const result = validateDataset(dataset);
  assert.deepEqual(result.problems, []);
  assert.equal(dataset.partnerships.length, 183);
  assert.equal(byId.size, dataset.partnerships.length, 'ids are unique');
  const thisYear = new Date().getFullYear();
  for (const p of dataset.partnerships) {
    assert.match(p.id, /^[a-z0-9]+(?:-[a-z0-9]+)*--[a-z0-9]+(?:-[a-z0-9]+)*$/u);
    assert.ok(COUNTRY_CODES.includes(p.partner.country), p.id);
    assert.ok(p.since === null || (p.since >= 1900 && p.since <= thisYear), p.id);
    assert.ok(p.sources.length > 0, p.id);
    assert.ok(p.local.coordinates && p.partner.coordinates, `${p.id} is placed`);
    assert.ok(p.local.kreis, `${p.id} has a Kreis`);
    if (p.local.level !== 'kreis' && p.local.level !== 'verbandsgemeinde') assert.ok(p.local.gemeinde, p.id);
  }
  assert.equal(dataset.generated, '2026-11-21');
});

test('the dataset matches data/schema.json (JSON Schema 2020-12), which rejects a broken copy', () => {
  const ajv = new Ajv2020.default({ allErrors: true, strict: true });
  addFormats.default(ajv);
  const validate = ajv.compile(JSON.parse(read('schema.json')));
  assert.ok(validate(dataset), JSON.stringify(validate.errors?.slice(0, 3)));
  const broken = structuredClone(dataset) as unknown as { partnerships: Record<string, any>[] };
  broken.partnerships[0]!.partner.country = 'XX';
  broken.partnerships[1]!.kind = 'twinning';
  assert.equal(validate(broken), false);
  assert.deepEqual(
    validate.errors?.map((e) => e.instancePath),
    ['/partnerships/0/partner/country', '/partnerships/1/kind'],
  );
});

test('the data package describes both files and the CSV columns', () => {
  const pkg = JSON.parse(read('datapackage.json'));
  assert.deepEqual(
    pkg.resources.map((r: { path: string }) => r.path),
    ['partnerships.json', 'partnerships.csv'],
  );
  assert.deepEqual(
    pkg.resources[1].schema.fields.map((f: { name: string }) => f.name),
    [...CSV_COLUMNS],
  );
  assert.equal(read('partnerships.csv').split('\n')[0], CSV_COLUMNS.join(','));
});

test('spot checks: decisions on the sources hold in the published data', () => {
  const omsk = get('barleben--omsk');
  assert.deepEqual(omsk.local.jointWith, [
    { name: 'Landkreis Börde', slug: 'boerde', key: '15083', level: 'kreis' },
  ]);
  assert.equal(omsk.kind, 'cooperation');
  assert.equal(get('juebar--maria-lankowitz').local.verbandsgemeinde?.slug, 'beetzendorf-diesdorf');
  assert.deepEqual(get('barby--gmina-wiejska-radymno').local.ortsteile, ['Groß Rosenburg']);
  assert.deepEqual(
    get('klietz--gmina-czerwiensk').local.verbandsgemeinde?.name,
    'Verbandsgemeinde Elbe-Havel-Land',
  );
  const trakai = get('bernburg-saale--trakai');
  assert.deepEqual([trakai.since, trakai.sinceText], [null, 'unbekannt']);
  assert.equal(get('schoenebeck-elbe--trakai').since, 2022);
  assert.deepEqual([get('osnabrueck--haarlem').since, get('osnabrueck--twer').since], [1961, null]);
  const zwickau = get('dortmund--zwickau');
  assert.deepEqual([zwickau.partner.country, zwickau.kind], ['DE', 'friendship']);
  assert.deepEqual(
    [get('dortmund--cluj-napoca').kind, get('dortmund--cluj-napoca').since],
    ['project', null],
  );
  assert.equal(get('dortmund--buffalo').partner.country, 'US');
  assert.equal(get('magdeburg--sarajevo').partner.country, 'BA');
  assert.equal(get('magdeburg--saporischschja').partner.nativeName, 'Запоріжжя');
  const tillaberi = get('thale--tillaberi');
  assert.equal(tillaberi.partner.country, 'NE');
  assert.equal(tillaberi.corrections?.[0]?.original, 'Nigeria');
  const konecki = get('harz--konecki');
  assert.equal(konecki.partner.website, 'http://powiat.konskie.pl/');
  assert.equal(konecki.kind, 'cooperation');
  assert.ok(konecki.partner.description?.includes('Powiat Konecki'));
  const iasi = get('harz--iasi');
  assert.equal(iasi.partner.name, 'Kreis Iași');
  assert.equal(iasi.corrections?.length, 2, 'the typo is corrected in both sources');
  assert.equal(get('halberstadt--nachod').local.gemeinde?.key, '15085135');
  const bachant = get('quedlinburg--bachant');
  assert.deepEqual([bachant.local.level, bachant.local.ortsteile], ['ortsteil', ['Gernrode']]);
  assert.equal(bachant.conflicts?.[0]?.field, 'local');
  assert.equal(get('oberharz-am-brocken--purhus-kommune').status, 'unknown');
  assert.equal(
    dataset.partnerships.filter((p) => p.local.kreis?.slug === 'harz').length,
    28,
    '20 in the Land list, 8 more only on the Harz page',
  );
});
