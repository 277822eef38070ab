// compareText's fast path must give exactly the collator's order: a list sorted faster but differently is wrong.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { compareText, sortByText } from '../../src/i18n/intl.js';
import { LOCALES } from '../../src/i18n/locale.js';

const LETTERS = [..."abcdefghijklmnopqrstuvwxyzABCZäöüÄÖÜß -.()'0123456789éèçłŁóśżąęñøåÆ"];
/** Mostly the fast path's letters, so most pairs take it. */
const plain = fc
  .array(fc.constantFrom(...'abexyzABEZäöüÄÖÜß -'), { maxLength: 10 })
  .map((chars) => chars.join(''));
const word = fc.array(fc.constantFrom(...LETTERS), { maxLength: 12 }).map((chars) => chars.join(''));
const NAMES = [
  'Müller',
  'Mueller',
  'Muller',
  'Straße',
  'Strasse',
  'Bad Harzburg',
  'Bad-Harzburg',
  'Badharzburg',
  'Łódź',
  'Lodz',
  'Lublin',
  'Zürich',
  'Zurich',
  'Halle (Saale)',
  'Halle',
  'Teil 10',
  'Teil 9',
  'Ærø',
  'Aero',
  'öl',
  'Ol',
];

describe('compareText: the collator order, faster', () => {
  for (const locale of LOCALES) {
    it(`agrees with Intl.Collator on random and known names (${locale})`, () => {
      const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
      const compare = compareText(locale);
      for (const a of NAMES) {
        for (const b of NAMES)
          expect(Math.sign(compare(a, b)), `${a} ? ${b}`).to.equal(Math.sign(collator.compare(a, b)));
      }
      fc.assert(
        fc.property(plain, plain, (a, b) => Math.sign(compare(a, b)) === Math.sign(collator.compare(a, b))),
        { numRuns: 3000 },
      );
      fc.assert(
        fc.property(word, word, (a, b) => Math.sign(compare(a, b)) === Math.sign(collator.compare(a, b))),
        { numRuns: 3000 },
      );
      const sample = [...fc.sample(word, 300), ...fc.sample(plain, 300)];
      expect([...sample].sort(compare)).to.deep.equal([...sample].sort(collator.compare));
    });
  }
});

describe('sortByText: the same order as sorting with compareText, keys worked out once', () => {
  for (const locale of [...LOCALES, 'cs']) {
    it(`equal names keep their order or follow the tie-break (${locale})`, () => {
      const compare = compareText(locale);
      fc.assert(
        fc.property(
          fc.array(fc.oneof(word, plain, fc.constantFrom(...NAMES)), { maxLength: 60 }),
          (names) => {
            // Items, not strings, so that a stable sort shows: equal names keep the order they came in.
            const items = names.map((name, index) => ({ name, index }));
            const expected = [...items].sort((a, b) => compare(a.name, b.name));
            expect(sortByText(items, (item) => item.name, locale)).to.deep.equal(expected);
            const byIndexDown = (a: { index: number }, b: { index: number }) => b.index - a.index;
            expect(sortByText(items, (item) => item.name, locale, byIndexDown)).to.deep.equal(
              [...items].sort((a, b) => compare(a.name, b.name) || byIndexDown(a, b)),
            );
          },
        ),
        { numRuns: 300 },
      );
    });
  }
});
