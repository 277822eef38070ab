/**
 * The gazetteers the browser reads for a webmaster's own table (data/gazetteer/): where a short-form CSV names its
 * German place only by the element's `gemeinde`, `kreis` or `land`, and its partners only by name and country, these
 * give the keys, names and positions. In parts, so that a page reads a few kilobytes of them, and only then:
 * - `de/<c>.json`: every Land, Kreis and Gemeinde whose slug begins with `c`; `de/<LL>.json`: every one in Land `LL`
 *   (for a key such as `03355022`). Each part names the Kreise and Länder its places lie in.
 * - `world/<CC>.json`: GeoNames' towns of 1,000 or more in country `CC`, the most populous first (read only where a
 *   map must place a partner the table gives no coordinates for; the builder page writes them into the table).
 */
import { slugify } from './slug.js';

/** A place: slug, name, key (2 digits a Land, 5 a Kreis, 8 a Gemeinde), latitude, longitude. */
export type GermanPlaceEntry = [slug: string, name: string, key: string, lat: number, lon: number];

export interface GermanPlacePart {
  /** Name by key of every Land and Kreis the part's places lie in. */
  areas: Record<string, string>;
  /** The keys of the kreisfreie Städte among them (Kreis and Gemeinde at once). */
  kreisfrei: string[];
  places: GermanPlaceEntry[];
}

/** A town abroad: name as GeoNames gives it, latitude, longitude. */
export type WorldPlaceEntry = [name: string, lat: number, lon: number];

/** The part that holds a place asked for by key (its Land's) or by name or slug (its slug's first character). */
export function germanPartOf(value: string): string | undefined {
  const trimmed = value.trim();
  if (/^\d{2,}$/u.test(trimmed)) return trimmed.slice(0, 2);
  return slugify(trimmed).charAt(0) || undefined;
}

