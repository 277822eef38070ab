/* global window, document, customElements -- page.evaluate callbacks run in the page */
// The benchmark: our elements against a static HTML page with the same list and against the widgets a webmaster
// would use instead (TimelineJS, DataTables with jQuery), plus synthetic datasets of growing size, all in the
// machine's Chromium, pages served from 127.0.0.1; and a town's page when the package's own data holds 10,000. Each comparison loads its pages alternately (A B, B A, ...) in
// fresh browser contexts after one discarded warm-up each; figures are medians. Writes bench/results.json and
// bench/RESULTS.md (or, with --out, a scratch folder).
//
//   npm run bench                               build, then everything (about 10 minutes on 2 cores)
//   node --import tsx bench/run.mjs --runs 3 --only list,search --sizes 1000 --out /tmp/bench
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import * as prettier from 'prettier';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateDataset, serializeDataset } from './generate/synthetic.mjs';
import { browserVersion, launchBrowser, measureLoad, typeMeasured } from './lib/browser.mjs';
import { lighthouse } from './lib/lighthouse.mjs';
import {
  dataTablesPage,
  elementPage,
  hostPage,
  staticPage,
  timelineJsPage,
  toTimelineJs,
} from './lib/pages.mjs';
import { writeReport } from './lib/report.mjs';
import { startServer } from './lib/server.mjs';
import { measureStages, stageScript } from './lib/stages.mjs';
import { ratio, round, summary } from './lib/stats.mjs';
import { filterPartnerships } from '../src/data/queries.ts';
import { buildShards, splitIndex } from '../src/data/shards.ts';
import { validateDataset } from '../src/data/validate.ts';
import { measureSizes } from '../tools/check-size.mjs';

const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/u, '');
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '9' },
    only: { type: 'string', default: 'list,timeline,search,synthetic,town,stages,sizes,lighthouse' },
    sizes: { type: 'string', default: '1000,10000,50000' },
    out: { type: 'string', default: join(root, 'bench') },
    // Another build folder served as /dist/ (while developing, so that builds of other work do not interfere).
    dist: { type: 'string', default: join(root, 'dist') },
  },
});
const RUNS = Number(args.runs);
const ONLY = new Set(args.only.split(','));
const SIZES = args.sizes.split(',').map(Number);

// The build is copied aside and served from the copy: a rebuild while the benchmark runs (ten minutes) must not
// change or remove the files under measurement.
if (!existsSync(join(resolve(args.dist), 'cdn/partner-elements.js'))) {
  console.error('dist/cdn/partner-elements.js is missing: run `npm run build` first (npm run bench does).');
  process.exit(1);
}
// Inside the repository, so that the copy resolves node_modules (Lit) like the build does.
const distDir = mkdtempSync(join(root, 'bench', '.dist-'));
cpSync(resolve(args.dist), distDir, { recursive: true });
// Removed however the run ends (a copy left behind would be linted and formatted as source).
process.on('exit', () => rmSync(distDir, { recursive: true, force: true }));

const log = (...parts) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...parts);

// ---- data and pages -------------------------------------------------------------------------------------------
const seed = JSON.parse(readFileSync(join(root, 'data/partnerships.json'), 'utf8'));
const dated = { ...seed, partnerships: seed.partnerships.filter((p) => p.since !== null) };
const virtual = new Map();
virtual.set('/bench/data/timeline-events.json', serializeDataset(dated));
virtual.set('/bench/data/timelinejs-events.json', JSON.stringify(toTimelineJs(dated)));

const syntheticInfo = {};
if (ONLY.has('synthetic')) {
  for (const size of SIZES) {
    const dataset = generateDataset(size);
    const { skipped, problems } = validateDataset(dataset);
    if (skipped > 0)
      throw new Error(`synthetic ${size}: ${skipped} invalid records, e.g. ${problems[0]?.message}`);
    const text = serializeDataset(dataset);
    virtual.set(`/bench/data/synthetic-${size}.json`, text);
    virtual.set(
      `/bench/pages/synthetic-${size}.html`,
      elementPage(
        `${size} Partnerschaften`,
        `<partner-list search src="/bench/data/synthetic-${size}.json"></partner-list>`,
      ),
    );
    syntheticInfo[size] = { records: size, datasetBytes: Buffer.byteLength(text) };
  }
}

