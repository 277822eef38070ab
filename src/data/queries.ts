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

function inLand(p: Partnership, q: AreaQuery): boolean {
  const { local } = p;
  return (
    matchesArea(local.land, q, false) ||
    [local.kreis, local.gemeinde].some((area) => q.keys.some((key) => area?.key?.startsWith(key)))
  );
}

/** A Kreis holds its own partnerships, those held jointly with it, and those of every Gemeinde in it. */
function inKreis(p: Partnership, q: AreaQuery): boolean {
  return (
    matchesArea(p.local.kreis, q, false) ||
    q.keys.some((key) => p.local.gemeinde?.key?.startsWith(key)) ||
    matchesJoint(p, q, KREIS_LEVELS)
  );
}

/** A Gemeinde holds its own partnerships, its Ortsteile's, and those it holds jointly with others (e.g. its Kreis). */
function inGemeinde(p: Partnership, q: AreaQuery): boolean {
  return (
    matchesArea(p.local.gemeinde, q, false) ||
    matchesArea(p.local.verbandsgemeinde, q, false) ||
    matchesJoint(p, q, GEMEINDE_LEVELS)
  );
}

/** The partnerships that pass every filter, in dataset order. */
export function filterPartnerships(
  partnerships: readonly Partnership[],
  filter: PartnershipFilter,
): Partnership[] {
  const land = areaQuery(filter.land);
  const kreis = areaQuery(filter.kreis);
  const gemeinde = areaQuery(filter.gemeinde);
  const countries = new Set(list(filter.country).map((code) => code.toUpperCase()));
  const kinds = new Set(list(filter.kind).map((kind) => kind.toLowerCase()));
  const statuses = new Set(list(filter.status).map((status) => status.toLowerCase()));
  return partnerships.filter(
    (p) =>
      (!land || inLand(p, land)) &&
      (!kreis || inKreis(p, kreis)) &&
      (!gemeinde || inGemeinde(p, gemeinde)) &&
      (countries.size === 0 || countries.has(p.partner.country)) &&
      (kinds.size === 0 || kinds.has(p.kind)) &&
      (statuses.size === 0 || statuses.has(p.status)),
  );
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
