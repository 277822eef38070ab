// The importer's pure functions run unchanged in the browser: the same parsers on the project's own copies of the
// source pages, and the whole build from sources and curation, give what the command line published.
import { expect } from '@open-wc/testing';
import { buildDataset, type SourceInput } from '../../src/data/import/build.js';
import { datasetJson } from '../../src/data/formats/canonical.js';
import type { Curation } from '../../src/data/import/curation.js';
import { PARSERS } from '../../src/data/import/parsers.js';
import { COUNTRY_CODES } from '../../src/data/model.js';

interface Entry {
  id: string;
  file: string;
  format: string;
  title: string;
  publisher: string;
  covers: string;
  retrieved: string;
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
  for (const { file, format, ...info } of entries) {
    inputs.push({ info, format, text: await text(`/data/sources/${file}`) });
  }
});

it('parses every source page with the exact line and record counts of the import report', () => {
  const expected: Record<string, [lines: number, records: number, problems: number]> = {
    'sachsen-anhalt': [512, 154, 0],
    'landkreis-harz': [74, 25, 0],
    osnabrueck: [51, 11, 0],
    'sgb-brandenburg': [49, 0, 0],
    dortmund: [137, 10, 0],
  };
  for (const input of inputs) {
    const parse = PARSERS[input.format];
    expect(parse, input.format).to.be.a('function');
    const result = parse!(input.text, input.info);
    const problems = result.lines.filter((l) => l.class === 'problem').length;
    expect([result.lines.length, result.records.length, problems], input.info.id).to.deep.equal(expected[input.info.id]);
  }
});

it('builds the published dataset from sources and curation', async () => {
  const [countries, corrections, areas, partners, records] = await Promise.all([
    json<Curation['countries']>('/data/curation/countries.json'),
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
    sources: inputs,
    curation: { countries, corrections: corrections.corrections, areas, partners: partners.places, records },
    countryCode: (name) => codes.get(name),
  });
  expect(result.problems).to.deep.equal([]);
  expect(datasetJson(result.dataset)).to.equal(await text('/data/partnerships.json'));
});
