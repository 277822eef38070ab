import { expect } from '@open-wc/testing';
import type { Dataset, Partnership } from '../../src/data/model.js';
import { filterPartnerships } from '../../src/data/queries.js';
import {
  anniversariesIn,
  anniversaryIn,
  chronology,
  citations,
  countPartnerships,
  decadeOf,
  findPartner,
  findPartnership,
  holdersOf,
  limitCounts,
  mergePartner,
  OTHER,
  UNKNOWN,
  type CountRow,
} from '../../src/data/stats-queries.js';

/** The published dataset, as the elements load it by default. */
async function realDataset(): Promise<Dataset> {
  return (await (await fetch('/data/partnerships.json')).json()) as Dataset;
}

/** A minimal record for crafted cases; only what a query reads. */
function record(
  id: string,
  since: number | null,
  partner: Partial<Partnership['partner']> = {},
): Partnership {
  return {
    id,
    kind: 'partnership',
    status: 'active',
    since,
    local: {
      name: 'Musterstadt',
      level: 'gemeinde',
      land: { name: 'Sachsen-Anhalt', slug: 'sachsen-anhalt' },
    },
    partner: { name: id, level: 'city', country: 'FR', ...partner },
    sources: [{ source: 'test', line: 1 }],
  };
}

const sum = (rows: readonly CountRow[]) => rows.reduce((total, row) => total + row.count, 0);

