/**
 * The German side's gazetteer (the Gemeindeverzeichnis, see gemeindeverzeichnis.ts) as the importer asks it:
 * which Gemeinde, Kreis or Land a name means (as an encyclopedia writes it: "Cologne", "Frankfurt an der Oder",
 * "Berlin – Mitte", "Herford (district)"), the coordinates deciding between places of one name, and the areas
 * (name, slug, key) and centre a record gets for a place.
 */
import { foldLetters } from '../../i18n/fold.js';
import type { Area, Coordinates, GermanPlace, LocalLevel } from '../model.js';
import { slugify } from '../slug.js';
import type { Gazetteer, GazetteerGemeinde, GazetteerKreis, GazetteerLand, GazetteerVerband } from './gemeindeverzeichnis.js';

/** How far (km) the list's coordinates may lie from a Gemeinde's centre for them to pick it among namesakes. */
export const DECIDING_DISTANCE_KM = 30;

/** Words and abbreviations that the encyclopedia and the office write differently ("an der" / "a.d." / "(…)"). */
const FILLER = new Set(['an', 'der', 'am', 'im', 'in', 'bei', 'vor', 'ob', 'auf', 'dem', 'den', 'a', 'd', 'i', 'v', 'b']);

/** Lower case, no diacritics: `Köln` → `koln`. The first rule names must agree by. */
export function foldName(name: string): string {
  return foldLetters(name).replace(/\s+/gu, ' ').trim();
}

/** Also without filler words, parentheses and punctuation: `Frankfurt (Oder)` and `Frankfurt an der Oder` agree. */
export function looseName(name: string): string {
  return foldName(name)
    .replace(/\bst\.\s*/gu, 'sankt ')
    .split(/[^a-z0-9]+/u)
    .filter((word) => word !== '' && !FILLER.has(word))
    .join(' ');
}

/** Great-circle distance in km. */
export function distanceKm(a: Coordinates, b: Coordinates): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

const beforeSlash = (name: string) => (name.includes('/') ? name.slice(0, name.indexOf('/')).trim() : name);

