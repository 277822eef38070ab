// `npm run pack:check`: the package as a user gets it. Packs the built package with npm, lints it with publint,
// checks that it ships what it should and nothing else, then installs the tarball into a fresh folder and uses it
// there the three ways users do: Node resolution (every export imported), TypeScript (a small consumer type-checked
// with NodeNext and with bundler resolution), and a bundler (rollup: side effects only where they belong, React
// wrappers tree-shaken). The element list comes from the packed custom-elements.json.
//
// No network: the fresh folder gets the tarball unpacked into node_modules/partner-elements and its dependencies
// linked from this repository's node_modules, as `npm install <tarball>` would lay them out.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { rollup } from 'rollup';
import { componentName, elementsOf, ROOT } from './manifest.mjs';
import { selfHostZip, ZIP_PATH } from './self-host-zip.mjs';

const EDITOR_FILES = ['vscode.html-custom-data.json', 'vscode.css-custom-data.json', 'web-types.json'];
/** What a package user needs and nothing else: the builds, the published data, the API description, editor data. */
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^custom-elements\.json$/,
  ...EDITOR_FILES.map((f) => new RegExp(`^${f.replaceAll('.', '\\.')}$`)),
  /^dist\/.+\.(?:js|d\.ts|js\.map|d\.ts\.map)$/,
  new RegExp(`^${ZIP_PATH.replaceAll('.', '\\.')}$`), // the self-host zip, for a webmaster without Node.js
  /^data\/[^/]+\.(?:json|csv|md)$/,
  /^data\/geo\/[^/]+\.json$/,
  /^data\/shards\/(?:index\/)?[\w-]+\.json$/, // the dataset per Land and Kreis, with its index in parts
  /^data\/sources\/sources\.json$/, // the CLI's default list of sources for a maintainer's CSV
  /^data\/gazetteer\/(?:de|world)\/[\w-]+\.json$/, // the places a webmaster's own short table is placed with
  /^docs\/[\w-]+\.(?:html|css|js|md)$/, // the documentation and the builder page, which read dist/ and data/
];
/**
 * A ceiling on the tarball, so nothing grows it unnoticed: about half of it is the self-host zip (already compressed,
 * so it adds its own size), the rest the builds and the data, of which the gazetteers for a webmaster's own table
 * (data/gazetteer/, about 1.5 MB packed) are the largest part. Raise it only with a reason in the commit message.
 */
const PACKED_CEILING = 7.5 * 1024 * 1024;
/** Development files that must never reach the package, wherever they sit. */
const FORBIDDEN = [/(^|\/)test\//, /\.test\./, /^src\//, /^tools\//, /^bench\//, /^demo\//, /^recipes\//];

let failures = 0;
function pass(title, detail = '') {
  console.log(`✔ ${title}${detail ? ` (${detail})` : ''}`);
}
function fail(title, problems) {
  failures += 1;
  console.log(`✘ ${title}`);
  for (const p of [].concat(problems)) console.log(`    ${String(p).replaceAll('\n', '\n    ')}`);
}
function expectNone(title, problems, detail) {
  if (problems.length === 0) pass(title, detail);
  else fail(title, problems);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim() };
}

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

