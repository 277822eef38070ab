/**
 * The page suites test the built CDN bundle, as webmasters get it. `npm test` builds before the browser tests; run
 * alone, `npm run test:pages` needs `npm run build` first, and says so instead of testing an old bundle silently.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './server.js';

export function requireBuild(): void {
  const bundle = join(ROOT, 'dist/cdn/partner-elements.js');
  try {
    statSync(bundle);
  } catch {
    throw new Error(`${bundle} is missing: run \`npm run build\` first.`);
  }
}
