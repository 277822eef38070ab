// What only <partner-timeline> does; the states, events and languages every element shares are in test/contract/.
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { Dataset } from '../../src/data/model.js';
import { filterPartnerships } from '../../src/data/queries.js';
import '../../src/elements/partner-timeline/define.js';
import type { PartnerTimelineElement } from '../../src/elements/partner-timeline/partner-timeline.js';
import type { PartnerLoadEvent, PartnerSelectEvent } from '../../src/events.js';
import {
  $,
  $$,
  focusBefore,
  freshLoader,
  litWarnings,
  publishedDataset,
  show,
  shownName,
  text,
  targetLocales,
  type TargetLocale,
} from '../fixtures/kit.js';
import { collect } from '../fixtures/settled.js';

const entries = (el: Element) => $$(el, 'li[part~="entry"]');

let dataset: Dataset;

const timeline = (attributes: string, lang = 'de') =>
  show<PartnerTimelineElement>('partner-timeline', attributes, lang);

describe('<partner-timeline>', () => {
  before(async () => {
    dataset = await publishedDataset();
  });
  beforeEach(() => freshLoader());

  describe('content', () => {
    it('lists every Harz partnership exactly once, in year order, unknown years last and apart', async () => {
      const el = await timeline('kreis="harz"');
      const harz = filterPartnerships(dataset.partnerships, { kreis: 'harz' });
      const byName = new Intl.Collator('de', { sensitivity: 'base', numeric: true }).compare;
      const expected = [...harz]
        .sort(
          (a, b) => (a.since ?? Infinity) - (b.since ?? Infinity) || byName(a.partner.name, b.partner.name),
        )
        .map((p) => `${p.since ?? '-'} ${shownName(p)}`);
      const shown = entries(el).map(
        (li) =>
          `${li.querySelector('time')?.getAttribute('datetime') ?? '-'} ${text(li.querySelector('[part~="name"]'))}`,
      );
      expect(shown).to.deep.equal(expected);
      expect(new Set(shown).size).to.equal(harz.length);
      // The ones without a year are a section of their own, after every decade.
      const sections = $$(el, '[part~="decade"]');
      const unknown = sections.at(-1)!;
      expect(unknown.getAttribute('part')).to.contain('decade-unknown');
      expect(text(unknown.querySelector('[part~="decade-heading"]'))).to.equal('Ohne bekanntes Jahr');
      expect(unknown.querySelectorAll('li[part~="entry"]')).to.have.length(
        harz.filter((p) => p.since === null).length,
      );
      expect(unknown.querySelector('time')).to.equal(null);
    });

    it('groups by decade under real headings; every entry in its decade, each in an <ol>', async () => {
      const el = await timeline('kreis="harz"');
      const sections = $$(el, '[part~="decade"]:not([part~="decade-unknown"])');
      const harz = filterPartnerships(dataset.partnerships, { kreis: 'harz' });
      const decades = [
        ...new Set(harz.flatMap((p) => (p.since === null ? [] : [Math.floor(p.since / 10) * 10]))),
      ];
      expect(sections.map((s) => text(s.querySelector('h2')))).to.deep.equal(
        decades.sort((a, b) => a - b).map((d) => `${d}er Jahre`),
      );
      for (const section of sections) {
        const decade = Number.parseInt(text(section.querySelector('h2')), 10);
        expect(section.querySelector(':scope > ol[part~="list"]')).to.not.equal(null);
        for (const time of section.querySelectorAll('time')) {
          expect(Math.floor(Number(time.getAttribute('datetime')) / 10) * 10).to.equal(decade);
          expect(time.textContent).to.equal(time.getAttribute('datetime'));
        }
      }
    });

    it('shows partner (native name with its lang), country, German side and kind', async () => {
      const el = await timeline('kreis="harz"');
      const iasi = entries(el).find((li) => text(li).includes('Kreis Iași'))!;
      expect(iasi.querySelector('[lang="ro"]')!.textContent).to.equal('Județul Iași');
      expect(text(iasi.querySelector('[part~="country"]'))).to.equal('Rumänien');
      expect(text(iasi.querySelector('[part~="local"]'))).to.equal('Partner von Landkreis Harz');
      expect(text(iasi.querySelector('[part~="kind"]'))).to.equal('Kooperationsvereinbarung');
      expect(iasi.querySelector('time')!.getAttribute('datetime')).to.equal('2010');
    });

    it('marks the round anniversaries of `year` in words, exactly those an independent count finds', async () => {
      const el = await timeline('land="sachsen-anhalt" year="2026"');
      const set = filterPartnerships(dataset.partnerships, { land: 'sachsen-anhalt' });
      const expected = set
        .filter((p) => p.since !== null && 2026 - p.since > 0 && (2026 - p.since) % 5 === 0)
        .map((p) => `${shownName(p)}: Jubiläum 2026: ${2026 - p.since!} Jahre`)
        .sort();
      const marked = entries(el)
        .filter((li) => li.querySelector('[part~="anniversary"]'))
        .map(
          (li) =>
            `${text(li.querySelector('[part~="name"]'))}: ${text(li.querySelector('[part~="anniversary"]'))}`,
        )
        .sort();
      expect(marked).to.deep.equal(expected);
      expect(marked.length).to.be.greaterThan(0);
      const first = entries(el).find((li) => li.querySelector('[part~="anniversary"]'))!;
      expect(first.getAttribute('part')).to.equal('entry entry-anniversary');
    });

    it('marks the current year’s anniversaries when no year is given', async () => {
      const el = await timeline('land="sachsen-anhalt"');
      const year = new Date().getFullYear();
      const expected = filterPartnerships(dataset.partnerships, { land: 'sachsen-anhalt' }).filter(
        (p) => p.since !== null && year - p.since > 0 && (year - p.since) % 5 === 0,
      );
      const marks = $$(el, '[part~="anniversary"]');
      expect(marks).to.have.length(expected.length);
      for (const mark of marks) expect(text(mark)).to.match(new RegExp(`^Jubiläum ${year}: \\d+ Jahre$`));
    });

    it('newest first with order="desc", unknown years still last', async () => {
      const el = await timeline('kreis="harz" order="desc"');
      const years = entries(el).map((li) =>
        Number(li.querySelector('time')?.getAttribute('datetime') ?? NaN),
      );
      const known = years.filter((y) => !Number.isNaN(y));
      expect(known).to.deep.equal([...known].sort((a, b) => b - a));
      expect(years.slice(known.length).every(Number.isNaN)).to.equal(true);
      expect(text($(el, 'h2'))).to.equal(`${Math.floor(known[0]! / 10) * 10}er Jahre`);
    });

    it('puts headings at heading-level', async () => {
      const el = await timeline('kreis="harz" heading-level="4"');
      expect($$(el, 'h4').length).to.equal($$(el, '[part~="decade"]').length);
      expect($$(el, 'h2')).to.have.length(0);
    });

    it('sums up the count and the years spanned', async () => {
      const el = await timeline('kreis="harz"');
      const harz = filterPartnerships(dataset.partnerships, { kreis: 'harz' });
      const years = harz.flatMap((p) => (p.since === null ? [] : [p.since]));
      expect(text($(el, '[part~="summary"]'))).to.equal(
        `${harz.length} Partnerschaften, ${Math.min(...years)}–${Math.max(...years)}`,
      );
    });
  });

  describe('layout', () => {
    it('stacks decades vertically on a narrow element and sets them side by side on a wide one', async () => {
      const el = await timeline('kreis="harz"');
      el.style.width = '300px';
      await el.updateComplete;
      expect(getComputedStyle($(el, '.decades')!).display).to.equal('block');
      el.style.width = '960px';
      expect(getComputedStyle($(el, '.decades')!).display).to.equal('flex');
    });

    it('has no motion under prefers-reduced-motion', async () => {
      const el = await timeline('kreis="harz"');
      const marker = $(el, '[part~="marker"]')!;
      try {
        await emulateMedia({ reducedMotion: 'no-preference' });
        expect(getComputedStyle(marker).transitionDuration).to.not.equal('0s');
        await emulateMedia({ reducedMotion: 'reduce' });
        expect(getComputedStyle(marker).transitionDuration).to.equal('0s');
        expect(getComputedStyle(marker).animationName).to.equal('none');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });

  describe('events and keyboard', () => {
    it('partner-load carries the number of entries', async () => {
      const loads = collect<PartnerLoadEvent>('partner-load');
      const el = await timeline('kreis="harz"');
      const mine = loads.filter((event) => event.target === el);
      expect(mine.map((event) => event.detail.count)).to.deep.equal([
        filterPartnerships(dataset.partnerships, { kreis: 'harz' }).length,
      ]);
    });

    it('is plain text without `selectable`: nothing to tab to', async () => {
      const el = await timeline('kreis="harz"');
      expect($$(el, 'button, a, [tabindex]')).to.have.length(0);
    });

    it('with `selectable`, Tab reaches each partner and Enter fires partner-select', async () => {
      const el = await timeline('kreis="harz" selectable');
      const selections = collect<PartnerSelectEvent>('partner-select', el);
      focusBefore(el);
      await sendKeys({ press: 'Tab' });
      const first = el.shadowRoot!.activeElement as HTMLElement;
      expect(first.getAttribute('part')).to.equal('select-button');
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      const harz = filterPartnerships(dataset.partnerships, { kreis: 'harz' }).sort(
        (a, b) => (a.since ?? Infinity) - (b.since ?? Infinity),
      );
      expect(selections.map((event) => event.detail.id)).to.deep.equal([harz[0]!.id, harz[1]!.id]);
      expect(selections[0]!.bubbles && selections[0]!.composed).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('languages', () => {
    const cases = {
      en: {
        decade: '1960s',
        country: 'Romania',
        kind: 'Cooperation agreement',
        unknown: 'Year unknown',
      },
      fr: {
        decade: 'Années 1960',
        country: 'Roumanie',
        kind: 'Accord de coopération',
        unknown: 'Année inconnue',
      },
      pl: {
        decade: 'Lata 1960.',
        country: 'Rumunia',
        kind: 'Porozumienie o współpracy',
        unknown: 'Rok nieznany',
      },
      ar: {
        decade: 'عقد 1960',
        country: 'رومانيا',
        kind: 'اتفاقية تعاون',
        unknown: 'السنة غير معروفة',
      },
      cs: {
        decade: 'Desetiletí od roku 1960',
        country: 'Rumunsko',
        kind: 'Dohoda o spolupráci',
        unknown: 'Rok neznámý',
      },
      es: {
        decade: 'Años 1960',
        country: 'Rumanía',
        kind: 'Acuerdo de cooperación',
        unknown: 'Año desconocido',
      },
      hu: {
        decade: 'Évtized: 1960',
        country: 'Románia',
        kind: 'Együttműködési megállapodás',
        unknown: 'Ismeretlen év',
      },
      it: {
        decade: 'Anni 1960',
        country: 'Romania',
        kind: 'Accordo di cooperazione',
        unknown: 'Anno sconosciuto',
      },
      nl: {
        decade: 'Jaren 1960',
        country: 'Roemenië',
        kind: 'Samenwerkingsovereenkomst',
        unknown: 'Jaar onbekend',
      },
      tr: {
        decade: '1960 ile başlayan on yıl',
        country: 'Romanya',
        kind: 'İş birliği anlaşması',
        unknown: 'Yılı bilinmiyor',
      },
      uk: {
        decade: 'Десятиліття з 1960 року',
        country: 'Румунія',
        kind: 'Угода про співпрацю',
        unknown: 'Рік невідомий',
      },
    } satisfies Record<TargetLocale, object>;
    for (const lang of targetLocales) {
      const { decade, country, kind, unknown } = cases[lang];
      it(`speaks ${lang}`, async () => {
        const el = await timeline('kreis="harz" year="2026"', lang);
        expect(text($(el, 'h2'))).to.equal(decade);
        expect(text($(el, '[part~="decade-unknown"] h2'))).to.equal(unknown);
        const iasi = entries(el).find((li) => text(li).includes('Kreis Iași'))!;
        expect(text(iasi.querySelector('[part~="country"]'))).to.equal(country);
        expect(text(iasi.querySelector('[part~="kind"]'))).to.equal(kind);
        expect(text($(el, '[part~="anniversary"]'))).to.not.contain('Jubiläum');
        await expect(el).to.be.accessible();
      });
    }
  });

  it('renders without Lit dev-mode warnings', async () => {
    const warnings = await litWarnings(async () => {
      const el = await timeline('kreis="harz" selectable order="desc"');
      el.setAttribute('lang', 'en');
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([]);
  });
});
