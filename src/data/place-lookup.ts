/**
 * Which of the places an element was asked for the data does not know (`gemeinde="lueneberg"`), and the known place
 * closest to each: so that a typo is not mistaken for a town without partnerships. Pure; the elements render it.
 */
import type { Area, Partnership } from './model.js';
import { filterPartnerships, type PartnershipFilter } from './queries.js';
import { slugify } from './slug.js';

export type PlaceAttribute = 'land' | 'kreis' | 'gemeinde';
const ATTRIBUTES: readonly PlaceAttribute[] = ['land', 'kreis', 'gemeinde'];

export interface UnknownPlace {
  attribute: PlaceAttribute;
  /** The value as written in the attribute (one item of a comma-separated list). */
  value: string;
  /** The known place whose slug is closest to the value, and the attribute that names it. */
  suggestion?: { attribute: PlaceAttribute; name: string; slug: string };
}

function items(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * The items of `land`, `kreis` and `gemeinde` that select nothing on their own: the filter itself decides what a
 * place is (slug, name or key, every side of a record), so this never disagrees with what the elements show.
 */
export function unknownPlaces(partnerships: readonly Partnership[], filter: PartnershipFilter): UnknownPlace[] {
  const unknown: UnknownPlace[] = [];
  let known: Map<string, { attribute: PlaceAttribute; area: Area }> | undefined;
  for (const attribute of ATTRIBUTES) {
    for (const value of items(filter[attribute])) {
      if (filterPartnerships(partnerships, { [attribute]: value }).length > 0) continue;
      known ??= knownAreas(partnerships);
      const suggestion = /^\d+$/u.test(value) ? undefined : closest(slugify(value), attribute, known);
      unknown.push({ attribute, value, ...(suggestion ? { suggestion } : {}) });
    }
  }
  return unknown;
}

/** Every area a filter attribute can name, by slug: Länder, Kreise, Gemeinden of both sides of every record. */
function knownAreas(partnerships: readonly Partnership[]): Map<string, { attribute: PlaceAttribute; area: Area }> {
  const known = new Map<string, { attribute: PlaceAttribute; area: Area }>();
  const add = (attribute: PlaceAttribute, area: Area | undefined) => {
    if (area && !known.has(`${attribute}:${area.slug}`)) known.set(`${attribute}:${area.slug}`, { attribute, area });
  };
  for (const p of partnerships) {
    for (const side of [p.local, p.partner.german]) {
      if (!side) continue;
      add('land', side.land);
      add('kreis', side.kreis);
      add('gemeinde', side.gemeinde);
    }
    add('gemeinde', p.local.verbandsgemeinde);
  }
  return known;
}

/** The area with the fewest edits from `slug` within a typo's reach; the asked-for attribute wins a tie. */
function closest(
  slug: string,
  attribute: PlaceAttribute,
  known: Map<string, { attribute: PlaceAttribute; area: Area }>,
): UnknownPlace['suggestion'] {
  if (!slug) return undefined;
  // One edit in a short name, two in a usual one, three in a long one ("Frankfurt am Main").
  const reach = slug.length <= 4 ? 1 : slug.length <= 10 ? 2 : 3;
  let best: { distance: number; entry: { attribute: PlaceAttribute; area: Area } } | undefined;
  for (const entry of known.values()) {
    const limit = best ? best.distance : reach;
    const distance = editDistance(slug, entry.area.slug, limit);
    if (distance > limit) continue;
    if (!best || distance < best.distance || (entry.attribute === attribute && best.entry.attribute !== attribute)) {
      best = { distance, entry };
    }
  }
  return best && { attribute: best.entry.attribute, name: best.entry.area.name, slug: best.entry.area.slug };
}

/** Levenshtein distance of `a` and `b`, or `limit + 1` as soon as it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = row;
  }
  return previous[b.length]!;
}
