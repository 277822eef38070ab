// Invariants of the published dataset, and proof that the committed files are what the import builds today.
/* eslint-disable @typescript-eslint/no-explicit-any -- a copy is broken field by field */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { countryCode } from '../../src/cli/countries.js';
import { readCitiesAbroad, readCuration, readSources } from '../../src/cli/files.js';
import { CSV_COLUMNS, datasetToCsv } from '../../src/data/formats/csv.js';
import { buildDataset } from '../../src/data/import/build.js';
import { datasetJson } from '../../src/data/formats/canonical.js';
import { datapackage } from '../../src/data/formats/datapackage.js';
import { importReport } from '../../src/data/import/report.js';
import { datasetSchema } from '../../src/data/formats/json-schema.js';
import { COUNTRY_CODES, type Dataset, type Partnership } from '../../src/data/model.js';
import { filterPartnerships, type PartnershipFilter } from '../../src/data/queries.js';
import { slugify } from '../../src/data/slug.js';
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
const build = buildDataset({
  sources: inputs,
  curation: readCuration(),
  countryCode,
  citiesAbroad: readCitiesAbroad(),
});

test('the committed outputs are exactly what the import builds (run `npm run data` after a change)', () => {
  assert.equal(read('partnerships.json'), datasetJson(build.dataset));
  assert.equal(read('partnerships.csv'), datasetToCsv(build.dataset));
  assert.equal(read('schema.json'), `${JSON.stringify(datasetSchema(), null, 2)}\n`);
  assert.equal(read('datapackage.json'), `${JSON.stringify(datapackage(build.dataset), null, 2)}\n`);
  assert.equal(read('import-report.md'), importReport(build, files));
});

test('the import reports only lines of the compiled list the gazetteer cannot place; places have coordinates', () => {
  // Each one checked by hand: Austrian towns the list calls German, coordinates of a namesake abroad (Bergen,
  // Norway), Gemeinden merged before 2021 (Oberweser) or Kreise merged before 2020 (Rügen).
  assert.deepEqual(build.problems, []);
  assert.deepEqual(
    build.unplaced.map((p) => `${p.source}:${p.line}`),
    [128, 133, 322, 1080, 2921, 3549, 3737, 3964, 4062, 4188, 4241, 4242, 4366, 4485, 4532].map(
      (n) => `wikipedia:${n}`,
    ),
  );
  assert.ok(build.unplaced.every((p) => /gazetteer|near none of them/u.test(p.message)));
  // The list geocoded a namesake in another country, and GeoNames has no place of the name in the stated one.
  assert.deepEqual(build.missingCoordinates, [
    'partner: Crivitz (US)',
    'partner: La Porte-du-Der (FR)',
    'partner: Syracuse (IT)',
    'partner: Zengőalja (microregion) (HU)',
    'partner: Zogoré (BF)',
  ]);
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
  assert.ok(dataset.partnerships.length > 4000, 'the national dataset');
  assert.equal(byId.size, dataset.partnerships.length, 'ids are unique');
  const thisYear = new Date().getFullYear();
  for (const p of dataset.partnerships) {
    assert.match(p.id, /^[a-z0-9]+(?:-[a-z0-9]+)*--[a-z0-9]+(?:-[a-z0-9]+)*$/u);
    assert.ok(COUNTRY_CODES.includes(p.partner.country), p.id);
    assert.ok(p.since === null || (p.since >= 1900 && p.since <= thisYear), p.id);
    assert.ok(p.sources.length > 0, p.id);
    assert.ok(p.local.coordinates, `${p.id} is placed`);
    assert.ok(p.local.level === 'land' || p.local.kreis, `${p.id} has a Kreis`);
    if (!['land', 'kreis', 'verbandsgemeinde'].includes(p.local.level)) assert.ok(p.local.gemeinde, p.id);
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
    29,
    '20 in the Land list, 8 more only on the Harz page, Thale–Aizkraukle only in Wikipedia',
  );
});

const official = (p: Partnership) => p.sources.some((ref) => ref.source !== 'wikipedia');
const shown = (filter: PartnershipFilter) => filterPartnerships(dataset.partnerships, filter);

