/* global window -- page.evaluate callbacks run in the page */
// What the element's data path costs, stage by stage, in the same Chromium: JSON.parse, validation, filter, sort,
// group and search, run on each dataset in a page (the functions come from the npm build in dist/, bundled here
// by rollup without minifying). The element's own figures include rendering and layout; these say which part of
// its script time belongs to which stage. Each stage runs `repeat` times; the median is kept.
import { join } from 'node:path';

/** The in-page script: times each stage on the dataset text it fetches from `dataUrl`. */
const STAGE_ENTRY = `
import { validateDataset } from './data/validate.js';
import { filterPartnerships, sortPartnerships, groupPartnerships, searchPartnerships } from './queries.js';

const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
function time(repeat, run) {
  const times = [];
  let result;
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    result = run(i);
    times.push(performance.now() - start);
  }
  return { ms: Math.round(median(times) * 100) / 100, result };
}

window.runStages = async (dataUrl, repeat) => {
  const text = await (await fetch(dataUrl)).text();
  const parse = time(repeat, () => JSON.parse(text));
  const validate = time(repeat, () => validateDataset(JSON.parse(text)));
  const dataset = validate.result.dataset;
  const filter = time(repeat, () => filterPartnerships(dataset.partnerships, { land: '', kreis: '', gemeinde: '' }));
  const sort = time(repeat, () => sortPartnerships(filter.result, 'name', 'de'));
  const group = time(repeat, () => groupPartnerships(sort.result, 'gemeinde', 'de'));
  // The first search of a dataset builds its normalised keys; later ones only compare.
  const fresh = () => ({ ...dataset });
  const searchFirst = time(repeat, () => {
    const copy = fresh();
    return searchPartnerships(copy, copy.partnerships, 'l', 'de');
  });
  const searchAgain = time(repeat, (i) => searchPartnerships(dataset, sort.result, i % 2 ? 'lo' : 'l', 'de'));
  return {
    records: dataset.partnerships.length,
    parseMs: parse.ms,
    validateMs: Math.round((validate.ms - parse.ms) * 100) / 100,
    filterMs: filter.ms,
    sortMs: sort.ms,
    groupMs: group.ms,
    groups: group.result.length,
    searchFirstMs: searchFirst.ms,
    searchMs: searchAgain.ms,
  };
};
`;

/** The stage script bundled from the npm build in `dist` (the folder holding data/, elements/, index.js). */
export async function stageScript(dist) {
  const { rollup } = await import('rollup');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const entry = join(dist, '__bench-stages.js');
  const build = await rollup({
    input: entry,
    plugins: [
      {
        name: 'stage-entry',
        resolveId: (id) => (id === entry ? id : null),
        load: (id) => (id === entry ? STAGE_ENTRY : null),
      },
      nodeResolve({ rootDir: dist }),
    ],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  return output[0].code;
}

export async function measureStages(browser, origin, dataUrls, repeat = 5) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/bench/pages/stages.html`);
    await page.waitForFunction(() => typeof window.runStages === 'function');
    const out = {};
    for (const [name, dataUrl] of Object.entries(dataUrls)) {
      out[name] = await page.evaluate(([u, r]) => window.runStages(u, r), [dataUrl, repeat]);
    }
    return out;
  } finally {
    await context.close();
  }
}
