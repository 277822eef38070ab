/**
 * Memoised views of a dataset for the elements: the same pure queries as queries.ts, each computed once per input
 * and shared. Elements on one page that show the same dataset with the same filter get the same array, and a list
 * that re-renders (a keystroke in its search box, the next chunk of a long list) neither filters, sorts nor groups
 * again. At 10,000 partnerships a sort by name costs tens of milliseconds; a keystroke has 16.
 *
 * Every result is read-only and shared: callers must not mutate it (copy first). Caches hang off the dataset or the
 * input array in WeakMaps, so they go when the dataset goes.
 */
import type { Dataset, Partnership } from './model.js';
import { cacheFor } from './filtered-view.js';
import {
  groupPartnerships,
  sortPartnerships,
  type GroupBy,
  type PartnershipGroup,
  type SortKey,
} from './queries.js';
import { normalizeSearchText, searchPartnerships } from './search.js';

export { filteredView } from './filtered-view.js';

const grouped = new WeakMap<readonly Partnership[], Map<string, readonly PartnershipGroup[]>>();

/**
 * The same as `groupPartnerships(sortPartnerships(list, sort, locale), by, locale)`, once per list, grouping, sort
 * and locale. Grouped lists are bucketed first and each group sorted on its own, which needs far fewer comparisons
 * (a collator comparison is slow) than sorting the whole list: 10,000 partnerships in 4,000 towns take a tenth.
 * Both sorts are stable, so the order is exactly the same.
 */
export function sortedGroupsView(
  list: readonly Partnership[],
  by: GroupBy,
  sort: SortKey,
  locale: string,
): readonly PartnershipGroup[] {
  const cache = cacheFor(grouped, list);
  const key = `${by}|${sort}|${locale}`;
  let result = cache.get(key);
  if (!result) {
    result =
      by === 'none'
        ? groupPartnerships(sortPartnerships(list, sort, locale), by, locale)
        : groupPartnerships(list, by, locale).map((group) => ({
            ...group,
            partnerships: sortPartnerships(group.partnerships, sort, locale),
          }));
    cache.set(key, result);
  }
  return result;
}

const searched = new WeakMap<readonly Partnership[], Map<string, readonly Partnership[]>>();

/**
 * `searchPartnerships` for the last few queries on a list (what a list re-renders with while the reader pauses;
 * typing "lod" and deleting back to "lo" finds "lo" again). An empty query gives the list itself. A query that
 * extends a cached one ("lo" → "lod", "lo" → "lo d") searches only that one's result: every record that contains
 * the longer query's words contains the shorter one's, so the result is the same, found in fewer comparisons.
 */
export function searchView(
  dataset: Dataset,
  list: readonly Partnership[],
  query: string,
  locale: string,
): readonly Partnership[] {
  const normalized = normalizeSearchText(query);
  if (normalized === '') return list;
  const cache = cacheFor(searched, list);
  const key = `${locale}|${normalized}`;
  let result = cache.get(key);
  if (!result) {
    let within: readonly Partnership[] = list;
    for (const [cachedKey, cached] of cache) {
      const [cachedLocale, cachedQuery] = splitKey(cachedKey);
      if (cachedLocale === locale && normalized.startsWith(cachedQuery) && cached.length < within.length) {
        within = cached;
      }
    }
    result = searchPartnerships(dataset, within, normalized, locale);
    cache.set(key, result);
    // A reader types a few dozen queries at most; keep the newest 16 (a Map iterates in insertion order).
    if (cache.size > 16) cache.delete(cache.keys().next().value as string);
  }
  return result;
}

function splitKey(key: string): [string, string] {
  const bar = key.indexOf('|');
  return [key.slice(0, bar), key.slice(bar + 1)];
}

const subsets = new WeakMap<readonly PartnershipGroup[], WeakMap<readonly Partnership[], readonly PartnershipGroup[]>>();

/**
 * The groups of `groups` restricted to the partnerships in `subset` (a search result of the same list), in the same
 * order and without empty groups: a search narrows a grouped, sorted list without grouping or sorting again.
 */
export function groupsOfSubset(
  groups: readonly PartnershipGroup[],
  subset: readonly Partnership[],
): readonly PartnershipGroup[] {
  let bySubset = subsets.get(groups);
  if (!bySubset) {
    bySubset = new WeakMap();
    subsets.set(groups, bySubset);
  }
  let result = bySubset.get(subset);
  if (!result) {
    const wanted = new Set(subset);
    result = groups
      .map((group) => ({ ...group, partnerships: group.partnerships.filter((p) => wanted.has(p)) }))
      .filter((group) => group.partnerships.length > 0);
    bySubset.set(subset, result);
  }
  return result;
}

/** A run of whole groups, `groups[start]` to `groups[end - 1]`, holding `items` partnerships. */
export interface GroupRun {
  start: number;
  end: number;
  items: number;
}

const runs = new WeakMap<readonly PartnershipGroup[], Map<number, readonly GroupRun[]>>();

/**
 * `groups` cut into runs of whole groups of at least `size` partnerships each (the last may hold fewer), the same
 * runs every time for the same groups: a long list renders each run into one container that the browser can skip
 * while it is off screen and that a new search removes in one operation.
 */
export function groupRuns(groups: readonly PartnershipGroup[], size: number): readonly GroupRun[] {
  let bySize = runs.get(groups);
  if (!bySize) {
    bySize = new Map();
    runs.set(groups, bySize);
  }
  let result = bySize.get(size);
  if (!result) {
    const cut: GroupRun[] = [];
    let run: GroupRun = { start: 0, end: 0, items: 0 };
    groups.forEach((group, i) => {
      run.end = i + 1;
      run.items += group.partnerships.length;
      if (run.items >= size) {
        cut.push(run);
        run = { start: i + 1, end: i + 1, items: 0 };
      }
    });
    if (run.end > run.start) cut.push(run);
    result = cut;
    bySize.set(size, result);
  }
  return result;
}
