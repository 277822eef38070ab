// `npm run selfhost:zip`: a ready-to-upload zip for a town's own web server, of exactly the two folders the CDN
// bundle needs, side by side as in the package: dist/cdn (the bundle and its chunks) and data (the dataset and the
// map geometry, which the bundle finds at ../../data/ relative to itself). Unzipped anywhere, e.g. to
// /partner-elements/ on the server, the page's script tag is /partner-elements/dist/cdn/partner-elements.js.
// The data pipeline's inputs (data/sources, data/curation) stay out: a web server has no use for them.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

export const TOP_FOLDER = 'partner-elements';
/** What the bundle loads at run time; without these the upload would not work (without shards it only loads more). */
export const REQUIRED = ['dist/cdn/partner-elements.js', 'data/partnerships.json', 'data/geo/world.json'];
const LEFT_OUT = ['data/sources/', 'data/curation/'];
// Fixed, so the same build gives the same zip byte for byte.
const MTIME = new Date('2000-01-01T00:00:00Z');

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

/** The files of the upload, as paths relative to `root` with forward slashes, sorted. */
export function selfHostFiles(root) {
  const missing = REQUIRED.filter((file) => {
    try {
      return !statSync(join(root, file)).isFile();
    } catch {
      return true;
    }
  });
  if (missing.length > 0) throw new Error(`missing ${missing.join(', ')}: run \`npm run build\` first`);
  return ['dist/cdn', 'data']
    .flatMap((dir) => walk(join(root, dir)))
    .map((path) => relative(root, path).split(sep).join('/'))
    .filter((file) => !LEFT_OUT.some((prefix) => file.startsWith(prefix)))
    .sort();
}

/** The zip's bytes: every upload file under `partner-elements/`. */
export function selfHostZip(root) {
  const entries = {};
  for (const file of selfHostFiles(root)) {
    entries[`${TOP_FOLDER}/${file}`] = [readFileSync(join(root, file)), { mtime: MTIME }];
  }
  return zipSync(entries, { level: 9 });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const name = `partner-elements-${version}-selfhost.zip`;
  const zip = selfHostZip(root);
  writeFileSync(join(root, name), zip);
  const count = selfHostFiles(root).length;
  console.log(`${name}: ${count} files, ${(zip.length / 1024).toFixed(1)} kB.`);
  console.log(
    `Unzip it on the web server (e.g. to /${TOP_FOLDER}/) and load /${TOP_FOLDER}/dist/cdn/partner-elements.js.`,
  );
}