// A town's page at national scale: a second copy of the package under /town/ with the real national dataset and
// its shards, read by `gemeinde=` once as the package reads it (an index part, then the Kreis's shard) and once
// whole (through `src`, as before shards).
let townInfo;
if (ONLY.has('town')) {
  const dataset = JSON.parse(readFileSync(new URL('../data/partnerships.json', import.meta.url), 'utf8'));
  const TOWN_SIZE = dataset.partnerships.length;
  const { index, shards } = buildShards(dataset);
  virtual.set('/town/data/partnerships.json', serializeDataset(dataset));
  for (const [name, part] of splitIndex(index))
    virtual.set(`/town/data/shards/index/${name}.json`, JSON.stringify(part));
  for (const [name, shard] of shards) virtual.set(`/town/data/shards/${name}.json`, serializeDataset(shard));
  // The town with the most partnerships: the heaviest town page there is.
  const perTown = new Map();
  for (const p of dataset.partnerships) {
    const slug = p.local.gemeinde?.slug;
    if (slug) perTown.set(slug, (perTown.get(slug) ?? 0) + 1);
  }
  const [town] = [...perTown].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  const shard = index.gemeinde[town];
  townInfo = {
    records: TOWN_SIZE,
    town,
    shown: filterPartnerships(dataset.partnerships, { gemeinde: town }).length,
    shard,
    shardRecords: index.shards[shard],
    shards: shards.size,
  };
  const townPage = (attributes) =>
    hostPage({
      title: 'Partnerschaften',
      head: '<script type="module" src="/town/dist/cdn/partner-elements.js"></script>',
      body: `<partner-list ${attributes}></partner-list>`,
    });
  virtual.set('/bench/pages/town-shard.html', townPage(`gemeinde="${town}"`));
  virtual.set(
    '/bench/pages/town-whole.html',
    townPage(`gemeinde="${town}" src="/town/data/partnerships.json"`),
  );
}

virtual.set(
  '/bench/pages/list-element.html',
  elementPage('Städtepartnerschaften', '<partner-list></partner-list>'),
);
// The same, on a page that reserves room for the list before its code has run (the element cannot: until then it
// is an unknown tag without a shadow root); what a webmaster adds to avoid the layout shift.
virtual.set(
  '/bench/pages/list-element-reserved.html',
  elementPage(
    'Städtepartnerschaften',
    '<style>partner-list { display: block; min-block-size: 60rem }</style><partner-list></partner-list>',
  ),
);
virtual.set(
  '/bench/pages/search-element.html',
  elementPage('Städtepartnerschaften', '<partner-list search></partner-list>'),
);
virtual.set(
  '/bench/pages/search-datatables.html',
  dataTablesPage('Städtepartnerschaften', '/data/partnerships.json'),
);
virtual.set(
  '/bench/pages/timeline-element.html',
  elementPage(
    'Städtepartnerschaften',
    '<partner-timeline src="/bench/data/timeline-events.json"></partner-timeline>',
  ),
);
virtual.set(
  '/bench/pages/timeline-timelinejs.html',
  timelineJsPage('Städtepartnerschaften', '/bench/data/timelinejs-events.json'),
);

if (ONLY.has('stages')) {
  virtual.set(
    '/bench/pages/stages.html',
    hostPage({
      title: 'Stages',
      head: '<script type="module" src="/bench/pages/stages.js"></script>',
      body: '',
    }),
  );
  virtual.set('/bench/pages/stages.js', await stageScript(distDir));
}

const server = await startServer({
  root,
  prefixes: ['/dist/', '/data/', '/node_modules/', '/demo/', '/town/dist/'],
  virtual,
  mounts: { '/dist/': distDir, '/town/dist/': distDir },
});
const browser = await launchBrowser();
const url = (path) => `${server.origin}${path}`;
const load = (path, config, then) =>
  measureLoad(browser, { url: url(path), config, origin: server.origin, then });

const ELEMENT_LIST = { kind: 'element', tag: 'partner-list', part: 'item' };
const ELEMENT_TIMELINE = { kind: 'element', tag: 'partner-timeline', part: 'entry' };

/**
 * Load each page once to warm the server's compression cache and the disk, then `RUNS` times alternately; a page
 * list [A, B] runs A B, B A, A B, ... so neither always goes first on a machine that drifts.
 */
