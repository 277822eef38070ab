/**
 * Slugs are the human-readable filter values of every element (`gemeinde="halberstadt"`, `kreis="harz"`) and the
 * parts of a partnership's id, so the rule is part of the public contract (see the data model's `Area.slug`).
 */

/** Administrative titles that are not part of how people name the place. */
const DROPPED_PREFIX = /^(?:landkreis|kreis|landeshauptstadt)\s+/iu;

/** German umlauts are spelled out, as Germans do when they cannot type them. */
const GERMAN: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** Letters that Unicode does not decompose into a base letter plus a mark. */
const OTHER_LETTERS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  ħ: 'h',
  ŀ: 'l',
};

/**
 * `Landkreis Harz` → `harz`, `Halle (Saale)` → `halle-saale`, `Dessau-Roßlau` → `dessau-rosslau`,
 * `Giżycko` → `gizycko`. Only ASCII letters and digits survive; a name written wholly in another script
 * gives an empty slug (the dataset always slugs the German or Latin-script name).
 */
export function slugify(name: string): string {
  return name
    .normalize('NFC')
    .trim()
    .replace(DROPPED_PREFIX, '')
    .toLowerCase()
    .replace(/[äöüß]/gu, (ch) => GERMAN[ch] ?? ch)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łøđðþæœıħŀ]/gu, (ch) => OTHER_LETTERS[ch] ?? ch)
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}
