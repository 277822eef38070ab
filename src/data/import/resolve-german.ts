/**
 * The German side from the gazetteer: every place a record names gets its official key and centre from the
 * Gemeindeverzeichnis, whether curation named it (the seed pages' places) or a compiled list did (a mention).
 * Curation keeps only what the gazetteer cannot decide: an Ortsteil's position, a Verbandsgemeinde's centre, the
 * names the seed pages use.
 */
import type { Area, Coordinates, GermanPlace, LocalSide } from '../model.js';
import { slugify } from '../slug.js';
import type { PartnerPlace } from './curation.js';
import { foldName, type GermanGazetteer, type MatchHow } from './gazetteer.js';
import type { GazetteerGemeinde } from './gemeindeverzeichnis.js';
import { resolveMention } from './mentions.js';
import type { ResolvedLocal } from './resolve.js';
import type { PlaceMention } from './types.js';

/** The merge identity of a German side: its level and official key (`gemeinde:15085135`). */
export function localIdentity(local: LocalSide): string {
  if (local.level === 'land') return `land:${local.land.key ?? local.land.slug}`;
  if (local.level === 'kreis') return `kreis:${local.kreis?.key ?? local.kreis?.slug ?? ''}`;
  if (local.gemeinde) return `gemeinde:${local.gemeinde.key ?? local.gemeinde.slug}`;
  return `vg:${local.verbandsgemeinde?.key ?? local.verbandsgemeinde?.slug ?? ''}`;
}

/** The mean centre of the inhabited Gemeinden whose key begins with `prefix` (a Kreis's, a Land's). */
const centreOf = (gazetteer: GermanGazetteer, prefix: string) => gazetteer.centreOf((g) => g.key.startsWith(prefix));

const withKey = (area: Area, key: string | undefined): Area => (key ? { ...area, key } : area);

/**
 * A curated German side with the gazetteer's keys and centre: the Kreis by its slug or name within its Land, the
 * Gemeinde by its name (or aliases) within its Kreis, the Verband within its Kreis. A curated key the gazetteer
 * contradicts, and a place it lacks, are problems; their curated values then stand.
 */
export function placeCurated(
  resolved: ResolvedLocal,
  gazetteer: GermanGazetteer,
  aliases: (name: string) => readonly string[],
): { resolved: ResolvedLocal; problems: string[] } {
  const problems: string[] = [];
  const local: LocalSide = structuredClone(resolved.local);
  const land = gazetteer.findLand(local.land.name);
  if (!land) problems.push(`Land "${local.land.name}" is not in the gazetteer`);
  else local.land = checked(local.land, land.key, problems);

  const kreisArea = local.kreis;
  if (kreisArea && land) {
    const kreis = [...gazetteer.data.kreise.values()].find(
      (k) =>
        k.key.startsWith(land.key) &&
        (gazetteer.kreisArea(k).slug === kreisArea.slug || foldName(k.name) === foldName(kreisArea.name)),
    );
    if (!kreis) problems.push(`Kreis "${kreisArea.name}" is not in the gazetteer's ${land.name}`);
    else {
      local.kreis = checked(kreisArea, kreis.key, problems);
      if (kreis.kreisfrei && local.gemeinde) local.gemeinde = checked(local.gemeinde, `${kreis.key}000`, problems);
    }
  }
  const kreisKey = local.kreis?.key;
  let centre: Coordinates | undefined;
  if (local.gemeinde && kreisKey && local.level !== 'kreisfreie-stadt') {
    const area = local.gemeinde;
    const names = new Set([area.name, ...aliases(area.name)].map(foldName));
    const found = [...gazetteer.data.gemeinden.values()].filter(
      (g) => g.key.startsWith(kreisKey) && (names.has(foldName(g.name)) || gazetteer.gemeindeSlug(g) === area.slug),
    );
    if (found.length !== 1 || !found[0]) {
      problems.push(`Gemeinde "${area.name}" is ${found.length === 0 ? 'not' : 'more than once'} in the gazetteer's Kreis ${kreisKey}`);
    } else {
      local.gemeinde = checked(area, found[0].key, problems);
      centre = found[0].coordinates;
    }
  } else if (local.gemeinde?.key) {
    centre = gazetteer.gemeinde(local.gemeinde.key)?.coordinates;
  }
  if (local.verbandsgemeinde && kreisKey) {
    const area = local.verbandsgemeinde;
    // The office writes a Verbandsgemeinde without its title ("Beetzendorf-Diesdorf").
    const untitled = (name: string) => name.replace(/^Verbandsgemeinde\s+/u, '');
    const names = new Set([area.name, ...aliases(area.name)].map((name) => foldName(untitled(name))));
    const found = [...gazetteer.data.verbaende.values()].find(
      (v) => v.key.startsWith(kreisKey) && names.has(foldName(v.name)),
    );
    if (!found) problems.push(`Verbandsgemeinde "${area.name}" is not in the gazetteer's Kreis ${kreisKey}`);
    else local.verbandsgemeinde = checked(area, found.key, problems);
  }
  if (local.jointWith && land) {
    local.jointWith = local.jointWith.map((joint) => {
      const kreis = [...gazetteer.data.kreise.values()].find(
        (k) => k.key.startsWith(land.key) && joint.level === 'kreis' && gazetteer.kreisArea(k).slug === joint.slug,
      );
      if (!kreis) problems.push(`joint holder "${joint.name}" is not a Kreis of the gazetteer's ${land.name}`);
      return kreis ? { ...checked(joint, kreis.key, problems), level: joint.level } : joint;
    });
  }
  // An Ortsteil keeps its curated position (several Ortsteile take their Gemeinde's centre); a Verbandsgemeinde or
  // Kreis the curated seat where one is given.
  if (centre && (local.level !== 'ortsteil' || !local.coordinates)) local.coordinates = centre;
  if (!local.coordinates && local.kreis?.key) {
    const fallback = centreOf(gazetteer, local.kreis.key);
    if (fallback) local.coordinates = fallback;
  }
  return { resolved: { ...resolved, local, key: localIdentity(local) }, problems };
}

