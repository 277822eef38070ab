// The package's own dataset read in parts: an element that shows one Kreis, town or Land reads the shard that holds
// it (data/shards/), and shows exactly what it shows from the whole dataset; whatever the index cannot answer, and
// a page where another element reads the whole anyway, read the whole dataset.
import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { clearDatasetCache, configureLoader, datasetKey, sameSource } from '../../src/data/loader.js';
import type { Dataset } from '../../src/data/model.js';
import { filterPartnerships, type PartnershipFilter } from '../../src/data/queries.js';
import '../../src/elements/partner-list/define.js';
import type { PartnerListElement } from '../../src/elements/partner-list/partner-list.js';
import type { PartnerLoadEvent } from '../../src/events.js';
import { json, stubFetch, type FetchCall, type FetchStub } from '../fixtures/fetch-stub.js';
import { settled } from '../fixtures/settled.js';

const WHOLE = '/data/partnerships.json';
/** The index part of a slug's first character (src/data/shards.ts). */
const part = (first: string) => `/data/shards/index/${first}.json`;
const INDEX = part('h'); // harz, halberstadt
const realFetch = window.fetch.bind(window);
const pathOf = (call: FetchCall) => new URL(call.url).pathname;
const itemNames = (el: PartnerListElement) =>
  [...el.shadowRoot!.querySelectorAll('[part~="item"] [part~="name"]')].map((node) =>
    node.textContent?.trim(),
  );

