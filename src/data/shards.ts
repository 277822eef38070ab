/**
 * The package's own dataset split into shards, one per Land and one per Kreis, with an index, so that a town's page
 * downloads its Kreis's few partnerships instead of the whole country's (issue 8: Germany has some 7,000; the
 * whole file would be most of a page's weight). Pure: the importer writes the shards, the loader picks one.
 *
 * Exact by construction: a shard is made of the `filterPartnerships` results of every value that leads to it, so
 * an element reading it instead of the whole dataset shows the same (it still applies its own filter). What leads
 * to a shard: an official key of the attribute's own length (`land="15"`, `kreis="15085"`, `gemeinde="15085135"`:
 * the Kreis is in the first five digits), or a slug the index names. Anything else (several values, a key prefix,
 * a slug two places share, a misspelling) reads the whole dataset, so it shows what it always showed.
 *
 * The index comes in parts, one per first character of the slug (`index/l.json` for `lueneburg`): at national size
 * the whole index (some 1,700 towns) would outweigh a town's shard several times, while a part stays small. A page
 * reads one part and one shard; a key needs no part at all.
 */
import type { Area, Dataset, LocalLevel, Partnership } from './model.js';
import { filterPartnerships } from './queries.js';
import { slugify } from './slug.js';

export const SHARD_INDEX_VERSION = 2;

/** The area attributes a shard can answer, narrowest first (the order `shardFor` tries them in). */
const AREA_ATTRIBUTES = ['gemeinde', 'kreis', 'land'] as const;
type AreaAttribute = (typeof AREA_ATTRIBUTES)[number];
export type AreaFilter = Partial<Record<AreaAttribute, string | null>>;

export interface ShardIndex {
  version: typeof SHARD_INDEX_VERSION;
  /** The whole dataset's `generated`: a shard is a part of that dataset and no other. */
  generated: string;
  /** Records per shard, by shard name (a Land's or Kreis's official key: `15`, `15085`). */
  shards: Record<string, number>;
  /** Per attribute, every slug that selects something, to the shard that holds all it selects (keys need none). */
  land: Record<string, string>;
  kreis: Record<string, string>;
  gemeinde: Record<string, string>;
}

/** A shard's name: a Land's two-digit or a Kreis's five-digit key (so a file name, never a path). */
export const SHARD_NAME = /^\d{2}(?:\d{3})?$/u;

/** The shard a key names: a Land's key its Land's, a Kreis's its own, a town's (8 or 9 digits) its Kreis's. */
function shardOfKey(attribute: AreaAttribute, key: string): string | undefined {
  if (attribute === 'land') return key.length === 2 ? key : undefined;
  if (attribute === 'kreis') return key.length === 5 ? key : undefined;
  return key.length === 8 || key.length === 9 ? key.slice(0, 5) : undefined;
}

const KREIS_LEVELS: readonly LocalLevel[] = ['kreis', 'kreisfreie-stadt'];

/**
 * The areas of a record a filter attribute can name (its own and a German partner's), each with the shard its slug leads to: its own key's, else
 * (a town without a key) the record's Kreis's; none where neither is known.
 */
function namedAreas(p: Partnership): [AreaAttribute, Area, string | undefined][] {
  const { local } = p;
  const joint = local.jointWith ?? [];
  const kreisOf = (area: Area, fallback?: Area) =>
    area.key && area.key.length >= 5 ? area.key.slice(0, 5) : fallback?.key?.slice(0, 5);
  const named: [AreaAttribute, Area, string | undefined][] = [['land', local.land, local.land.key]];
  for (const area of [local.kreis, ...joint.filter((a) => KREIS_LEVELS.includes(a.level))]) {
    if (area) named.push(['kreis', area, kreisOf(area)]);
  }
  for (const area of [local.gemeinde, local.verbandsgemeinde]) {
    if (area) named.push(['gemeinde', area, kreisOf(area, local.kreis)]);
  }
  for (const area of joint.filter((a) => a.level !== 'land' && a.level !== 'kreis')) {
    named.push(['gemeinde', area, kreisOf(area)]);
  }
  // A German partner's page lists the record too (queries.ts `facing`): its areas lead to their shards as well.
  const german = p.partner.german;
  if (german) {
    named.push(['land', german.land, german.land.key]);
    if (german.kreis) named.push(['kreis', german.kreis, kreisOf(german.kreis)]);
    if (german.gemeinde) named.push(['gemeinde', german.gemeinde, kreisOf(german.gemeinde, german.kreis)]);
  }
  return named;
}

const byText = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

/** The index part that holds a slug: its first character (slugs are `a`–`z` and `0`–`9` only). */
export function indexPart(slug: string): string | undefined {
  const first = slug[0];
  return first !== undefined && /^[a-z0-9]$/u.test(first) ? first : undefined;
}