async function alternate(pages, runs = RUNS) {
  const results = pages.map(() => []);
  for (const page of pages) await page.measure();
  for (let run = 0; run < runs; run++) {
    const order = pages.map((_, i) => i);
    for (let shift = 0; shift < run % pages.length; shift++) order.push(order.shift());
    if (run % 2 === 1) order.reverse();
    for (const i of order) results[i].push(await pages[i].measure());
    log(`  run ${run + 1}/${runs}`);
  }
  return results;
}

const painted = (r) => r.painted.painted;
const bytes = (r) => r.network.bytes;
const resource = (r, path) => r.resources.find((entry) => entry.name.endsWith(path));
const SEARCH_KEYS = ['p', 'o', 'l', 'Backspace', 'Backspace', 'Backspace'];

/** Keystroke figures: the first (the whole list narrows), the following narrowing ones, and the one back to all. */
function keystrokeSummary(runs) {
  const of = (pick) => summary(runs.flatMap((r) => pick(r.steps.keystrokes).map((k) => k.ms)));
  return {
    first: of((k) => [k[0]]),
    narrowing: of((k) => k.slice(1, Math.ceil(k.length / 2))),
    clear: of((k) => [k[k.length - 1]]),
    all: of((k) => k),
    afterFirst: runs[0]?.steps.keystrokes[0]?.summary ?? null,
    eventTimingMax: summary(runs.map((r) => Math.max(0, ...r.steps.events.map((e) => e.duration)))),
  };
}

function pageSummary(runs) {
  const first = runs[0];
  return {
    painted: summary(runs.map(painted)),
    // Where the time goes: when each file had arrived, when the element reported it was done, when it was painted.
    milestones: {
      ...Object.fromEntries(
        first.resources.map(({ name }) => [
          `${new URL(name).pathname} arrived`,
          summary(runs.map((r) => r.resources.find((entry) => entry.name === name)?.responseEnd)).median,
        ]),
      ),
      domContentLoaded: summary(runs.map((r) => r.domContentLoaded))?.median ?? null,
      'partner-load': summary(runs.map((r) => r.painted.loaded))?.median ?? null,
      'first frame after partner-load': summary(runs.map((r) => r.painted.firstPainted))?.median ?? null,
      complete: summary(runs.map((r) => r.painted.complete))?.median ?? null,
      painted: summary(runs.map(painted))?.median ?? null,
    },
    fcp: summary(runs.map((r) => r.fcp)),
    lcp: summary(runs.map((r) => r.lcp)),
    cls: summary(
      runs.map((r) => r.cls),
      4,
    ),
    blockingTime: summary(runs.map((r) => r.blocking)),
    bytes: summary(runs.map(bytes)),
    requests: first.network.requests,
    files: first.network.files,
    thirdPartyBlocked: first.network.thirdParty.length,
    thirdPartyUrls: [...new Set(first.network.thirdParty)],
    nodes: first.nodes,
    items: first.items,
    heap: summary(runs.map((r) => r.heap)),
    scriptMs: summary(runs.map((r) => r.metrics.ScriptDuration * 1000)),
    layoutMs: summary(runs.map((r) => r.metrics.LayoutDuration * 1000)),
    styleMs: summary(runs.map((r) => r.metrics.RecalcStyleDuration * 1000)),
    errors: [...new Set(runs.flatMap((r) => r.errors))],
  };
}

/** Whether the bundle has `tag` (the CDN entry loads an element's code when its tag is on the page). */
async function elementDefined(tag, path) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url(path));
    return await page.evaluate(
      (name) =>
        Promise.race([
          customElements.whenDefined(name).then(() => true),
          new Promise((resolve) => setTimeout(() => resolve(false), 10_000)),
        ]),
      tag,
    );
  } finally {
    await context.close();
  }
}

/** Freeze the element's rendered list into a static page (see pages.mjs, staticPage). */
async function snapshotStaticList() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url('/bench/pages/list-element.html'));
  await page.evaluate(() => window.__bench?.painted);
  await page.waitForFunction(() =>
    document.querySelector('partner-list')?.shadowRoot?.querySelector('[part~="item"]'),
  );
  const snapshot = await page.evaluate(() => {
    const root = document.querySelector('partner-list').shadowRoot;
    const css = root.adoptedStyleSheets
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      .join('\n');
    // Lit's marker comments mean nothing to a static page.
    const html = root.innerHTML.replace(/<!--[^]*?-->/gu, '');
    return { css, html, items: root.querySelectorAll('[part~="item"]').length };
  });
  await context.close();
  virtual.set(
    '/bench/pages/list-static.html',
    staticPage('Städtepartnerschaften', { tag: 'partner-list', ...snapshot }),
  );
  return snapshot.items;
}

