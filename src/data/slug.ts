/**
 * Slugs are the human-readable filter values of every element (`gemeinde="halberstadt"`, `kreis="harz"`) and the
 * parts of a partnership's id, so the rule is part of the public contract (see the data model's `Area.slug`).
 */
import { foldLetters } from '../i18n/fold.js';

/** Administrative titles that are not part of how people name the place. */
const DROPPED_PREFIX = /^(?:landkreis|kreis|landeshauptstadt)\s+/iu;

/**
 * `Landkreis Harz` → `harz`, `Halle (Saale)` → `halle-saale`, `Dessau-Roßlau` → `dessau-rosslau`,
 * `Giżycko` → `gizycko`. Only ASCII letters and digits survive; a name written wholly in another script
 * gives an empty slug (the dataset always slugs the German or Latin-script name).
 */
export function slugify(name: string): string {
  // German umlauts spelled out (`ae`), as Germans do when they cannot type them.
  return foldLetters(name.trim().replace(DROPPED_PREFIX, ''), true)
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}
