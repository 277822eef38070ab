/**
 * What the hardening suites need to know about each element beyond the common attributes, keyed by tag. The list of
 * tags itself always comes from custom-elements.json (see manifest.ts): an element that lands later is covered at
 * once, with no profile (common attributes only) until it needs one. Pure: used by the browser suites and by the
 * test pages the Node harness serves.
 */

/** The dataset as a profile sees it: records it reads `id` and `since` from (a validated Dataset, or raw JSON). */
export interface DatasetFacts {
  partnerships: readonly object[];
}

const field = (record: object | undefined, key: string): unknown =>
  (record as Record<string, unknown> | undefined)?.[key];

export interface ElementProfile {
  /** Attributes that make the element show the partnerships it is given (not just a prompt or an empty year). */
  show?: (data: DatasetFacts) => Record<string, string>;
  /** Attributes that give the element its interactive parts (search box, buttons, table toggle). */
  interactive?: Record<string, string>;
  /** Attributes that leave the element with nothing to show, where the common empty filter is not enough. */
  empty?: Record<string, string>;
}

/** The year in which most of the partnerships have a round (5, 10, 15 … years) anniversary. */
export function busiestAnniversaryYear(data: DatasetFacts): string {
  const years = data.partnerships.flatMap((p) => {
    const since = field(p, 'since');
    return typeof since === 'number' ? [since] : [];
  });
  if (years.length === 0) return String(new Date().getFullYear());
  const byResidue = [0, 1, 2, 3, 4].map((r) => years.filter((y) => y % 5 === r).length);
  const residue = byResidue.indexOf(Math.max(...byResidue));
  const latest = Math.max(...years);
  // The first year after the newest partnership began that hits the most anniversaries.
  let year = latest + 1;
  while (year % 5 !== residue) year += 1;
  return String(year);
}

export const PROFILES: Readonly<Record<string, ElementProfile>> = {
  'partner-list': { interactive: { search: '' } },
  'partner-timeline': { interactive: { selectable: '' } },
  'partner-anniversaries': {
    show: (data) => ({ year: busiestAnniversaryYear(data) }),
    interactive: { selectable: '' },
  },
  'partner-stats': { interactive: { table: '' } },
  'partner-card': {
    show: (data) => ({ partnership: String(field(data.partnerships[0], 'id') ?? '') }),
    empty: { partnership: 'keine-solche-partnerschaft' },
  },
  'partner-map': {},
};

/** A filter that leaves nothing in any dataset (a Gemeinde slug no record uses). */
export const EMPTY_FILTER: Readonly<Record<string, string>> = { gemeinde: 'keine-solche-gemeinde' };

/** The attributes for `tag` to show `data` (optionally with its interactive parts). */
export function showAttributes(tag: string, data: DatasetFacts, interactive = true): Record<string, string> {
  const profile = PROFILES[tag] ?? {};
  return { ...(profile.show?.(data) ?? {}), ...(interactive ? (profile.interactive ?? {}) : {}) };
}

/** The attributes for `tag` to show its empty state. */
export function emptyAttributes(tag: string): Record<string, string> {
  return { ...EMPTY_FILTER, ...(PROFILES[tag]?.empty ?? {}) };
}
