/**
 * A German place as a compiled list writes it, read into what it names: a Gemeinde ("Cologne"), an Ortsteil or
 * Bezirk of one ("Berlin – Mitte", "Porz (Cologne)", "Behringen (Hörselberg-Hainich)"), a Kreis ("Herford
 * (district)", "Wesermarsch"), an Amt ("Trittau (Amt)") or a Land ("Saarland"). The gazetteer decides each name;
 * what it cannot decide is a problem with the reason, never a guess.
 */
import type { Coordinates } from '../model.js';
import { DECIDING_DISTANCE_KM, type GermanGazetteer, type Match } from './gazetteer.js';
import type { GazetteerGemeinde, GazetteerKreis, GazetteerLand, GazetteerVerband } from './gemeindeverzeichnis.js';

export type MentionPlace =
  | { level: 'gemeinde'; match: Match<GazetteerGemeinde>; ortsteil?: string }
  | { level: 'kreis'; kreis: GazetteerKreis }
  | { level: 'verbandsgemeinde'; verband: GazetteerVerband }
  | { level: 'land'; land: GazetteerLand };

/** "Stolberg (Rhineland)", "Friedberg, Bavaria": a qualifier that only tells namesakes apart; the coordinates do. */
function base(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/u, '').replace(/,\s*[^,]+$/u, '').trim();
}

function undecided(name: string, found: GazetteerGemeinde[]): string {
  const list = found
    .slice(0, 4)
    .map((g) => `${g.published} (${g.key})`)
    .join(', ');
  return `"${name}" names ${found.length} Gemeinden (${list}${found.length > 4 ? ', …' : ''}) and its coordinates lie near none of them`;
}

export function resolveMention(
  gazetteer: GermanGazetteer,
  name: string,
  near: Coordinates | undefined,
): MentionPlace | string {
  const gemeinde = (text: string, ortsteil?: string): MentionPlace | string | undefined => {
    const found = gazetteer.findGemeinde(text, near);
    if (!found) return undefined;
    if ('undecided' in found) return undecided(text, found.undecided);
    return ortsteil !== undefined && ortsteil !== text && ortsteil !== found.place.name
      ? { level: 'gemeinde', match: found, ortsteil }
      : { level: 'gemeinde', match: found };
  };

  const qualifier = /^(.*?)\s*\(([^)]+)\)$/u.exec(name);
  if (qualifier?.[2] === 'district') {
    const kreis = gazetteer.findKreis(qualifier[1] ?? '');
    return kreis ? { level: 'kreis', kreis } : `no Kreis "${qualifier[1] ?? ''}" in the gazetteer`;
  }
  if (qualifier?.[2] === 'Amt') {
    const verband = gazetteer.findVerband(qualifier[1] ?? '', near);
    return verband ? { level: 'verbandsgemeinde', verband } : `no Amt "${qualifier[1] ?? ''}" in the gazetteer`;
  }

  const whole = gazetteer.findGemeinde(name, near);
  if (whole && 'place' in whole && whole.how === 'name') return { level: 'gemeinde', match: whole };

  // "Berlin – Mitte", "Bonn – Bad Godesberg": a Bezirk or Ortsteil after the town.
  const dash = /^(.+?)\s+[–-]\s+(.+)$/u.exec(name);
  if (dash?.[1] && dash[2]) {
    const town = gemeinde(dash[1], dash[2]);
    if (town) return town;
  }
  // "Porz (Cologne)", "Behringen (Hörselberg-Hainich)": an Ortsteil, and the Gemeinde it belongs to.
  if (qualifier?.[1] && qualifier[2]) {
    const found = gazetteer.findGemeinde(qualifier[2], near);
    const sure = found && 'place' in found && (found.how === 'name' || (found.distance ?? Infinity) <= DECIDING_DISTANCE_KM);
    if (found && 'place' in found && sure) {
      return qualifier[1] === qualifier[2] || qualifier[1] === found.place.name
        ? { level: 'gemeinde', match: found }
        : { level: 'gemeinde', match: found, ortsteil: qualifier[1] };
    }
  }
  const plain = gemeinde(name) ?? (base(name) !== name ? gemeinde(base(name)) : undefined);
  if (plain) return plain;
  const kreis = gazetteer.findKreis(name);
  if (kreis) return { level: 'kreis', kreis };
  const land = gazetteer.findLand(name);
  if (land) return { level: 'land', land };
  // "Neukloster-Warin", "Elbmarsch": an Amt or Samtgemeinde named without its title.
  const verband = gazetteer.findVerband(name, near);
  if (verband) return { level: 'verbandsgemeinde', verband };
  return `no Gemeinde, Kreis or Land of the name "${name}" in the gazetteer`;
}
