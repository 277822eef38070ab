// The query rules on a small dataset whose every record is known, so each rule is checked exactly.
import { expect } from '@open-wc/testing';
import type { Dataset } from '../../src/data/model.js';
import {
  filterPartnerships,
  groupPartnerships,
  normalizeSearchText,
  searchPartnerships,
  sortPartnerships,
  spansSeveralPlaces,
} from '../../src/queries.js';
import { validateDataset } from '../../src/data/validate.js';
import { fixtureDataset } from '../fixtures/fetch-stub.js';

let dataset: Dataset;
const ids = (list: readonly { id: string }[]) => list.map((p) => p.id).sort();
const filter = (f: Parameters<typeof filterPartnerships>[1]) =>
  ids(filterPartnerships(dataset.partnerships, f));

before(async () => {
  const result = validateDataset(await fixtureDataset());
  expect(result.problems).to.deep.equal([]);
  dataset = result.dataset!;
});

describe('filterPartnerships (fixture)', () => {
  it('a Kreis by slug, name or key: its own partnerships and every Gemeinde in it', () => {
    const harz = [
      'halberstadt--banska-bystrica',
      'halberstadt--nachod',
      'harz--konecki',
      'harz--territoire-de-belfort',
      'langenstein--lisses',
      'quedlinburg--aulnoye-aymeries',
    ];
    expect(filter({ kreis: 'harz' })).to.deep.equal(harz);
    expect(filter({ kreis: '15085' })).to.deep.equal(harz);
    expect(filter({ kreis: 'Landkreis Harz' })).to.deep.equal(harz);
  });

  it('a Gemeinde: its own, its Ortsteile and partnerships it holds jointly', () => {
    const halberstadt = [
      'halberstadt--banska-bystrica',
      'halberstadt--nachod',
      'harz--territoire-de-belfort',
      'langenstein--lisses',
    ];
    expect(filter({ gemeinde: 'halberstadt' })).to.deep.equal(halberstadt);
    expect(filter({ gemeinde: '15085135' })).to.deep.equal(halberstadt);
  });

  it('a kreisfreie Stadt as Kreis or as Gemeinde', () => {
    expect(filter({ kreis: 'magdeburg' })).to.deep.equal(['magdeburg--radom']);
    expect(filter({ gemeinde: 'magdeburg' })).to.deep.equal(['magdeburg--radom']);
    expect(filter({ gemeinde: '15003000' })).to.deep.equal(['magdeburg--radom']);
  });

  it('a Land by slug or key', () => {
    expect(filter({ land: 'sachsen' })).to.deep.equal(['chemnitz--lodz']);
    expect(filter({ land: '14' })).to.deep.equal(['chemnitz--lodz']);
    expect(filter({ land: 'sachsen-anhalt' })).to.have.length(7);
  });

  it('countries as a comma list, case-insensitive; kind; status; combined', () => {
    expect(filter({ country: 'cz, sk' })).to.deep.equal([
      'halberstadt--banska-bystrica',
      'halberstadt--nachod',
    ]);
    expect(filter({ kind: 'cooperation,friendship' })).to.deep.equal([
      'harz--konecki',
      'harz--territoire-de-belfort',
    ]);
    expect(filter({ status: 'ended' })).to.deep.equal(['quedlinburg--aulnoye-aymeries']);
    expect(filter({ kreis: 'harz', country: 'PL' })).to.deep.equal(['harz--konecki']);
    expect(filter({ gemeinde: 'no-such-town' })).to.deep.equal([]);
    expect(filter({})).to.have.length(dataset.partnerships.length);
  });
});

