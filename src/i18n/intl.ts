/**
 * Intl formatters, created once per locale (they are expensive to build and cheap to reuse), as in GitHub's
 * intl-cache. Pure: usable in Node and in the browser.
 */

function cached<T>(create: (locale: string) => T): (locale: string) => T {
  const cache = new Map<string, T>();
  return (locale) => {
    let value = cache.get(locale);
    if (value === undefined) {
      value = create(locale);
      cache.set(locale, value);
    }
    return value;
  };
}

const regionNames = cached((locale) => new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }));
const pluralRules = cached((locale) => new Intl.PluralRules(locale));
const numberFormat = cached((locale) => new Intl.NumberFormat(locale));
const collator = cached((locale) => new Intl.Collator(locale, { sensitivity: 'base', numeric: true }));

/** `PL` → `Polen` (de), `Poland` (en), `Pologne` (fr), `Polska` (pl); an unknown code is returned as it is. */
export function countryName(code: string, locale: string): string {
  try {
    return regionNames(locale).of(code.toUpperCase()) ?? code;
  } catch {
    return code; // Not a well-formed region code: show it rather than fail the whole list.
  }
}

/** The CLDR plural category of `count` in `locale` (`one`, `few`, `many`, `other`, ...). */
export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  return pluralRules(locale).select(count);
}

export function formatNumber(value: number, locale: string): string {
  return numberFormat(locale).format(value);
}

/** A comparison for sorting names the way readers of `locale` expect (`Ö` with `O` in German, `Ł` after `L` in Polish). */
export function compareText(locale: string): (a: string, b: string) => number {
  return collator(locale).compare;
}

const listFormat = cached((locale) => new Intl.ListFormat(locale, { type: 'conjunction' }));

/** `['Halberstadt', 'Landkreis Harz']` → `Halberstadt und Landkreis Harz` (de), `Halberstadt and Landkreis Harz` (en). */
export function formatList(items: readonly string[], locale: string): string {
  return listFormat(locale).format(items);
}