describe('the package dataset in shards', () => {
  let stub: FetchStub | undefined;
  let whole: Dataset;
  /** Every request the loader makes goes to the dev server, and is recorded. */
  const passThrough = (answer?: (call: FetchCall) => Response | undefined) =>
    stubFetch((call) => answer?.(call) ?? realFetch(call.url, { signal: call.signal }));
  const shownFromWhole = (filter: PartnershipFilter) => filterPartnerships(whole.partnerships, filter).length;

  before(async () => {
    whole = (await (await realFetch(WHOLE)).json()) as Dataset;
  });
  beforeEach(() => {
    clearDatasetCache();
    configureLoader({ timeout: 5000, retryDelays: [10] });
  });
  afterEach(() => {
    stub?.restore();
    stub = undefined;
  });

  it('a Kreis reads its shard, not the whole dataset, and shows the same partnerships in the same order', async () => {
    const fromWhole = await fixture<PartnerListElement>(
      html`<partner-list src=${WHOLE} kreis="harz"></partner-list>`,
    );
    await settled(fromWhole);
    clearDatasetCache();
    stub = passThrough();
    const el = await fixture<PartnerListElement>(html`<partner-list kreis="harz"></partner-list>`);
    await settled(el);
    expect(stub.calls.map(pathOf)).to.deep.equal([INDEX, '/data/shards/15085.json']);
    expect(itemNames(el)).to.have.length(shownFromWhole({ kreis: 'harz' }));
    expect(itemNames(el)).to.deep.equal(itemNames(fromWhole));
  });

  it('a town, a Kreis key and a Land each find their shard; elements that share one share its request', async () => {
    stub = passThrough();
    const wrapper = fixtureSync<HTMLElement>(
      html`<div>
        <partner-list gemeinde="halberstadt"></partner-list>
        <partner-list kreis="15085" country="FR"></partner-list>
        <partner-list land="Sachsen-Anhalt"></partner-list>
      </div>`,
    );
    const [town, kreis, land] = [...wrapper.querySelectorAll('partner-list')] as PartnerListElement[];
    await Promise.all([settled(town!), settled(kreis!), settled(land!)]);
    expect(stub.calls.map(pathOf).sort()).to.deep.equal(
      // A key needs no index part; the slugs read theirs.
      [INDEX, part('s'), '/data/shards/15.json', '/data/shards/15085.json'].sort(),
    );
    expect(itemNames(town!)).to.have.length(shownFromWhole({ gemeinde: 'halberstadt' }));
    expect(itemNames(kreis!)).to.have.length(shownFromWhole({ kreis: '15085', country: 'FR' }));
    expect(itemNames(land!)).to.have.length(shownFromWhole({ land: 'sachsen-anhalt' }));
  });

  it('next to an element that shows everything, it shares the whole dataset instead of reading a shard too', async () => {
    stub = passThrough();
    const wrapper = fixtureSync<HTMLElement>(
      html`<div>
        <partner-list kreis="harz"></partner-list>
        <partner-list></partner-list>
      </div>`,
    );
    const [harz, all] = [...wrapper.querySelectorAll('partner-list')] as PartnerListElement[];
    await Promise.all([settled(harz!), settled(all!)]);
    expect(stub.calls.map(pathOf).sort()).to.deep.equal([INDEX, WHOLE].sort());
    expect(itemNames(harz!)).to.have.length(shownFromWhole({ kreis: 'harz' }));
    // The whole national list renders in runs; its summary counts every record.
    const summary = all!.shadowRoot!.querySelector('[part~="summary"]')!.textContent!.trim();
    expect(summary).to.equal(
      `${new Intl.NumberFormat('de').format(whole.partnerships.length)} Partnerschaften`,
    );
  });

  it('what the index does not name, or an index that cannot be had, reads the whole dataset', async () => {
    stub = passThrough();
    const unknown = await fixture<PartnerListElement>(html`<partner-list kreis="nirgendwo"></partner-list>`);
    await settled(unknown);
    expect(stub.calls.map(pathOf)).to.deep.equal([part('n'), WHOLE]);
    // Read from the whole, the data does not know the Kreis: said so, not "no partnerships".
    expect(unknown.shadowRoot!.querySelector('[part~="state"]')?.textContent?.trim()).to.equal(
      'Ein Kreis „nirgendwo“ ist in den Daten nicht verzeichnet.',
    );
    stub.restore();

    for (const answer of [() => json({}, 404), () => new Response('<html>', { status: 200 })]) {
      clearDatasetCache();
      stub = passThrough((call) => (pathOf(call) === INDEX ? answer() : undefined));
      const el = await fixture<PartnerListElement>(html`<partner-list kreis="harz"></partner-list>`);
      await settled(el);
      expect(stub.calls.map(pathOf)).to.deep.equal([INDEX, WHOLE]);
      expect(itemNames(el)).to.have.length(shownFromWhole({ kreis: 'harz' }));
      stub.restore();
    }
  });

  it('a shard the server does not have, or a broken one, gives way to the whole dataset', async () => {
    const said: string[] = [];
    const error = console.error;
    console.error = (message: string) => said.push(message);
    try {
      for (const answer of [() => json({}, 404), () => new Response('{"partnerships": 5}')]) {
        clearDatasetCache();
        stub = passThrough((call) => (pathOf(call) === '/data/shards/15085.json' ? answer() : undefined));
        const el = await fixture<PartnerListElement>(html`<partner-list kreis="harz"></partner-list>`);
        await settled(el);
        expect(stub.calls.map(pathOf)).to.deep.equal([INDEX, '/data/shards/15085.json', WHOLE]);
        expect(itemNames(el)).to.have.length(shownFromWhole({ kreis: 'harz' }));
        stub.restore();
      }
    } finally {
      console.error = error;
    }
    // The broken file on the server is worth a webmaster's look, though the page shows everything.
    expect(said).to.have.length(1);
    expect(said[0]).to.match(
      /^partner-elements: \S+\/data\/shards\/15085\.json is not a usable partnership dataset: /u,
    );
  });

  it('another area reads another shard and says so with a new partner-load', async () => {
    stub = passThrough();
    const el = await fixture<PartnerListElement>(html`<partner-list kreis="harz"></partner-list>`);
    await settled(el);
    const loaded = oneEvent(el, 'partner-load') as Promise<PartnerLoadEvent>;
    el.kreis = 'boerde';
    expect((await loaded).detail.count).to.equal(shownFromWhole({ kreis: 'boerde' }));
    expect(itemNames(el)).to.have.length(shownFromWhole({ kreis: 'boerde' }));
    expect(stub.calls.map(pathOf)).to.deep.equal([
      INDEX,
      '/data/shards/15085.json',
      part('b'),
      '/data/shards/15083.json',
    ]);
  });

  it('identifies the data an element reads by its src and the area it shows (a short table takes its place)', () => {
    const own = new URL(WHOLE, location.href).href;
    expect(datasetKey('')).to.equal(own);
    expect(datasetKey('', { kreis: 'harz' })).to.equal(`${own}#|harz|`);
    expect(datasetKey('', { kreis: 'harz' })).to.not.equal(datasetKey('', { kreis: 'boerde' }));
    expect(datasetKey('', { kreis: 'harz', coordinates: true }), 'the own dataset has positions').to.equal(
      `${own}#|harz|`,
    );
    const x = new URL('/x.csv', location.href).href;
    expect(datasetKey('/x.csv')).to.equal(x);
    expect(datasetKey('/x.csv', { kreis: 'harz' })).to.equal(`${x} |harz|`);
    expect(datasetKey('/x.csv', { gemeinde: 'halberstadt', coordinates: true })).to.equal(
      `${x} halberstadt|||map`,
    );
    expect(datasetKey('#inline', { kreis: 'harz' })).to.equal('#inline |harz|');
    // Another place of the same file keeps what is shown while it asks; the own dataset's shards do not.
    const same = (a: string, b: string) => sameSource(a, b);
    expect(same(datasetKey('/x.csv', { kreis: 'harz' }), datasetKey('/x.csv', { kreis: 'boerde' }))).to.equal(
      true,
    );
    expect(same(datasetKey('/x.csv'), datasetKey('/x.csv', { kreis: 'harz' }))).to.equal(true);
    expect(same(datasetKey('/x.csv', { kreis: 'harz' }), datasetKey('/y.csv', { kreis: 'harz' }))).to.equal(
      false,
    );
    expect(same(datasetKey('', { kreis: 'harz' }), datasetKey('', { kreis: 'boerde' }))).to.equal(false);
  });
});
