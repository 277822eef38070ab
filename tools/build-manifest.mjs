// `npm run manifest`: custom-elements.json from the elements' JSDoc. The analyzer lists modules in the order its
// file globbing happens to finish, which varies from run to run; sorting them by path makes the committed file
// reproducible, so the generated-files check means something.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const file = `${root}custom-elements.json`;

execFileSync(
  `${root}node_modules/.bin/cem`,
  ['analyze', '--litelement', '--globs', 'src/elements/**/*.ts', '--exclude', 'src/elements/**/*.styles.ts'],
  { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
);
const manifest = JSON.parse(readFileSync(file, 'utf8'));
manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`custom-elements.json: ${manifest.modules.length} modules`);