describe('stats queries', () => {
  let dataset: Dataset;
  before(async () => {
    dataset = await realDataset();
  });

  describe('chronology', () => {
    it('puts every partnership once into its decade, by year, unknown years apart and by name', () => {
      const all = dataset.partnerships;
      const { decades, unknown } = chronology(all, 'asc', 'de');
      const listed = [...decades.flatMap((d) => d.partnerships), ...unknown];
      expect(listed).to.have.length(all.length);
      expect(new Set(listed.map((p) => p.id)).size).to.equal(all.length);
      const years = decades.flatMap((d) => d.partnerships.map((p) => p.since!));
      expect(years).to.deep.equal([...years].sort((a, b) => a - b));
      for (const { decade, partnerships } of decades) {
        for (const p of partnerships) expect(decadeOf(p.since!)).to.equal(decade);
      }
      expect(unknown.every((p) => p.since === null)).to.equal(true);
      expect(unknown.length).to.equal(all.filter((p) => p.since === null).length);
      const names = unknown.map((p) => p.partner.name);
      expect(names).to.deep.equal(
        [...names].sort(new Intl.Collator('de', { sensitivity: 'base', numeric: true }).compare),
      );
    });

    it('newest first with desc, names still A–Z within a year, unknown years still last', () => {
      const a = record('Beta', 1990);
      const b = record('Alpha', 1990);
      const c = record('Gamma', 2005);
      const d = record('Delta', null);
      const { decades, unknown } = chronology([a, d, c, b], 'desc', 'de');
      expect(decades.map((g) => g.decade)).to.deep.equal([2000, 1990]);
      expect(decades[1]!.partnerships.map((p) => p.id)).to.deep.equal(['Alpha', 'Beta']);
      expect(unknown.map((p) => p.id)).to.deep.equal(['Delta']);
    });

    it('decadeOf gives the decade’s first year', () => {
      expect([1990, 1999, 2000, 2026].map(decadeOf)).to.deep.equal([1990, 1990, 2000, 2020]);
    });
  });

  describe('anniversaries', () => {
    it('counts round ages only (5, 10, 15 …), never the founding year, a future one or an unknown one', () => {
      expect(anniversaryIn(record('a', 2016), 2026)).to.equal(10);
      expect(anniversaryIn(record('a', 1961), 2026)).to.equal(65);
      expect(anniversaryIn(record('a', 2021), 2026)).to.equal(5);
      expect(anniversaryIn(record('a', 2017), 2026)).to.equal(undefined);
      expect(anniversaryIn(record('a', 2026), 2026)).to.equal(undefined);
      expect(anniversaryIn(record('a', 2031), 2026)).to.equal(undefined);
      expect(anniversaryIn(record('a', null), 2026)).to.equal(undefined);
      expect(anniversaryIn(record('a', 2016), Number.NaN)).to.equal(undefined);
    });

    it('finds, for the real dataset and 2026, exactly the partnerships an independent count finds', () => {
      const expected = dataset.partnerships
        .filter((p) => p.since !== null && 2026 - p.since > 0 && (2026 - p.since) % 5 === 0)
        .map((p) => `${p.id}:${2026 - p.since!}`)
        .sort();
      const groups = anniversariesIn(dataset.partnerships, 2026, 'de');
      const found = groups.flatMap((g) => g.partnerships.map((p) => `${p.id}:${g.years}`)).sort();
      expect(found).to.deep.equal(expected);
      expect(found.length).to.be.greaterThan(0);
      const ages = groups.map((g) => g.years);
      expect(ages).to.deep.equal([...ages].sort((a, b) => b - a));
    });

    it('is empty for a year without round anniversaries', () => {
      expect(anniversariesIn([record('a', 2016), record('b', null)], 2027, 'de')).to.deep.equal([]);
    });
  });

  describe('counts', () => {
    for (const by of ['country', 'decade', 'kind'] as const) {
      it(`by ${by}: every partnership in exactly one row, so the rows add up`, () => {
        const set = filterPartnerships(dataset.partnerships, { land: 'sachsen-anhalt' });
        const rows = countPartnerships(set, by, 'de');
        expect(sum(rows)).to.equal(set.length);
        expect(new Set(rows.map((row) => row.key)).size).to.equal(rows.length);
      });
    }

    it('by country: most first, each count equal to a filter by that country', () => {
      const set = filterPartnerships(dataset.partnerships, { land: 'sachsen-anhalt' });
      const rows = countPartnerships(set, 'country', 'de');
      for (const row of rows) {
        expect(row.count).to.equal(filterPartnerships(set, { country: row.key }).length);
      }
      const counts = rows.map((row) => row.count);
      expect(counts).to.deep.equal([...counts].sort((a, b) => b - a));
    });

    it('by decade: chronological, unknown years last', () => {
      const rows = countPartnerships(
        [record('a', 1995), record('b', null), record('c', 1961), record('d', 1999)],
        'decade',
        'de',
      );
      expect(rows).to.deep.equal([
        { key: '1960', count: 1 },
        { key: '1990', count: 2 },
        { key: UNKNOWN, count: 1 },
      ]);
    });

    it('by kind: most first', () => {
      const friend = { ...record('b', 2000), kind: 'friendship' as const };
      const rows = countPartnerships([record('a', 2000), friend, { ...friend, id: 'c' }], 'kind', 'de');
      expect(rows).to.deep.equal([
        { key: 'friendship', count: 2 },
        { key: 'partnership', count: 1 },
      ]);
    });

    it('a limit keeps the largest rows in their order and sums the rest, so the total stays', () => {
      const rows = [
        { key: 'A', count: 1 },
        { key: 'B', count: 5 },
        { key: 'C', count: 3 },
        { key: 'D', count: 5 },
        { key: 'E', count: 2 },
      ];
      const limited = limitCounts(rows, 2);
      expect(limited.map((row) => row.key)).to.deep.equal(['B', 'D', OTHER]);
      expect(limited.at(-1)).to.deep.equal({ key: OTHER, count: 6, keys: ['A', 'C', 'E'] });
      expect(sum(limited)).to.equal(sum(rows));
      // A rest of one row is that row, not "other"; no or a nonsensical limit keeps every row.
      expect(limitCounts(rows, 4)).to.deep.equal(rows);
      expect(limitCounts(rows, 0)).to.deep.equal(rows);
      expect(limitCounts(rows, Number.NaN)).to.deep.equal(rows);
      expect(limitCounts(rows, -3)).to.deep.equal(rows);
    });
  });

  describe('finding', () => {
    it('a partnership by id, ignoring case and space', () => {
      expect(findPartnership(dataset.partnerships, ' HARZ--IASI ')?.partner.name).to.equal('Kreis Iași');
      expect(findPartnership(dataset.partnerships, 'nowhere--nothing')).to.equal(undefined);
      expect(findPartnership(dataset.partnerships, '')).to.equal(undefined);
    });

    it('a partner by name as published or native, any case or accents', () => {
      for (const query of ['Kreis Iași', 'iasi', 'IAȘI', 'Județul Iași']) {
        expect(findPartner(dataset.partnerships, query, 'de').map((p) => p.id)).to.deep.equal(['harz--iasi']);
      }
      expect(findPartner(dataset.partnerships, '', 'de')).to.deep.equal([]);
      expect(findPartner(dataset.partnerships, 'Atlantis', 'de')).to.deep.equal([]);
    });

    it('every partnership of a partner that has several, oldest first', () => {
      const grenoble = findPartner(dataset.partnerships, 'grenoble', 'de');
      const expected = dataset.partnerships.filter((p) => p.partner.name === 'Grenoble');
      expect(grenoble.map((p) => p.id).sort()).to.deep.equal(expected.map((p) => p.id).sort());
      expect(grenoble.length).to.be.greaterThan(1);
      const years = grenoble.map((p) => p.since ?? Infinity);
      expect(years).to.deep.equal([...years].sort((a, b) => a - b));
    });

    it('a partner by Wikidata id', () => {
      const a = record('a', 2000, { wikidata: 'Q42' });
      expect(findPartner([a, record('b', 2000)], 'q42', 'de')).to.deep.equal([a]);
    });
  });

  describe('details', () => {
    it('merges a partner’s records, the first one’s fields first', () => {
      const merged = mergePartner([
        record('a', 2000, { region: 'Erste' }),
        record('b', 2000, { region: 'Zweite', website: 'https://example.org/' }),
      ]);
      expect(merged?.region).to.equal('Erste');
      expect(merged?.website).to.equal('https://example.org/');
      expect(mergePartner([])).to.equal(undefined);
    });

    it('names the German holders, joint ones too', () => {
      const joint = record('a', 2000);
      joint.local.jointWith = [{ name: 'Landkreis Harz', slug: 'harz', level: 'kreis' }];
      expect(holdersOf(joint)).to.deep.equal(['Musterstadt', 'Landkreis Harz']);
    });

    it('cites each source once, with its title and its lines in order', () => {
      const iasi = findPartnership(dataset.partnerships, 'harz--iasi')!;
      const cited = citations([iasi], dataset.sources);
      const expected = [...new Set(iasi.sources.map((s) => s.source))];
      expect(cited.map((c) => c.source.id)).to.deep.equal(expected);
      for (const c of cited) {
        expect('title' in c.source && c.source.title).to.equal(
          dataset.sources.find((s) => s.id === c.source.id)!.title,
        );
        const lines = iasi.sources.filter((s) => s.source === c.source.id).map((s) => s.line);
        expect(c.lines).to.deep.equal([...lines].sort((a, b) => a - b));
      }
      const a = record('a', 2000);
      a.sources = [
        { source: 'unlisted', line: 9 },
        { source: 'unlisted', line: 3 },
        { source: 'unlisted', line: 9 },
      ];
      expect(citations([a], dataset.sources)).to.deep.equal([{ source: { id: 'unlisted' }, lines: [3, 9] }]);
    });
  });
});
