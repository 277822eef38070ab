// Fails when any XLIFF file lacks a translation: a trans-unit without a non-empty <target>, a target whose
// placeholders differ from its source's, or a target locale of lit-localize.json without its file.
// Names the languages whose translations still await a native speaker's review (their targets' state).
// Run after `lit-localize extract` (npm run locales), which adds every new source string to every file.
import { readFileSync, existsSync } from 'node:fs';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const dir = config.interchange.xliffDir;
const problems = [];
let units = 0;
/** Languages with targets marked `state="needs-review-translation"` (XLIFF 1.2): translated, not yet reviewed. */
const unreviewed = new Set();

const placeholders = (text) =>
  [...text.matchAll(/<x id="([^"]+)"/g)]
    .map((match) => match[1])
    .sort()
    .join(',');

for (const locale of config.targetLocales) {
  const file = `${dir.replace(/\/?$/, '/')}${locale}.xlf`;
  if (!existsSync(file)) {
    problems.push(`${file}: missing (target locale ${locale})`);
    continue;
  }
  const xml = readFileSync(file, 'utf8');
  if (/<target [^>]*state="needs-review-translation"/.test(xml)) unreviewed.add(locale);
  for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    units += 1;
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const target = /<target(?:\s[^>]*)?>([\s\S]*?)<\/target>/.exec(body)?.[1];
    if (target === undefined || target.trim() === '') {
      problems.push(`${file}: "${id}" is not translated (source: ${source.replace(/<[^>]+>/g, '…')})`);
    } else if (placeholders(source) !== placeholders(target)) {
      problems.push(
        `${file}: "${id}" has placeholders {${placeholders(target)}}, its source {${placeholders(source)}}`,
      );
    }
  }
}

if (problems.length > 0) {
  console.error(`Untranslated strings (${problems.length}):\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`All ${units} strings translated in ${config.targetLocales.join(', ')}.`);
if (unreviewed.size > 0) console.log(`Not yet reviewed by a native speaker: ${[...unreviewed].join(', ')}.`);
