// What the elements tell a visitor of the data's origin, and of a place the data does not know, on the published dataset.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Dataset } from '../../src/data/model.js';
import { editDistance, unknownPlaces } from '../../src/data/place-lookup.js';
import { compiledOnly, credits } from '../../src/data/provenance.js';
import { filterPartnerships } from '../../src/data/queries.js';
import { DATA_DIR } from './support.js';

const dataset = JSON.parse(readFileSync(join(DATA_DIR, 'partnerships.json'), 'utf8')) as Dataset;
const all = dataset.partnerships;
const byId = (id: string) => all.find((p) => p.id === id)!;

test('a partnership only the encyclopedia knows rests on it; one a town or Land states does not', () => {
  const luneburg = filterPartnerships(all, { gemeinde: 'lueneburg' });
  assert.equal(luneburg.length, 6);
  for (const p of luneburg)
    assert.deepEqual(
      compiledOnly(p, dataset).map((s) => s.publisher),
      ['Wikipedia'],
    );
  const halberstadt = filterPartnerships(all, { gemeinde: 'halberstadt' });
  const stated = halberstadt.filter((p) => p.sources.some((ref) => ref.source === 'sachsen-anhalt'));
  assert.ok(stated.length >= 4);
  // Stated by Sachsen-Anhalt's list (and by Wikipedia too for most): the official page is enough.
  for (const p of stated) assert.deepEqual(compiledOnly(p, dataset), [], p.id);
  // Wolfsburg–Halberstadt is in Wikipedia's list only, and shown on Halberstadt's page as Wolfsburg's.
  const wolfsburg = halberstadt.find((p) => p.partner.name === 'Wolfsburg')!;
  assert.deepEqual(
    compiledOnly(wolfsburg, dataset).map((s) => s.id),
    ['wikipedia'],
  );
  const unlisted = { ...byId(luneburg[0]!.id), sources: [{ source: 'not-described', line: 1 }] };
  assert.deepEqual(compiledOnly(unlisted, dataset), []);
});

test('the credit names the cited sources and the gazetteers, each once, and nothing for nothing shown', () => {
  const names = (id: string) => credits(filterPartnerships(all, { gemeinde: id }), dataset).map((s) => s.id);
  assert.deepEqual(names('lueneburg'), ['wikipedia', 'destatis-gv', 'geonames']);
  // Ybbsitz is stated by Sachsen-Anhalt's list alone: its page owes Wikipedia nothing for it.
  const ybbsitz = filterPartnerships(all, { gemeinde: 'halberstadt' }).filter(
    (p) => p.partner.name === 'Ybbsitz',
  );
  assert.deepEqual(
    credits(ybbsitz, dataset).map((s) => s.id),
    ['destatis-gv', 'geonames'],
  );
  assert.deepEqual(credits([], dataset), []);
  for (const source of credits(all, dataset)) assert.ok(source.attribution, source.id);
});

test('an unknown place is told apart from a known one, with the closest known place where one is near', () => {
  assert.deepEqual(unknownPlaces(all, { gemeinde: 'lueneburg' }), []);
  assert.deepEqual(unknownPlaces(all, { gemeinde: '15085235', kreis: 'harz', land: 'sachsen-anhalt' }), []);
  assert.deepEqual(unknownPlaces(all, { gemeinde: 'Lüneberg' }), [
    {
      attribute: 'gemeinde',
      value: 'Lüneberg',
      suggestion: { attribute: 'gemeinde', name: 'Lüneburg', slug: 'lueneburg' },
    },
  ]);
  assert.deepEqual(unknownPlaces(all, { gemeinde: 'munchen' })[0]?.suggestion?.slug, 'muenchen');
  // A Kreis asked for as a Gemeinde: the attribute that names it is suggested.
  for (const gemeinde of ['harz', 'Landkreis Harzz']) {
    assert.deepEqual(unknownPlaces(all, { gemeinde })[0]?.suggestion, {
      attribute: 'kreis',
      name: 'Harz',
      slug: 'harz',
    });
  }
  // Keys and names far from every known place: said, and nothing guessed.
  assert.deepEqual(unknownPlaces(all, { gemeinde: '15085999' }), [
    { attribute: 'gemeinde', value: '15085999' },
  ]);
  assert.deepEqual(unknownPlaces(all, { kreis: 'atlantis' }), [{ attribute: 'kreis', value: 'atlantis' }]);
  // Only the unknown one of several.
  const several = unknownPlaces(all, { land: 'bayern, sachsen-anhallt' });
  assert.deepEqual(
    several.map((u) => [u.value, u.suggestion?.slug]),
    [['sachsen-anhallt', 'sachsen-anhalt']],
  );
});

test('the edit distance stops at its limit', () => {
  assert.equal(editDistance('lueneberg', 'lueneburg', 2), 1);
  assert.equal(editDistance('koln', 'koeln', 1), 1);
  assert.equal(editDistance('abc', 'abc', 0), 0);
  assert.equal(editDistance('berlin', 'bremen', 2), 3);
  assert.equal(editDistance('a', 'abcdef', 2), 3);
});
