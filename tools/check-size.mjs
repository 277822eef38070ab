// The size budget (npm run size; part of verify, after the build). A widget on a town's homepage must cost less
// than the page around it, so every file a page downloads has a budget in size-budget.json, in bytes after gzip -9
// (1 kB = 1000 bytes):
//   - the CDN bundle: dist/cdn/partner-elements.js loads an element's chunk when its tag appears, so a page
//     downloads the entry, that element's chunk and every chunk they import statically (German; a translation is
//     loaded only for another language, the map geometry is a file of its own): budgeted per element, and for all
//     elements on one page;
//   - each npm define entry (dist/elements/<tag>/define.js) bundled and minified as an app's bundler would, with
//     Lit external (the app has Lit already), and partner-list's also with Lit included (an app without Lit):
//     the entry chunk and the chunks it imports statically, not what it loads on demand (translations);
//   - the map's land geometry data/geo/world.json;
//   - the dataset per record: gzip of data/partnerships.json divided by its number of records;
//   - the shard index's largest part (data/shards/index/*.json), which a page showing one town, Kreis or Land by
//     its slug reads first, and with the largest Kreis shard the most data a town's page reads.
// Prints a table; exits 1 naming each figure over its budget with its biggest parts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const root = fileURLToPath(new URL('..', import.meta.url));
const gzipSize = (data) => gzipSync(data, { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** lit, lit/*, lit-html, lit-element, @lit/reactive-element: what "Lit external" leaves to the app. */
const isLit = (id) => /^(?:lit|lit-html|lit-element|@lit\/reactive-element)(?:\/|$)/u.test(id);

/** Bundle one entry as the CDN build does (node-resolve with the production condition, terser). */
async function bundle(input, { litExternal, dist }) {
  const build = await rollup({
    input,
    external: litExternal ? isLit : [],
    plugins: [nodeResolve({ exportConditions: ['production'] })],
    onwarn: (warning) => {
      // An import that does not resolve would silently leave code out of the figure.
      if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(`${input}: ${warning.message}`);
    },
  });
  try {
    const { output } = await build.generate({
      format: 'es',
      plugins: [terser({ ecma: 2022, module: true })],
    });
    const chunks = new Map(
      output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]),
    );
    // The entry and what it imports statically; dynamic imports (translations) load only when needed.
    const loaded = new Set();
    const visit = (chunk) => {
      if (!chunk || loaded.has(chunk)) return;
      loaded.add(chunk);
      chunk.imports.forEach((name) => visit(chunks.get(name)));
    };
    visit(output.find((item) => item.type === 'chunk' && item.isEntry));
    const modules = [...loaded]
      .flatMap((chunk) => Object.entries(chunk.modules))
      .map(([id, module]) => ({
        // Named from the package root whatever folder the build is in (the benchmark measures a copy of dist/).
        id: id.startsWith(`${dist}/`)
          ? `dist/${id.slice(dist.length + 1)}`
          : id.replace(/^.*?\/node_modules\//u, 'node_modules/'),
        bytes: module.renderedLength,
      }))
      .sort((a, b) => b.bytes - a.bytes);
    return { gzip: [...loaded].reduce((sum, chunk) => sum + gzipSize(chunk.code), 0), modules };
  } finally {
    await build.close();
  }
}

/** Relative imports of a built ES module: static ones (fetched with it). */
function staticImportsOf(file) {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.\/[^"']+)["']/gu)].map((m) =>
    join(dirname(file), m[1]),
  );
}

/** A file and everything it imports statically: what the browser fetches once it needs the file. */
function closure(file, into = new Set()) {
  if (into.has(file)) return into;
  into.add(file);
  for (const imported of staticImportsOf(file)) closure(imported, into);
  return into;
}

const gzipOfFiles = (files) => [...files].reduce((sum, file) => sum + gzipSize(readFileSync(file)), 0);
const filesAsParts = (files) =>
  [...files]
    .map((file) => ({ id: `dist/cdn/${basename(file)}`, bytes: readFileSync(file).length }))
    .sort((a, b) => b.bytes - a.bytes);

/** The CDN bundle as pages meet it: per element the entry plus that element's chunk, with their static imports. */
function cdnSizes(entry) {
  const code = readFileSync(entry, 'utf8');
  // The entry's table of element loaders names each tag; each element's chunk is named after it (rollup.config.mjs).
  const folder = dirname(entry);
  const chunkOf = (tag) => {
    const files = readdirSync(folder).filter((name) => new RegExp(`^${tag}-[\\w-]+\\.js$`, 'u').test(name));
    if (files.length !== 1)
      throw new Error(`${entry}: expected one chunk for <${tag}>, found ${files.length}`);
    return join(folder, files[0]);
  };
  const elements = [...new Set([...code.matchAll(/["'](partner-[a-z-]+)["']\s*:/gu)].map((m) => m[1]))].map(
    (tag) => ({ tag, file: chunkOf(tag) }),
  );
  if (elements.length === 0) throw new Error(`${entry}: no element loaders found`);
  const base = closure(entry);
  const perElement = elements.map(({ tag, file }) => {
    const files = closure(file, new Set(base));
    return { tag, files, gzip: gzipOfFiles(files) };
  });
  const all = new Set(base);
  for (const { file } of elements) closure(file, all);
  return { perElement, all, allGzip: gzipOfFiles(all) };
}

/** The size rows; `dist` is the build to measure (default: the package's dist/). */
export async function measureSizes({ dist = join(root, 'dist') } = {}) {
  const budget = JSON.parse(readFileSync(join(root, 'size-budget.json'), 'utf8'));
  const rows = [];
  const add = (name, measured, limit, { unit = 'bytes', parts, goal } = {}) => {
    const display = unit === 'bytes' ? kB(measured) : `${measured.toFixed(1)} B`;
    const budgetDisplay = unit === 'bytes' ? kB(limit) : `${limit} B`;
    // A goal is where the size should get to (issue 8's limits); the budget is what it may not grow past today.
    const goalDisplay = goal === undefined ? '' : `goal ${kB(goal)} ${measured <= goal ? 'met' : 'MISSED'}`;
    rows.push({
      name,
      measured,
      budget: limit,
      display,
      budgetDisplay,
      goalDisplay,
      ok: measured <= limit,
      parts,
    });
  };
  const goals = budget.goals ?? {};

  const cdn = join(dist, 'cdn/partner-elements.js');
  if (!existsSync(cdn))
    throw new Error('dist/cdn/partner-elements.js is missing: run `npm run build` first.');
  const { perElement, all, allGzip } = cdnSizes(cdn);
  for (const { tag, files, gzip } of perElement) {
    add(
      `CDN, a page with <${tag}> (Lit inlined, no geometry)`,
      gzip,
      budget.cdnPage[tag] ?? budget.cdnPage.default,
      {
        parts: filesAsParts(files),
        goal: goals.cdnPage,
      },
    );
  }
  add('CDN, all six elements on one page', allGzip, budget.cdnAllElements, { parts: filesAsParts(all) });

  const elements = readdirSync(join(dist, 'elements'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dist, 'elements', entry.name, 'define.js')))
    .map((entry) => entry.name)
    .sort();
  for (const tag of elements) {
    const entry = join(dist, 'elements', tag, 'define.js');
    const external = await bundle(entry, { litExternal: true, dist });
    const limit = budget.defineEntryLitExternal[tag] ?? budget.defineEntryLitExternal.default;
    add(`npm ${tag}/define.js, Lit external`, external.gzip, limit, {
      parts: external.modules,
      goal: goals.defineEntryLitExternal?.[tag],
    });
    const withLitBudget = budget.defineEntryWithLit[tag];
    if (withLitBudget !== undefined) {
      const withLit = await bundle(entry, { litExternal: false, dist });
      add(`npm ${tag}/define.js, Lit included`, withLit.gzip, withLitBudget, {
        parts: withLit.modules,
        goal: goals.defineEntryWithLit?.[tag],
      });
    }
  }

  const geometry = join(root, 'data/geo/world.json');
  add('map geometry (data/geo/world.json)', gzipSize(readFileSync(geometry)), budget.mapGeometry);

  const datasetText = readFileSync(join(root, 'data/partnerships.json'));
  const records = JSON.parse(datasetText.toString('utf8')).partnerships.length;
  add(
    `dataset per record (data/partnerships.json, ${records} records)`,
    gzipSize(datasetText) / records,
    budget.datasetBytesPerRecord,
    { unit: 'per-record' },
  );
  // A town's page reads one index part and its Kreis's shard: the largest of each is its heaviest data.
  const shards = join(root, 'data/shards');
  const largest = (dir, pattern) =>
    Math.max(
      ...readdirSync(dir)
        .filter((name) => pattern.test(name))
        .map((name) => gzipSize(readFileSync(join(dir, name)))),
    );
  const part = largest(join(shards, 'index'), /\.json$/u);
  add('largest shard index part (data/shards/index/*.json)', part, budget.shardIndex);
  add(
    "a town's page data: largest index part + largest Kreis shard",
    part + largest(shards, /^\d{5}\.json$/u),
    budget.townPageData,
    { goal: goals.townPageData },
  );
  return { ok: rows.every((row) => row.ok), rows };
}

function printTable(rows) {
  const width = Math.max(...rows.map((row) => row.name.length));
  for (const row of rows) {
    const state = row.ok ? 'ok  ' : 'OVER';
    console.log(
      `${state}  ${row.name.padEnd(width)}  ${row.display.padStart(9)}  budget ${row.budgetDisplay}  ${row.goalDisplay}`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { ok, rows } = await measureSizes();
  printTable(rows);
  if (!ok) {
    for (const row of rows.filter((r) => !r.ok)) {
      console.error(`\nSize budget exceeded: ${row.name} is ${row.display}, budget ${row.budgetDisplay}.`);
      if (row.parts) {
        console.error(
          '  Largest parts (modules: source after tree-shaking; CDN files: as built), before gzip:',
        );
        for (const part of row.parts.slice(0, 8))
          console.error(`    ${kB(part.bytes).padStart(9)}  ${part.id}`);
      }
    }
    process.exit(1);
  }
}
