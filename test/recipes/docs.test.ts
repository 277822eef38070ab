import { expect } from '@open-wc/testing';
import { PARTNERSHIP_FIELDS } from '../../src/data/fields.js';
import { LOCALES } from '../../src/i18n/locale.js';
import { manifestElements, type ManifestElement } from '../package/manifest.js';
import { axeViolations, loadPage, partnerElements, settledAll, type LoadedPage } from './page-harness.js';

let elements: ManifestElement[];
let page: LoadedPage;

/** Resolves once docs.js has rendered everything it renders (it marks <html data-rendered>). */
async function rendered(doc: Document, timeout = 8000): Promise<void> {
  const start = performance.now();
  while (!doc.documentElement.hasAttribute('data-rendered')) {
    if (performance.now() - start > timeout) throw new Error('docs.js did not finish rendering');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((n) => n.textContent?.trim() ?? '');

describe('docs page (/docs/), served by npm start next to the demo', () => {
  before(async function () {
    this.timeout(20000);
    elements = await manifestElements();
    page = await loadPage('/docs/', { width: 1100, height: 1200 });
    await rendered(page.document);
  });
  after(() => page.remove());

  it('documents every element of custom-elements.json: attributes, events, parts, custom properties', () => {
    for (const e of elements) {
      const section = page.document.getElementById(e.tag);
      expect(section, `section #${e.tag}`).not.to.equal(null);
      const codes = texts(section!, 'tbody th code');
      for (const a of e.attributes) expect(codes, `${e.tag} attribute`).to.include(a.name);
      for (const ev of e.events) expect(codes, `${e.tag} event`).to.include(ev.name);
      for (const p of e.cssParts) expect(codes, `${e.tag} part`).to.include(`::part(${p.name})`);
      for (const p of e.cssProperties) expect(codes, `${e.tag} CSS property`).to.include(p.name);
      expect(texts(section!, '.snippet code').join('\n'), `${e.tag} snippet`).to.contain(`<${e.tag}`);
    }
  });

  it('lists every language the elements speak, from the one list of lit-localize.json', () => {
    const spoken = page.document.getElementById('languages-spoken')!;
    expect(texts(spoken, 'code')).to.deep.equal([...LOCALES]);
    expect(spoken.textContent).to.contain('German (de, the source language)');
  });

  it('offers the self-host zip as a download that the server answers with the zip', async () => {
    const links = [...page.document.querySelectorAll<HTMLAnchorElement>('#start a[href$=".zip"]')];
    expect(links.map((a) => new URL(a.href).pathname)).to.deep.equal(['/dist/partner-elements-selfhost.zip']);
    expect(links[0]!.hasAttribute('download'), 'a download, not a page').to.equal(true);
    const response = await fetch(links[0]!.href, { cache: 'no-store' });
    expect(response.status).to.equal(200);
    const head = new Uint8Array(await response.arrayBuffer()).slice(0, 4);
    expect([...head], 'a zip file').to.deep.equal([0x50, 0x4b, 0x03, 0x04]);
  });

  it('shows a live example of every element that loads its data', async function () {
    this.timeout(15000);
    const live = partnerElements(
      page.document,
      elements.map((e) => e.tag),
    );
    expect(live.map((el) => el.localName).sort()).to.deep.equal(elements.map((e) => e.tag).sort());
    await settledAll(page, live, 12000);
    expect([...page.errors].map(([el, e]) => `<${el.localName}>: ${e.message}`)).to.deep.equal([]);
  });

  it('renders the data format and the CSV columns as text a person reads, every value and level right', async () => {
    const format = page.document.getElementById('data-format')!;
    const csv = page.document.getElementById('csv-columns')!;
    for (const section of [format, csv]) {
      const text = section.innerText;
      expect(text, 'no object written as text').not.to.contain('[object');
      expect(text, 'no missing value').not.to.match(/undefined|null,|NaN/u);
    }
    // Every field of the table, each in the table of the object it lies in (under a heading one can link to), with
    // its allowed values: the cells of a field's row.
    const rowOf = (path: string) => {
      const dot = path.lastIndexOf('.');
      const parent = dot < 0 ? '' : path.slice(0, dot).replaceAll('[]', '');
      const heading = page.document.getElementById(
        ['schema-partnership', ...parent.split('.')].filter(Boolean).join('-'),
      );
      let region = heading?.nextElementSibling;
      while (region && !region.querySelector('table')) region = region.nextElementSibling;
      const row = [...(region?.querySelectorAll<HTMLTableRowElement>('tbody tr') ?? [])].find(
        (tr) => tr.querySelector('th code')?.textContent === path.slice(dot + 1),
      );
      return row ? [...row.cells].map((cell) => cell.textContent!.replace(/\s+/gu, ' ').trim()) : undefined;
    };
    for (const f of PARTNERSHIP_FIELDS) {
      const row = rowOf(f.path);
      expect(row, `a row for ${f.path}`).not.to.equal(undefined);
      if (f.type.type === 'enum')
        for (const v of f.type.values) expect(row![1], `${f.path} lists ${v}`).to.contain(v);
    }
    const rows = new Map(PARTNERSHIP_FIELDS.map((f) => [f.path, rowOf(f.path)!]));
    // Which areas a record names, per level, as the validator holds it.
    expect(rows.get('local.kreis')![2]).to.equal(
      'at level kreis, kreisfreie-stadt, verbandsgemeinde, gemeinde, ortsteil; left out at land',
    );
    expect(rows.get('local.gemeinde')![2]).to.equal(
      'at level kreisfreie-stadt, gemeinde, ortsteil; left out at land, kreis, verbandsgemeinde',
    );
    expect(rows.get('local.ortsteile')![2]).to.equal('at level ortsteil');
    expect(rows.get('partner.nativeLang')![2]).to.equal('only with partner.nativeName');
    expect(rows.get('local.land')![2]).to.equal('yes');
    // Every link within the page has its target.
    for (const link of page.document.querySelectorAll<HTMLAnchorElement>(
      '#data a[href^="#"], #csv a[href^="#"]',
    )) {
      expect(page.document.getElementById(link.hash.slice(1)), `target of ${link.hash}`).not.to.equal(null);
    }
    // The columns in the order of the published CSV, each a Kreis column needed where the Kreis is.
    const datapackage = (await fetch('/data/datapackage.json').then((r) => r.json())) as {
      resources: { format: string; schema: { fields: { name: string }[] } }[];
    };
    const columns = datapackage.resources.find((r) => r.format === 'csv')!.schema.fields.map((f) => f.name);
    expect(texts(csv, 'tbody th code')).to.deep.equal(columns);
    const kreisName = [...csv.querySelectorAll<HTMLTableRowElement>('tbody tr')].find(
      (tr) => tr.querySelector('th')!.textContent === 'kreis_name',
    )!;
    expect(kreisName.cells[3]!.textContent).to.equal(rows.get('local.kreis')![2]);
  });

  it('runs under the strict policy: no violation, no request off the site, no inline code', async () => {
    expect(page.headers.get('content-security-policy')).to.contain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).to.contain("require-trusted-types-for 'script'");
    await new Promise((r) => setTimeout(r, 300));
    expect(page.violations).to.deep.equal([]);
    expect(page.requests().filter((url) => new URL(url).origin !== location.origin)).to.deep.equal([]);
    expect(
      page.document.querySelectorAll('script:not([src]):not([type="application/json"]), [style]'),
    ).to.have.length(0);
  });

  it('is accessible: axe finds nothing, live examples included', async function () {
    this.timeout(30000);
    expect(await axeViolations(page), 'axe violations').to.deep.equal([]);
  });
});
