/**
 * Search that ignores case and diacritics: "lodz" finds Łódź, "nachod" finds Náchod, "muenchen" and "munchen" both
 * find München. Each partnership's text is normalised once per dataset (cached per Dataset object, all records in
 * one pass) and joined with its country's name once per locale, so typing in a search box only compares prepared
 * strings.
 */
import type { Dataset, Partnership } from './model.js';
import { foldLetters } from '../i18n/fold.js';
import { countryName } from '../i18n/intl.js';

/** Lower case, without diacritics, punctuation as single spaces: `Łódź` → `lodz`, `Halle (Saale)` → `halle saale`. */
export function normalizeSearchText(text: string): string {
  return foldLetters(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * `texts.map(normalizeSearchText)`, the same strings, for a whole dataset at once: one pass of each step over the
 * joined texts instead of one per record is several times faster (10,000 records: tens of milliseconds less before
 * the first search). Line breaks separate the texts and survive every step.
 */
export function normalizeSearchTexts(texts: readonly string[]): string[] {
  return foldLetters(texts.map((text) => text.replace(/[\n\r\u2028\u2029]/gu, ' ')).join('\n'))
    .replace(/[^\p{L}\p{N}\n]+/gu, ' ')
    .split('\n')
    .map((text) => text.trim());
}

/** Germans type `ae` for `ä` where they cannot type the umlaut: index both spellings. */
function withGermanSpelling(text: string): string {
  return /[äöü]/iu.test(text) ? `${text} ${foldLetters(text, true)}` : text;
}

/** The locale-independent text of a partnership, not yet normalised: the partner abroad and the German side. */
function rawText(p: Partnership): string {
  const parts = [
    p.partner.name,
    p.partner.nativeName,
    p.partner.region,
    p.local.name,
    p.local.gemeinde?.name,
    p.local.verbandsgemeinde?.name,
    p.local.kreis?.name,
    ...(p.local.ortsteile ?? []),
    ...(p.local.jointWith ?? []).map((area) => area.name),
  ];
  return withGermanSpelling(parts.filter(Boolean).join(' '));
}

/** The normalised base texts of a dataset's records, and how many of its records (in order) have theirs. */
interface BaseKeys {
  keys: Map<Partnership, string>;
  prepared: number;
}
const baseKeys = new WeakMap<Dataset, BaseKeys>();
const countryKeys = new Map<string, Map<string, string>>();
/** Base text and country name together, per dataset and locale: a keystroke only runs `includes()`. */
const fullKeys = new WeakMap<Dataset, Map<string, Map<Partnership, string>>>();

/** Records normalised in one pass: large enough for the batch to pay, small enough for an idle moment. */
const SLICE = 500;

function baseKeysOf(dataset: Dataset): BaseKeys {
  let base = baseKeys.get(dataset);
  if (!base) {
    base = { keys: new Map(), prepared: 0 };
    baseKeys.set(dataset, base);
  }
  return base;
}

/** Normalises the base texts of the next SLICE records of the dataset; false once all are done. */
function prepareBaseSlice(dataset: Dataset, base: BaseKeys): boolean {
  const slice = dataset.partnerships.slice(base.prepared, base.prepared + SLICE);
  if (slice.length === 0) return false;
  const texts = normalizeSearchTexts(slice.map(rawText));
  slice.forEach((record, i) => base.keys.set(record, texts[i] ?? ''));
  base.prepared += slice.length;
  return true;
}

function fullKeysOf(dataset: Dataset, locale: string): Map<Partnership, string> {
  let byLocale = fullKeys.get(dataset);
  if (!byLocale) {
    byLocale = new Map();
    fullKeys.set(dataset, byLocale);
  }
  let keys = byLocale.get(locale);
  if (!keys) {
    keys = new Map();
    byLocale.set(locale, keys);
  }
  return keys;
}

function fullKey(dataset: Dataset, p: Partnership, locale: string): string {
  const keys = fullKeysOf(dataset, locale);
  let key = keys.get(p);
  if (key === undefined) {
    const base = baseKeysOf(dataset);
    // A search before the texts are prepared prepares them all, in slices as the idle preparation would.
    if (!base.keys.has(p)) while (prepareBaseSlice(dataset, base));
    // A record that is not in the dataset (a caller's own list) is prepared on its own.
    key = `${base.keys.get(p) ?? normalizeSearchText(rawText(p))} ${countryKey(p.partner.country, locale)}`;
    keys.set(p, key);
  }
  return key;
}

/**
 * Prepare the search texts of a dataset for `locale` ahead of the first keystroke (an element with a search box
 * calls this when the page is idle); searching without it gives the same results, the first search only slower.
 * With a `deadline` (requestIdleCallback's), it stops when the idle moment is used up and returns false: call it
 * again in the next one. 10,000 records take over a hundred milliseconds, too long for one task.
 */
export function prepareSearch(
  dataset: Dataset,
  locale: string,
  deadline?: { timeRemaining(): number },
): boolean {
  const timeLeft = () => !deadline || deadline.timeRemaining() > 1;
  const base = baseKeysOf(dataset);
  while (base.prepared < dataset.partnerships.length) {
    if (!timeLeft()) return false;
    prepareBaseSlice(dataset, base);
  }
  const keys = fullKeysOf(dataset, locale);
  const records = dataset.partnerships;
  for (let i = 0; i < records.length; i += SLICE) {
    const slice = records.slice(i, i + SLICE);
    // Slices done in an earlier moment are passed over without asking for time: every call makes progress.
    if (slice.every((p) => keys.has(p))) continue;
    if (!timeLeft()) return false;
    for (const p of slice) if (!keys.has(p)) fullKey(dataset, p, locale);
  }
  return true;
}

/** A country's name in the reader's language, normalised; about 250 countries per locale, so cached per locale. */
function countryKey(code: string, locale: string): string {
  let keys = countryKeys.get(locale);
  if (!keys) {
    keys = new Map();
    countryKeys.set(locale, keys);
  }
  let key = keys.get(code);
  if (key === undefined) {
    key = normalizeSearchText(withGermanSpelling(countryName(code, locale)));
    keys.set(code, key);
  }
  return key;
}

/**
 * The partnerships of `list` (records of `dataset`) that contain every word of `query` in the partner's name
 * (published or native), region, country name in `locale`, or the German side. An empty query keeps them all.
 */
export function searchPartnerships(
  dataset: Dataset,
  list: readonly Partnership[],
  query: string,
  locale: string,
): Partnership[] {
  const words = normalizeSearchText(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...list];
  return list.filter((p) => {
    const text = fullKey(dataset, p, locale);
    return words.every((word) => text.includes(word));
  });
}