/** The index split by `indexPart`: each part names only its own slugs and the shards they lead to. */
export function splitIndex(index: ShardIndex): Map<string, ShardIndex> {
  const parts = new Map<string, ShardIndex>();
  for (const attribute of AREA_ATTRIBUTES) {
    for (const [slug, shard] of Object.entries(index[attribute])) {
      const name = indexPart(slug);
      if (name === undefined) continue;
      let part = parts.get(name);
      if (!part) {
        part = { version: index.version, generated: index.generated, shards: {}, land: {}, kreis: {}, gemeinde: {} };
        parts.set(name, part);
      }
      part[attribute][slug] = shard;
      part.shards[shard] = index.shards[shard] ?? 0;
    }
  }
  return new Map([...parts].sort(byText));
}

/** The shards of `dataset` (name → dataset, records in the dataset's order) and their index. */
export function buildShards(dataset: Dataset): { index: ShardIndex; shards: Map<string, Dataset> } {
  // Every value an attribute may name, with the shards it leads to (a slug two places share leads to two).
  const leads: Record<AreaAttribute, Map<string, Set<string>>> = {
    land: new Map(),
    kreis: new Map(),
    gemeinde: new Map(),
  };
  const lead = (attribute: AreaAttribute, value: string, shard: string | undefined) => {
    if (shard === undefined) return;
    const set = leads[attribute].get(value) ?? new Set<string>();
    set.add(shard);
    leads[attribute].set(value, set);
  };
  for (const p of dataset.partnerships) {
    for (const [attribute, area, shard] of namedAreas(p)) {
      lead(attribute, area.slug, shard);
      if (area.key) lead(attribute, area.key, shardOfKey(attribute, area.key));
    }
  }

  const index: ShardIndex = {
    version: SHARD_INDEX_VERSION,
    generated: dataset.generated,
    shards: {},
    land: {},
    kreis: {},
    gemeinde: {},
  };
  const members = new Map<string, Set<string>>();
  for (const attribute of AREA_ATTRIBUTES) {
    for (const [value, shards] of [...leads[attribute]].sort(byText)) {
      if (shards.size !== 1) continue; // A slug two places share: the whole dataset answers it.
      const [shard] = [...shards] as [string];
      const set = members.get(shard) ?? new Set<string>();
      for (const p of filterPartnerships(dataset.partnerships, { [attribute]: value })) set.add(p.id);
      members.set(shard, set);
      if (!/^\d+$/u.test(value)) index[attribute][value] = shard;
    }
  }

  const shards = new Map<string, Dataset>();
  for (const [name, set] of [...members].sort(byText)) {
    const partnerships = dataset.partnerships.filter((p) => set.has(p.id));
    const cited = new Set(partnerships.flatMap((p) => p.sources.map((ref) => ref.source)));
    shards.set(name, {
      ...dataset,
      // Every shard credits the gazetteers too: its records' keys and places come from them.
      sources: dataset.sources.filter((source) => cited.has(source.id) || source.kind === 'gazetteer'),
      partnerships,
    });
    index.shards[name] = partnerships.length;
  }
  return { index, shards };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The attribute values a shard could answer, narrowest first: one value each, as the filter reads it. */
function values(area: AreaFilter): [AreaAttribute, string][] {
  return AREA_ATTRIBUTES.flatMap((attribute): [AreaAttribute, string][] => {
    const value = area[attribute]?.trim() ?? '';
    return value === '' || value.includes(',') ? [] : [[attribute, value]];
  });
}

/** The shard a key names (`kreis="15085"`, `gemeinde="15085135"`): no index needed. */
export function shardByKey(area: AreaFilter): string | undefined {
  for (const [attribute, value] of values(area)) {
    const shard = /^\d+$/u.test(value) ? shardOfKey(attribute, value) : undefined;
    if (shard !== undefined) return shard;
  }
  return undefined;
}

/** The index part that can name the shard for these attributes: the narrowest slug's (`Landkreis Harz` → `h`). */
export function indexPartFor(area: AreaFilter): string | undefined {
  for (const [, value] of values(area)) {
    const part = /^\d+$/u.test(value) ? undefined : indexPart(slugify(value));
    if (part !== undefined) return part;
  }
  return undefined;
}

/**
 * The shard that holds everything an element with these area attributes shows, or undefined: the whole dataset.
 * The narrowest attribute that leads to a shard wins (filters combine with "and", so any one of them is enough).
 * `index` is an index part as it arrived: whatever is not this version's index, or names a shard that is not a key
 * it lists (so never a path), leads nowhere.
 */
export function shardFor(index: unknown, area: AreaFilter): string | undefined {
  if (!isRecord(index) || index.version !== SHARD_INDEX_VERSION || !isRecord(index.shards)) return undefined;
  const { shards } = index;
  for (const [attribute, value] of values(area)) {
    // As the filter reads it: a key as it is, anything else as its slug (`Landkreis Harz` is `harz`).
    const slugs = index[attribute];
    const slug = slugify(value);
    const shard = /^\d+$/u.test(value)
      ? shardOfKey(attribute, value)
      : isRecord(slugs) && Object.hasOwn(slugs, slug) // own names only: `constructor` is no slug of ours
        ? slugs[slug]
        : undefined;
    if (typeof shard === 'string' && SHARD_NAME.test(shard) && Object.hasOwn(shards, shard)) return shard;
  }
  return undefined;
}
