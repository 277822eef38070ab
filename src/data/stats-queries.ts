/**
 * Pure queries for the timeline, statistics, anniversaries and card: chronology by decade, counts by country, decade
 * or kind (with a limit whose rest is summed, so the numbers still add up), round anniversaries in a year, and
 * finding one partnership or partner. Built on queries.ts (sorting), no DOM: usable in Node as well.
 */
import { KINDS, type Partner, type Partnership, type SourceInfo } from './model.js';
import { sortPartnerships } from './queries.js';
import { slugify } from './slug.js';
import { compareText, countryName } from '../i18n/intl.js';

export type Order = 'asc' | 'desc';

/** 1994 → 1990. */
export function decadeOf(year: number): number {
  return Math.floor(year / 10) * 10;
}

export interface DecadeGroup {
  /** The decade's first year (1990 for the 1990s). */
  decade: number;
  partnerships: Partnership[];
}

export interface Chronology {
  /** Decades in the order asked for, each with its partnerships by year (names A–Z within a year). */
  decades: DecadeGroup[];
  /** Partnerships whose year no source gives, by name: always apart, never mixed into a decade. */
  unknown: Partnership[];
}

/** The partnerships by year and grouped by decade, oldest first (`asc`) or newest first (`desc`); unknown years apart. */
export function chronology(partnerships: readonly Partnership[], order: Order, locale: string): Chronology {
  const sorted = sortPartnerships(partnerships, 'year', locale);
  const known = sorted.filter((p): p is Partnership & { since: number } => p.since !== null);
  // Array.prototype.sort is stable: newest first keeps the names in A–Z order within one year.
  if (order === 'desc') known.sort((a, b) => b.since - a.since);
  const decades: DecadeGroup[] = [];
  for (const p of known) {
    const decade = decadeOf(p.since);
    const last = decades.at(-1);
    if (last?.decade === decade) last.partnerships.push(p);
    else decades.push({ decade, partnerships: [p] });
  }
  return { decades, unknown: sorted.filter((p) => p.since === null) };
}

/** Round anniversaries come every 5 years: 5, 10, 15 … */
export const ANNIVERSARY_STEP = 5;

/** How many years old the partnership turns in `year` when that is a round number (5, 10, 15 …); else undefined. */
export function anniversaryIn(p: Partnership, year: number, step = ANNIVERSARY_STEP): number | undefined {
  if (p.since === null || !Number.isInteger(year)) return undefined;
  const age = year - p.since;
  return age > 0 && age % step === 0 ? age : undefined;
}

export interface AnniversaryGroup {
  /** The age the partnerships reach in the year. */
  years: number;
  /** By partner name. */
  partnerships: Partnership[];
}

/** The partnerships with a round anniversary in `year`, the oldest (largest anniversary) first. */
export function anniversariesIn(
  partnerships: readonly Partnership[],
  year: number,
  locale: string,
  step = ANNIVERSARY_STEP,
): AnniversaryGroup[] {
  const groups = new Map<number, Partnership[]>();
  for (const p of sortPartnerships(partnerships, 'name', locale)) {
    const years = anniversaryIn(p, year, step);
    if (years === undefined) continue;
    const group = groups.get(years);
    if (group) group.push(p);
    else groups.set(years, [p]);
  }
  return [...groups].map(([years, list]) => ({ years, partnerships: list })).sort((a, b) => b.years - a.years);
}

export type CountBy = 'country' | 'decade' | 'kind';
export const COUNT_BYS: readonly CountBy[] = ['country', 'decade', 'kind'];

/** The key of the row that sums what a limit leaves out. */
export const OTHER = 'other';
/** The decade key of partnerships without a known year. */
export const UNKNOWN = 'unknown';

export interface CountRow {
  /**
   * An ISO country code (`PL`), a decade's first year (`1990`) or `unknown`, a kind (`friendship`), or `other` for
   * the sum of the rows a limit leaves out.
   */
  key: string;
  count: number;
  /** For `other`: the keys it sums. */
  keys?: string[];
}

