import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { clearDatasetCache, configureLoader, requestDataset } from '../../src/data/loader.js';
import { filterRuns } from '../../src/data/filtered-view.js';
import '../../src/elements/partner-list/define.js';
import '../../src/elements/partner-stats/define.js';
import type { PartnerListElement } from '../../src/elements/partner-list/partner-list.js';
import type { PartnerErrorEvent } from '../../src/events.js';
import { collect, settled } from '../fixtures/settled.js';
import { fixtureDataset, hangUntilAborted, json, stubFetch, type FetchStub } from '../fixtures/fetch-stub.js';

const items = (el: PartnerListElement) => el.shadowRoot!.querySelectorAll('[part~="item"]');
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('loader with elements', () => {
  let stub: FetchStub | undefined;

  beforeEach(() => {
    clearDatasetCache();
    configureLoader({ timeout: 2000, retryDelays: [10] });
  });
  afterEach(() => {
    stub?.restore();
    stub = undefined;
  });

  it('two elements on one page make one request', async () => {
    const payload = await fixtureDataset();
    stub = stubFetch(() => json(payload));
    const wrapper = fixtureSync<HTMLElement>(
      html`<div>
        <partner-list src="/data/two.json" kreis="harz"></partner-list>
        <partner-list src="/data/two.json" gemeinde="halberstadt"></partner-list>
      </div>`,
    );
    const [harz, halberstadt] = [...wrapper.querySelectorAll('partner-list')];
    await Promise.all([settled(harz!), settled(halberstadt!)]);
    expect(stub.calls).to.have.length(1);
    expect(items(harz!)).to.have.length(6);
    expect(items(halberstadt!)).to.have.length(4);
  });

  it('aborts the request when the last element using it leaves the page', async () => {
    stub = stubFetch(hangUntilAborted);
    const wrapper = fixtureSync<HTMLElement>(
      html`<div>
        <partner-list src="/data/slow.json"></partner-list>
        <partner-list src="/data/slow.json"></partner-list>
      </div>`,
    );
    const [first, second] = [...wrapper.querySelectorAll('partner-list')];
    // Each asks at its first update (a microtask after insertion): one request for both.
    await Promise.all([first!.updateComplete, second!.updateComplete]);
    expect(stub.calls).to.have.length(1);
    first!.remove();
    await wait(0);
    expect(stub.calls[0]!.signal!.aborted).to.equal(false);
    second!.remove();
    await wait(0);
    expect(stub.calls[0]!.signal!.aborted).to.equal(true);
  });

  it('keeps loading when an element is moved in the page', async () => {
    const payload = await fixtureDataset();
    let answer: (response: Response) => void = () => {};
    stub = stubFetch(() => new Promise<Response>((resolve) => (answer = resolve)));
    const wrapper = fixtureSync<HTMLElement>(
      html`<div>
        <section></section>
        <partner-list src="/data/move.json"></partner-list>
      </div>`,
    );
    const el = wrapper.querySelector('partner-list')!;
    wrapper.querySelector('section')!.append(el); // disconnect + connect in one task
    await wait(0);
    expect(stub.calls[0]!.signal!.aborted).to.equal(false);
    const loaded = oneEvent(el, 'partner-load');
    answer(json(payload));
    await loaded;
    expect(stub.calls).to.have.length(1);
    expect(items(el)).to.have.length(payload.partnerships.length);
  });

  it('never lets a response for an old src overwrite a newer one', async () => {
    const payload = await fixtureDataset();
    const small = { ...payload, partnerships: payload.partnerships.slice(0, 1) };
    stub = stubFetch(async (call) => {
      if (call.url.endsWith('/old.json')) {
        await wait(150); // the old answer arrives last
        return json(small);
      }
      return json(payload);
    });
    // Another holder keeps the old request alive, so it really does answer after the switch.
    const other = requestDataset('/data/old.json');
    const el = await fixture<PartnerListElement>(html`<partner-list src="/data/old.json"></partner-list>`);
    const loads: number[] = [];
    el.addEventListener('partner-load', (event) => loads.push(event.detail.count));
    el.src = '/data/new.json';
    await oneEvent(el, 'partner-load');
    await other.promise;
    await wait(50);
    await el.updateComplete;
    expect(loads).to.deep.equal([payload.partnerships.length]);
    expect(items(el)).to.have.length(payload.partnerships.length);
    other.release();
  });

  it('shows an error in one element without breaking another, and its retry asks again', async () => {
    const payload = await fixtureDataset();
    let failing = true;
    stub = stubFetch((call) =>
      call.url.endsWith('/broken.json') && failing
        ? new Response('unavailable', { status: 503 })
        : json(payload),
    );
    const errors = collect<PartnerErrorEvent>('partner-error');
    const wrapper = fixtureSync<HTMLElement>(
      html`<div>
        <partner-list src="/data/broken.json"></partner-list>
        <partner-list src="/data/fine.json"></partner-list>
      </div>`,
    );
    const [broken, fine] = [...wrapper.querySelectorAll('partner-list')];
    await Promise.all([settled(broken!), settled(fine!)]);
    expect(errors.map((event) => [event.target, event.detail.status])).to.deep.equal([[broken, 503]]);
    expect(errors[0]!.bubbles && errors[0]!.composed).to.equal(true);
    expect(items(fine!)).to.have.length(payload.partnerships.length);
    failing = false;
    const retried = oneEvent(broken!, 'partner-load');
    broken!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await retried;
    expect(items(broken!)).to.have.length(payload.partnerships.length);
    // Its own two attempts (one automatic retry), and the reader's.
    expect(stub.calls.filter((call) => call.url.endsWith('/broken.json'))).to.have.length(3);
  });

  it('reports a src that is not a URL as an error, without a retry button, instead of loading forever', async () => {
    stub = stubFetch(() => {
      throw new Error('nothing to fetch');
    });
    const el = fixtureSync<PartnerListElement>(html`<partner-list src="http://["></partner-list>`);
    const error = await oneEvent(el, 'partner-error');
    expect(error.detail).to.deep.equal({ status: 0, message: 'Invalid src "http://[".' });
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.contain(
      'Die Datendatei wurde nicht gefunden.',
    );
    expect(el.shadowRoot!.querySelector('[part~="retry-button"]'), 'the same src fails again').to.equal(null);
    expect(stub.calls).to.have.length(0);
  });

  // Elements with the same filter share one filtered list (src/data/views.ts): once per filter for the page.
  it('filters once for two elements with the same filter, once more for another filter', async () => {
    const payload = await fixtureDataset();
    stub = stubFetch(() => json(payload));
    const before = filterRuns;
    const wrapper = fixtureSync<HTMLElement>(
      html`<div>
        <partner-list src="/data/shared.json" kreis="harz"></partner-list>
        <partner-stats src="/data/shared.json" kreis="harz"></partner-stats>
        <partner-list src="/data/shared.json" gemeinde="halberstadt"></partner-list>
      </div>`,
    );
    const [harzList, harzStats, halberstadt] = [...wrapper.children] as [LitElement, LitElement, LitElement];
    const counts = new Map<EventTarget, number>();
    wrapper.addEventListener('partner-load', (event) => counts.set(event.target!, event.detail.count));
    await Promise.all([settled(harzList), settled(harzStats), settled(halberstadt)]);
    // Re-rendering asks the same views again: answered from the cache.
    harzList.requestUpdate();
    harzStats.requestUpdate();
    await Promise.all([harzList.updateComplete, harzStats.updateComplete]);
    expect(filterRuns - before).to.equal(2);
    // What each shows alone (the first test here).
    expect(harzList.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(6);
    expect(halberstadt.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(4);
    expect(counts.get(harzStats)).to.equal(6);
  });
});
