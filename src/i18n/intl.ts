/**
 * Intl formatters, created once per locale (they are expensive to build and cheap to reuse), as in GitHub's
 * intl-cache. Pure: usable in Node and in the browser.
 */
import { foldLetters } from './fold.js';

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

/** Country names per locale: a list of 10,000 partnerships names a few dozen countries, each thousands of times. */
const countryNames = cached(() => new Map<string, string>());

/** `PL` → `Polen` (de), `Poland` (en), `Pologne` (fr), `Polska` (pl); an unknown code is returned as it is. */
export function countryName(code: string, locale: string): string {
  const names = countryNames(locale);
  let name = names.get(code);
  if (name === undefined) {
    try {
      name = regionNames(locale).of(code.toUpperCase()) ?? code;
    } catch {
      name = code; // Not a well-formed region code: show it rather than fail the whole list.
    }
    names.set(code, name);
  }
  return name;
}

/** The CLDR plural category of `count` in `locale` (`one`, `few`, `many`, `other`, ...). */
export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  return pluralRules(locale).select(count);
}

/** One message per CLDR plural category; a category a message does not list (`zero`, `two`, ...) takes `other`. */
export type PluralForms<T> = Partial<Record<Intl.LDMLPluralRule, () => T>> & { other: () => T };

/**
 * The form of `forms` that `count` takes in `locale` (`1 Partnerschaft`, `2 partnerstwa`, `5 partnerstw`). Each
 * form is a function, so that only the chosen message is looked up; each is its own `msg()` with its own id, so the
 * translations can carry the forms their language needs (de, en: one, other; fr: one, many, other; pl, cs, uk: one,
 * few, many, other; ar: one, two, few, many, other, its zero said as other is). A form the messages do not list is
 * said as `other`.
 */
export function plural<T>(count: number, locale: string, forms: PluralForms<T>): T {
  return (forms[pluralCategory(count, locale)] ?? forms.other)();
}

/**
 * The languages whose fast paths below are known to give their Intl results (tested against Intl itself): not the
 * list of languages the elements speak (locale.ts), which may have more, each of them formatted by Intl alone.
 */
const FAST_LOCALES = /^(?:de|en|fr|pl)(?:-|$)/u;

/**
 * `1234` → `1.234` (de), `1,234` (en). A whole number below 1,000 is its plain digits in every language the elements
 * speak, so it needs no formatter: building the first one costs a page about 10 ms of ICU loading, and most counts
 * on a town's page are small.
 */
export function formatNumber(value: number, locale: string): string {
  if (Number.isInteger(value) && value >= 0 && value < 1000 && FAST_LOCALES.test(locale))
    return String(value);
  return numberFormat(locale).format(value);
}

/** Lower-case letters, spaces and hyphens: strings the collator orders exactly as their code units. */
const PLAIN = /^[a-z -]*$/u;
/**
 * The same with German's umlauts and ß, which its collator folds into the base letters at base strength (DIN
 * 5007-1). Not every letter `foldLetters` folds: to the collator þ and ı are letters of their own.
 */
const GERMAN_PLAIN = /^[a-zäöüß -]*$/u;

/**
 * A string's key for the fast path of `compareText`, or null where only the collator knows. For a string of plain
 * letters, spaces and hyphens (after folding case, and in German the umlauts and ß), the collator's base-strength
 * order in de, en, fr and pl is the code-unit order of that key: no tailoring of these locales moves a-z, and space
 * sorts before the hyphen before the letters, as in ASCII. Digits (numeric order), other punctuation and other
 * letters go to the collator.
 */
function plainKey(text: string, locale: string): string | null {
  const key = text.toLowerCase();
  if (PLAIN.test(key)) return key;
  // Only a name that needs folding is folded: most need none, and folding costs a Unicode normalisation.
  return locale.startsWith('de') && GERMAN_PLAIN.test(key) ? foldLetters(key) : null;
}

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

/**
 * A copy of `items` in the order `compareText` gives their `textOf` (ties: `then`, else as they were), with each
 * text's fast-path key worked out once before sorting rather than looked up at every comparison: sorting 10,000
 * names makes well over a hundred thousand comparisons.
 */
export function sortByText<T>(
  items: readonly T[],
  textOf: (item: T) => string,
  locale: string,
  then?: (a: T, b: T) => number,
): T[] {
  const compare = collator(locale).compare;
  const fast = FAST_LOCALES.test(locale);
  const entries = items.map((item) => {
    const text = textOf(item);
    return { item, text, key: fast ? plainKey(text, locale) : null };
  });
  entries.sort((a, b) => {
    const order =
      a.key !== null && b.key !== null
        ? a.key < b.key
          ? -1
          : a.key > b.key
            ? 1
            : 0
        : compare(a.text, b.text);
    return order || (then ? then(a.item, b.item) : 0);
  });
  return entries.map((entry) => entry.item);
}

const listFormat = cached((locale) => new Intl.ListFormat(locale, { type: 'conjunction' }));

/** `['Halberstadt', 'Landkreis Harz']` → `Halberstadt und Landkreis Harz` (de), `Halberstadt and Landkreis Harz` (en). */
export function formatList(items: readonly string[], locale: string): string {
  return listFormat(locale).format(items);
}