describe('searchPartnerships (fixture)', () => {
  const search = (query: string, locale = 'de') =>
    ids(searchPartnerships(dataset, dataset.partnerships, query, locale));

  it('ignores case and diacritics', () => {
    expect(normalizeSearchText('Łódź')).to.equal('lodz');
    expect(normalizeSearchText('  Halle (Saale) ')).to.equal('halle saale');
    expect(search('lodz')).to.deep.equal(['chemnitz--lodz']);
    expect(search('NACHOD')).to.deep.equal(['halberstadt--nachod']);
    expect(search('banska')).to.deep.equal(['halberstadt--banska-bystrica']);
  });

  it('finds the German side, the region, and the country in the reader’s language', () => {
    expect(search('quedlinburg')).to.deep.equal(['quedlinburg--aulnoye-aymeries']);
    expect(search('langenstein')).to.deep.equal(['langenstein--lisses']);
    expect(search('masowien')).to.deep.equal(['magdeburg--radom']);
    expect(search('tschechien')).to.deep.equal(['halberstadt--nachod']);
    expect(search('czechia', 'en')).to.deep.equal(['halberstadt--nachod']);
    expect(search('tschechien', 'en')).to.deep.equal([]);
    expect(search('slowacja', 'pl')).to.deep.equal(['halberstadt--banska-bystrica']);
  });

  it('needs every word, and an empty query keeps all', () => {
    expect(search('frankreich harz')).to.deep.equal([
      'harz--territoire-de-belfort',
      'langenstein--lisses',
      'quedlinburg--aulnoye-aymeries',
    ]);
    expect(search('frankreich quedlinburg')).to.deep.equal(['quedlinburg--aulnoye-aymeries']);
    expect(search('  ')).to.have.length(dataset.partnerships.length);
  });

  it('matches umlauts typed as ae/oe/ue', () => {
    expect(search('koeniggraetzer')).to.deep.equal(['halberstadt--nachod']);
    expect(search('koniggratzer')).to.deep.equal(['halberstadt--nachod']);
  });
});

describe('sort and group (fixture)', () => {
  const harz = () => filterPartnerships(dataset.partnerships, { kreis: 'harz' });

  it('sorts by name, by country name in the reader’s language, by year with unknown years last', () => {
    const names = (list: readonly { partner: { name: string } }[]) => list.map((p) => p.partner.name);
    expect(names(sortPartnerships(harz(), 'name', 'de'))).to.deep.equal([
      'Aulnoye-Aymeries',
      'Kreis Konecki',
      'Lisses',
      'Náchod',
      'Neusohl',
      'Territoire de Belfort',
    ]);
    expect(sortPartnerships(harz(), 'year', 'de').map((p) => p.since)).to.deep.equal([
      1961,
      1992,
      1995,
      1996,
      2008,
      null,
    ]);
    const countries = (locale: string) =>
      sortPartnerships(harz(), 'country', locale).map((p) => p.partner.country);
    expect(countries('de')).to.deep.equal(['FR', 'FR', 'FR', 'PL', 'SK', 'CZ']); // Frankreich, Polen, Slowakei, Tschechien
    expect(countries('en')).to.deep.equal(['CZ', 'FR', 'FR', 'FR', 'PL', 'SK']); // Czechia, France, Poland, Slovakia
  });

  it('groups by Gemeinde with the county’s own partnerships first and apart', () => {
    const groups = groupPartnerships(sortPartnerships(harz(), 'name', 'de'), 'gemeinde', 'de');
    expect(groups.map((g) => [g.type, g.label, g.partnerships.length])).to.deep.equal([
      ['county', 'Landkreis Harz', 2],
      ['gemeinde', 'Halberstadt', 3],
      ['gemeinde', 'Quedlinburg', 1],
    ]);
  });

  it('groups by country (by name in the reader’s language) or not at all', () => {
    const byCountry = groupPartnerships(harz(), 'country', 'en');
    expect(byCountry.map((g) => [g.label, g.partnerships.length])).to.deep.equal([
      ['Czechia', 1],
      ['France', 3],
      ['Poland', 1],
      ['Slovakia', 1],
    ]);
    const none = groupPartnerships(harz(), 'none', 'de');
    expect(none.map((g) => [g.type, g.partnerships.length])).to.deep.equal([['all', 6]]);
  });

  it('knows when a list spans several towns', () => {
    expect(spansSeveralPlaces(harz())).to.equal(true);
    expect(spansSeveralPlaces(filterPartnerships(dataset.partnerships, { kreis: 'magdeburg' }))).to.equal(
      false,
    );
    expect(spansSeveralPlaces([])).to.equal(false);
  });
});
