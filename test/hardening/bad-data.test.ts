// Bad data, for every element in custom-elements.json: files that are no dataset at all end in the error state,
// without a retry button (the same file would come again); a dataset with bad records shows exactly what the same dataset without them shows, and says how
// many records it left out. Nothing throws. The data command line's answers to the same files are tested in
// test/hardening/cli-bad-data.spec.ts.
import { expect } from '@open-wc/testing';
import { clearDatasetCache } from '../../src/data/loader.js';
import type { PartnerErrorEvent, PartnerLoadEvent } from '../../src/events.js';
import { $, text } from '../fixtures/kit.js';
import { BAD_RECORDS, UNUSABLE_FILES } from './support/bad-datasets.js';
import {
  baseOf,
  create,
  isVisiblyFilled,
  jsonResponse,
  listen,
  manifestTags,
  recordErrors,
  routeFetch,
  settledState,
  textResponse,
  type ErrorLog,
  type RoutedFetch,
} from './support/browser.js';
import { datasetOf, validRecord, type DatasetJson, type JsonObject } from './support/datasets.js';
import { showAttributes } from './support/profiles.js';

const tags = await manifestTags();

/** What the element shows, without the note on left-out records (compared against a clean dataset). */
function contentText(el: Element): string {
  const root = el.shadowRoot!;
  const note = root.querySelector('[part~="skipped"]')?.textContent ?? '';
  return (root.textContent ?? '').replace(note, '').replace(/\s+/gu, ' ').trim();
}