// 1. Pack what `npm publish` would publish.
for (const built of ['dist/index.js', 'dist/cdn/partner-elements.js']) {
  if (!existsSync(join(ROOT, built))) {
    console.error(`${built} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}
const work = mkdtempSync(join(tmpdir(), 'partner-elements-pack-'));
const packed = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }),
)[0];
const tarball = join(work, packed.filename);
const files = packed.files.map((f) => f.path).sort();
const fileSet = new Set(files);
const sizes = `${kB(packed.size)} packed, ${kB(packed.unpackedSize)} unpacked, ${files.length} files`;
if (packed.size <= PACKED_CEILING)
  pass('npm pack', `${packed.filename}: ${sizes}; ceiling ${kB(PACKED_CEILING)}`);
else fail('npm pack', `${packed.filename}: ${sizes}, more than the ceiling of ${kB(PACKED_CEILING)}`);

// 2. Unpack into a fresh consumer folder.
const consumer = join(work, 'consumer');
const installed = join(consumer, 'node_modules', 'partner-elements');
mkdirSync(installed, { recursive: true });
execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
const elements = elementsOf(JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8')));
const tags = elements.map((e) => e.tag);
writeFileSync(
  join(consumer, 'package.json'),
  JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
);

// 3. publint: errors and warnings fail; suggestions are shown.
{
  const { messages } = await publint({ pkgDir: installed, pack: false, level: 'suggestion' });
  const shown = messages.map((m) => `${m.type}: ${formatMessage(m, pkg, { color: false })}`);
  const serious = messages.filter((m) => m.type !== 'suggestion');
  if (serious.length > 0) fail('publint', shown);
  else
    pass(
      'publint',
      messages.length ? `${messages.length} suggestion(s):\n    ${shown.join('\n    ')}` : 'clean',
    );
}

// 4. The file list: only what users need, and everything they need.
{
  const unexpected = files.filter((f) => FORBIDDEN.some((r) => r.test(f)) || !ALLOWED.some((r) => r.test(f)));
  expectNone(
    'ships only dist, data, the manifest and editor data',
    unexpected.map((f) => `not for users: ${f}`),
  );
  const required = [
    'custom-elements.json',
    ...EDITOR_FILES,
    'dist/cdn/partner-elements.js',
    ZIP_PATH,
    'data/partnerships.json',
    'data/partnerships.csv',
    'data/schema.json',
    'data/geo/world.json',
    'data/sources/sources.json',
    ...Object.values(pkg.bin ?? {}).map((p) => p.replace(/^\.\//, '')),
    ...tags.flatMap((t) => {
      const e = elements.find((x) => x.tag === t);
      return [e.modulePath, e.definePath].map((p) => p.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js'));
    }),
  ];
  expectNone(
    'ships the CDN bundle, the dataset, the map geometry, the CLI and every element',
    required.filter((f) => !fileSet.has(f)).map((f) => `missing: ${f}`),
  );
  const cdn = files.filter((f) => f.startsWith('dist/cdn/'));
  pass('CDN files', `${cdn.length}: ${kB(cdn.reduce((n, f) => n + statSync(join(installed, f)).size, 0))}`);
}

// 4b. The self-host zip in the package is the package's own bundle and data, not an older build's.
if (fileSet.has(ZIP_PATH)) {
  const shipped = readFileSync(join(installed, ZIP_PATH));
  if (Buffer.compare(shipped, Buffer.from(selfHostZip(installed))) === 0)
    pass('the self-host zip holds this package’s dist/cdn and data', `${ZIP_PATH}: ${kB(shipped.length)}`);
  else
    fail(
      'the self-host zip',
      `${ZIP_PATH} differs from the package's dist/cdn and data: run \`npm run build\``,
    );
}

// 5. The exports map: every target exists; pattern entries expand to the files they match.
const subpaths = [];
{
  const problems = [];
  const targetOf = (value) => (typeof value === 'string' ? value : (value.default ?? value.import));
  for (const [key, value] of Object.entries(pkg.exports)) {
    const conditions = typeof value === 'string' ? { default: value } : value;
    if (!key.includes('*')) {
      for (const [condition, target] of Object.entries(conditions)) {
        if (!fileSet.has(target.replace(/^\.\//, '')))
          problems.push(`${key} (${condition}): ${target} is not in the package`);
      }
      subpaths.push(key);
      continue;
    }
    // `./*.js` -> `./dist/elements/*/*.js`: each file matching the target, with one and the same `*` everywhere.
    const [head, tail] = targetOf(value)
      .replace(/^\.\//, '')
      .split(/\*(.*)/s);
    const matches = [];
    for (const file of files) {
      if (!file.startsWith(head)) continue;
      const rest = file.slice(head.length);
      for (let end = 1; end <= rest.length; end++) {
        const star = rest.slice(0, end);
        if (`${head}${star}${tail.replaceAll('*', star)}` === file) matches.push(star);
      }
    }
    if (matches.length === 0) problems.push(`${key}: matches no file in the package`);
    for (const star of matches) {
      for (const [condition, target] of Object.entries(conditions)) {
        const file = target.replace(/^\.\//, '').replaceAll('*', star);
        if (!fileSet.has(file))
          problems.push(`${key.replace('*', star)} (${condition}): ${file} is not in the package`);
      }
      subpaths.push(key.replaceAll('*', star));
    }
  }
  for (const tag of tags) {
    for (const sub of [`./${tag}.js`, `./${tag}/define.js`]) {
      if (!subpaths.includes(sub)) problems.push(`<${tag}>: no export ${sub}`);
    }
  }
  expectNone(
    'every export target exists, every element has a class and a define entry',
    problems,
    `${subpaths.length} subpaths`,
  );
}

// 6. Link the dependencies as npm would install them (plus React and its types for the React entry).
for (const dep of [
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.peerDependencies ?? {}),
  '@types/react',
]) {
  const target = join(consumer, 'node_modules', dep);
  mkdirSync(dirname(target), { recursive: true });
  if (!existsSync(target)) symlinkSync(realpathSync(join(ROOT, 'node_modules', dep)), target, 'dir');
}

const specifier = (sub) => `partner-elements${sub === '.' ? '' : sub.slice(1)}`;
const isJson = (sub) => sub.endsWith('.json');
const importable = subpaths.filter((s) => isJson(s) || s.endsWith('.js') || !/\.[a-z]+$/.test(s));

// 7. Node resolution: every export resolves, and every module and JSON file imports in Node.
{
  const script = `const results = [];
for (const [spec, json] of ${JSON.stringify(importable.map((s) => [specifier(s), isJson(s)]))}) {
  try {
    import.meta.resolve(spec);
    await (json ? import(spec, { with: { type: 'json' } }) : import(spec));
  } catch (error) {
    results.push(spec + ': ' + (error && error.message ? error.message.split('\\n')[0] : error));
  }
}
for (const spec of ${JSON.stringify(subpaths.filter((s) => !importable.includes(s)).map(specifier))}) {
  try { import.meta.resolve(spec); } catch (error) { results.push(spec + ': ' + error.message); }
}
console.log(JSON.stringify(results));`;
  writeFileSync(join(consumer, 'node-imports.mjs'), script);
  const result = run(process.execPath, ['node-imports.mjs'], { cwd: consumer });
  let problems;
  try {
    problems = JSON.parse(result.output.split('\n').at(-1));
  } catch {
    problems = [result.output];
  }
  expectNone(
    'Node: every export resolves and imports',
    problems,
    `${importable.length} imported, ${subpaths.length} resolved`,
  );
}

// 8. TypeScript: a consumer that uses each entry type-checks with NodeNext and with bundler resolution.
{
  const lines = [
    "import { configureLoader, PartnerSelectEvent } from 'partner-elements';",
    "import { filterPartnerships } from 'partner-elements/queries.js';",
    "import { PartnerLoadEvent } from 'partner-elements/events.js';",
    "import React from 'react';",
    `import { ${elements.map((e) => componentName(e.className)).join(', ')} } from 'partner-elements/react';`,
    "import dataset from 'partner-elements/data/partnerships.json' with { type: 'json' };",
    "import manifest from 'partner-elements/custom-elements.json' with { type: 'json' };",
    ...elements.flatMap((e, i) => [
      `import { ${e.className} } from 'partner-elements/${e.tag}.js';`,
      `import 'partner-elements/${e.tag}/define.js';`,
      `const el${i}: ${e.className} = document.createElement('${e.tag}');`,
      `el${i}.gemeinde = 'halberstadt';`,
      `el${i}.addEventListener('partner-load', (event) => event.detail.count.toFixed());`,
      `React.createElement(${componentName(e.className)}, { kreis: 'harz', onPartnerLoad: (event) => event.detail.count.toFixed() });`,
    ]),
    'configureLoader({ timeout: 5000 });',
    "document.addEventListener('partner-select', (event: PartnerSelectEvent) => event.detail.id.toUpperCase());",
    "export const n: number = filterPartnerships(dataset.partnerships as never, { kreis: 'harz' }).length;",
    'export const load = new PartnerLoadEvent(1).detail.count;',
    'export const version: string = manifest.schemaVersion;',
  ];
  writeFileSync(join(consumer, 'consumer.ts'), `${lines.join('\n')}\n`);
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const base = {
    target: 'ES2022',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    strict: true,
    noEmit: true,
    types: [],
    resolveJsonModule: true,
    skipLibCheck: false,
  };
  for (const [name, options] of [
    ['NodeNext', { module: 'NodeNext', moduleResolution: 'NodeNext' }],
    ['bundler', { module: 'ESNext', moduleResolution: 'Bundler' }],
  ]) {
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { ...base, ...options }, files: ['consumer.ts'] }),
    );
    const result = run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: consumer });
    if (result.ok)
      pass(
        `TypeScript (${name} resolution): the consumer type-checks`,
        `${elements.length} elements, React wrappers, JSON`,
      );
    else fail(`TypeScript (${name} resolution)`, result.output.split('\n').slice(0, 30));
  }
}

