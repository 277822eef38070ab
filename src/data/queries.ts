/**
 * Pure queries over a dataset: filter, sort, group. The elements call these and render the result; they never
 * filter on their own, so every element answers `kreis="harz"` the same way. No DOM: the data command line uses them too.
 */
import type { Area, LocalLevel, Partnership } from './model.js';
import { slugify } from './slug.js';
import { compareText, countryName, sortByText } from '../i18n/intl.js';

/**
 * The filter attributes every element takes. Each is a comma-separated list; an empty or missing value does not
 * filter. `land`, `kreis`, `gemeinde` take slugs (`harz`, or a name that slugifies to one: `Landkreis Harz`) or official
 * keys (`15`, `15085`, `15085135`); `country` takes ISO 3166-1 alpha-2 codes; `kind` and `status` the model's values.
 */
export interface PartnershipFilter {
  land?: string | null;
  kreis?: string | null;
  gemeinde?: string | null;
  country?: string | null;
  kind?: string | null;
  status?: string | null;
}

export type SortKey = 'name' | 'country' | 'year';
export const SORT_KEYS: readonly SortKey[] = ['name', 'country', 'year'];

export type GroupBy = 'gemeinde' | 'country' | 'none';
export const GROUP_BYS: readonly GroupBy[] = ['gemeinde', 'country', 'none'];

