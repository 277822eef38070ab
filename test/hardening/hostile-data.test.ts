// Hostile data, for every element in custom-elements.json. A property-based test (fast-check) puts arbitrary
// strings, HTML and script payloads, bidi controls and very long strings into every text field of a record and its
// source. Each element renders it twice: once with harmless placeholders, once with the hostile strings. The two
// renderings must be the same tree, attribute for attribute and text for text, once the placeholders are replaced
// by the strings: the rendered text is exactly the data, and nothing (no element, script, style, event handler)
// was created from it. A MutationObserver judges every node added while rendering, not only the final tree.
// URLs: only http(s) become links, to exactly the address in the data, with rel="noopener noreferrer".
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { clearDatasetCache } from '../../src/data/loader.js';
import {
  create,
  jsonResponse,
  manifestTags,
  recordErrors,
  routeFetch,
  settledState,
  type ErrorLog,
  type RoutedFetch,
} from './support/browser.js';
import type { DatasetJson } from './support/datasets.js';
import { armTripwire, deepElements, skeleton, watchDom } from './support/dom-guard.js';
import {
  HOSTILE_HTTP_URLS,
  hostileDataset,
  hostileValues,
  manyRecordsDataset,
  NON_HTTP_URLS,
  PAYLOADS,
  placeholdersFor,
  TEXT_FIELDS,
  type LocalShape,
  type TextValues,
} from './support/hostile.js';
import { showAttributes } from './support/profiles.js';

const tags = await manifestTags();
/** Property runs per fast-check property; the total is printed at the end. */
const FUZZ_RUNS = 100;

/**
 * The whole tree as text: tags, attributes with values, text nodes, in document order. `value` maps every text and
 * attribute value first (placeholders back to the data they stand for).
 */
function serialize(root: Node, value: (text: string) => string = (text) => text): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child instanceof Element) {
        const attributes = [...child.attributes]
          .map((a) => ` ${a.name}=${JSON.stringify(value(a.value))}`)
          .join('');
        out.push(`<${child.localName}${attributes}>`);
        walk(child);
        if (child.shadowRoot) walk(child.shadowRoot);
        out.push(`</${child.localName}>`);
      } else if (child.nodeType === Node.TEXT_NODE) {
        out.push(JSON.stringify(value((child as Text).data)));
      }
    }
  };
  walk(root);
  return out.join('');
}

/** Fails with the first difference and a little context (renderings are long: the map's geometry alone is 100 kB). */
function expectSameRendering(actual: string, expected: string, what: string): void {
  if (actual === expected) return;
  let at = 0;
  while (at < actual.length && actual[at] === expected[at]) at += 1;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 160), at + 160));
  expect.fail(
    `${what} differ at character ${at}:\n  rendered: ${around(actual)}\n  expected: ${around(expected)}`,
  );
}

// Timers, not animation frames: the test runner's second page is in the background, where frames may never come.
const frame = () => new Promise((resolve) => setTimeout(resolve, 16));

/** Settled and no longer changing (the map draws its geometry after the data). */
async function stable(el: HTMLElement): Promise<void> {
  await settledState(el, 8000);
  let last = '';
  for (let same = 0; same < 2;) {
    await frame();
    const now = String(deepElements(el.shadowRoot!).length);
    same = now === last ? same + 1 : 0;
    last = now;
  }
}

