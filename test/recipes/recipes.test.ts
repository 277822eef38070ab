import { expect } from '@open-wc/testing';
import { manifestElements } from '../package/manifest.js';
import { loadPage, partnerElements, settledAll, type LoadedPage } from './page-harness.js';

/** The policy the recipes promise; each recipe's own configuration file must produce exactly this header. */
const POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

interface RecipePage {
  recipe: string;
  page: string;
  /** Where that CMS serves the uploaded files from: the bundle and the default dataset must come from here. */
  uploads: string;
  /** The elements the page shows, in document order. */
  elements: string[];
  /** Markup of the CMS that the elements must survive (checked so the page keeps reproducing it). */
  markup?: (doc: Document) => void;
  /** Where the page's data comes from when it is not the package's default dataset. */
  data?: string[];
}

const PAGES: RecipePage[] = [
  {
    recipe: 'typo3',
    page: 'seite-html-element.html',
    uploads: '/fileadmin/partner-elements/',
    elements: ['partner-list', 'partner-map'],
    markup: (doc) => expect(doc.querySelector('.frame-type-html > partner-list')).not.to.equal(null),
  },
  {
    recipe: 'typo3',
    page: 'seite-inhaltselement.html',
    uploads: '/fileadmin/partner-elements/',
    elements: ['partner-list', 'partner-list'],
    markup: (doc) => {
      expect(doc.querySelectorAll('.frame-type-partnerelements_list > partner-list')).to.have.length(2);
      expect(doc.documentElement.lang).to.equal('de-DE');
    },
  },
  {
    recipe: 'wordpress',
    page: 'seite.html',
    uploads: '/wp-content/themes/stadt/partner-elements/',
    elements: ['partner-list', 'partner-timeline', 'partner-stats'],
    markup: (doc) => {
      // wpautop: the elements sit in <p>, separated by <br>.
      expect(doc.querySelector('.entry-content > p > partner-list + br + partner-timeline')).not.to.equal(
        null,
      );
      expect(doc.querySelector('.entry-content > p > partner-stats')).not.to.equal(null);
    },
  },
  {
    recipe: 'drupal',
    page: 'seite.html',
    uploads: '/themes/custom/stadt/partner-elements/',
    elements: ['partner-list', 'partner-stats'],
    markup: (doc) => {
      expect(doc.querySelector('script[type="application/json"][data-drupal-selector]')).not.to.equal(null);
      expect(doc.querySelector('.block-partnerstaedte > partner-list')).not.to.equal(null);
    },
  },
  {
    recipe: 'plain-html',
    page: 'index.html',
    uploads: '/partner-elements/',
    elements: ['partner-list', 'partner-map'],
  },
  {
    recipe: 'plain-html',
    page: 'eigene-daten.html',
    uploads: '/partner-elements/',
    elements: ['partner-list', 'partner-list'],
    data: ['/recipes/plain-html/daten/partnerschaften.json'],
  },
];

let tags: string[];
let page: LoadedPage | undefined;

before(async () => {
  tags = (await manifestElements()).map((e) => e.tag);
});

afterEach(() => {
  page?.remove();
  page = undefined;
});

describe('CMS recipes, each page as its CMS renders it, under the CMS-configured policy', () => {
  for (const spec of PAGES) {
    describe(`${spec.recipe}: ${spec.page}`, () => {
      it('is served with the Content-Security-Policy from the recipe’s own configuration', async () => {
        const response = await fetch(`/recipes/${spec.recipe}/${spec.page}`, { cache: 'no-store' });
        expect(response.status).to.equal(200);
        expect(response.headers.get('content-security-policy')).to.equal(POLICY);
      });

      it('renders every element with data, with no policy violation, no request off the site, no storage', async () => {
        const before = { local: localStorage.length, session: sessionStorage.length };
        page = await loadPage(`/recipes/${spec.recipe}/${spec.page}`);
        const elements = partnerElements(page.document, tags);
        expect(elements.map((el) => el.localName)).to.deep.equal(spec.elements);
        spec.markup?.(page.document);
        await settledAll(page, elements);

        const failed = [...page.errors].map(([el, e]) => `<${el.localName}>: ${e.status} ${e.message}`);
        expect(failed, 'partner-error').to.deep.equal([]);
        for (const el of elements) {
          expect(el.shadowRoot?.querySelector('[part~="base"]'), `<${el.localName}> rendered`).not.to.equal(
            null,
          );
          expect(page.loads.get(el), `<${el.localName}> partner-load count`).to.be.greaterThan(0);
        }
        // Give late work (chunks, map geometry, fonts the browser might try) a moment to show up too.
        await new Promise((r) => setTimeout(r, 300));
        expect(page.violations, 'Content-Security-Policy violations').to.deep.equal([]);

        const offSite = page.requests().filter((url) => new URL(url).origin !== location.origin);
        expect(offSite, 'requests off the site').to.deep.equal([]);
        const fetched = page.requests().map((url) => new URL(url).pathname);
        expect(fetched, 'the bundle from the CMS upload folder').to.include(
          `${spec.uploads}dist/cdn/partner-elements.js`,
        );
        // The recipes' pages show Halberstadt and the Landkreis Harz: the index part of both and Harz's shard, not all.
        const own = [`${spec.uploads}data/shards/index/h.json`, `${spec.uploads}data/shards/15085.json`];
        for (const data of spec.data ?? own) expect(fetched, 'the dataset').to.include(data);
        expect(page.document.cookie, 'cookies').to.equal('');
        expect({ local: localStorage.length, session: sessionStorage.length }, 'storage').to.deep.equal(
          before,
        );
      });
    });
  }
});

describe('the CMS upload folders hold exactly the self-host zip', () => {
  for (const uploads of [...new Set(PAGES.map((p) => p.uploads))]) {
    it(`${uploads}: the bundle and the data, and nothing else of the package`, async () => {
      const status = async (path: string) => (await fetch(`${uploads}${path}`, { cache: 'no-store' })).status;
      expect(await status('dist/cdn/partner-elements.js')).to.equal(200);
      expect(await status('data/partnerships.json')).to.equal(200);
      expect(await status('data/geo/world.json')).to.equal(200);
      for (const outside of ['package.json', 'src/index.ts', 'dist/index.js', 'data/sources/sources.json']) {
        expect(await status(outside), outside).to.equal(404);
      }
    });
  }
});

describe('the policy is really in force (control page under each recipe’s header)', () => {
  for (const recipe of [...new Set(PAGES.map((p) => p.recipe))]) {
    it(`${recipe}: blocks an inline script, inline styles and an off-site image`, async () => {
      page = await loadPage(`/recipe-tests/${recipe}/csp-control.html`);
      await new Promise((r) => setTimeout(r, 100));
      const win = page.window as Window & { inlineScriptRan?: boolean };
      expect(win.inlineScriptRan, 'inline script ran').to.equal(undefined);
      expect(win.getComputedStyle(page.document.body).color).not.to.equal('rgb(255, 0, 0)');
      const styled = page.document.getElementById('styled')!;
      expect(win.getComputedStyle(styled).color).not.to.equal('rgb(0, 128, 0)');
      const directives = [...new Set(page.violations.map((v) => v.directive))].sort();
      expect(directives).to.deep.equal(['img-src', 'script-src-elem', 'style-src-attr', 'style-src-elem']);
    });
  }
});