/** The area with the gazetteer's key; a curated key that differs is a problem (and stays). */
function checked(area: Area, key: string, problems: string[]): Area {
  if (area.key !== undefined && area.key !== key) {
    problems.push(`curation gives ${area.name} the key ${area.key}, the gazetteer ${key}`);
    return area;
  }
  return withKey(area, key);
}

/** A German side read from a compiled list's mention, and how the gazetteer decided it. */
export interface MentionedLocal {
  resolved: ResolvedLocal;
  /** The same place as a partner in Germany, for the other town's side of a pair. */
  asPartner: PartnerPlace;
  how: MatchHow | 'Kreis' | 'Verband' | 'Land';
  distance?: number;
  /** The merge identities of the other Gemeinden of the name, where the list's coordinates chose among them. */
  namesakes?: string[];
}

function gemeindeLocal(gazetteer: GermanGazetteer, g: GazetteerGemeinde, ortsteil?: string): LocalSide {
  const kreis = gazetteer.kreis(g.key);
  const level = ortsteil !== undefined ? 'ortsteil' : gazetteer.levelOf(g);
  return {
    name: ortsteil ?? g.name,
    level,
    land: gazetteer.landArea(g.key),
    ...(kreis ? { kreis: gazetteer.kreisArea(kreis) } : {}),
    gemeinde: gazetteer.gemeindeArea(g),
    ...(ortsteil !== undefined ? { ortsteile: [ortsteil] } : {}),
    ...(g.coordinates ? { coordinates: g.coordinates } : {}),
  };
}

export function resolveMentionedLocal(gazetteer: GermanGazetteer, mention: PlaceMention): MentionedLocal | string {
  const place = resolveMention(gazetteer, mention.name, mention.coordinates);
  if (typeof place === 'string') return place;
  let local: LocalSide;
  let german: GermanPlace;
  let how: MentionedLocal['how'];
  let distance: number | undefined;
  let namesakes: string[] | undefined;
  let town = false;
  if (place.level === 'gemeinde') {
    const g = place.match.place;
    local = gemeindeLocal(gazetteer, g, place.ortsteil);
    german = gazetteer.placeOfGemeinde(g);
    how = place.match.how;
    distance = place.match.distance;
    namesakes = place.match.namesakes?.map((other) => `gemeinde:${other.key}`);
    town = g.town;
  } else if (place.level === 'kreis') {
    const centre = centreOf(gazetteer, place.kreis.key);
    german = gazetteer.placeOfKreis(place.kreis);
    local = { name: place.kreis.name, ...german, ...(centre ? { coordinates: centre } : {}) };
    how = 'Kreis';
  } else if (place.level === 'verbandsgemeinde') {
    const v = place.verband;
    const kreis = gazetteer.kreis(v.key);
    const centre = gazetteer.centreOfVerband(v.key);
    local = {
      name: `${v.kind} ${v.name}`,
      level: 'verbandsgemeinde',
      land: gazetteer.landArea(v.key),
      ...(kreis ? { kreis: gazetteer.kreisArea(kreis) } : {}),
      verbandsgemeinde: { name: v.name, slug: slugify(v.name), key: v.key },
      ...(centre ? { coordinates: centre } : {}),
    };
    german = { level: 'kreis', land: local.land, ...(local.kreis ? { kreis: local.kreis } : {}) };
    how = 'Verband';
  } else {
    const centre = centreOf(gazetteer, place.land.key);
    local = { name: place.land.name, level: 'land', land: gazetteer.landArea(place.land.key), ...(centre ? { coordinates: centre } : {}) };
    german = { level: 'land', land: local.land };
    how = 'Land';
  }
  const slug = local.gemeinde?.slug ?? local.verbandsgemeinde?.slug ?? local.kreis?.slug ?? local.land.slug;
  const asPartner: PartnerPlace = {
    name: local.gemeinde?.name ?? local.name,
    country: 'DE',
    level: place.level === 'gemeinde' ? (town ? 'city' : 'municipality') : place.level === 'land' ? 'region' : 'district',
    german,
    ...(local.coordinates ? { coordinates: local.coordinates } : {}),
  };
  return {
    resolved: { local, key: localIdentity(local), slug },
    asPartner,
    how,
    ...(distance !== undefined ? { distance } : {}),
    ...(namesakes ? { namesakes } : {}),
  };
}

/** A German side as the partner of the other German town of a pair (the record seen from that town's page). */
export function localAsPartner(local: LocalSide): PartnerPlace {
  const german: GermanPlace = {
    level: local.level === 'ortsteil' ? 'gemeinde' : local.level,
    land: local.land,
    ...(local.kreis ? { kreis: local.kreis } : {}),
    ...(local.gemeinde ? { gemeinde: local.gemeinde } : {}),
  };
  return {
    name: local.gemeinde?.name ?? local.name,
    country: 'DE',
    level: local.gemeinde ? 'city' : local.level === 'land' ? 'region' : 'district',
    german,
    ...(local.coordinates ? { coordinates: local.coordinates } : {}),
  };
}
