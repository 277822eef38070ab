// The markup and CSS inside Lit's html`` and css`` templates in dist/ (tsc's output), minified in place with Lit's
// own minifier: terser leaves template text as written (indentation, CSS comments), and an npm user's bundler does
// too. White space is only collapsed to one space, never removed, so the text a person reads stays the same.
// Run by `npm run build` between tsc and rollup, so the npm package and the CDN bundle ship the same code.
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifyHTMLLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';

const dist = new URL('../dist/', import.meta.url).pathname;
let files = 0;
let saved = 0;
for (const name of readdirSync(dist, { recursive: true })) {
  if (!name.endsWith('.js')) continue;
  const file = join(dist, name);
  const code = readFileSync(file, 'utf8');
  const result = await minifyHTMLLiterals(code, {
    fileName: file,
    generateSourceMap: false,
    minifyOptions: { conservativeCollapse: true },
  });
  if (!result) continue;
  // tsc's source map no longer fits the file; the npm package ships none of dist/'s maps, so it goes.
  writeFileSync(file, result.code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/u, '\n'));
  rmSync(`${file}.map`, { force: true });
  files += 1;
  saved += code.length - result.code.length;
}
console.log(
  `Templates minified in ${files} files of dist/: ${(saved / 1000).toFixed(1)} kB less before gzip.`,
);
