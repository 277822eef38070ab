/**
 * Search that ignores case and diacritics: "lodz" finds Łódź, "nachod" finds Náchod, "muenchen" and "munchen" both
 * find München. Each partnership's text is normalised once per dataset (cached per Dataset object), so typing in a
 * search box only compares prepared strings.
 */
import type { Dataset, Partnership } from './model.js';
import { countryName } from '../i18n/intl.js';

/** Letters that Unicode does not decompose into a base letter plus a combining mark. */
const UNDECOMPOSED: Record<string, string> = {
  ß: 'ss',
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

/** Lower case, without diacritics, punctuation as single spaces: `Łódź` → `lodz`, `Halle (Saale)` → `halle saale`. */
export function normalizeSearchText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßłøđðþæœıħŀ]/gu, (ch) => UNDECOMPOSED[ch] ?? ch)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Germans type `ae` for `ä` where they cannot type the umlaut: index both spellings. */
function withGermanSpelling(text: string): string {
  const spelled = text.toLowerCase().replace(/[äöü]/gu, (ch) => ({ ä: 'ae', ö: 'oe', ü: 'ue' })[ch] ?? ch);
  return spelled === text.toLowerCase() ? text : `${text} ${spelled}`;
}

/** The locale-independent text of a partnership: the partner abroad and the German side. */
function baseText(p: Partnership): string {
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
  return normalizeSearchText(withGermanSpelling(parts.filter(Boolean).join(' ')));
}

const baseKeys = new WeakMap<Dataset, Map<Partnership, string>>();
const countryKeys = new Map<string, Map<string, string>>();

function baseKey(dataset: Dataset, p: Partnership): string {
  let keys = baseKeys.get(dataset);
  if (!keys) {
    keys = new Map(dataset.partnerships.map((record) => [record, baseText(record)]));
    baseKeys.set(dataset, keys);
  }
  let key = keys.get(p);
  if (key === undefined) {
    key = baseText(p);
    keys.set(p, key);
  }
  return key;
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
    const text = `${baseKey(dataset, p)} ${countryKey(p.partner.country, locale)}`;
    return words.every((word) => text.includes(word));
  });
}