/** The names a Gemeinde answers to: as published, before a "/" (Cottbus/Chóśebuz), before a parenthesis. */
function variants(name: string): string[] {
  const before = (mark: string) => (name.includes(mark) ? [name.slice(0, name.indexOf(mark)).trim()] : []);
  return [...new Set([name, ...before('/'), ...before(' (')])];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** How a name was matched: what the report counts (and how many needed the coordinates). */
export type MatchHow = 'name' | 'loose name' | 'first part of the name' | 'coordinates among namesakes';

export interface Match<T> {
  place: T;
  how: MatchHow;
  /** km between the list's coordinates and the place's centre, where both are known. */
  distance?: number;
  /** The other places of the name, where the coordinates decided among them. */
  namesakes?: T[];
}

export class GermanGazetteer {
  readonly source: string;
  private readonly exact = new Map<string, GazetteerGemeinde[]>();
  private readonly loose = new Map<string, GazetteerGemeinde[]>();
  private readonly firstWord = new Map<string, GazetteerGemeinde[]>();
  private readonly kreisNames = new Map<string, GazetteerKreis[]>();
  private readonly slugs = new Map<string, string>();

  constructor(
    readonly data: Gazetteer,
    /** English (and other) names of German places → their German name (`Cologne` → `Köln`): curation. */
    private readonly exonyms: Readonly<Record<string, string>>,
  ) {
    this.source = data.source;
    const firstParts = new Map<string, number>();
    for (const g of data.gemeinden.values()) {
      for (const name of variants(g.name)) {
        push(this.exact, foldName(name), g);
        push(this.loose, looseName(name), g);
      }
      const words = looseName(g.name).split(' ');
      for (let n = 1; n < words.length; n++) push(this.firstWord, words.slice(0, n).join(' '), g);
      const short = foldName(beforeSlash(g.name));
      firstParts.set(short, (firstParts.get(short) ?? 0) + 1);
    }
    // A Gemeinde's slug: its name before "/" where that alone is unique (Cottbus/Chóśebuz → cottbus), else the whole.
    for (const g of data.gemeinden.values()) {
      const short = beforeSlash(g.name);
      this.slugs.set(g.key, slugify(firstParts.get(foldName(short)) === 1 ? short : g.name));
    }
    for (const k of data.kreise.values()) {
      const base = foldName(k.name.replace(/^(?:Landkreis|Kreis|Region|Regionalverband|Stadtverband)\s+/u, ''));
      const forms = [foldName(k.name), base, base.replace(/-?kreis$/u, ''), foldName(variants(k.name).at(-1) ?? k.name)];
      for (const name of new Set(forms)) push(this.kreisNames, name, k);
    }
  }

  /** The German name of an exonym, or the name itself. */
  german(name: string): string {
    return this.exonyms[name] ?? name;
  }

  land(key: string): GazetteerLand | undefined {
    return this.data.lands.get(key.slice(0, 2));
  }

  kreis(key: string): GazetteerKreis | undefined {
    return this.data.kreise.get(key.slice(0, 5));
  }

  gemeinde(key: string): GazetteerGemeinde | undefined {
    return this.data.gemeinden.get(key);
  }

  verband(key: string): GazetteerVerband | undefined {
    return this.data.verbaende.get(key);
  }

  gemeindeSlug(g: GazetteerGemeinde): string {
    return this.slugs.get(g.key) ?? slugify(g.name);
  }

  /**
   * The Gemeinde a name means: by its name, then its loose name, then as the first words of a longer name
   * ("Ludwigshafen" → "Ludwigshafen am Rhein"); several of one name are decided by the coordinates (the nearest
   * within DECIDING_DISTANCE_KM), or stay undecided. `within` narrows to the keys that begin so (a Kreis).
   */
  findGemeinde(
    name: string,
    near?: Coordinates,
    within = '',
    /** false: a single match by name is not enough, the coordinates decide among every rule's matches. */
    byNameAlone = true,
  ): Match<GazetteerGemeinde> | { undecided: GazetteerGemeinde[] } | undefined {
    const german = this.german(name);
    const inside = (found: GazetteerGemeinde[] | undefined) => (found ?? []).filter((g) => g.key.startsWith(within));
    const exact = inside(this.exact.get(foldName(german)));
    if (exact.length === 1 && byNameAlone) return this.decide(exact, 'name', near);
    const tiers: [MatchHow, GazetteerGemeinde[]][] = [
      ['name', exact],
      ['loose name', inside(this.loose.get(looseName(german)))],
      ['first part of the name', inside(this.firstWord.get(looseName(german)))],
    ];
    const first = tiers.find(([, found]) => found.length > 0);
    if (first?.[1].length === 1 && byNameAlone) return this.decide(first[1], first[0], near);
    // Namesakes: every Gemeinde any rule finds, the coordinates decide ("Herzberg" near the Harz: Herzberg am Harz).
    const all = [...new Set(tiers.flatMap(([, found]) => found))];
    if (all.length > 0) return this.decide(all, first?.[0] ?? 'name', near);
    // "Erbach an der Donau" for "Erbach", "Weiden in der Oberpfalz" for "Weiden i.d.OPf.": the name before the
    // qualifier, only where the coordinates confirm it.
    const head = /^(.+?)\s+(?:an|am|im|in|bei|ob|vor)\s/u.exec(german)?.[1];
    if (head && near) {
      const found = this.findGemeinde(head, near, within, false);
      if (found && 'place' in found && found.distance !== undefined && found.distance <= DECIDING_DISTANCE_KM) {
        return { ...found, how: 'coordinates among namesakes' };
      }
    }
    return undefined;
  }

  private decide<T extends { coordinates?: Coordinates }>(
    candidates: T[],
    how: MatchHow,
    near: Coordinates | undefined,
  ): Match<T> | { undecided: T[] } {
    const measured = candidates.map((place) => ({
      place,
      distance: near && place.coordinates ? distanceKm(near, place.coordinates) : undefined,
    }));
    if (measured.length === 1 && measured[0]) return { ...measured[0], how };
    const close = measured
      .filter((m) => m.distance !== undefined && m.distance <= DECIDING_DISTANCE_KM)
      .sort((a, b) => (a.distance ?? 0) - (b.distance ?? 0));
    if (close[0]) {
      const chosen = close[0].place;
      return { ...close[0], how: 'coordinates among namesakes', namesakes: candidates.filter((c) => c !== chosen) };
    }
    return { undecided: candidates };
  }

  /** The Kreis a name means ("Herford", "Main-Taunus", "Märkischer"); a Landkreis before a town of its name. */
  findKreis(name: string): GazetteerKreis | undefined {
    const folded = foldName(this.german(name));
    for (const form of [folded, `${folded} kreis`, `${folded}-kreis`, `${folded}kreis`]) {
      const found = this.kreisNames.get(form) ?? [];
      const kreis = found.find((k) => !k.kreisfrei) ?? found[0];
      if (kreis) return kreis;
    }
    return undefined;
  }

  findLand(name: string): GazetteerLand | undefined {
    const folded = foldName(this.german(name));
    return [...this.data.lands.values()].find((l) => foldName(l.name) === folded);
  }

  /** An Amt, Samtgemeinde or Verbandsgemeinde by its name (`Trittau` for "Amt Trittau"). */
  findVerband(name: string, near?: Coordinates): GazetteerVerband | undefined {
    const folded = foldName(name);
    const found = [...this.data.verbaende.values()].filter((v) => foldName(v.name) === folded);
    if (found.length <= 1 || !near) return found[0];
    // A Verband has no centre in the file: the one whose Gemeinden lie nearest.
    const centre = (v: GazetteerVerband) => this.centreOfVerband(v.key);
    const placed = found.map((v) => ({ place: v, coordinates: centre(v) }));
    const best = this.decide(placed, 'name', near);
    return 'place' in best ? best.place.place : undefined;
  }

  /** The mean centre of the inhabited Gemeinden `member` picks (a Verband's, a Kreis's, a Land's). */
  centreOf(member: (g: GazetteerGemeinde) => boolean): Coordinates | undefined {
    let lat = 0;
    let lon = 0;
    let n = 0;
    for (const g of this.data.gemeinden.values()) {
      if (!g.coordinates || !member(g)) continue;
      lat += g.coordinates.lat;
      lon += g.coordinates.lon;
      n += 1;
    }
    return n === 0 ? undefined : { lat: Math.round((lat / n) * 1e5) / 1e5, lon: Math.round((lon / n) * 1e5) / 1e5 };
  }

  /** The mean centre of a Verband's inhabited Gemeinden. */
  centreOfVerband(key: string): Coordinates | undefined {
    return this.centreOf((g) => g.verband === key);
  }

  landArea(key: string): Area {
    const land = this.land(key);
    return { name: land?.name ?? key, slug: slugify(land?.name ?? key), key: key.slice(0, 2) };
  }

  kreisArea(kreis: GazetteerKreis): Area {
    return { name: kreis.name, slug: slugify(kreis.name), key: kreis.key };
  }

  gemeindeArea(g: GazetteerGemeinde): Area {
    return { name: g.name, slug: this.gemeindeSlug(g), key: g.key };
  }

  /** A kreisfreie Stadt is Kreis and Gemeinde at once (its AGS is the Kreis key and 000). */
  levelOf(g: GazetteerGemeinde): LocalLevel {
    return this.kreis(g.key)?.kreisfrei ? 'kreisfreie-stadt' : 'gemeinde';
  }

  /** A Gemeinde's areas, for a partner in Germany (`partner.german`). */
  placeOfGemeinde(g: GazetteerGemeinde): GermanPlace {
    const kreis = this.kreis(g.key);
    return {
      level: this.levelOf(g),
      land: this.landArea(g.key),
      ...(kreis ? { kreis: this.kreisArea(kreis) } : {}),
      gemeinde: this.gemeindeArea(g),
    };
  }

  placeOfKreis(k: GazetteerKreis): GermanPlace {
    return { level: 'kreis', land: this.landArea(k.key), kreis: this.kreisArea(k) };
  }
}
