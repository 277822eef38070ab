/**
 * A country as a person types it in a spreadsheet, in German or English, to its ISO 3166-1 alpha-2 code: `Frankreich`,
 * `France`, `FR`, `Tschechien`, `USA`. The names are the browser's own (Intl.DisplayNames), so no list of them ships;
 * only the everyday names it does not give are listed here.
 */
import { foldLetters } from './fold.js';

/** Everyday names that are not the official short names CLDR gives (folded: lower case, umlauts spelled, no spaces). */
const EVERYDAY: Record<string, string> = {
  usa: 'US',
  vereinigtestaatenvonamerika: 'US',
  unitedstatesofamerica: 'US',
  amerika: 'US',
  grossbritannien: 'GB',
  greatbritain: 'GB',
  england: 'GB',
  schottland: 'GB',
  scotland: 'GB',
  wales: 'GB',
  nordirland: 'GB',
  northernireland: 'GB',
  uk: 'GB',
  holland: 'NL',
  tschechischerepublik: 'CZ',
  czechrepublic: 'CZ',
  weissrussland: 'BY',
  moldawien: 'MD',
  republikmoldau: 'MD',
  turkey: 'TR',
  tuerkei: 'TR',
  suedkorea: 'KR',
  southkorea: 'KR',
  volksrepublikchina: 'CN',
  elfenbeinkueste: 'CI',
  ivorycoast: 'CI',
  mazedonien: 'MK',
  macedonia: 'MK',
  burma: 'MM',
  palaestina: 'PS',
  palestine: 'PS',
};

/** Region codes CLDR names that are no country: unions, pseudo-regions, "unknown". */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

const key = (name: string) => foldLetters(name, true).replace(/[^a-z0-9]/gu, '');

let names: Map<string, string> | undefined;
let codes: Set<string> | undefined;

/** Every region code the browser names, by its German and English names: AA to ZZ, the ones that have a name. */
function countryNames(): Map<string, string> {
  if (names) return names;
  names = new Map(Object.entries(EVERYDAY));
  const displays = ['de', 'en'].map(
    (locale) => new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' }),
  );
  for (let first = 65; first <= 90; first += 1) {
    for (let second = 65; second <= 90; second += 1) {
      const code = String.fromCharCode(first, second);
      if (NOT_COUNTRIES.has(code)) continue;
      for (const display of displays) {
        const name = display.of(code);
        if (name && !names.has(key(name))) names.set(key(name), code);
      }
    }
  }
  codes = new Set(names.values());
  return names;
}

/** `Frankreich`, `france`, `FR` → `FR`; undefined for what names no country. */
export function countryCodeOf(value: string): string | undefined {
  const trimmed = value.trim();
  if (/^[A-Za-z]{2}$/u.test(trimmed)) {
    const code = trimmed.toUpperCase();
    countryNames();
    return codes?.has(code) ? code : undefined;
  }
  return countryNames().get(key(trimmed));
}
