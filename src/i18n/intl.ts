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

/** German folds its umlauts and ß into the base letters at the collator's base strength (DIN 5007-1). */
const GERMAN_FOLD: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss' };
/** Lower-case letters, spaces and hyphens: strings the collator orders exactly as their code units. */
const PLAIN = /^[a-z -]*$/u;

/**
 * A string's key for the fast path of `compareText`, or null where only the collator knows. For a string of plain
 * letters, spaces and hyphens (after folding case, and in German the umlauts and ß), the collator's base-strength
 * order in de, en, fr and pl is the code-unit order of that key: no tailoring of these locales moves a-z, and space
 * sorts before the hyphen before the letters, as in ASCII. Digits (numeric order), other punctuation and other
 * letters go to the collator.
 */
function plainKey(text: string, locale: string): string | null {
  let key = text.toLowerCase();
  if (locale.startsWith('de')) key = key.replace(/[äöüß]/gu, (ch) => GERMAN_FOLD[ch] ?? ch);
  return PLAIN.test(key) ? key : null;
}

const FAST_LOCALES = /^(?:de|en|fr|pl)(?:-|$)/u;

const comparators = cached((locale): ((a: string, b: string) => number) => {
  const compare = collator(locale).compare;
  if (!FAST_LOCALES.test(locale)) return compare;
  // Sorting 10,000 names compares each one a dozen times: its key is worked out once (per sort, kept while the
  // comparator lives; a page sorts a few thousand distinct names).
  const keys = new Map<string, string | null>();
  const keyOf = (text: string) => {
    let key = keys.get(text);
    if (key === undefined) {
      key = plainKey(text, locale);
      if (keys.size > 50_000) keys.clear();
      keys.set(text, key);
    }
    return key;
  };
  return (a, b) => {
    const ka = keyOf(a);
    const kb = ka === null ? null : keyOf(b);
    if (ka === null || kb === null) return compare(a, b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
});

/**
 * A comparison for sorting names the way readers of `locale` expect (`Ö` with `O` in German, `Ł` after `L` in
 * Polish): the locale's collator, with a fast path that gives the collator's own answer for plain names (a
 * collator comparison is slow, and a list of 10,000 partnerships sorts with a hundred thousand of them).
 */
export function compareText(locale: string): (a: string, b: string) => number {
  return comparators(locale);
}

const listFormat = cached((locale) => new Intl.ListFormat(locale, { type: 'conjunction' }));

/** `['Halberstadt', 'Landkreis Harz']` → `Halberstadt und Landkreis Harz` (de), `Halberstadt and Landkreis Harz` (en). */
export function formatList(items: readonly string[], locale: string): string {
  return listFormat(locale).format(items);
}
