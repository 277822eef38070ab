// A webmaster's page that loads only the built CDN bundle from a static copy of the package (see
// tools/static-package-copy.mjs): no dev server rewriting, no node_modules. Needs `npm run build` first
// (`npm test` does it).
import { expect } from '@open-wc/testing';
import type { Dataset } from '../../src/data/model.js';
import { filterPartnerships, isCountyLevel } from '../../src/data/queries.js';
import { targetLocales, text } from '../fixtures/kit.js';

const BUNDLE = '/static-copy/package/dist/cdn/partner-elements.js';

async function openPage(page: string): Promise<Window & { pageErrors?: string[] }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/static-copy/${page}`;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow! as Window & { pageErrors?: string[] };
}

/** Waits until the element in the frame shows data (or an error), polling: its events happen in another realm. */
async function shown(win: Window, selector = 'partner-list'): Promise<ShadowRoot> {
  for (let i = 0; i < 200; i += 1) {
    const root = win.document.querySelector(selector)?.shadowRoot;
    const base = root?.querySelector('[part~="base"]');
    if (root && base && !base.hasAttribute('aria-busy')) return root;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${selector} never finished loading`);
}

describe('CDN bundle from a static copy of the package', () => {
  let harz: ReturnType<typeof filterPartnerships>;

  before(async () => {
    const bundle = await fetch(BUNDLE);
    expect(bundle.status, 'the built bundle (run `npm run build`)').to.equal(200);
    const source = await bundle.text();
    expect(source, 'self-contained: no bare module specifiers').to.not.match(/\bfrom\s*["'][^"'./]/);
    expect(source).to.not.match(/\bimport\s*\(\s*["'][^"'./]/);
    const dataset = (await (await fetch('/static-copy/package/data/partnerships.json')).json()) as Dataset;
    harz = filterPartnerships(dataset.partnerships, { kreis: 'harz' });
  });

  it('shows every partnership of Landkreis Harz, grouped by town with the county’s own apart', async () => {
    const win = await openPage('harz.html');
    const root = await shown(win);
    expect(root.querySelector('[role="alert"]'), text(root.querySelector('[role="alert"]'))).to.equal(null);
    const items = root.querySelectorAll('li[part~="item"]');
    expect(items.length).to.equal(harz.length);
    expect(items.length).to.be.greaterThan(20);
    const groups = [...root.querySelectorAll('[part~="group"]')];
    expect(text(groups[0]!.querySelector('[part~="group-heading"]'))).to.equal(
      'Partnerschaften des Landkreises',
    );
    expect(groups[0]!.querySelectorAll('li').length).to.equal(harz.filter(isCountyLevel).length);
    const towns = groups.slice(1).map((group) => text(group.querySelector('[part~="group-heading"]')));
    expect(towns).to.include.members(['Halberstadt', 'Quedlinburg', 'Wernigerode']);
    expect(towns).to.deep.equal([...towns].sort((a, b) => a.localeCompare(b, 'de')));

    // The data came from the copy's data/ folder next to dist/: the index part of "harz" and Harz's shard, not the whole
    // dataset; the code came from dist/cdn/ alone, and only what a list needs: no other element's code, no
    // translation on a German page, no map geometry.
    const data = [
      '/static-copy/package/data/shards/index/h.json',
      '/static-copy/package/data/shards/15085.json',
    ];
    const timings = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const requests = timings.map((entry) => new URL(entry.name).pathname);
    expect(
      requests.filter((path) => path.includes('/data/')),
      'one request each',
    ).to.deep.equal(data);
    const code = requests.filter((path) => !path.includes('/data/'));
    expect(code).to.include('/static-copy/package/dist/cdn/partner-elements.js');
    for (const path of code) expect(path).to.match(/^\/static-copy\/package\/dist\/cdn\/[\w-]+\.js$/);
    const translation = new RegExp(`/(?:${targetLocales.join('|')})-`, 'u');
    expect(code.join(' ')).to.not.match(/partner-(map|timeline|stats|anniversaries|card)-|geo/);
    expect(code.join(' ')).to.not.match(translation);

    // No waiting in line: the entry asks for the list's chunk and the shared chunk at once, and for the shard index
    // while they are on their way (a preload the loader's request then uses: one request, not two).
    const chunks = timings.filter((entry) => /\/partner-(list|elements-shared)-[\w-]+\.js$/.test(entry.name));
    expect(chunks, 'the list and the shared chunk').to.have.length(2);
    const [a, b] = chunks as [PerformanceResourceTiming, PerformanceResourceTiming];
    expect(a.startTime, 'both chunks asked for together').to.be.below(b.responseEnd);
    expect(b.startTime, 'both chunks asked for together').to.be.below(a.responseEnd);
    const index = timings.find((entry) => entry.name.endsWith(data[0]!))!;
    expect(index.startTime, 'the index asked for before the code arrived').to.be.below(
      Math.max(a.responseEnd, b.responseEnd),
    );

    // <html lang="en"> switches text and country names to English (loading the English translation).
    win.document.documentElement.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve, 0));
    await (win.document.querySelector('partner-list') as HTMLElement & { updateComplete: Promise<boolean> })
      .updateComplete;
    expect(text(root.querySelector('[part~="group-heading"]'))).to.equal('Partnerships of the district');
    const countries = [...root.querySelectorAll('[part~="country"]')].map(text);
    expect(countries).to.include('France').and.to.include('Czechia');
    expect(countries).to.not.include('Frankreich');
    // A translated template (the year with its <time>) is found in the built bundle too: its text, which the build
    // minifies, hashes to the same id as the source's.
    const years = [...root.querySelectorAll('[part~="year"]')].map(text);
    expect(years.filter((year) => /^since \d{4}$/u.test(year)).length, years.join(' | ')).to.be.greaterThan(
      0,
    );
    expect(years.filter((year) => year.startsWith('seit'))).to.deep.equal([]);
  });

  it('survives a second copy of the bundle on the same page', async () => {
    const win = await openPage('two-copies.html');
    const root = await shown(win);
    expect(win.pageErrors).to.deep.equal([]);
    expect(root.querySelectorAll('li[part~="item"]').length).to.be.greaterThan(2);
    expect(win.customElements.get('partner-list')).to.not.equal(undefined);
    const bundles = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name))
      .filter((url) => url.pathname.endsWith('/partner-elements.js'));
    expect(bundles.map((url) => url.search)).to.have.members(['', '?copy=2']);
  });
});