test('the national dataset: towns beyond the seed pages show their partnerships, each once', () => {
  for (const gemeinde of ['lueneburg', '15085235', 'koeln', 'muenchen', 'braunschweig']) {
    const list = shown({ gemeinde });
    assert.ok(list.length > 0, gemeinde);
    const partners = list.map((p) => `${p.partner.country}:${slugify(p.partner.name)}`);
    assert.equal(new Set(partners).size, partners.length, `${gemeinde}: each partner once`);
  }
  assert.ok(
    shown({ gemeinde: 'koeln' }).some((p) => p.partner.name === 'Liverpool'),
    'Cologne is Köln',
  );
  assert.ok(
    shown({ gemeinde: 'koeln' }).some((p) => p.local.ortsteile?.[0] === 'Porz'),
    '"Porz (Cologne)"',
  );
  assert.ok(
    shown({ gemeinde: 'muenchen' }).some((p) => p.partner.name === 'Bordeaux'),
    'Munich is München',
  );
  // Listed under "England" and under "England, United Kingdom": one record with both lines.
  assert.equal(get('lueneburg--scunthorpe').sources.length, 2);
  const mitte = shown({ gemeinde: 'berlin' }).filter((p) => p.local.ortsteile?.[0] === 'Mitte');
  assert.ok(mitte.length > 0, '"Berlin – Mitte" is a Bezirk of Berlin');
  assert.equal(get('herford--voiron').local.level, 'kreis', '"Herford (district)" is the Kreis');
});

test('one record per partnership across sources: the own page and the encyclopedia, in German and English', () => {
  const osnabrueck = shown({ gemeinde: 'osnabrueck' });
  assert.equal(osnabrueck.length, 11);
  for (const p of osnabrueck)
    assert.deepEqual([...new Set(p.sources.map((ref) => ref.source))], ['osnabrueck', 'wikipedia'], p.id);
  // The own page's name stands, and the record keeps what the encyclopedia wrote.
  for (const [id, english] of [
    ['osnabrueck--twer', 'Tver'],
    ['osnabrueck--kwangmyong', 'Gwangmyeong'],
    ['dortmund--rostow-am-don', 'Rostov-on-Don'],
  ] as const) {
    const name = get(id).conflicts?.find((c) => c.field === 'partner.name');
    assert.ok(
      name?.values.some((v) => v.source === 'wikipedia' && v.value === english),
      id,
    );
    assert.equal(name?.chosen, get(id).partner.name);
  }
  const dortmund = shown({ gemeinde: 'dortmund' });
  assert.equal(dortmund.filter((p) => p.sources.some((ref) => ref.source === 'dortmund')).length, 10);
  assert.ok(
    dortmund.some((p) => !official(p)),
    'what only the encyclopedia adds',
  );
  // The list placed "Burg" in the Eifel; the Land's list states the same partners for Burg bei Magdeburg.
  assert.deepEqual(
    get('burg--tira').sources.map((ref) => ref.source),
    ['sachsen-anhalt', 'wikipedia'],
  );
});

test("the seed pages' partnerships keep their years, kinds and ids", () => {
  const seed = dataset.partnerships.filter(official);
  assert.equal(seed.length, 183);
  const sachsenAnhalt = seed.filter((p) => p.local.land.slug === 'sachsen-anhalt');
  assert.equal(sachsenAnhalt.length, 162);
  const kinds: Record<string, number> = {};
  for (const p of sachsenAnhalt) kinds[p.kind] = (kinds[p.kind] ?? 0) + 1;
  assert.deepEqual(kinds, { partnership: 154, cooperation: 5, friendship: 3 });
  assert.equal(sachsenAnhalt.filter((p) => p.since === null).length, 13);
  assert.ok(seed.every((p) => p.status !== 'unknown' || p.id === 'oberharz-am-brocken--purhus-kommune'));
  // Only compiled lists: no year and no status are guessed.
  for (const p of dataset.partnerships.filter((p) => !official(p))) {
    assert.deepEqual([p.since, p.status], [null, 'unknown'], p.id);
  }
});

test('a partnership between two German towns is one record that both towns list, counted once per Land', () => {
  const magdeburg = shown({ gemeinde: 'magdeburg' }).find((p) => p.partner.name === 'Braunschweig');
  const braunschweig = shown({ gemeinde: 'braunschweig' }).find((p) => p.partner.name === 'Magdeburg');
  assert.ok(magdeburg && braunschweig);
  assert.equal(magdeburg.id, braunschweig.id);
  assert.equal(magdeburg.local.gemeinde?.key, '15003000');
  assert.equal(braunschweig.local.gemeinde?.key, '03101000');
  const niedersachsen = shown({ land: 'niedersachsen' });
  assert.equal(new Set(niedersachsen.map((p) => p.id)).size, niedersachsen.length, 'each record once');
});

test('every German place has its official key and centre from the Gemeindeverzeichnis', () => {
  for (const p of dataset.partnerships) {
    assert.ok(p.local.land.key, p.id);
    if (p.local.kreis) assert.match(p.local.kreis.key ?? '', /^\d{5}$/u, p.id);
    if (p.local.gemeinde) assert.match(p.local.gemeinde.key ?? '', /^\d{8}$/u, p.id);
    if (p.partner.country === 'DE')
      assert.ok(p.partner.german?.land.key, `${p.id}: the partner's own page finds it`);
  }
  assert.equal(get('quedlinburg--aulnoye-aymeries').local.gemeinde?.key, '15085235');
});
