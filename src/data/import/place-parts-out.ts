/**
 * The gazetteers as the browser reads them (see ../place-parts.ts), made from the import's own: the
 * Gemeindeverzeichnis for the German side, GeoNames' towns for the partners abroad. Written by `partner-data import`.
 */
import type { GermanPlacePart, WorldPlaceEntry } from '../place-parts.js';
import type { GermanGazetteer } from './gazetteer.js';
import type { GeoNamesCity } from './places-abroad.js';

/** Rounded to about 100 m (German places) or 1 km (towns abroad, 112,000 of them): enough for a map. */
const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

export function germanPlaceParts(gazetteer: GermanGazetteer): Map<string, GermanPlacePart> {
  const parts = new Map<string, GermanPlacePart>();
  const add = (partName: string, slug: string, name: string, key: string, lat: number, lon: number) => {
    let part = parts.get(partName);
    if (!part) {
      part = { areas: {}, kreisfrei: [], places: [] };
      parts.set(partName, part);
    }
    part.places.push([slug, name, key, round(lat), round(lon)]);
    for (const area of [key.slice(0, 2), key.slice(0, 5)]) {
      const found = area.length === 2 ? gazetteer.land(area) : gazetteer.kreis(area);
      if (found && area.length <= key.length) part.areas[area] = found.name;
      if (area.length === 5 && gazetteer.kreis(area)?.kreisfrei && !part.kreisfrei.includes(area)) {
        part.kreisfrei.push(area);
      }
    }
  };
  const place = (slug: string, name: string, key: string, at: { lat: number; lon: number } | undefined) => {
    if (!at || !slug) return;
    for (const partName of new Set([slug.charAt(0), key.slice(0, 2)])) add(partName, slug, name, key, at.lat, at.lon);
  };
  const { data } = gazetteer;
  for (const land of data.lands.values()) {
    const area = gazetteer.landArea(land.key);
    place(area.slug, area.name, land.key, gazetteer.centreOf((g) => g.key.startsWith(land.key)));
  }
  for (const kreis of data.kreise.values()) {
    const area = gazetteer.kreisArea(kreis);
    place(area.slug, area.name, kreis.key, gazetteer.centreOf((g) => g.key.startsWith(kreis.key)));
  }
  for (const g of data.gemeinden.values()) {
    const area = gazetteer.gemeindeArea(g);
    place(area.slug, area.name, g.key, g.coordinates);
  }
  for (const part of parts.values()) part.kreisfrei.sort();
  return new Map([...parts].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** GeoNames' towns by country, the most populous first (the first of namesakes is the one a table most likely means). */
export function worldPlaceParts(cities: readonly GeoNamesCity[]): Map<string, WorldPlaceEntry[]> {
  const sorted = [...cities].sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  const parts = new Map<string, WorldPlaceEntry[]>();
  for (const city of sorted) {
    const list = parts.get(city.country) ?? [];
    list.push([city.name, round(city.loc.coordinates[1], 2), round(city.loc.coordinates[0], 2)]);
    parts.set(city.country, list);
  }
  return new Map([...parts].sort(([a], [b]) => (a < b ? -1 : 1)));
}
