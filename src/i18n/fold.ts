/**
 * Letter folding, the one rule behind slugs, search and the fast path of sorting: `Łódź` → `lodz`, `Straße` →
 * `strasse`. Pure: usable in Node and in the browser.
 */

/** Letters that Unicode does not decompose into a base letter plus a mark, as they are written without it. */
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

/** German umlauts as Germans spell them when they cannot type them. */
const SPELLED: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue' };

/**
 * `text` in lower case without diacritics, each letter Unicode cannot decompose written as without its mark (`ł` →
 * `l`, `ß` → `ss`); German umlauts become their base letter (`München` → `munchen`), or with `spellUmlauts` their
 * spelling (`muenchen`). Everything else is kept as it is.
 */
export function foldLetters(text: string, spellUmlauts = false): string {
  let folded = text.toLowerCase();
  if (spellUmlauts) folded = folded.normalize('NFC').replace(/[äöü]/gu, (ch) => SPELLED[ch] ?? ch);
  return folded
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßłøđðþæœıħŀ]/gu, (ch) => UNDECOMPOSED[ch] ?? ch);
}