// 9. A bundler: registration happens only through the define entries, and unused React wrappers drop out.
{
  const definesIn = (code) =>
    tags.filter((t) => new RegExp(`customElements\\.define\\(\\s*['"\`]${t}['"\`]`).test(code));
  async function bundle(name, source) {
    const entry = join(consumer, `${name}.mjs`);
    writeFileSync(entry, source);
    const build = await rollup({
      input: entry,
      external: ['react'],
      plugins: [nodeResolve({ browser: true, rootDir: consumer })],
      onwarn: (warning) => {
        if (warning.code !== 'THIS_IS_UNDEFINED' && warning.code !== 'CIRCULAR_DEPENDENCY')
          throw new Error(`${warning.code}: ${warning.message}`);
      },
    });
    const { output } = await build.generate({ format: 'es' });
    await build.close();
    return output.map((chunk) => chunk.code ?? '').join('\n');
  }
  const problems = [];
  const expectDefines = async (name, source, expected) => {
    try {
      const found = definesIn(await bundle(name, source));
      if (found.join() !== expected.join())
        problems.push(`${name}: registers [${found}], expected [${expected}]`);
    } catch (error) {
      problems.push(`${name}: ${error.message}`);
    }
  };
  await expectDefines('everything', "import 'partner-elements';", tags);
  for (const e of elements) {
    await expectDefines(
      `class-${e.tag}`,
      `import { ${e.className} } from 'partner-elements/${e.tag}.js';\nconsole.log(${e.className});`,
      [],
    );
    await expectDefines(`define-${e.tag}`, `import 'partner-elements/${e.tag}/define.js';`, [e.tag]);
    const component = componentName(e.className);
    await expectDefines(
      `react-${e.tag}`,
      `import { ${component} } from 'partner-elements/react';\nconsole.log(${component});`,
      [e.tag],
    );
  }
  expectNone(
    'rollup: class entries register nothing, define entries and each React wrapper only their own element',
    problems,
    `${1 + 3 * elements.length} bundles`,
  );
}

// 10. The data command line from the installed package, on the package's own data.
{
  const bin = join(installed, pkg.bin['partner-data']);
  const problems = [];
  for (const file of ['data/partnerships.json', 'data/partnerships.csv']) {
    const result = run(process.execPath, [bin, 'validate', join(installed, file)], { cwd: consumer });
    if (!result.ok)
      problems.push(`partner-data validate ${file}: ${result.output.split('\n').slice(0, 5).join(' / ')}`);
  }
  expectNone('partner-data validate works from the installed package (JSON and CSV)', problems);
}

rmSync(work, { recursive: true, force: true });
if (failures > 0) {
  console.log(`\n${failures} check(s) failed.`);
  process.exit(1);
}
console.log(`\nThe package is ready: ${kB(packed.size)} packed, ${files.length} files.`);
