// The queries on the published dataset (data/partnerships.json), as the issue states them for a new user.
import { expect } from '@open-wc/testing';
import type { Dataset, Partnership } from '../../src/data/model.js';
import {
  filterPartnerships,
  groupPartnerships,
  isCountyLevel,
  searchPartnerships,
  sortPartnerships,
} from '../../src/queries.js';
import { validateDataset } from '../../src/data/validate.js';
import { foldLetters } from '../../src/i18n/fold.js';

let dataset: Dataset;
let all: Partnership[];
const ids = (list: readonly Partnership[]) => list.map((p) => p.id).sort();
const filter = (f: Parameters<typeof filterPartnerships>[1]) => filterPartnerships(all, f);

before(async () => {
  const result = validateDataset(await (await fetch('/data/partnerships.json')).json());
  expect(result.dataset, JSON.stringify(result.problems.slice(0, 3))).to.not.equal(null);
  dataset = result.dataset!;
  all = dataset.partnerships;
});

describe('queries on the published dataset', () => {
  it('kreis="harz" equals kreis="15085": the county’s own partnerships and every town’s in it', () => {
    const harz = filter({ kreis: 'harz' });
    expect(ids(filter({ kreis: '15085' }))).to.deep.equal(ids(harz));
    expect(ids(filter({ kreis: 'Landkreis Harz' }))).to.deep.equal(ids(harz));
    // Its own partnerships, and those of German towns whose partner is in the Harz (Wolfsburg–Halberstadt).
    const harzSide = (p: Partnership) =>
      p.local.kreis?.slug === 'harz' || p.partner.german?.kreis?.slug === 'harz';
    expect(ids(harz)).to.deep.equal(ids(all.filter(harzSide)));
    expect(harz.every((p) => p.local.kreis?.slug === 'harz')).to.equal(true, 'each facing the Harz');
    const county = harz.filter(isCountyLevel).map((p) => p.partner.country);
    expect(county).to.have.members(['RO', 'RO', 'PL', 'FR']); // Bistrița-Năsăud, Iași, Konecki, Territoire de Belfort
    const towns = new Set(harz.filter((p) => !isCountyLevel(p)).map((p) => p.local.gemeinde?.slug));
    expect([...towns]).to.include.members([
      'halberstadt',
      'quedlinburg',
      'wernigerode',
      'blankenburg-harz',
      'thale',
    ]);
  });

  it('a Gemeinde includes its Ortsteile; by slug or AGS', () => {
    const halberstadt = filter({ gemeinde: 'halberstadt' });
    expect(halberstadt.some((p) => p.local.level === 'ortsteil')).to.equal(true);
    expect(halberstadt.map((p) => p.partner.name)).to.include.members([
      'Náchod',
      'Banská Bystrica',
      'Ybbsitz',
    ]);
    expect(halberstadt.every((p) => p.local.gemeinde?.slug === 'halberstadt')).to.equal(true);
    const key = halberstadt.find((p) => p.local.gemeinde?.key)?.local.gemeinde?.key;
    if (key) expect(ids(filter({ gemeinde: key }))).to.deep.equal(ids(halberstadt));
    const quedlinburg = filter({ gemeinde: 'quedlinburg' });
    expect(quedlinburg.find((p) => p.partner.name === 'Bachant')?.local.level).to.equal('ortsteil');
  });

  it('a Gemeinde includes partnerships it holds jointly, and so does the other holder', () => {
    const joint = all.filter((p) => (p.local.jointWith ?? []).length > 0);
    expect(joint.length).to.be.greaterThan(0);
    for (const p of joint) {
      for (const holder of p.local.jointWith!) {
        const found =
          holder.level === 'kreis' ? filter({ kreis: holder.slug }) : filter({ gemeinde: holder.slug });
        expect(ids(found), `${p.id} for ${holder.slug}`).to.include(p.id);
      }
    }
  });

  it('gemeinde="osnabrueck" shows all eleven of Osnabrück’s partner cities', () => {
    const osnabrueck = filter({ gemeinde: 'osnabrueck' });
    expect(osnabrueck.map((p) => p.partner.name)).to.have.members([
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
    ]);
  });

  it('a kreisfreie Stadt as Kreis or Gemeinde; a Land by slug or key', () => {
    const magdeburg = filter({ kreis: 'magdeburg' });
    expect(magdeburg.map((p) => p.partner.name)).to.have.members([
      'Sarajevo',
      'Nashville',
      'Saporischschja',
      'Radom',
      'Harbin',
      'Le Havre',
      'Braunschweig',
    ]);
    expect(ids(filter({ gemeinde: 'magdeburg' }))).to.deep.equal(ids(magdeburg));
    const sachsenAnhalt = filter({ land: 'sachsen-anhalt' });
    expect(ids(filter({ land: '15' }))).to.deep.equal(ids(sachsenAnhalt));
    expect(sachsenAnhalt.length).to.be.greaterThan(100);
    expect(sachsenAnhalt.every((p) => p.local.land.slug === 'sachsen-anhalt')).to.equal(true);
  });

  it('country (comma list), kind and status filter exactly', () => {
    const frCz = filter({ country: 'fr,CZ' });
    expect(frCz.length).to.equal(filter({ country: 'FR' }).length + filter({ country: 'CZ' }).length);
    expect(new Set(frCz.map((p) => p.partner.country))).to.deep.equal(new Set(['FR', 'CZ']));
    for (const kind of ['partnership', 'friendship', 'cooperation', 'project'] as const) {
      const found = filter({ kind });
      expect(found.length, kind).to.be.greaterThan(0);
      expect(found.every((p) => p.kind === kind)).to.equal(true);
    }
    const harzCooperations = filter({ kreis: 'harz', kind: 'cooperation' });
    expect(harzCooperations.map((p) => p.partner.country)).to.have.members(['RO', 'RO', 'PL']);
    const unknown = filter({ status: 'unknown' });
    expect(unknown.every((p) => p.status === 'unknown')).to.equal(true);
    expect(filter({ status: 'active' }).length + unknown.length).to.equal(all.length);
  });

  it('search ignores case and diacritics: "lodz" finds Łódź, "nachod" finds Náchod', () => {
    const search = (query: string, locale = 'de') => searchPartnerships(dataset, all, query, locale);
    const lodz = search('lodz');
    expect(lodz.length).to.be.greaterThan(0);
    expect(lodz.map((p) => p.partner.name)).to.include('Łódź');
    const folded = (p: Partnership) => foldLetters(`${p.partner.name} ${p.partner.region ?? ''}`);
    expect(lodz.every((p) => folded(p).includes('lodz'))).to.equal(true, 'Łódź, Kłodzko, Woiwodschaft Łódź');
    expect(search('nachod').map((p) => p.partner.name)).to.include('Náchod');
    expect(search('NÁCHOD')).to.deep.equal(search('nachod'));
    expect(search('canakkale').map((p) => p.partner.name)).to.deep.equal(['Çanakkale']);
    // The German side and the country in the reader's language.
    expect(ids(search('osnabrück'))).to.include.members(ids(filter({ gemeinde: 'osnabrueck' })));
    expect(search('frankreich').length).to.equal(filter({ country: 'FR' }).length);
    expect(search('france', 'en').length).to.equal(filter({ country: 'FR' }).length);
  });

  it('sorts and groups a Kreis: the county first, then towns by name', () => {
    const harz = sortPartnerships(filter({ kreis: 'harz' }), 'name', 'de');
    const groups = groupPartnerships(harz, 'gemeinde', 'de');
    expect(groups[0]!.type).to.equal('county');
    expect(groups[0]!.partnerships.length).to.equal(4);
    const towns = groups.slice(1).map((g) => g.label);
    expect(towns).to.deep.equal([...towns].sort((a, b) => a.localeCompare(b, 'de')));
    expect(groups.reduce((sum, g) => sum + g.partnerships.length, 0)).to.equal(harz.length);
    const years = sortPartnerships(harz, 'year', 'de').map((p) => p.since);
    const known = years.filter((y) => y !== null);
    expect(known).to.deep.equal([...known].sort((a, b) => a - b));
    expect(years.slice(known.length).every((y) => y === null)).to.equal(true);
  });
});
