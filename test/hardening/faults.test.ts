// Network faults, for every element in custom-elements.json: 404, 500 then success, 500 until the reader retries, no
// connection, timeout, a slow answer, the element removed while loading, src changed while loading. Each ends in a
// clear, localized message (with a retry button where asking again may help: not for a 404) or in the data, never a
// blank box, an uncaught error or a broken neighbour: every case has a second, healthy element on the same page.
import { expect } from '@open-wc/testing';
import { clearDatasetCache, configureLoader, requestDataset } from '../../src/data/loader.js';
import type { PartnerErrorEvent, PartnerLoadEvent } from '../../src/events.js';
import {
  baseOf,
  create,
  isVisiblyFilled,
  jsonResponse,
  later,
  listen,
  manifestTags,
  never,
  recordErrors,
  routeFetch,
  settledState,
  textResponse,
  until,
  wait,
  type ErrorLog,
  type FetchRoute,
  type RoutedFetch,
} from './support/browser.js';
import { LOCALES } from '../../src/i18n/locale.js';
import { $ } from '../fixtures/kit.js';
import { datasetOf, fixtureDataset } from './support/datasets.js';
import { showAttributes } from './support/profiles.js';

const tags = await manifestTags();
const healthy = await fixtureDataset();
const HEALTHY = '/hardening/healthy.json';

const alertText = (el: Element) => $(el, '[role="alert"]')?.innerText.replace(/\s+/gu, ' ').trim() ?? '';
const retryButton = (el: Element) => $(el, 'button[part~="retry-button"]') as HTMLButtonElement | null;

/** Shows the data: no longer busy, no alert, not the empty sentence. */
function showsData(el: Element): boolean {
  const base = baseOf(el);
  return (
    base !== null &&
    !base.hasAttribute('aria-busy') &&
    !$(el, '[role="alert"]') &&
    !$(el, '[part~="empty"]') &&
    isVisiblyFilled(el as HTMLElement)
  );
}

/**
 * An error state as the reader needs it: an alert that says what happened and, where asking again may help, a
 * working, named retry button; where it cannot (a 404), none.
 */
function expectErrorState(el: HTMLElement, { retry = true } = {}): void {
  const alert = $(el, '[role="alert"]');
  expect(alert, `<${el.localName}> shows an alert`).to.not.equal(null);
  expect(alertText(el).length, 'the alert says something').to.be.greaterThan(20);
  expect(isVisiblyFilled(el), 'never a blank box').to.equal(true);
  const button = retryButton(el);
  if (!retry) {
    expect(button, 'no retry button: asking again cannot help').to.equal(null);
    return;
  }
  expect(button, 'a retry button').to.not.equal(null);
  expect(button!.innerText.trim(), 'the retry button is named').to.not.equal('');
  expect(button!.disabled).to.equal(false);
}

