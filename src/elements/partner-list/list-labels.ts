/**
 * The list's own wording for its search (on no other element's page): how many partnerships a search leaves, and
 * the result count announced while typing. Call while rendering (or inside `localeController.run`), like `msg`.
 */
import { formatNumber, plural } from '../../i18n/intl.js';
import { currentLocale, msg, str } from '../../i18n/msg.js';

/** "3 von 12 Partnerschaften": how many of `total` a search leaves. Plural form follows `total`. */
export function partnershipCountOf(shown: number, total: number): string {
  const s = formatNumber(shown, currentLocale());
  const t = formatNumber(total, currentLocale());
  return plural(total, currentLocale(), {
    one: () =>
      msg(str`${s} von ${t} Partnerschaft`, {
        id: 'partnership-count-of-one',
        desc: 'Plural form "one" of the total.',
      }),
    two: () =>
      msg(str`${s} von ${t} Partnerschaften`, {
        id: 'partnership-count-of-two',
        desc: 'Plural form "two" of the total (e.g. Arabic 2).',
      }),
    few: () =>
      msg(str`${s} von ${t} Partnerschaften`, {
        id: 'partnership-count-of-few',
        desc: 'Plural form "few" of the total.',
      }),
    many: () =>
      msg(str`${s} von ${t} Partnerschaften`, {
        id: 'partnership-count-of-many',
        desc: 'Plural form "many" of the total.',
      }),
    other: () =>
      msg(str`${s} von ${t} Partnerschaften`, {
        id: 'partnership-count-of-other',
        desc: 'Plural form "other" of the total.',
      }),
  });
}

/** "1 Treffer", "3 results": announced to screen readers while searching. */
export function resultCount(count: number): string {
  const n = formatNumber(count, currentLocale());
  if (count === 0) return msg('Keine Treffer');
  return plural(count, currentLocale(), {
    one: () => msg(str`${n} Treffer`, { id: 'result-count-one', desc: 'Search results, plural form "one".' }),
    two: () => msg(str`${n} Treffer`, { id: 'result-count-two', desc: 'Search results, plural form "two".' }),
    few: () => msg(str`${n} Treffer`, { id: 'result-count-few', desc: 'Search results, plural form "few".' }),
    many: () =>
      msg(str`${n} Treffer`, { id: 'result-count-many', desc: 'Search results, plural form "many".' }),
    other: () =>
      msg(str`${n} Treffer`, { id: 'result-count-other', desc: 'Search results, plural form "other".' }),
  });
}
