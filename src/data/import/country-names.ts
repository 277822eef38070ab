/**
 * German country names, for telling a country line from a place line in the Harz page's list. Built from
 * Intl.DisplayNames (no data shipped); the importer resolves names to ISO codes separately, with curation.
 */
import { COUNTRY_CODES } from '../model.js';

let names: Set<string> | undefined;

export function isGermanCountryName(name: string): boolean {
  if (!names) {
    const display = new Intl.DisplayNames('de', { type: 'region', fallback: 'none' });
    names = new Set(COUNTRY_CODES.map((code) => display.of(code)).filter((n): n is string => n !== undefined));
  }
  return names.has(name);
}
