import { expect } from '@open-wc/testing';
import { manifestElements, type ManifestElement } from '../package/manifest.js';
import { loadPage, partnerElements, settledAll, type LoadedPage } from './page-harness.js';

interface AxeResults {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}
type AxeWindow = Window & {
  axe?: { run(context: Document): Promise<AxeResults> };
  trustedTypes: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): unknown };
};

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

  it('renders the data format from data/schema.json and the CSV columns from data/datapackage.json', async () => {
    const [schema, datapackage] = await Promise.all([
      fetch('/data/schema.json').then(
        (r) => r.json() as Promise<{ $defs: Record<string, { properties?: object }> }>,
      ),
      fetch('/data/datapackage.json').then(
        (r) =>
          r.json() as Promise<{ resources: { format: string; schema: { fields: { name: string }[] } }[] }>,
      ),
    ]);
    const format = page.document.getElementById('data-format')!;
    for (const field of Object.keys(schema.$defs.partnership!.properties!)) {
      expect(
        texts(format, '#schema-partnership + * tbody th code, #schema-partnership ~ * tbody th code'),
      ).to.include(field);
    }
    const columns = datapackage.resources.find((r) => r.format === 'csv')!.schema.fields.map((f) => f.name);
    expect(texts(page.document.getElementById('csv-columns')!, 'tbody th code')).to.deep.equal(columns);
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
    const win = page.window as unknown as AxeWindow;
    // The page allows one Trusted Types policy name, Lit's; the test borrows it to load axe into the page.
    const policy = win.trustedTypes.createPolicy('lit-html', {
      createScriptURL: (url) => url,
    }) as unknown as {
      createScriptURL(url: string): string;
    };
    const script = page.document.createElement('script');
    script.src = policy.createScriptURL('/node_modules/axe-core/axe.min.js');
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', reject);
    });
    page.document.head.append(script);
    await loaded;
    const results = await win.axe!.run(page.document);
    const found = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(found, 'axe violations').to.deep.equal([]);
  });
});
