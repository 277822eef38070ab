/**
 * The filtered view of views.ts (which re-exports it), in a module of its own: every element's base class reads it,
 * so it is part of the code every page loads, while the list's sorting, grouping and search stay in the list's.
 */
import type { Dataset, Partnership } from './model.js';
import { filterPartnerships, type PartnershipFilter } from './queries.js';

/** The cache of `owner`'s views in `store`, by key; made on first use. */
export function cacheFor<K extends object, V>(store: WeakMap<K, Map<string, V>>, owner: K): Map<string, V> {
  let cache = store.get(owner);
  if (!cache) {
    cache = new Map();
    store.set(owner, cache);
  }
  return cache;
}

const filtered = new WeakMap<Dataset, Map<string, readonly Partnership[]>>();

/**
 * How many times `filteredView` has filtered rather than answered from its cache: what a test reads to see that
 * elements with the same filter share one result (an ES module's exports cannot be spied on; this binding is live).
 */
export let filterRuns = 0;

/** `filterPartnerships` of the dataset's records, once per dataset and filter for the whole page. */
export function filteredView(dataset: Dataset, filter: PartnershipFilter): readonly Partnership[] {
  const cache = cacheFor(filtered, dataset);
  const key = JSON.stringify([
    filter.land ?? '',
    filter.kreis ?? '',
    filter.gemeinde ?? '',
    filter.country ?? '',
    filter.kind ?? '',
    filter.status ?? '',
  ]);
  let result = cache.get(key);
  if (!result) {
    filterRuns += 1;
    result = filterPartnerships(dataset.partnerships, filter);
    cache.set(key, result);
  }
  return result;
}