function list(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

interface AreaQuery {
  slugs: Set<string>;
  keys: string[];
}

function areaQuery(value: string | null | undefined): AreaQuery | undefined {
  const items = list(value);
  if (items.length === 0) return undefined;
  const keys = items.filter((item) => /^\d+$/u.test(item));
  const slugs = new Set(items.filter((item) => !/^\d+$/u.test(item)).map(slugify));
  return { slugs, keys };
}

/** An area matches by slug, by its exact key, or, for a shorter key, as a part of it (Kreis 15085 holds AGS 15085135). */
function matchesArea(area: Area | undefined, query: AreaQuery, prefix: boolean): boolean {
  if (!area) return false;
  if (query.slugs.has(area.slug)) return true;
  const key = area.key;
  if (!key) return false;
  return query.keys.some((wanted) => key === wanted || (prefix && key.startsWith(wanted)));
}

const KREIS_LEVELS: readonly LocalLevel[] = ['kreis', 'kreisfreie-stadt'];
const GEMEINDE_LEVELS: readonly LocalLevel[] = ['kreisfreie-stadt', 'gemeinde', 'verbandsgemeinde', 'ortsteil'];

function matchesJoint(p: Partnership, query: AreaQuery, levels: readonly LocalLevel[]): boolean {
  return (p.local.jointWith ?? []).some((area) => levels.includes(area.level) && matchesArea(area, query, false));
}

/** The areas of one German side of a record: its own, or a German partner's (`partner.german`). */
interface Side {
  land: Area;
  kreis?: Area | undefined;
  gemeinde?: Area | undefined;
  verbandsgemeinde?: Area | undefined;
}

function inLand(side: Side, q: AreaQuery): boolean {
  return (
    matchesArea(side.land, q, false) ||
    [side.kreis, side.gemeinde].some((area) => q.keys.some((key) => area?.key?.startsWith(key)))
  );
}

/** A Kreis holds its own partnerships, those held jointly with it, and those of every Gemeinde in it. */
function inKreis(side: Side, q: AreaQuery): boolean {
  return matchesArea(side.kreis, q, false) || q.keys.some((key) => side.gemeinde?.key?.startsWith(key));
}

/** A Gemeinde holds its own partnerships, its Ortsteile's, and those it holds jointly with others (e.g. its Kreis). */
function inGemeinde(side: Side, q: AreaQuery): boolean {
  return matchesArea(side.gemeinde, q, false) || matchesArea(side.verbandsgemeinde, q, false);
}

interface AreaQueries {
  land: AreaQuery | undefined;
  kreis: AreaQuery | undefined;
  gemeinde: AreaQuery | undefined;
}

function localMatches(p: Partnership, q: AreaQueries): boolean {
  return (
    (!q.land || inLand(p.local, q.land)) &&
    (!q.kreis || inKreis(p.local, q.kreis) || matchesJoint(p, q.kreis, KREIS_LEVELS)) &&
    (!q.gemeinde || inGemeinde(p.local, q.gemeinde) || matchesJoint(p, q.gemeinde, GEMEINDE_LEVELS))
  );
}

function partnerMatches(p: Partnership, q: AreaQueries): boolean {
  const side = p.partner.german;
  return (
    side !== undefined &&
    (!q.land || inLand(side, q.land)) &&
    (!q.kreis || inKreis(side, q.kreis)) &&
    (!q.gemeinde || inGemeinde(side, q.gemeinde))
  );
}

const facingCache = new WeakMap<Partnership, Partnership>();

/**
 * A partnership between two German places as its partner's page shows it: the partner's side as the German side,
 * and the other way round (one object per record, so that a page's elements agree on it). Only the areas, name and
 * position change sides; what the sources say of the partner (website, description) belongs to the record's own.
 */
export function facing(p: Partnership): Partnership {
  const german = p.partner.german;
  if (!german) return p;
  let turned = facingCache.get(p);
  if (!turned) {
    const { local, partner } = p;
    turned = {
      ...p,
      local: {
        name: german.gemeinde?.name ?? german.kreis?.name ?? german.land.name,
        level: german.level,
        land: german.land,
        ...(german.kreis ? { kreis: german.kreis } : {}),
        ...(german.gemeinde ? { gemeinde: german.gemeinde } : {}),
        ...(partner.coordinates ? { coordinates: partner.coordinates } : {}),
      },
      partner: {
        name: local.gemeinde?.name ?? local.name,
        level: local.gemeinde ? 'city' : local.level === 'land' ? 'region' : 'district',
        country: 'DE',
        ...(local.coordinates ? { coordinates: local.coordinates } : {}),
        german: {
          level: local.level === 'ortsteil' ? 'gemeinde' : local.level,
          land: local.land,
          ...(local.kreis ? { kreis: local.kreis } : {}),
          ...(local.gemeinde ? { gemeinde: local.gemeinde } : {}),
        },
      },
    };
    facingCache.set(p, turned);
  }
  return turned;
}

/**
 * The partnerships that pass every filter, in dataset order. A partnership between two German places passes an
 * area filter by either side; where only its partner's side is in the area, it comes as that side's page shows it
 * (`facing`), so that both towns list it and a Land counts it once.
 */
export function filterPartnerships(
  partnerships: readonly Partnership[],
  filter: PartnershipFilter,
): Partnership[] {
  const areas: AreaQueries = {
    land: areaQuery(filter.land),
    kreis: areaQuery(filter.kreis),
    gemeinde: areaQuery(filter.gemeinde),
  };
  const countries = new Set(list(filter.country).map((code) => code.toUpperCase()));
  const kinds = new Set(list(filter.kind).map((kind) => kind.toLowerCase()));
  const statuses = new Set(list(filter.status).map((status) => status.toLowerCase()));
  const byArea = areas.land || areas.kreis || areas.gemeinde;
  const out: Partnership[] = [];
  for (const p of partnerships) {
    if (kinds.size > 0 && !kinds.has(p.kind)) continue;
    if (statuses.size > 0 && !statuses.has(p.status)) continue;
    const shown = !byArea || localMatches(p, areas) ? p : partnerMatches(p, areas) ? facing(p) : undefined;
    if (shown && (countries.size === 0 || countries.has(shown.partner.country))) out.push(shown);
  }
  return out;
}

/** Held by a Kreis or a Land itself rather than by a town: shown apart from the towns' partnerships. */
export function isCountyLevel(p: Partnership): boolean {
  return p.local.level === 'kreis' || p.local.level === 'land';
}

/** The town a partnership belongs to (an Ortsteil's Gemeinde; a Verbandsgemeinde), if it belongs to one. */
export function townOf(p: Partnership): Area | undefined {
  if (isCountyLevel(p)) return undefined;
  return p.local.gemeinde ?? p.local.verbandsgemeinde;
}

function placeKey(p: Partnership): string {
  const town = townOf(p);
  if (town) return `gemeinde:${town.key ?? town.slug}`;
  return isCountyLevel(p) && p.local.kreis ? `kreis:${p.local.kreis.slug}` : `land:${p.local.land.slug}`;
}

/**
 * The other German holders of a jointly held partnership, seen from `place` (the slug or key a list is about, as in
 * the filter attributes): for Halberstadt's list, "Landkreis Harz"; for the Kreis's list, "Halberstadt". Empty where
 * the partnership is not held jointly.
 */
export function otherHolders(p: Partnership, place?: string | null): string[] {
  const joint = p.local.jointWith ?? [];
  if (joint.length === 0) return [];
  const own = isCountyLevel(p) ? [p.local.kreis ?? p.local.land] : [p.local.gemeinde, p.local.verbandsgemeinde];
  const holders = [{ name: p.local.name, areas: own }, ...joint.map((area) => ({ name: area.name, areas: [area] }))];
  const query = areaQuery(place);
  const self = query ? holders.findIndex((h) => h.areas.some((area) => matchesArea(area, query, false))) : -1;
  return holders.filter((_, i) => i !== Math.max(self, 0)).map((h) => h.name);
}

/** Whether the partnerships belong to more than one German town or county (then each shows its German side). */
export function spansSeveralPlaces(partnerships: readonly Partnership[]): boolean {
  const first = partnerships[0];
  if (!first) return false;
  const key = placeKey(first);
  return partnerships.some((p) => placeKey(p) !== key);
}

/** A copy sorted by the partner's name, by country name in `locale` (then name), or by year (unknown last, then name). */
export function sortPartnerships(partnerships: readonly Partnership[], by: SortKey, locale: string): Partnership[] {
  const compare = compareText(locale);
  const byName = (a: Partnership, b: Partnership) => compare(a.partner.name, b.partner.name);
  switch (by) {
    case 'name':
      return sortByText(partnerships, (p) => p.partner.name, locale);
    case 'country':
      return sortByText(partnerships, (p) => countryName(p.partner.country, locale), locale, byName);
    case 'year':
      return [...partnerships].sort((a, b) => (a.since ?? Infinity) - (b.since ?? Infinity) || byName(a, b));
  }
}

export interface PartnershipGroup {
  /** Stable within one result: `kreis:harz`, `land:sachsen`, `gemeinde:15085135`, `country:PL`, `all`. */
  key: string;
  /**
   * `county`: a Kreis's (or Land's) own partnerships; `gemeinde`: one town's; `country`: one partner country's;
   * `all`: everything (group-by none).
   */
  type: 'county' | 'gemeinde' | 'country' | 'all';
  /** The Kreis, Land or Gemeinde (types county and gemeinde). */
  area?: Area;
  /** ISO code (type country). */
  country?: string;
  /** The name to show: the area's name as published, or the country's name in `locale`; empty for `all`. */
  label: string;
  partnerships: Partnership[];
}

function countyGroups(partnerships: readonly Partnership[]): PartnershipGroup[] {
  const groups = new Map<string, PartnershipGroup>();
  for (const p of partnerships) {
    const area = p.local.level === 'land' ? p.local.land : (p.local.kreis ?? p.local.land);
    const key = `${p.local.level === 'land' ? 'land' : 'kreis'}:${area.slug}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, type: 'county', area, label: area.name, partnerships: [] };
      groups.set(key, group);
    }
    group.partnerships.push(p);
  }
  return [...groups.values()];
}

/**
 * Partnerships (in the order given) in groups: by Gemeinde (the county's own first, then towns by name), by country
 * (by name in `locale`), or none (one group).
 */
export function groupPartnerships(
  partnerships: readonly Partnership[],
  by: GroupBy,
  locale: string,
): PartnershipGroup[] {
  const byLabel = (groups: Iterable<PartnershipGroup>) => sortByText([...groups], (group) => group.label, locale);
  if (by === 'country') {
    const groups = new Map<string, PartnershipGroup>();
    for (const p of partnerships) {
      const code = p.partner.country;
      let group = groups.get(code);
      if (!group) {
        group = { key: `country:${code}`, type: 'country', country: code, label: countryName(code, locale), partnerships: [] };
        groups.set(code, group);
      }
      group.partnerships.push(p);
    }
    return byLabel(groups.values());
  }
  if (by === 'none') return [{ key: 'all', type: 'all', label: '', partnerships: [...partnerships] }];
  const county = byLabel(countyGroups(partnerships.filter(isCountyLevel)));
  const towns = partnerships.filter((p) => !isCountyLevel(p));
  const groups = new Map<string, PartnershipGroup>();
  for (const p of towns) {
    const area = townOf(p) ?? p.local.kreis ?? p.local.land;
    const key = `gemeinde:${area.key ?? area.slug}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, type: 'gemeinde', area, label: area.name, partnerships: [] };
      groups.set(key, group);
    }
    group.partnerships.push(p);
  }
  return [...county, ...byLabel(groups.values())];
}