describe('bad data', () => {
  let stage: HTMLElement;
  let routes: RoutedFetch | undefined;
  let log: ErrorLog;
  /** The loader's console warnings (the developer's view of the left-out records), kept out of the test log. */
  let warnings: string[];
  const warn = console.warn;

  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
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
    console.warn = warn;
  });

  /** Every element, twice: on `bad` (served as `body`) and on the `clean` dataset; both settled. */
  async function mountPairs(body: string, clean: DatasetJson, filter: Record<string, string> = {}) {
    routes = routeFetch((url) => {
      if (url.pathname === '/hardening/bad.json') return textResponse(body, 200, 'application/json');
      if (url.pathname === '/hardening/clean.json') return jsonResponse(clean);
      return undefined;
    });
    const pairs = tags.map((tag) => {
      const attributes = { ...filter, ...showAttributes(tag, clean) };
      const bad = create(tag, { ...attributes, src: '/hardening/bad.json' });
      const good = create(tag, { ...attributes, src: '/hardening/clean.json' });
      stage.append(bad, good);
      return { tag, bad, good };
    });
    for (const { bad, good } of pairs)
      await Promise.all([settledState(bad, 15_000), settledState(good, 15_000)]);
    return pairs;
  }

  for (const file of UNUSABLE_FILES) {
    it(`${file.name}: every element shows the error state without a retry button, the console says why`, async () => {
      routes = routeFetch((url) =>
        url.pathname === '/hardening/unusable.json' ? textResponse(file.body, 200, file.type) : undefined,
      );
      const errors = listen<PartnerErrorEvent>(stage, 'partner-error');
      const els = tags.map((tag) => create(tag, { src: '/hardening/unusable.json' }));
      stage.append(...els);
      for (const el of els) {
        await settledState(el);
        const alert = $(el, '[role="alert"]');
        expect(alert, `<${el.localName}> says the file is unusable`).to.not.equal(null);
        expect(alert!.innerText, 'and where the webmaster reads more').to.contain(
          'Details stehen in der Konsole des Browsers.',
        );
        expect($(el, 'button[part~="retry-button"]'), `<${el.localName}> offers no retry`).to.equal(null);
        expect(isVisiblyFilled(el)).to.equal(true);
      }
      expect(errors.events).to.have.length(tags.length);
      // The console names the file and what is wrong with it, once for all elements (one request); partner-error
      // says the same to a page script.
      const url = new URL('/hardening/unusable.json', location.href).href;
      const why = errors.events[0]!.detail.message;
      expect(why.startsWith(`${url} `), why).to.equal(true);
      expect(why).to.match(
        / (is not valid JSON at line \d+, column \d+: |returned an HTML page|is not a usable|is a table without the columns)/u,
      );
      expect(new Set(errors.events.map((event) => event.detail.message)).size).to.equal(1);
      expect(log.errors).to.deep.equal([`console.error: partner-elements: ${why}`]);
      errors.stop();
    });
  }

  it('a file cut off mid-record: partner-error and the console name its line and column', async () => {
    routes = routeFetch((url) =>
      url.pathname === '/hardening/cut.json'
        ? textResponse('{\n  "schemaVersion": 1,\n  "partnerships": [\n    {"id": ', 200, 'application/json')
        : undefined,
    );
    const el = create('partner-list', { src: '/hardening/cut.json' });
    const errors = listen<PartnerErrorEvent>(el, 'partner-error');
    stage.append(el);
    await settledState(el);
    const message = `${new URL('/hardening/cut.json', location.href).href} is not valid JSON at line 4, column 12: the file ends too early.`;
    expect(errors.events.map((event) => event.detail)).to.deep.equal([{ status: 200, message }]);
    expect(log.errors).to.deep.equal([`console.error: partner-elements: ${message}`]);
    expect($(el, '[role="alert"]')!.innerText).to.equal(
      'Die Partnerschaften konnten nicht geladen werden. Die Datei enthält keine gültigen Partnerschaftsdaten. ' +
        'Details stehen in der Konsole des Browsers.',
    );
    await expect(el).to.be.accessible();
    errors.stop();
  });

  for (const bad of BAD_RECORDS) {
    it(`${bad.name}: the valid records still show, every element says how many were left out, the console which`, async () => {
      const valid = [0, 1, 2].map(validRecord);
      const dataset = datasetOf([...valid, ...bad.records()]);
      const loads = listen<PartnerLoadEvent>(stage, 'partner-load');
      const pairs = await mountPairs(JSON.stringify(dataset), datasetOf(valid));
      for (const { tag, bad: el, good } of pairs) {
        expect($(el, '[role="alert"]'), `<${tag}> shows the data, not an error`).to.equal(null);
        expect(contentText(el), `<${tag}> shows what the clean dataset shows`).to.equal(contentText(good));
        const note = $(el, '[part~="skipped"]');
        expect(note, `<${tag}> says that records were left out`).to.not.equal(null);
        expect(note!.innerText, `<${tag}> says how many`).to.match(
          new RegExp(`(^|\\D)${bad.skipped}(\\D|$)`, 'u'),
        );
        expect(note!.innerText, `<${tag}> says where to read which`).to.contain(
          'Details stehen in der Konsole des Browsers.',
        );
        expect($(good, '[part~="skipped"]'), `<${tag}> says nothing when nothing was left out`).to.equal(
          null,
        );
      }
      // One warning (one request) that names every record left out: the three valid ones come first.
      const told = warnings.filter((w) =>
        w.startsWith(`partner-elements: ${bad.skipped} invalid records in `),
      );
      expect(told, 'the developer console names the count once (one request)').to.have.length(1);
      const left = Array.from({ length: bad.skipped }, (_, i) => 3 + i);
      for (const index of left) expect(told[0]).to.contain(`\n- partnerships[${index}] (`);
      // Every element on the bad file hands the same list to a page script; none on the clean one.
      const badSrc = new URL('/hardening/bad.json', location.href).href;
      for (const { bad: el, good } of pairs) {
        const [mine] = loads.events.filter((event) => event.target === el);
        expect(new Set(mine!.detail.problems.map((p) => p.index))).to.deep.equal(new Set(left));
        for (const problem of mine!.detail.problems) expect(told[0]).to.contain(`- ${problem.message}`);
        const [clean] = loads.events.filter((event) => event.target === good);
        expect(clean!.detail.problems).to.deep.equal([]);
      }
      expect(told[0]).to.contain(badSrc);
      loads.stop();
      expect(log.errors).to.deep.equal([]);
    });
  }

  it('fields of the wrong type: the console names record, field and value; the note is accessible', async () => {
    const valid = [0, 1, 2].map(validRecord);
    const wrong = BAD_RECORDS.find((b) => b.name === 'records with fields of the wrong type')!;
    const pairs = await mountPairs(
      JSON.stringify(datasetOf([...valid, ...wrong.records()])),
      datasetOf(valid),
    );
    const lines = warnings.join('\n').split('\n');
    // Each on its own line, the record's index and id, the line of the file (one line: JSON.stringify), field, value.
    for (const line of [
      '- partnerships[3] (id "halberstadt--partnerort-10", line 1): since must be a whole year or null, not "1990"',
      '- partnerships[4] (id "halberstadt--partnerort-11", line 1): partner.name must be a string, not a number (value: 42)',
      '- partnerships[6] (id "halberstadt--partnerort-13", line 1): status must be a string, not a boolean (value: true)',
      '- partnerships[8] (id "halberstadt--partnerort-15", line 1): partner.coordinates.lat must be a number, not "north"',
    ])
      expect(lines).to.include(line);
    expect(lines.find((line) => line.startsWith('- partnerships[7] '))).to.match(
      /^- partnerships\[7\] \(id "halberstadt--partnerort-14", line 1\): local must be an object \{.*\}, not a string \(value: "Halberstadt"\)$/u,
    );
    for (const { tag, bad } of pairs) {
      expect(text($(bad, '[part~="skipped"]')), `<${tag}>`).to.equal(
        '6 fehlerhafte Einträge der Datendatei werden nicht angezeigt. Details stehen in der Konsole des Browsers.',
      );
      await expect(bad).to.be.accessible();
    }
  });

  it('deeply nested junk inside and beside records: valid records show, the junk record is counted', async () => {
    const depth = 50_000;
    const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const valid = [0, 1, 2].map(validRecord);
    const junk = JSON.stringify({ ...validRecord(3), partner: 'PLACEHOLDER' }).replace('"PLACEHOLDER"', deep);
    const extra = JSON.stringify({ ...validRecord(4), extra: 'PLACEHOLDER' }).replace('"PLACEHOLDER"', deep);
    const body = JSON.stringify({ ...datasetOf([]), junk: 'PLACEHOLDER' })
      .replace('"PLACEHOLDER"', deep)
      .replace(
        '"partnerships":[]',
        `"partnerships":[${valid.map((r) => JSON.stringify(r)).join(',')},${junk},${extra},${deep}]`,
      );
    // The record with an unknown extra field is valid (extra fields are allowed), so it counts among the clean ones.
    const clean = datasetOf([...valid, validRecord(4)]);
    const pairs = await mountPairs(body, clean);
    for (const { tag, bad: el, good } of pairs) {
      expect(contentText(el), `<${tag}>`).to.equal(contentText(good));
      expect($(el, '[part~="skipped"]')?.innerText ?? '', `<${tag}> counts the two junk records`).to.match(
        /(^|\D)2(\D|$)/u,
      );
    }
    expect(log.errors).to.deep.equal([]);
  });

  it('a 10 MB dataset: loads once, filters and shows its few matches in reasonable time', async function () {
    this.timeout(30_000);
    // Most records belong to another town; Halberstadt's five are what the elements show.
    const padding = 'Beschreibung einer Partnerstadt, wie sie ein Quellentext liefert. '.repeat(6);
    const other = (i: number): JsonObject => {
      const record = validRecord(i + 5) as { id: string; local: JsonObject; partner: JsonObject };
      record.id = `wernigerode--partnerort-${i}`;
      record.local = {
        ...record.local,
        name: 'Wernigerode',
        gemeinde: { name: 'Wernigerode', slug: 'wernigerode', key: '15085370' },
      };
      record.partner = { ...record.partner, description: padding };
      return record as unknown as JsonObject;
    };
    const mine = [0, 1, 2, 3, 4].map(validRecord);
    const records: JsonObject[] = [...mine];
    let size = 0;
    for (let i = 0; size < 10 * 1024 * 1024; i += 1) {
      const record = other(i);
      records.push(record);
      size += JSON.stringify(record).length;
    }
    const body = JSON.stringify(datasetOf(records));
    expect(body.length).to.be.greaterThan(10 * 1024 * 1024);
    const started = performance.now();
    const loads = listen<PartnerLoadEvent>(stage, 'partner-load');
    const pairs = await mountPairs(body, datasetOf(mine), { gemeinde: 'halberstadt' });
    const took = performance.now() - started;
    console.log(
      `10 MB dataset (${records.length} records): ${tags.length} elements shown in ${Math.round(took)} ms`,
    );
    for (const { tag, bad: el, good } of pairs) {
      expect($(el, '[role="alert"]'), `<${tag}>`).to.equal(null);
      expect(contentText(el), `<${tag}> shows Halberstadt's five`).to.equal(contentText(good));
    }
    expect(routes!.count('/hardening/bad.json'), 'one request for all elements').to.equal(1);
    expect(took, 'fast enough for a reader to wait').to.be.below(15_000);
    expect(loads.events.length).to.equal(2 * tags.length);
    loads.stop();
    expect(baseOf(pairs[0]!.bad)).to.not.equal(null);
    expect(log.errors).to.deep.equal([]);
  });
});
