// The dataset per Land and per Kreis (data/shards/): every value the index names gets from its shard everything the
// whole dataset gives it, the shards are valid datasets, and the committed files are what the import writes today.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test } from 'node:test';
import { generateDataset } from '../../bench/generate/synthetic.mjs';
import { datasetJson } from '../../src/data/formats/canonical.js';
import type { Dataset } from '../../src/data/model.js';
import { filterPartnerships } from '../../src/data/queries.js';
import {
  buildShards,
  indexPartFor,
  shardByKey,
  shardFor,
  splitIndex,
  type AreaFilter,
  type ShardIndex,
} from '../../src/data/shards.js';
import { validateDataset } from '../../src/data/validate.js';
import { DATA_DIR } from './support.js';

const dataset = JSON.parse(readFileSync(join(DATA_DIR, 'partnerships.json'), 'utf8')) as Dataset;
const ATTRIBUTES = ['land', 'kreis', 'gemeinde'] as const;

/** Every key of the dataset's areas a filter attribute can be given, as the attribute reads it. */
function keysOf(whole: Dataset): [(typeof ATTRIBUTES)[number], string][] {
  const keys = new Set<string>();
  for (const { local, partner } of whole.partnerships) {
    for (const area of [
      local.land,
      local.kreis,
      local.verbandsgemeinde,
      local.gemeinde,
      ...(local.jointWith ?? []),
      partner.german?.land,
      partner.german?.kreis,
      partner.german?.gemeinde,
    ])
      if (area?.key) keys.add(area.key);
  }
  return ATTRIBUTES.flatMap((attribute) =>
    [...keys].map((key): [typeof attribute, string] => [attribute, key]),
  );
}

/** The shard the loader reads for an area: a key's own, else what the slug's index part names. */
function shardOf(index: ShardIndex, area: AreaFilter): string | undefined {
  const parts = splitIndex(index);
  return shardByKey(area) ?? shardFor(parts.get(indexPartFor(area) ?? ''), area);
}

/**
 * Each value that leads to a shard (a slug the index names, a key) selects, in order, the same partnerships from its
 * shard as from the whole dataset, found as the loader finds it (through the slug's index part). Returns how many
 * values lead to a shard.
 */
function assertExact(whole: Dataset, index: ShardIndex, shards: Map<string, Dataset>): number {
  let checked = 0;
  const parts = splitIndex(index);
  const slugs = ATTRIBUTES.flatMap((attribute) =>
    Object.keys(index[attribute]).map((slug): [typeof attribute, string] => [attribute, slug]),
  );
  for (const [attribute, value] of [...slugs, ...keysOf(whole)]) {
    const area = { [attribute]: value };
    const name = shardByKey(area) ?? shardFor(parts.get(indexPartFor(area) ?? ''), area);
    const ids = (d: Dataset) => filterPartnerships(d.partnerships, { [attribute]: value }).map((p) => p.id);
    if (name === undefined || !shards.has(name)) {
      // Only a key of another level's length (`kreis="15085135"`), which names no shard, reads the whole dataset.
      const own = { land: [2], kreis: [5], gemeinde: [8, 9] }[attribute].includes(value.length);
      assert.ok(/^\d+$/u.test(value) && !own, `${attribute}=${value} leads to no shard`);
      continue;
    }
    const shard = shards.get(name);
    assert.ok(shard, `${attribute}=${value}: no shard ${name}`);
    assert.deepEqual(ids(shard), ids(whole), `${attribute}=${value} in shard ${name}`);
    checked += 1;
  }
  return checked;
}

test('the seed dataset: every indexed slug and key finds all its partnerships in its shard', () => {
  const { index, shards } = buildShards(dataset);
  const checked = assertExact(dataset, index, shards);
  // 3 Länder, 16 Kreise (by slug and key each), and the towns: nothing the attributes commonly name is left out.
  assert.ok(checked > 100, `only ${checked} values indexed`);
  assert.equal(shardOf(index, { gemeinde: 'halberstadt' }), '15085');
  assert.equal(
    shardOf(index, { kreis: 'Landkreis Harz' }),
    '15085',
    'a name is read as its slug, as the filter does',
  );
  assert.equal(shardOf(index, { kreis: '15085' }), '15085');
  assert.equal(shardOf(index, { gemeinde: '03355022' }), '03355', 'a town key leads to its Kreis');
  assert.equal(shardOf(index, { land: 'sachsen-anhalt' }), '15');
  assert.equal(
    shardOf(index, { land: 'sachsen-anhalt', gemeinde: 'halberstadt' }),
    '15085',
    'the narrowest wins',
  );
});

