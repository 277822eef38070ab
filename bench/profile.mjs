/* global window -- page.evaluate callbacks run in the page */
// Where a page's main-thread time goes: loads one benchmark page with the V8 sampling profiler on and prints the
// functions with the most self time (and optionally keystrokes). A tool for finding what to make faster, not
// part of the benchmark's figures.
//
//   node --import tsx bench/profile.mjs synthetic-10000 [--type lo] [--top 25] [--dist folder]
//   (with --type only the keystrokes are profiled, after the page is complete)
//   (pages: list-element, search-element, timeline-element, synthetic-<size>; run `npm run build` first)
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateDataset, serializeDataset } from './generate/synthetic.mjs';
import { launchBrowser, VIEWPORT } from './lib/browser.mjs';
import { elementPage } from './lib/pages.mjs';
import { probe } from './lib/probe.mjs';
import { startServer } from './lib/server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/u, '');
const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    type: { type: 'string', default: '' },
    top: { type: 'string', default: '25' },
    dist: { type: 'string', default: join(root, 'dist') },
  },
});
const name = positionals[0] ?? 'list-element';

const virtual = new Map();
const size = /^synthetic-(\d+)$/u.exec(name)?.[1];
if (size) {
  virtual.set(`/bench/data/${name}.json`, serializeDataset(generateDataset(Number(size))));
  virtual.set(
    `/bench/pages/${name}.html`,
    elementPage('Profil', `<partner-list search src="/bench/data/${name}.json"></partner-list>`),
  );
} else {
  const seed = JSON.parse(readFileSync(join(root, 'data/partnerships.json'), 'utf8'));
  const dated = { ...seed, partnerships: seed.partnerships.filter((p) => p.since !== null) };
  virtual.set('/bench/data/timeline-events.json', serializeDataset(dated));
  virtual.set('/bench/pages/list-element.html', elementPage('Profil', '<partner-list></partner-list>'));
  virtual.set(
    '/bench/pages/search-element.html',
    elementPage('Profil', '<partner-list search></partner-list>'),
  );
  virtual.set(
    '/bench/pages/timeline-element.html',
    elementPage('Profil', '<partner-timeline src="/bench/data/timeline-events.json"></partner-timeline>'),
  );
}

// The CDN bundle as it is, but not minified, so the profile names functions (built from tsc's output in dist/).
const { rollup } = await import('rollup');
const { nodeResolve } = await import('@rollup/plugin-node-resolve');
const build = await rollup({
  input: join(resolve(args.dist), 'index.js'),
  onwarn: () => {},
  plugins: [nodeResolve({ exportConditions: ['production'] })],
});
const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
virtual.set('/dist/cdn/partner-elements.js', output[0].code);

const server = await startServer({ root, prefixes: ['/dist/', '/data/'], virtual });
const browser = await launchBrowser();
const context = await browser.newContext({ viewport: VIEWPORT });
const tag = name.startsWith('timeline') ? 'partner-timeline' : 'partner-list';
await context.addInitScript(probe, { kind: 'element', tag, part: tag === 'partner-list' ? 'item' : 'entry' });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
if (!args.type) await cdp.send('Profiler.start');
await page.goto(`${server.origin}/bench/pages/${name}.html`);
const timing = await page.evaluate(() => window.__bench.painted);
if (args.type) {
  await page.locator(`${tag} input[type="search"]`).focus();
  await page.waitForTimeout(500);
  await cdp.send('Profiler.start');
  for (const key of args.type) {
    await page.evaluate(() => window.__bench.armKeystroke());
    await page.keyboard.press(key);
    const k = await page.evaluate(() => window.__bench.keystroke);
    console.log(
      `keystroke ${key}: ${(k.painted - k.start).toFixed(1)} ms (script done after ${(k.updated - k.start).toFixed(1)})`,
    );
  }
}
const { profile } = await cdp.send('Profiler.stop');
console.log('load:', JSON.stringify(timing));

// Self time per function: samples × interval, attributed to the sampled (innermost) frame.
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map();
const deltas = profile.timeDeltas;
profile.samples.forEach((id, i) => {
  const { callFrame } = byId.get(id);
  const file = callFrame.url.replace(server.origin, '');
  const key = `${callFrame.functionName || '(anonymous)'} ${file}:${callFrame.lineNumber + 1}:${callFrame.columnNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
});
const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(args.top));
for (const [key, msSelf] of rows) console.log(`${msSelf.toFixed(1).padStart(8)} ms  ${key}`);

await context.close();
await browser.close();
await server.close();