describe('hostile data', function () {
  let stage: HTMLElement;
  let routes: RoutedFetch | undefined;
  let log: ErrorLog;
  /** The loader warns about left-out records on the console; kept out of the test log. */
  const warn = console.warn;
  let served = new Map<string, DatasetJson>();
  /** Renderings checked, by kind (printed at the end: the suite's figures). */
  const runs = { strings: 0, payloads: 0, urls: 0 };
  const started = performance.now();
  /** Which fields each element shows: field -> tags (for the report; a field no element shows is not tested). */
  const shownBy = new Map<string, Set<string>>();

  before(() => {
    routes = routeFetch((url) => {
      const dataset = served.get(url.pathname);
      return dataset ? jsonResponse(dataset) : undefined;
    });
  });
  after(() => {
    routes?.restore();
    const coverage = TEXT_FIELDS.map(
      (field) => `${field}: ${[...(shownBy.get(field) ?? [])].join(' ')}`,
    ).join('; ');
    const seconds = Math.round((performance.now() - started) / 1000);
    console.log(
      `hostile data: ${runs.strings} generated string sets, ${runs.payloads} known payloads, ${runs.urls} generated ` +
        `URLs, each rendered by ${tags.length} elements, in ${seconds} s. Fields shown: ${coverage}`,
    );
  });
  beforeEach(() => {
    console.warn = () => {};
    clearDatasetCache();
    served = new Map();
    stage = document.createElement('div');
    document.body.append(stage);
    log = recordErrors();
  });
  afterEach(() => {
    console.warn = warn;
    stage.remove();
    log.stop();
  });

  /** Mount every element on `dataset` (served at a fresh URL); the watcher sees them from their first render. */
  async function render(dataset: DatasetJson, name: string) {
    const src = `/hardening/hostile/${name}-${served.size}.json`;
    served.set(src, dataset);
    const els = tags.map((tag) => create(tag, { ...showAttributes(tag, dataset), src }));
    stage.append(...els);
    const watch = watchDom(stage, els);
    await Promise.all(els.map(stable));
    watch.stop();
    return { els, problems: watch.problems() };
  }

  /** Render `values` and their placeholders; every element must render both the same, up to the values. */
  async function checkValues(values: TextValues, shape: LocalShape = 'ortsteil'): Promise<void> {
    const { benign, restore } = placeholdersFor(values);
    const tripwire = armTripwire();
    const scripts = document.scripts.length;
    try {
      const harmless = await render(hostileDataset(benign, undefined, shape), 'benign');
      const hostile = await render(hostileDataset(values, undefined, shape), 'hostile');
      expect(hostile.problems, 'nothing dangerous created while rendering').to.deep.equal([]);
      tags.forEach((tag, i) => {
        const before = harmless.els[i]!.shadowRoot!;
        const after = hostile.els[i]!.shadowRoot!;
        expect(skeleton(after), `<${tag}>: the same elements and attributes`).to.deep.equal(skeleton(before));
        expectSameRendering(
          serialize(after),
          serialize(before, restore),
          `<${tag}>: text and attribute values (the data verbatim)`,
        );
        // Which fields this element shows (only measurable when every field has its own placeholder).
        const text = serialize(before);
        if (new Set(Object.values(benign)).size === TEXT_FIELDS.length) {
          TEXT_FIELDS.forEach((field) => {
            if (text.includes(benign[field])) shownBy.set(field, (shownBy.get(field) ?? new Set()).add(tag));
          });
        }
      });
      expect(tripwire.tripped(), 'no payload ran').to.equal(false);
      expect(document.scripts.length, 'no script added to the page').to.equal(scripts);
      expect(log.errors).to.deep.equal([]);
    } finally {
      tripwire.restore();
      stage.replaceChildren();
      clearDatasetCache();
    }
  }

  it(`arbitrary strings in every text field (${FUZZ_RUNS} runs): rendered verbatim, nothing created`, async function () {
    this.timeout(240_000);
    const shape = fc.constantFrom<LocalShape>('ortsteil', 'kreis', 'land');
    const property = fc.asyncProperty(hostileValues, shape, async (values, at) => {
      runs.strings += 1;
      await checkValues(values, at);
    });
    await fc.assert(property, { numRuns: FUZZ_RUNS, endOnFailure: true });
  });

  it(`each of ${PAYLOADS.length} known payloads in every text field: rendered verbatim, nothing created`, async function () {
    this.timeout(120_000);
    for (const payload of PAYLOADS) {
      const values = Object.fromEntries(TEXT_FIELDS.map((field) => [field, payload])) as TextValues;
      runs.payloads += 1;
      await checkValues(values);
    }
  });

  it('the fuzzing reaches every field that an element shows', () => {
    // The fields the elements are meant to show (the others document the data: a source's coverage, the source's
    // wording of a year, notes, the Ortsteile as listed); each must have met hostile strings in some element.
    // Land and Kreis names head groups, which a single record never has: the many-records test below meets them.
    const shown = ['local.name', 'local.gemeinde.name', 'local.jointWith.0.name'];
    shown.push('partner.name', 'partner.nativeName', 'partner.region', 'partner.description');
    shown.push('source.title', 'source.publisher');
    expect(shown.filter((field) => !shownBy.has(field))).to.deep.equal([]);
  });

  it(`${PAYLOADS.length} payloads as ${PAYLOADS.length} records of one list (groups, headings): verbatim, nothing created`, async function () {
    this.timeout(60_000);
    const tokens = PAYLOADS.map((_, i) => `Q${String(i).padStart(2, '0')}Z`);
    const tripwire = armTripwire();
    try {
      const harmless = await render(manyRecordsDataset(tokens), 'many-benign');
      const hostile = await render(manyRecordsDataset(PAYLOADS), 'many-hostile');
      expect(hostile.problems).to.deep.equal([]);
      const shownSomewhere = new Set<string>();
      tags.forEach((tag, i) => {
        const before = harmless.els[i]!.shadowRoot!.textContent ?? '';
        const after = hostile.els[i]!.shadowRoot!.textContent ?? '';
        const shown = PAYLOADS.filter((_, j) => before.includes(tokens[j]!));
        for (const payload of shown) {
          expect(after, `<${tag}> shows ${JSON.stringify(payload)} verbatim`).to.contain(payload);
          shownSomewhere.add(payload);
        }
        expect(skeleton(hostile.els[i]!.shadowRoot!).length, `<${tag}>: no element more`).to.equal(
          skeleton(harmless.els[i]!.shadowRoot!).length,
        );
      });
      expect(shownSomewhere.size, 'every payload met some element').to.equal(PAYLOADS.length);
      expect(tripwire.tripped()).to.equal(false);
    } finally {
      tripwire.restore();
    }
    expect(log.errors).to.deep.equal([]);
  });

  /** Every link in every element: its address, and whether it says noopener noreferrer. */
  function links(els: readonly HTMLElement[]) {
    return els.flatMap((el) =>
      deepElements(el.shadowRoot!)
        .filter((node): node is HTMLAnchorElement | SVGAElement => node.localName === 'a')
        .map((a) => ({
          tag: el.localName,
          href: a.getAttribute('href') ?? a.getAttribute('xlink:href'),
          rel: (a.getAttribute('rel') ?? '').split(/\s+/u),
          text: a.textContent ?? '',
        })),
    );
  }

  it('http(s) websites with hostile parts: linked to exactly that address, with rel="noopener noreferrer"', async function () {
    this.timeout(60_000);
    const tripwire = armTripwire();
    try {
      for (const website of HOSTILE_HTTP_URLS) {
        const values = Object.fromEntries(TEXT_FIELDS.map((field) => [field, 'Partnerstadt'])) as TextValues;
        const { els, problems } = await render(hostileDataset(values, website), 'website');
        expect(problems).to.deep.equal([]);
        const found = links(els);
        const toWebsite = found.filter((link) => link.href === website);
        expect(toWebsite.length, `some element links ${website}`).to.be.greaterThan(0);
        for (const link of found) {
          expect(
            [website, 'https://example.org/quelle'],
            `<${link.tag}> links only addresses from the data`,
          ).to.include(link.href);
          expect(link.rel, `<${link.tag}> link to ${link.href}`).to.include.members([
            'noopener',
            'noreferrer',
          ]);
        }
        stage.replaceChildren();
      }
      expect(tripwire.tripped()).to.equal(false);
    } finally {
      tripwire.restore();
    }
    expect(log.errors).to.deep.equal([]);
  });

  it('websites that are not http(s) never become links: the record is shown, the address as text', async function () {
    this.timeout(60_000);
    const tripwire = armTripwire();
    try {
      for (const website of NON_HTTP_URLS) {
        const values = Object.fromEntries(TEXT_FIELDS.map((field) => [field, 'Partnerstadt'])) as TextValues;
        const { els, problems } = await render(hostileDataset(values, website), 'scheme');
        expect(problems, website).to.deep.equal([]);
        for (const link of links(els)) expect(link.href, `<${link.tag}>`).to.not.equal(website);
        for (const el of els) {
          const root = el.shadowRoot!;
          const what = `<${el.localName}> with ${JSON.stringify(website)}`;
          // Neither the note on left-out records nor a state (empty, error) instead of the content.
          const leftOut = root.querySelector('[part~="skipped"], [part~="state"]');
          expect(leftOut?.textContent ?? null, `${what}: shown, nothing left out`).to.equal(null);
        }
        const card = els.find((el) => el.localName === 'partner-card');
        const shown = card?.shadowRoot!.querySelector('[part~="website"]');
        expect(shown?.textContent, `the card shows ${JSON.stringify(website)} as text`).to.contain(website);
        stage.replaceChildren();
      }
      expect(tripwire.tripped()).to.equal(false);
    } finally {
      tripwire.restore();
    }
    expect(log.errors).to.deep.equal([]);
  });

  it(`generated URLs (${FUZZ_RUNS} runs): http(s) ones link exactly, scheme tricks never link`, async function () {
    this.timeout(240_000);
    const values = Object.fromEntries(TEXT_FIELDS.map((field) => [field, 'Partnerstadt'])) as TextValues;
    const httpUrl = fc.webUrl({
      validSchemes: ['http', 'https'],
      withQueryParameters: true,
      withFragments: true,
    });
    const trick = fc
      .tuple(
        fc.constantFrom(
          'javascript',
          'JAVASCRIPT',
          'jAvAsCrIpT',
          'java\tscript',
          'java\rscript',
          'vbscript',
          'data',
          'livescript',
          'file',
        ),
        fc.constantFrom(':', '&colon;', '&#58;', '\u0000:', ':\u0000'),
        fc.string({ maxLength: 30 }),
        fc.constantFrom('', ' ', '\t', '\u0001', '\u00a0'),
      )
      .map(([scheme, colon, rest, lead]) => `${lead}${scheme}${colon}${rest}`);
    const tripwire = armTripwire();
    try {
      await fc.assert(
        fc.asyncProperty(fc.oneof(httpUrl, trick), async (website) => {
          runs.urls += 1;
          const { els, problems } = await render(hostileDataset(values, website), 'generated');
          expect(problems).to.deep.equal([]);
          const found = links(els);
          const linked = found.some((link) => link.href === website);
          const isHttp = /^https?:\/\//iu.test(website);
          if (!isHttp) expect(linked, JSON.stringify(website)).to.equal(false);
          for (const link of found) {
            expect(new URL(link.href!, location.href).protocol).to.be.oneOf(['http:', 'https:']);
            expect(link.rel).to.include.members(['noopener', 'noreferrer']);
          }
          stage.replaceChildren();
          clearDatasetCache();
        }),
        { numRuns: FUZZ_RUNS, endOnFailure: true },
      );
      expect(tripwire.tripped()).to.equal(false);
    } finally {
      tripwire.restore();
    }
    expect(log.errors).to.deep.equal([]);
  });
});