test('a shard is a valid dataset with the sources its records cite, each Land shard holds all of its Land', () => {
  const { index, shards } = buildShards(dataset);
  for (const [name, shard] of shards) {
    const result = validateDataset(shard);
    assert.equal(result.skipped, 0, `shard ${name}: ${result.problems[0]?.message}`);
    assert.equal(result.warnings.length, 0);
    assert.equal(index.shards[name], shard.partnerships.length);
    const cited = new Set(shard.partnerships.flatMap((p) => p.sources.map((s) => s.source)));
    const gazetteers = dataset.sources.filter((s) => s.kind === 'gazetteer').map((s) => s.id);
    assert.deepEqual(
      new Set(shard.sources.map((s) => s.id)),
      new Set([...cited, ...gazetteers]),
      `shard ${name} lists what it cites and the gazetteers`,
    );
  }
  const inLands = [...shards]
    .filter(([name]) => name.length === 2)
    .flatMap(([, s]) => s.partnerships.map((p) => p.id));
  assert.deepEqual(
    new Set(inLands),
    new Set(dataset.partnerships.map((p) => p.id)),
    'no record is in no Land shard',
  );
});

test('what the index does not name reads the whole dataset', () => {
  const { index } = buildShards(dataset);
  for (const area of [
    {},
    { kreis: 'harz,boerde' }, // several values
    { kreis: '150' }, // a key prefix
    { gemeinde: 'nirgendwo' },
    { gemeinde: 'constructor' }, // not from the object's prototype
    { kreis: '__proto__' },
    { land: ' ' },
  ]) {
    assert.equal(shardFor(index, area), undefined, JSON.stringify(area));
  }
});

test('2,000 synthetic partnerships in 80 Kreise, some held jointly: every slug and key stays exact', () => {
  const synthetic = generateDataset(2_000) as Dataset;
  const { index, shards } = buildShards(synthetic);
  assertExact(synthetic, index, shards);
  const biggestKreis = Math.max(
    ...Object.entries(index.shards)
      .filter(([n]) => n.length === 5)
      .map(([, n]) => n),
  );
  assert.ok(biggestKreis < synthetic.partnerships.length / 10, `a Kreis shard of ${biggestKreis} records`);
});

test('an index that is not one leads nowhere, nor does a shard name that is not a key it lists', () => {
  const { index } = buildShards(dataset);
  assert.equal(shardFor(JSON.parse(JSON.stringify(index)), { kreis: 'harz' }), '15085');
  for (const broken of [
    null,
    [],
    'harz',
    { ...index, version: 1 }, // the single index before it came in parts
    { ...index, kreis: { harz: '../partnerships' } },
    { ...index, kreis: { harz: '99999' } }, // a shard the index does not list
    { ...index, kreis: 'harz' }, // no table of slugs
    { ...index, shards: ['15085'] },
  ]) {
    assert.equal(shardFor(broken, { kreis: 'harz' }), undefined, JSON.stringify(broken).slice(0, 80));
  }
});

test('the committed shards are what the import writes today', () => {
  const folder = join(DATA_DIR, 'shards');
  const { index, shards } = buildShards(dataset);
  const expected = new Map([...shards].map(([name, shard]) => [`${name}.json`, datasetJson(shard)]));
  for (const [name, part] of splitIndex(index))
    expected.set(`index/${name}.json`, `${JSON.stringify(part)}\n`);
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'));
  assert.deepEqual(files.sort(), [...expected.keys()].sort());
  for (const [file, text] of expected) assert.equal(readFileSync(join(folder, file), 'utf8'), text, file);
});

test("a town's page at national size: one index part and one shard, 15 kB of data at most", () => {
  const { index, shards } = buildShards(dataset);
  const gzip = (value: unknown) =>
    gzipSync(typeof value === 'string' ? value : JSON.stringify(value), { level: 9 }).length;
  const parts = splitIndex(index);
  const largestPart = Math.max(...[...parts.values()].map(gzip));
  const kreise = [...shards].filter(([name]) => name.length === 5);
  const largestShard = Math.max(...kreise.map(([, shard]) => gzip(datasetJson(shard))));
  assert.ok(largestPart < 4000, `largest index part ${largestPart} B`);
  assert.ok(largestPart + largestShard <= 15_000, `index part ${largestPart} B + shard ${largestShard} B`);
  // Every slug is in exactly the part its first character names, and in the whole index.
  for (const [name, part] of parts) {
    for (const attribute of ATTRIBUTES) {
      for (const slug of Object.keys(part[attribute])) {
        assert.equal(slug[0], name);
        assert.equal(index[attribute][slug], part[attribute][slug]);
      }
    }
  }
});