function tally(partnerships: readonly Partnership[], keyOf: (p: Partnership) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of partnerships) {
    const key = keyOf(p);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * How many partnerships there are per partner country (most first, then by country name in `locale`), per decade
 * (chronological, unknown years last) or per kind (most first, then in the model's order). The counts add up to
 * `partnerships.length`: every partnership is in exactly one row.
 */
export function countPartnerships(partnerships: readonly Partnership[], by: CountBy, locale: string): CountRow[] {
  if (by === 'decade') {
    const counts = tally(partnerships, (p) => (p.since === null ? UNKNOWN : String(decadeOf(p.since))));
    const rank = (key: string) => (key === UNKNOWN ? Infinity : Number(key));
    return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => rank(a.key) - rank(b.key));
  }
  if (by === 'kind') {
    const counts = tally(partnerships, (p) => p.kind);
    return KINDS.filter((kind) => counts.has(kind))
      .map((kind) => ({ key: kind, count: counts.get(kind) ?? 0 }))
      .sort((a, b) => b.count - a.count);
  }
  const compare = compareText(locale);
  const counts = tally(partnerships, (p) => p.partner.country);
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || compare(countryName(a.key, locale), countryName(b.key, locale)));
}

/**
 * At most `limit` rows by themselves, the largest (ties: the earlier row), in their original order, and one `other`
 * row that sums the rest, so the total stays the same. Where the rest would be a single row it is shown as itself.
 * A limit that is not a positive whole number keeps every row.
 */
export function limitCounts(rows: readonly CountRow[], limit: number): CountRow[] {
  if (!Number.isInteger(limit) || limit < 1 || rows.length <= limit + 1) return [...rows];
  const kept = new Set(
    rows
      .map((row, index) => ({ row, index }))
      .sort((a, b) => b.row.count - a.row.count || a.index - b.index)
      .slice(0, limit)
      .map(({ row }) => row),
  );
  const rest = rows.filter((row) => !kept.has(row));
  return [
    ...rows.filter((row) => kept.has(row)),
    { key: OTHER, count: rest.reduce((sum, row) => sum + row.count, 0), keys: rest.map((row) => row.key) },
  ];
}

/** The partnership with this id (ids are lower case; the comparison ignores case and surrounding space). */
export function findPartnership(partnerships: readonly Partnership[], id: string): Partnership | undefined {
  const wanted = id.trim().toLowerCase();
  return wanted ? partnerships.find((p) => p.id === wanted) : undefined;
}

/**
 * Every partnership of one partner, oldest first: `query` is its name as published or native (any case or accents:
 * `Kreis Iași`, `iasi`, `Județul Iași`), or its Wikidata id (`Q…`).
 */
export function findPartner(partnerships: readonly Partnership[], query: string, locale: string): Partnership[] {
  const text = query.trim();
  const slug = slugify(text);
  const wikidata = /^q\d+$/iu.test(text) ? text.toUpperCase() : undefined;
  if (!slug && !wikidata) return [];
  const matches = partnerships.filter(
    ({ partner }) =>
      (wikidata !== undefined && partner.wikidata === wikidata) ||
      (slug !== '' && (slugify(partner.name) === slug || slugify(partner.nativeName ?? '') === slug)),
  );
  return sortPartnerships(matches, 'year', locale);
}

/** One partner as several records describe it: the first record's fields, gaps filled from the others. */
export function mergePartner(partnerships: readonly Partnership[]): Partner | undefined {
  const [first, ...rest] = partnerships;
  if (!first) return undefined;
  const merged: Partner = { ...first.partner };
  for (const { partner } of rest) {
    for (const [field, value] of Object.entries(partner) as [keyof Partner, unknown][]) {
      if (merged[field] === undefined) Object.assign(merged, { [field]: value });
    }
  }
  return merged;
}

/** The German holders of a partnership: the one named first, then those holding it jointly. */
export function holdersOf(p: Partnership): string[] {
  return [p.local.name, ...(p.local.jointWith ?? []).map((area) => area.name)];
}

export interface Citation {
  /** The source's entry in `dataset.sources`, or just its id where the dataset does not list it. */
  source: SourceInfo | { id: string };
  /** The lines of that source that state the partnerships, ascending, each once. */
  lines: number[];
}

/** Where the partnerships come from: each source once (in the order first cited) with its lines. */
export function citations(partnerships: readonly Partnership[], sources: readonly SourceInfo[]): Citation[] {
  const bySource = new Map<string, Set<number>>();
  for (const ref of partnerships.flatMap((p) => p.sources)) {
    const lines = bySource.get(ref.source) ?? new Set<number>();
    lines.add(ref.line);
    bySource.set(ref.source, lines);
  }
  return [...bySource].map(([id, lines]) => ({
    source: sources.find((source) => source.id === id) ?? { id },
    lines: [...lines].sort((a, b) => a - b),
  }));
}