// ---- scenarios ------------------------------------------------------------------------------------------------
const scenarios = {};

if (ONLY.has('list')) {
  log('list: <partner-list> with every seed partnership vs the static page');
  const items = await snapshotStaticList();
  const [element, staticHtml, reserved] = await alternate([
    { measure: () => load('/bench/pages/list-element.html', ELEMENT_LIST) },
    { measure: () => load('/bench/pages/list-static.html', { kind: 'static' }) },
    { measure: () => load('/bench/pages/list-element-reserved.html', ELEMENT_LIST) },
  ]);
  const a = pageSummary(element);
  const b = pageSummary(staticHtml);
  scenarios.list = {
    title: '<partner-list> with all seed partnerships vs a static HTML page with the same items',
    items,
    pages: { element: a, static: b, 'element, page reserves room': pageSummary(reserved) },
    ratio: {
      painted: ratio(a.painted.median, b.painted.median),
      bytes: ratio(a.bytes.median, b.bytes.median),
    },
  };
}

if (ONLY.has('timeline')) {
  log('timeline: <partner-timeline> vs TimelineJS');
  const present = await elementDefined('partner-timeline', '/bench/pages/timeline-element.html');
  const pages = [{ measure: () => load('/bench/pages/timeline-timelinejs.html', { kind: 'event' }) }];
  if (present) pages.unshift({ measure: () => load('/bench/pages/timeline-element.html', ELEMENT_TIMELINE) });
  const results = await alternate(pages);
  const timelinejs = pageSummary(results[results.length - 1]);
  const element = present ? pageSummary(results[0]) : null;
  scenarios.timeline = {
    title: '<partner-timeline> vs TimelineJS on the same events (partnerships with a known year)',
    events: dated.partnerships.length,
    missing: present
      ? undefined
      : '<partner-timeline> is not in the CDN bundle yet; the scenario runs once it is.',
    pages: { element, timelinejs },
    ratio: element
      ? {
          fasterBy: ratio(timelinejs.painted.median, element.painted.median),
          smallerBy: ratio(timelinejs.bytes.median, element.bytes.median),
        }
      : null,
  };
}

if (ONLY.has('search')) {
  log('search: <partner-list search> vs DataTables with jQuery');
  const typeIn = (selector) => (page) => typeMeasured(page, selector, SEARCH_KEYS);
  const [element, datatables] = await alternate([
    {
      measure: () =>
        load('/bench/pages/search-element.html', ELEMENT_LIST, typeIn('partner-list input[type="search"]')),
    },
    {
      measure: () =>
        load('/bench/pages/search-datatables.html', { kind: 'event' }, typeIn('.dt-search input')),
    },
  ]);
  const a = { ...pageSummary(element), keystroke: keystrokeSummary(element) };
  const b = { ...pageSummary(datatables), keystroke: keystrokeSummary(datatables) };
  scenarios.search = {
    title: '<partner-list search> vs DataTables 3 with jQuery on the same rows (all seed partnerships)',
    keys: SEARCH_KEYS,
    pages: { element: a, datatables: b },
    ratio: {
      painted: ratio(b.painted.median, a.painted.median),
      bytes: ratio(b.bytes.median, a.bytes.median),
      keystroke: ratio(b.keystroke.all.median, a.keystroke.all.median),
    },
  };
}

if (ONLY.has('synthetic')) {
  log(`synthetic: ${SIZES.join(', ')} partnerships`);
  const keys = ['b', 'r', 'u', 'Backspace', 'Backspace', 'Backspace'];
  const typeIn = (page) => typeMeasured(page, 'partner-list input[type="search"]', keys);
  const results = await alternate(
    SIZES.map((size) => ({
      measure: () => load(`/bench/pages/synthetic-${size}.html`, ELEMENT_LIST, typeIn),
    })),
    Math.max(3, Math.ceil(RUNS / 2)),
  );
  scenarios.synthetic = {
    title: 'Synthetic datasets (seeded generator, real schema, validated): growth with size',
    keys,
    sizes: Object.fromEntries(
      SIZES.map((size, i) => {
        const runs = results[i];
        const data = `/bench/data/synthetic-${size}.json`;
        const arrived = (r) => resource(r, data)?.responseEnd;
        return [
          size,
          {
            ...syntheticInfo[size],
            ...pageSummary(runs),
            dataToLoaded: summary(runs.map((r) => r.painted.loaded - arrived(r))),
            dataToFirstPainted: summary(runs.map((r) => r.painted.firstPainted - arrived(r))),
            dataToPainted: summary(runs.map((r) => painted(r) - arrived(r))),
            dataArrived: summary(runs.map(arrived)),
            keystroke: keystrokeSummary(runs),
          },
        ];
      }),
    ),
  };
}

