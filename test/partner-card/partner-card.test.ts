// What only <partner-card> does; the states, events and languages every element shares are in test/contract/.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Dataset, Partnership } from '../../src/data/model.js';
import { filterPartnerships } from '../../src/data/queries.js';
import '../../src/elements/partner-card/define.js';
import type { PartnerCardElement } from '../../src/elements/partner-card/partner-card.js';
import type { PartnerLoadEvent, PartnerSelectEvent } from '../../src/events.js';
import { json, stubFetch } from '../fixtures/fetch-stub.js';
import {
  $,
  $$,
  focusBefore,
  freshLoader,
  litWarnings,
  publishedDataset,
  show,
  targetLocales,
  text,
  type TargetLocale,
} from '../fixtures/kit.js';
import { collect } from '../fixtures/settled.js';
/** The facts list as term → value. */
const facts = (el: Element) =>
  Object.fromEntries(
    $$(el, '[part~="details"] .fact').map((f) => [text(f.querySelector('dt')), text(f.querySelector('dd'))]),
  );

let dataset: Dataset;
/** The Harz partner regions: the Kreis's own partnerships whose partner the source describes. */
let regions: Partnership[];

const card = (attributes: string, lang = 'de') => show<PartnerCardElement>('partner-card', attributes, lang);

describe('<partner-card>', () => {
  before(async () => {
    dataset = await publishedDataset();
    regions = filterPartnerships(dataset.partnerships, { kreis: 'harz' }).filter(
      (p) => p.local.level === 'kreis' && p.partner.description && p.partner.website,
    );
  });
  beforeEach(() => freshLoader());

  describe('states', () => {
    it('loaded: an article titled by the partner’s name', async () => {
      const el = await card('partnership="harz--iasi"');
      const article = $(el, 'article[part~="card"]')!;
      expect(text(el.shadowRoot!.getElementById(article.getAttribute('aria-labelledby')!))).to.equal(
        'Kreis Iași (Județul Iași)',
      );
    });

    it('not found: a clear sentence, never a blank box, accessible', async () => {
      const cases = [
        ['partnership="nirgendwo--nichts"', 'Die Partnerschaft „nirgendwo--nichts“ ist nicht verzeichnet.'],
        ['partner="Atlantis"', 'Zu „Atlantis“ ist kein Partner verzeichnet.'],
        ['kreis="harz" partner="Grenoble"', 'Zu „Grenoble“ ist kein Partner verzeichnet.'],
        ['', 'Es ist keine Partnerschaft ausgewählt.'],
      ];
      for (const [attributes, sentence] of cases) {
        const el = await card(attributes!);
        expect($(el, 'article')).to.equal(null);
        expect(text($(el, '[part~="empty"]'))).to.equal(sentence);
        await expect(el).to.be.accessible();
      }
    });
  });

  describe('a Harz partner region', () => {
    it('the dataset has Harz partner regions with description and website', () => {
      expect(regions.length).to.be.greaterThan(0);
    });

    it('shows each one’s description (German, marked so) and its website as a safe link', async () => {
      for (const p of regions) {
        const el = await card(`partnership="${p.id}"`);
        const description = $(el, '[part~="description"]')!;
        expect(text(description)).to.equal(p.partner.description!.replace(/\s+/g, ' ').trim());
        expect(description.getAttribute('lang')).to.equal('de');
        const link = $(el, 'a[part~="website-link"]') as HTMLAnchorElement;
        expect(link.getAttribute('href')).to.equal(p.partner.website);
        expect(link.target).to.equal('_blank');
        expect(link.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
        expect(text(link)).to.equal(
          `${p.partner.website!.replace(/^https?:\/\//, '').replace(/\/$/, '')} (öffnet in einem neuen Fenster)`,
        );
        await expect(el).to.be.accessible();
      }
    });

    it('is found by name within the Kreis too, and shows every fact', async () => {
      const iasi = dataset.partnerships.find((p) => p.id === 'harz--iasi')!;
      const el = await card('kreis="harz" partner="Kreis Iași"');
      expect(text($(el, '[part~="title"]'))).to.equal(`${iasi.partner.name} (${iasi.partner.nativeName})`);
      expect($(el, '[part~="title"] [lang]')!.getAttribute('lang')).to.equal(iasi.partner.nativeLang);
      expect(facts(el)).to.deep.equal({
        Staat: 'Rumänien',
        Region: iasi.partner.region,
        'Partner in Deutschland': 'Landkreis Harz',
        'Partnerschaft seit': String(iasi.since),
        Art: 'Kooperationsvereinbarung',
        Stand: 'aktiv',
        Website: `${iasi.partner.website!.replace(/^https?:\/\//, '').replace(/\/$/, '')} (öffnet in einem neuen Fenster)`,
      });
      expect($(el, '[part~="since"] time')!.getAttribute('datetime')).to.equal(String(iasi.since));
    });

    it('cites its sources by title, with the line numbers', async () => {
      const iasi = dataset.partnerships.find((p) => p.id === 'harz--iasi')!;
      const el = await card('partnership="harz--iasi"');
      const expected = [...new Set(iasi.sources.map((s) => s.source))].map((id) => {
        const source = dataset.sources.find((s) => s.id === id)!;
        const lines = iasi.sources.filter((s) => s.source === id).map((s) => s.line);
        const list = new Intl.ListFormat('de', { type: 'conjunction' }).format(lines.map(String));
        const kind = {
          official: 'Angabe der Kommune oder des Landes',
          compiled: 'von Dritten zusammengestellte Liste',
        };
        const said = `${source.publisher} (${kind[source.kind as 'official' | 'compiled']})`;
        return `${source.title}, ${said}: ${lines.length === 1 ? 'Zeile' : 'Zeilen'} ${list}`;
      });
      expect($$(el, '[part~="source"]').map(text)).to.deep.equal(expected);
      expect(expected.some((line) => line.includes('Zeilen'))).to.equal(true);
      // The Land's and the Kreis's own pages state it: no "laut Wikipedia".
      expect(iasi.sources.some((ref) => ref.source === 'landkreis-harz')).to.equal(true);
      expect(facts(el)).to.not.have.property('Angaben');
      expect($(el, '[part~="provenance"]')).to.equal(null);
    });

    it('says "laut Wikipedia" of a partnership only the encyclopedia knows, its English title marked as English', async () => {
      const el = await card('partnership="lueneburg--tartu"');
      expect(facts(el)['Angaben']).to.equal('laut Wikipedia');
      const [source] = $$(el, '[part~="source"]');
      expect(text(source)).to.match(
        /^List of twin towns .*, Wikipedia \(von Dritten zusammengestellte Liste\): Zeile 847$/,
      );
      expect(source!.querySelector('cite')!.getAttribute('lang')).to.equal('en');
      await expect(el).to.be.accessible();
      const english = await card('partnership="lueneburg--tartu"', 'en');
      expect(facts(english)['Source']).to.equal('according to Wikipedia');
      expect(text($(english, '[part~="source"]'))).to.contain(
        'Wikipedia (list compiled by others): line 847',
      );
    });

    it('a partner of several towns says it of each partnership only the encyclopedia knows', async () => {
      const el = await card('partner="Sarajevo"');
      const items = $$(el, 'li[part~="partnership"]');
      expect(items).to.have.length(2);
      for (const item of items) {
        const p = dataset.partnerships.find(
          (q) => q.partner.name === 'Sarajevo' && text(item).startsWith(`Partner von ${q.local.name} `),
        )!;
        const compiled = p.sources.every((ref) => ref.source === 'wikipedia');
        expect(text(item.querySelector('[part~="provenance"]')), p.id).to.equal(
          compiled ? 'laut Wikipedia' : '',
        );
      }
    });
  });

  describe('content', () => {
    it('a partner of several German towns lists each partnership, its sources all together', async () => {
      const el = await card('partner="grenoble"');
      const grenoble = dataset.partnerships.filter((p) => p.partner.name === 'Grenoble');
      expect(grenoble.length).to.be.greaterThan(1);
      expect($$(el, '[part~="section-heading"]').map(text)).to.deep.equal(['Partnerschaften', 'Quellen']);
      const items = $$(el, 'li[part~="partnership"]').map((li) => text(li.querySelector('[part~="local"]')));
      expect(items.sort()).to.deep.equal(grenoble.map((p) => `Partner von ${p.local.name}`).sort());
      // Facts of one partnership do not apply to all of them.
      expect(Object.keys(facts(el))).to.not.include('Partnerschaft seit');
    });

    it('puts its title at heading-level and its sections one below', async () => {
      const el = await card('partnership="harz--iasi" heading-level="3"');
      expect(text($(el, 'h3'))).to.equal('Kreis Iași (Județul Iași)');
      expect($$(el, 'h4').map(text)).to.deep.equal(['Quellen']);
      expect($$(el, 'h2')).to.have.length(0);
    });

    it('follows a change of partnership', async () => {
      const el = await card('partnership="harz--iasi"');
      el.partnership = 'harz--konecki';
      await el.updateComplete;
      expect(text($(el, '[part~="title"]'))).to.contain('Kreis Konecki');
    });

    it('never makes a link of an address that is not http(s)', async () => {
      const crafted = structuredClone(dataset);
      const iasi = crafted.partnerships.find((p) => p.id === 'harz--iasi')!;
      iasi.partner.website = 'javascript:alert(document.domain)';
      const stub = stubFetch(() => json(crafted));
      try {
        const el = await card('src="/data/crafted.json" kreis="harz" partner="iasi"');
        expect($$(el, 'a').filter((a) => !/^https?:/.test(a.getAttribute('href') ?? ''))).to.have.length(0);
        expect($$(el, '[href^="javascript:" i], [src^="javascript:" i]')).to.have.length(0);
        // The record is kept (the rest of it is sound) and the address shown as text.
        expect($(el, '[part~="website-link"]')).to.equal(null);
        expect(text($(el, '[part~="website"]'))).to.equal('javascript:alert(document.domain)');
      } finally {
        stub.restore();
      }
    });
  });

  describe('events and keyboard', () => {
    it('partner-load carries the number of partnerships shown (0 when not found)', async () => {
      const loads = collect<PartnerLoadEvent>('partner-load');
      const one = await card('partnership="harz--iasi"');
      const several = await card('partner="grenoble"');
      const none = await card('partner="Atlantis"');
      const count = (el: Element) => loads.filter((e) => e.target === el).map((e) => e.detail.count);
      expect(count(one)).to.deep.equal([1]);
      expect(count(several)).to.deep.equal([
        dataset.partnerships.filter((p) => p.partner.name === 'Grenoble').length,
      ]);
      expect(count(none)).to.deep.equal([0]);
    });

    it('Tab reaches the website link with a visible focus; Enter fires partner-select, which can keep the page', async () => {
      const el = await card('partnership="harz--iasi"');
      const selections: PartnerSelectEvent[] = [];
      el.addEventListener('partner-select', (event) => {
        event.preventDefault(); // the page handles it; the link is not followed
        selections.push(event);
      });
      focusBefore(el);
      await sendKeys({ press: 'Tab' });
      const link = el.shadowRoot!.activeElement as HTMLAnchorElement;
      expect(link.getAttribute('part')).to.equal('website-link');
      expect(getComputedStyle(link).outlineStyle).to.equal('solid');
      expect(link.getBoundingClientRect().height).to.be.at.least(24);
      await sendKeys({ press: 'Enter' });
      expect(selections.map((e) => e.detail.id)).to.deep.equal(['harz--iasi']);
      expect(selections[0]!.cancelable && selections[0]!.composed).to.equal(true);
    });
  });

  describe('languages', () => {
    const cases = {
      en: {
        country: ['Country', 'Romania'],
        since: 'Partners since',
        hint: '(opens in a new window)',
        sources: 'Sources',
        lines: 'lines',
      },
      fr: {
        country: ['Pays', 'Roumanie'],
        since: 'Partenaires depuis',
        hint: '(s’ouvre dans une nouvelle fenêtre)',
        sources: 'Sources',
        lines: 'lignes',
      },
      pl: {
        country: ['Państwo', 'Rumunia'],
        since: 'Partnerstwo od',
        hint: '(otwiera się w nowym oknie)',
        sources: 'Źródła',
        lines: 'wiersze',
      },
      ar: {
        country: ['البلد', 'رومانيا'],
        since: 'الشراكة منذ',
        hint: '(يُفتح في نافذة جديدة)',
        sources: 'المصادر',
        lines: 'الأسطر',
      },
      cs: {
        country: ['Stát', 'Rumunsko'],
        since: 'Partnerství od',
        hint: '(otevře se v novém okně)',
        sources: 'Zdroje',
        lines: 'řádky',
      },
      es: {
        country: ['País', 'Rumanía'],
        since: 'Socios desde',
        hint: '(se abre en una ventana nueva)',
        sources: 'Fuentes',
        lines: 'líneas',
      },
      hu: {
        country: ['Ország', 'Románia'],
        since: 'A partnerség kezdete',
        hint: '(új ablakban nyílik meg)',
        sources: 'Források',
        lines: 'sorok:',
      },
      it: {
        country: ['Paese', 'Romania'],
        since: 'Partner dal',
        hint: '(si apre in una nuova finestra)',
        sources: 'Fonti',
        lines: 'righe',
      },
      nl: {
        country: ['Land', 'Roemenië'],
        since: 'Partners sinds',
        hint: '(opent in een nieuw venster)',
        sources: 'Bronnen',
        lines: 'regels',
      },
      tr: {
        country: ['Ülke', 'Romanya'],
        since: 'Ortaklık başlangıcı',
        hint: '(yeni pencerede açılır)',
        sources: 'Kaynaklar',
        lines: 'satırlar',
      },
      uk: {
        country: ['Країна', 'Румунія'],
        since: 'Партнерство з',
        hint: '(відкривається в новому вікні)',
        sources: 'Джерела',
        lines: 'рядки',
      },
    } satisfies Record<TargetLocale, object>;
    for (const lang of targetLocales) {
      const { country, since, hint, sources, lines } = cases[lang];
      it(`speaks ${lang}`, async () => {
        const el = await card('partnership="harz--iasi"', lang);
        expect(facts(el)[country[0]!]).to.equal(country[1]);
        expect(Object.keys(facts(el))).to.include(since);
        expect(text($(el, '[part~="website-link"] .visually-hidden'))).to.equal(hint);
        expect(text($(el, '[part~="section-heading"]'))).to.equal(sources);
        expect($$(el, '[part~="source"]').map(text).join(' ')).to.contain(`: ${lines} `);
        const missing = await card('partner="Atlantis"', lang);
        expect(text($(missing, '[part~="empty"]')))
          .to.contain('Atlantis')
          .and.not.contain('verzeichnet');
        await expect(el).to.be.accessible();
      });
    }
  });

  it('renders without Lit dev-mode warnings', async () => {
    const warnings = await litWarnings(async () => {
      const el = await card('partner="grenoble"');
      el.partner = 'iasi';
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([]);
  });
});
