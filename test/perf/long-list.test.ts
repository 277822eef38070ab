// <partner-list> with thousands of partnerships renders a screenful first and the rest step by step. Whatever the
// steps, the reader must end up with every partnership in the DOM, in the right order, searchable, and accessible.
import { expect, fixtureSync, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { generateDataset, serializeDataset } from '../../bench/generate/synthetic.mjs';
import { clearDatasetCache } from '../../src/data/loader.js';
import type { Dataset } from '../../src/data/model.js';
import { searchPartnerships, sortPartnerships } from '../../src/queries.js';
import '../../src/elements/partner-list/define.js';
import type { PartnerListElement } from '../../src/elements/partner-list/partner-list.js';
import { $$ } from '../fixtures/kit.js';

let counter = 0;

/** The dataset inline (as a webmaster may embed it), and the element reading it. */
async function longList(dataset: Dataset, attributes: Record<string, string> = {}) {
  const id = `long-list-${(counter += 1)}`;
  const host = document.createElement('div');
  host.lang = 'de';
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = id;
  script.textContent = serializeDataset(dataset);
  const el = document.createElement('partner-list');
  el.setAttribute('src', `#${id}`);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  host.append(script, el);
  const loaded = oneEvent(el, 'partner-load');
  fixtureSync(host);
  await loaded;
  return el;
}

/**
 * The items a reader sees (in the DOM and not hidden; the browser may skip painting those far off screen, which
 * keeps them visible): while search results are shown, the whole list is kept in the DOM, hidden.
 */
const shownItems = (el: Element) => $$(el, '[part~="item"]').filter((item) => item.checkVisibility());

/** Resolves when the element shows `count` items (the later steps run in tasks of their own). */
async function itemsReach(el: PartnerListElement, count: number): Promise<void> {
  const deadline = performance.now() + 20_000;
  while (shownItems(el).length !== count) {
    if (performance.now() > deadline) throw new Error(`${shownItems(el).length} of ${count} items`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await el.updateComplete;
}

describe('<partner-list> with thousands of partnerships', () => {
  beforeEach(() => clearDatasetCache());

  it('shows the first screen at once and then every partnership, in the order of a plain render', async () => {
    const dataset = generateDataset(2500, 11);
    const el = await longList(dataset, { 'group-by': 'none' });
    const first = shownItems(el).length;
    expect(first).to.be.greaterThan(20).and.lessThan(2500);
    expect($$(el, '[part~="summary"]')[0]!.textContent).to.contain('2.500 Partnerschaften');
    await itemsReach(el, 2500);
    const names = $$(el, '[part~="item"] [part~="name"]').map((node) => node.textContent!.trim());
    const expected = sortPartnerships(dataset.partnerships, 'name', 'de').map((p) => p.partner.name);
    // A native name in another script is shown after the name: compare the start.
    names.forEach((name, i) => expect(name.startsWith(expected[i]!), `${i}: ${name}`).to.equal(true));
  });

  it('grouped by town: every group and every item arrives', async () => {
    const dataset = generateDataset(1200, 12);
    const el = await longList(dataset);
    await itemsReach(el, 1200);
    const towns = new Set(
      dataset.partnerships
        .filter((p) => !['kreis', 'land'].includes(p.local.level))
        .map((p) => p.local.gemeinde!.key),
    );
    const counties = new Set(
      dataset.partnerships.filter((p) => p.local.level === 'kreis').map((p) => p.local.kreis!.key),
    );
    expect($$(el, '[part~="group"]')).to.have.length(towns.size + counties.size);
  });

  it('a search typed while the list builds up shows exactly the matches, and clearing it brings all back', async () => {
    const dataset = generateDataset(3000, 13);
    const el = await longList(dataset, { search: '', 'group-by': 'none' });
    $$(el, 'input[type="search"]')[0]!.focus();
    await sendKeys({ type: 'lo' });
    const expected = searchPartnerships(dataset, dataset.partnerships, 'lo', 'de');
    expect(expected.length).to.be.greaterThan(100);
    await itemsReach(el, expected.length);
    // What is shown is exactly the matches, in the list's order.
    const shown = shownItems(el).map((item) => item.querySelector('[part~="name"]')!.textContent!.trim());
    const names = sortPartnerships(expected, 'name', 'de').map((p) => p.partner.name);
    shown.forEach((name, i) => expect(name.startsWith(names[i]!), `${i}: ${name}`).to.equal(true));
    // The whole list was kept while the results were shown: back at once, and it builds on to the end.
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect($$(el, '.results')).to.have.length(0);
    expect(shownItems(el).length).to.be.greaterThan(20);
    await itemsReach(el, 3000);
    expect($$(el, '[part~="item"]'), 'no item twice').to.have.length(3000);
  });

  it('only a list of several runs lets the browser skip them: a short list below the fold has its real height', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '300vh';
    document.body.prepend(spacer);
    try {
      const short = await longList(generateDataset(40, 3));
      await itemsReach(short, 40);
      expect($$(short, '.run--skippable')).to.have.length(0);
      const items = $$(short, '[part~="item"]');
      const bottom = items[items.length - 1]!.getBoundingClientRect().bottom;
      // Laid out for real, not held at an estimate of hundreds of rem.
      expect(short.getBoundingClientRect().bottom - bottom).to.be.below(100);
      const long = await longList(generateDataset(1000, 3));
      expect($$(long, '.run--skippable').length).to.be.greaterThan(0);
    } finally {
      spacer.remove();
    }
  });

  it('a keystroke in a short list shows a screenful of its results at once, and every match once typing pauses', async () => {
    const dataset = generateDataset(300, 7);
    const el = await longList(dataset, { search: '', 'group-by': 'none' });
    await itemsReach(el, 300); // short enough to render at once
    $$(el, 'input[type="search"]')[0]!.focus();
    await sendKeys({ type: 'e' });
    await el.updateComplete;
    const expected = searchPartnerships(dataset, dataset.partnerships, 'e', 'de');
    expect(expected.length).to.be.greaterThan(100);
    const first = shownItems(el).length;
    expect(first, 'a screenful first').to.be.within(10, 50);
    expect($$(el, '[part~="summary"]')[0]!.textContent, 'the count says all').to.contain(
      String(expected.length),
    );
    await itemsReach(el, expected.length);
  });

  it('while search results are shown the whole list stays in the DOM, out of sight, focus and the accessibility tree', async () => {
    const dataset = generateDataset(600, 15);
    for (const p of dataset.partnerships) p.partner.website = `https://example.org/${p.id}`;
    const el = await longList(dataset, { search: '', 'group-by': 'none', query: 'lo' });
    await el.updateComplete;
    const hidden = $$(el, '.all')[0]!;
    expect(getComputedStyle(hidden).contentVisibility).to.equal('hidden');
    expect(hidden.getBoundingClientRect().height, 'takes no room').to.equal(0);
    const link = hidden.querySelector<HTMLElement>('a[href]');
    link!.focus();
    expect(el.shadowRoot!.activeElement, 'a hidden link cannot take focus').to.not.equal(link);
    const expected = searchPartnerships(dataset, dataset.partnerships, 'lo', 'de');
    await itemsReach(el, expected.length);
    await expect(el).to.be.accessible();
  });

  it('is accessible once complete, with every item in the accessibility tree (no virtual scrolling)', async function () {
    this.timeout(60_000); // axe over hundreds of items on a shared machine
    const dataset = generateDataset(450, 14);
    const el = await longList(dataset, { 'group-by': 'country' });
    await itemsReach(el, 450);
    await expect(el).to.be.accessible();
    // content-visibility: auto keeps off-screen items rendered for assistive technology and find-in-page.
    const last = $$(el, '[part~="item"]').at(-1)!;
    expect(getComputedStyle(last).visibility).to.equal('visible');
    expect(last.checkVisibility({ contentVisibilityAuto: false })).to.equal(true);
  });
});