if (ONLY.has('town')) {
  log(`town: gemeinde="${townInfo.town}" in ${townInfo.records} partnerships, by shard and whole`);
  const [shard, whole] = await alternate([
    { measure: () => load('/bench/pages/town-shard.html', ELEMENT_LIST) },
    { measure: () => load('/bench/pages/town-whole.html', ELEMENT_LIST) },
  ]);
  const a = pageSummary(shard);
  const b = pageSummary(whole);
  scenarios.town = {
    title: `A town's page on the national dataset (${townInfo.records.toLocaleString('en')} partnerships): an index part and its Kreis's shard vs the whole file`,
    ...townInfo,
    pages: { shard: a, whole: b },
    ratio: {
      painted: ratio(b.painted.median, a.painted.median),
      bytes: ratio(b.bytes.median, a.bytes.median),
    },
  };
}

if (ONLY.has('sizes')) {
  log('sizes: the size budget');
  const { ok, rows } = await measureSizes({ dist: distDir });
  scenarios.sizes = {
    ok,
    rows: rows.map(({ parts, ...row }) => ({ ...row, largestParts: parts?.slice(0, 5) })),
  };
}

if (ONLY.has('stages')) {
  log('stages: the data path stage by stage');
  const urls = { seed: '/data/partnerships.json' };
  for (const size of SIZES)
    if (virtual.has(`/bench/data/synthetic-${size}.json`)) urls[size] = `/bench/data/synthetic-${size}.json`;
  scenarios.stages = {
    title: 'The data path stage by stage (median of 5 in one page; functions from the npm build)',
    datasets: await measureStages(browser, server.origin, urls),
  };
}

if (ONLY.has('lighthouse')) {
  log('lighthouse');
  const pages = [
    { name: 'list', url: url('/bench/pages/list-element.html') },
    { name: 'list, page reserves room', url: url('/bench/pages/list-element-reserved.html') },
    { name: 'search', url: url('/bench/pages/search-element.html') },
  ];
  if (existsSync(join(root, 'demo/index.html')))
    pages.unshift({ name: 'demo', url: url('/demo/index.html') });
  scenarios.lighthouse = await lighthouse({ pages });
}

// ---- machine and report ---------------------------------------------------------------------------------------
const git = (...a) => {
  try {
    return execFileSync('git', a, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
};
const results = {
  date: new Date().toISOString(),
  machine: {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGB: round(os.totalmem() / 2 ** 30),
    loadAverageAtEnd: os.loadavg().map((v) => round(v, 2)),
    platform: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: await browserVersion(browser),
  },
  commit: git('rev-parse', '--short', 'HEAD'),
  uncommittedChanges: (git('status', '--porcelain', '--', 'src') ?? '') !== '',
  method: {
    runs: RUNS,
    syntheticRuns: Math.max(3, Math.ceil(RUNS / 2)),
    viewport: '1280x800, device scale 1',
    cache: 'fresh browser context per load (empty HTTP cache), CDP cache disabled, server sends no-store',
    transfer: 'gzip level 9 for text, HTTP/1.1 on 127.0.0.1, no throttling',
  },
  scenarios,
};

await browser.close();
await server.close();

mkdirSync(args.out, { recursive: true });
// Formatted as the repository's formatter would, so that `npm run format:check` passes on the committed file.
const prettierConfig = (await prettier.resolveConfig(join(root, 'bench/results.json'))) ?? {};
writeFileSync(
  join(args.out, 'results.json'),
  await prettier.format(JSON.stringify(results, null, 2), { ...prettierConfig, parser: 'json' }),
);
writeFileSync(join(args.out, 'RESULTS.md'), writeReport(results));
log(`wrote ${join(args.out, 'results.json')} and RESULTS.md`);
