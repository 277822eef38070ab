// The size budget (npm run size; part of verify, after the build). A widget on a town's homepage must cost less
// than the page around it, so every file a page downloads has a budget in size-budget.json, in bytes after gzip -9:
//   - the CDN bundle dist/cdn/partner-elements.js (every element, Lit inlined; the map geometry is a separate file);
//   - each npm define entry (dist/elements/<tag>/define.js) bundled and minified as an app's bundler would, with
//     Lit external (the app has Lit already), and partner-list's also with Lit included (an app without Lit);
//   - the map's land geometry data/geo/world.json;
//   - the dataset per record: gzip of data/partnerships.json divided by its number of records.
// Prints a table; exits 1 naming each figure over its budget, with the biggest modules of that bundle.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
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

/** Bundle one entry the way the CDN build does (node-resolve with the production condition, terser). */
async function bundle(input, { litExternal }) {
  const build = await rollup({
    input,
    external: litExternal ? isLit : [],
    plugins: [nodeResolve({ exportConditions: ['production'] })],
    onwarn: () => {},
  });
  try {
    const { output } = await build.generate({
      format: 'es',
      plugins: [terser({ ecma: 2022, module: true })],
    });
    const [chunk] = output;
    const modules = Object.entries(chunk.modules)
      .map(([id, module]) => ({ id: id.replace(root, ''), bytes: module.renderedLength }))
      .sort((a, b) => b.bytes - a.bytes);
    return { gzip: gzipSize(chunk.code), modules };
  } finally {
    await build.close();
  }
}

export async function measureSizes() {
  const budget = JSON.parse(readFileSync(join(root, 'size-budget.json'), 'utf8'));
  const rows = [];
  const add = (name, measured, limit, { unit = 'bytes', modules } = {}) => {
    const display = unit === 'bytes' ? kB(measured) : `${measured.toFixed(1)} B`;
    const budgetDisplay = unit === 'bytes' ? kB(limit) : `${limit} B`;
    rows.push({ name, measured, budget: limit, display, budgetDisplay, ok: measured <= limit, modules });
  };

  const cdn = join(root, 'dist/cdn/partner-elements.js');
  if (!existsSync(cdn))
    throw new Error('dist/cdn/partner-elements.js is missing: run `npm run build` first.');
  // The bundle's own module list comes from re-bundling its input; the measured figure is the built file itself.
  const cdnModules = (await bundle(join(root, 'dist/index.js'), { litExternal: false })).modules;
  add(
    'CDN bundle (all elements, Lit inlined, without map geometry)',
    gzipSize(readFileSync(cdn)),
    budget.cdnBundle,
    {
      modules: cdnModules,
    },
  );

  const elements = readdirSync(join(root, 'dist/elements'), { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(join(root, 'dist/elements', entry.name, 'define.js')),
    )
    .map((entry) => entry.name)
    .sort();
  for (const tag of elements) {
    const entry = join(root, 'dist/elements', tag, 'define.js');
    const external = await bundle(entry, { litExternal: true });
    const limit = budget.defineEntryLitExternal[tag] ?? budget.defineEntryLitExternal.default;
    add(`${tag}/define.js, Lit external`, external.gzip, limit, { modules: external.modules });
    const withLitBudget = budget.defineEntryWithLit[tag];
    if (withLitBudget !== undefined) {
      const withLit = await bundle(entry, { litExternal: false });
      add(`${tag}/define.js, Lit included`, withLit.gzip, withLitBudget, { modules: withLit.modules });
    }
  }

  add(
    'map geometry (data/geo/world.json)',
    gzipSize(readFileSync(join(root, 'data/geo/world.json'))),
    budget.mapGeometry,
  );

  const datasetText = readFileSync(join(root, 'data/partnerships.json'));
  const records = JSON.parse(datasetText.toString('utf8')).partnerships.length;
  add(
    `dataset per record (data/partnerships.json, ${records} records)`,
    gzipSize(datasetText) / records,
    budget.datasetBytesPerRecord,
    { unit: 'per-record' },
  );
  return { ok: rows.every((row) => row.ok), rows };
}

function printTable(rows) {
  const width = Math.max(...rows.map((row) => row.name.length));
  for (const row of rows) {
    const state = row.ok ? 'ok  ' : 'OVER';
    console.log(
      `${state}  ${row.name.padEnd(width)}  ${row.display.padStart(9)}  budget ${row.budgetDisplay}`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { ok, rows } = await measureSizes();
  printTable(rows);
  if (!ok) {
    for (const row of rows.filter((r) => !r.ok)) {
      console.error(`\nSize budget exceeded: ${row.name} is ${row.display}, budget ${row.budgetDisplay}.`);
      if (row.modules) {
        console.error('  Largest modules (tree-shaken source, before minifying):');
        for (const module of row.modules.slice(0, 8))
          console.error(`    ${kB(module.bytes).padStart(9)}  ${module.id}`);
      }
    }
    process.exit(1);
  }
}
