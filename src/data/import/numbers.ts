/** German number words as the pages write small counts ("elf Städte", "neun Städten"). */
const WORDS = ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'];

export function germanNumber(word: string): number | undefined {
  if (/^\d+$/u.test(word)) return Number(word);
  const lower = word.toLowerCase();
  const index = WORDS.indexOf(lower === 'ein' || lower === 'einer' ? 'eins' : lower);
  return index >= 0 ? index : undefined;
}