describe('network faults', () => {
  let stage: HTMLElement;
  let routes: RoutedFetch | undefined;
  let log: ErrorLog;

  /** Serves the healthy dataset at HEALTHY, and `faulty` for every other dataset URL (paths ending .json). */
  function serve(faulty: FetchRoute): RoutedFetch {
    routes = routeFetch((url, signal, attempt) => {
      if (url.pathname === HEALTHY) return jsonResponse(healthy);
      if (url.pathname.startsWith('/hardening/fault/')) return faulty(url, signal, attempt);
      return undefined; // package files (the map's geometry) come from the server
    });
    return routes;
  }

  /** The element under test and a healthy neighbour (the next element of the manifest) on one page. */
  function scene(tag: string, src: string, lang = 'de') {
    const neighbourTag = tags[(tags.indexOf(tag) + 1) % tags.length]!;
    const el = create(tag, { ...showAttributes(tag, healthy), src, lang });
    const neighbour = create(neighbourTag, { ...showAttributes(neighbourTag, healthy), src: HEALTHY, lang });
    stage.append(el, neighbour);
    return { el, neighbour };
  }

  async function expectHealthyNeighbour(neighbour: HTMLElement): Promise<void> {
    await until(() => showsData(neighbour), `the neighbour <${neighbour.localName}> to show its data`);
  }

  before(() => configureLoader({ timeout: 2000, retryDelays: [20] }));
  after(() => configureLoader({ timeout: 15_000, retryDelays: [500, 2_000] }));
  beforeEach(() => {
    clearDatasetCache();
    stage = document.createElement('div');
    document.body.append(stage);
    log = recordErrors();
  });
  afterEach(() => {
    routes?.restore();
    routes = undefined;
    stage.remove();
    log.stop();
  });

  for (const tag of tags) {
    describe(`<${tag}>`, () => {
      it('404: says so in the reader’s language, without a retry button, and fires partner-error', async () => {
        serve(() => textResponse('Not Found', 404));
        const errors = listen<PartnerErrorEvent>(stage, 'partner-error');
        const els = LOCALES.map((lang) => scene(tag, `/hardening/fault/404-${tag}.json`, lang));
        for (const { el } of els) await settledState(el);
        const texts = els.map(({ el }) => alertText(el));
        for (const { el } of els) expectErrorState(el, { retry: false });
        expect(new Set(texts).size, `one message per language: ${texts.join(' | ')}`).to.equal(
          LOCALES.length,
        );
        els.forEach(({ el }, i) => expect(baseOf(el)!.getAttribute('lang')).to.equal(LOCALES[i]));
        const fromFaulty = errors.events.filter(
          (event) =>
            event.target instanceof Element && event.target.localName === tag && event.detail.status === 404,
        );
        expect(fromFaulty.length, 'one partner-error per faulty element').to.be.at.least(LOCALES.length);
        for (const { neighbour } of els) await expectHealthyNeighbour(neighbour);
        errors.stop();
        expect(log.errors).to.deep.equal([]);
      });

      it('500 then success: retries by itself and shows the data', async () => {
        const net = serve((_url, _signal, attempt) =>
          attempt === 1 ? textResponse('Internal Server Error', 500) : jsonResponse(healthy),
        );
        const errors = listen<PartnerErrorEvent>(stage, 'partner-error');
        const { el, neighbour } = scene(tag, `/hardening/fault/500-once-${tag}.json`);
        await until(() => showsData(el), 'the data after one retry');
        expect(net.count(`/hardening/fault/500-once-${tag}.json`)).to.equal(2);
        expect(errors.events, 'no error event for a fault the retry cured').to.deep.equal([]);
        await expectHealthyNeighbour(neighbour);
        errors.stop();
        expect(log.errors).to.deep.equal([]);
      });

      it('500 on every attempt: an error, and the retry button asks again and shows the data', async () => {
        let broken = true;
        const path = `/hardening/fault/500-${tag}.json`;
        const net = serve(() =>
          broken ? textResponse('Internal Server Error', 500) : jsonResponse(healthy),
        );
        const { el, neighbour } = scene(tag, path);
        await settledState(el);
        expectErrorState(el);
        expect(alertText(el)).to.contain('500');
        const asked = net.count(path);
        broken = false;
        const loaded = listen<PartnerLoadEvent>(el, 'partner-load');
        retryButton(el)!.focus(); // a keyboard user's retry: the focus must stay in the element
        retryButton(el)!.click();
        await until(() => showsData(el), 'the data after the retry button');
        expect(el.shadowRoot!.activeElement?.getAttribute('part'), 'the focus stays in the element').to.equal(
          'base',
        );
        expect(net.count(path)).to.equal(asked + 1);
        expect(loaded.events).to.have.length(1);
        await expectHealthyNeighbour(neighbour);
        loaded.stop();
        expect(log.errors).to.deep.equal([]);
      });

      it('no connection: an error with a retry button', async () => {
        serve(() => Promise.reject(new TypeError('Failed to fetch')));
        const { el, neighbour } = scene(tag, `/hardening/fault/offline-${tag}.json`);
        await settledState(el);
        expectErrorState(el);
        // Still offline: a retry from the keyboard ends on the new retry button, not on the page's body.
        const first = retryButton(el)!;
        first.focus();
        first.click();
        await until(() => retryButton(el) !== null && retryButton(el) !== first, 'the error after the retry');
        expect(el.shadowRoot!.activeElement, 'the focus is on the new retry button').to.equal(
          retryButton(el),
        );
        await expectHealthyNeighbour(neighbour);
        expect(log.errors).to.deep.equal([]);
      });

      it('timeout: the request is cancelled and the element says the server did not answer', async () => {
        configureLoader({ timeout: 150, retryDelays: [] });
        try {
          const net = serve((_url, signal) => never(signal));
          const { el, neighbour } = scene(tag, `/hardening/fault/timeout-${tag}.json`);
          await settledState(el);
          expectErrorState(el);
          const call = net.calls.find((c) => c.url.pathname === `/hardening/fault/timeout-${tag}.json`)!;
          expect(call.signal?.aborted, 'the timed-out request is cancelled').to.equal(true);
          await expectHealthyNeighbour(neighbour);
        } finally {
          configureLoader({ timeout: 2000, retryDelays: [20] });
        }
        expect(log.errors).to.deep.equal([]);
      });

      it('slow answer: busy with a polite status while waiting, then the data', async () => {
        serve((_url, signal) => later(400, signal, () => jsonResponse(healthy)));
        const { el, neighbour } = scene(tag, `/hardening/fault/slow-${tag}.json`);
        await until(() => baseOf(el) !== null, 'the first render');
        const base = baseOf(el)!;
        expect(base.getAttribute('aria-busy')).to.equal('true');
        const status = $(el, '[role="status"]');
        expect(status, 'a status message while loading').to.not.equal(null);
        expect(status!.innerText.trim()).to.not.equal('');
        expect(status!.getAttribute('aria-live') ?? 'polite', 'polite, never assertive').to.equal('polite');
        expect(isVisiblyFilled(el), 'never a blank box while loading').to.equal(true);
        await until(() => showsData(el), 'the slow data', 3000);
        expect(baseOf(el)!.hasAttribute('aria-busy')).to.equal(false);
        await expectHealthyNeighbour(neighbour);
        expect(log.errors).to.deep.equal([]);
      });

      it('removed while loading: the request is aborted, with no error event and no error logged', async () => {
        const path = `/hardening/fault/removed-${tag}.json`;
        const net = serve((_url, signal) => never(signal));
        const errors = listen<PartnerErrorEvent>(document, 'partner-error');
        const { el, neighbour } = scene(tag, path);
        await until(() => net.count(path) === 1, 'the request');
        el.remove();
        await wait(50);
        expect(net.calls.find((c) => c.url.pathname === path)!.signal?.aborted).to.equal(true);
        expect(errors.events).to.deep.equal([]);
        await expectHealthyNeighbour(neighbour);
        errors.stop();
        expect(log.errors).to.deep.equal([]);
      });

      it('src changed while loading: the old, late answer is ignored', async () => {
        const oldPath = `/hardening/fault/old-${tag}.json`;
        const newPath = `/hardening/fault/new-${tag}.json`;
        serve((url, signal) =>
          url.pathname === oldPath
            ? later(250, signal, () => jsonResponse(datasetOf([]))) // arrives last, and would empty the element
            : jsonResponse(healthy),
        );
        // Another holder keeps the old request alive, so that its answer really arrives after the switch.
        const holder = requestDataset(oldPath);
        const { el, neighbour } = scene(tag, oldPath);
        const loads = listen<PartnerLoadEvent>(el, 'partner-load');
        await wait(20);
        el.setAttribute('src', newPath);
        await until(() => showsData(el), 'the new data');
        await holder.promise;
        await wait(50);
        expect(showsData(el), 'still the new data after the old answer came').to.equal(true);
        expect(loads.events, 'one partner-load, for the new src').to.have.length(1);
        holder.release();
        await expectHealthyNeighbour(neighbour);
        loads.stop();
        expect(log.errors).to.deep.equal([]);
      });
    });
  }
});
