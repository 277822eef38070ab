// The memoised views (src/data/views.ts) must give exactly what the plain queries give, only once: the speed-up
// for long lists is worth nothing if one order or one group differs.
import { expect } from '@open-wc/testing';
import { generateDataset } from '../../bench/generate/synthetic.mjs';
import type { Dataset, Partnership } from '../../src/data/model.js';
import {
  GROUP_BYS,
  groupPartnerships,
  searchPartnerships,
  SORT_KEYS,
  sortPartnerships,
  type PartnershipGroup,
} from '../../src/queries.js';
import { prepareSearch } from '../../src/data/search.js';
import { validateDataset } from '../../src/data/validate.js';
import {
  filteredView,
  groupRuns,
  groupsOfSubset,
  searchView,
  sortedGroupsView,
} from '../../src/data/views.js';

const shape = (groups: readonly PartnershipGroup[]) =>
  groups.map((group) => ({
    key: group.key,
    type: group.type,
    label: group.label,
    ids: group.partnerships.map((p: Partnership) => p.id),
  }));

let dataset: Dataset;

before(() => {
  const result = validateDataset(generateDataset(1500, 7));
  expect(result.skipped).to.equal(0);
  dataset = result.dataset!;
});

describe('views: the same answers as the plain queries', () => {
  for (const locale of ['de', 'pl']) {
    for (const by of GROUP_BYS) {
      for (const sort of SORT_KEYS) {
        it(`sortedGroupsView = groupPartnerships(sortPartnerships()) (${by}, ${sort}, ${locale})`, () => {
          const list = filteredView(dataset, { land: '15,03' });
          expect(list.length).to.be.greaterThan(50);
          const expected = groupPartnerships(sortPartnerships(list, sort, locale), by, locale);
          expect(shape(sortedGroupsView(list, by, sort, locale))).to.deep.equal(shape(expected));
        });
      }
    }
  }

  for (const query of ['l', 'lo', 'lod', 'polen', 'burg', 'ä', 'x y', 'zzzz']) {
    it(`searchView = searchPartnerships, also when it narrows an earlier result ("${query}")`, () => {
      const list = filteredView(dataset, {});
      expect(searchView(dataset, list, query, 'de')).to.deep.equal(
        searchPartnerships(dataset, list, query, 'de'),
      );
    });
  }

  it('a search narrows the sorted groups exactly as grouping the result would', () => {
    const list = filteredView(dataset, {});
    const groups = sortedGroupsView(list, 'gemeinde', 'name', 'de');
    for (const query of ['b', 'br', 'bru', 'polen']) {
      const found = searchView(dataset, list, query, 'de');
      const expected = groupPartnerships(sortPartnerships(found, 'name', 'de'), 'gemeinde', 'de');
      expect(shape(groupsOfSubset(groups, found))).to.deep.equal(shape(expected));
    }
  });

  it('runs of groups cover every group once, in order, each of at least the size asked (but the last)', () => {
    const groups = sortedGroupsView(filteredView(dataset, {}), 'country', 'name', 'de');
    for (const size of [1, 50, 200, 5000]) {
      const runs = groupRuns(groups, size);
      expect(runs[0]!.start).to.equal(0);
      expect(runs.at(-1)!.end).to.equal(groups.length);
      runs.forEach((run, i) => {
        if (i > 0) expect(run.start).to.equal(runs[i - 1]!.end);
        const items = groups.slice(run.start, run.end).reduce((sum, g) => sum + g.partnerships.length, 0);
        expect(run.items).to.equal(items);
        if (i < runs.length - 1) expect(items).to.be.at.least(size);
      });
      expect(groupRuns(groups, size)).to.equal(runs);
    }
  });

  it('each view is computed once and shared (same array for the same input)', () => {
    const a = filteredView(dataset, { kreis: dataset.partnerships[0]!.local.kreis!.slug });
    const b = filteredView(dataset, { kreis: dataset.partnerships[0]!.local.kreis!.slug, country: '' });
    expect(a).to.equal(b);
    expect(sortedGroupsView(a, 'country', 'year', 'fr')).to.equal(
      sortedGroupsView(a, 'country', 'year', 'fr'),
    );
    expect(searchView(dataset, a, 'lo', 'de')).to.equal(searchView(dataset, a, 'lo', 'de'));
    expect(searchView(dataset, a, '  ', 'de')).to.equal(a);
  });
});

describe('search preparation in idle slices', () => {
  it('stops when the idle moment is used up, goes on in the next, and finds what an unprepared search finds', () => {
    const prepared = validateDataset(generateDataset(1800, 8)).dataset!;
    const fresh = validateDataset(generateDataset(1800, 8)).dataset!;
    // An idle moment that is over after two slices' worth of checks.
    let checks = 0;
    const deadline = { timeRemaining: () => (checks++ % 3 === 2 ? 0 : 10) };
    let moments = 1;
    while (!prepareSearch(prepared, 'de', deadline)) moments += 1;
    expect(moments, 'more than one idle moment for 1,800 records').to.be.greaterThan(1);
    expect(prepareSearch(prepared, 'de', { timeRemaining: () => 0 }), 'nothing left to do').to.equal(true);
    for (const query of ['l', 'lo', 'bad', 'polen', 'muenchen', 'zz']) {
      const ids = (data: Dataset) =>
        searchPartnerships(data, data.partnerships, query, 'de').map((p) => p.id);
      expect(ids(prepared), query).to.deep.equal(ids(fresh));
    }
  });
});
