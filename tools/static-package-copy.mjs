// Test-server middleware: serves the package as a static copy would, at /static-copy/package/..., i.e. only the files
// that `npm pack` would publish, byte for byte, with none of the dev server's module rewriting. Beside it, at
// /static-copy/<page>.html, the pages (and their .mjs helpers) in test/cdn/ play a webmaster's pages that load only the CDN bundle.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';

const PREFIX = '/static-copy/';
const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.map': 'application/json',
  '.csv': 'text/csv',
};

let packed;

/** The files `npm pack` would publish (asked once, on the first request: the build must have run before). */
function packageFiles() {
  if (!packed) {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    packed = new Set(JSON.parse(out)[0].files.map((file) => file.path));
  }
  return packed;
}

export async function staticPackageCopy(context, next) {
  if (!context.path.startsWith(PREFIX)) return next();
  const rest = decodeURIComponent(context.path.slice(PREFIX.length));
  let file;
  if (rest.startsWith('package/')) {
    const inPackage = rest.slice('package/'.length);
    if (packageFiles().has(inPackage)) file = inPackage;
  } else if (/^[a-z0-9-]+\.(?:html|mjs)$/.test(rest)) {
    file = join('test/cdn', rest);
  }
  if (!file) {
    context.status = 404;
    context.body = `Not in the package: ${rest}`;
    return undefined;
  }
  context.body = await readFile(file);
  context.type = TYPES[extname(file)] ?? 'application/octet-stream';
  context.set('cache-control', 'no-store');
  return undefined;
}
