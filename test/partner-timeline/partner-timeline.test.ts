import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { clearDatasetCache, configureLoader } from '../../src/data/loader.js';
import type { Dataset, Partnership } from '../../src/data/model.js';
import { filterPartnerships } from '../../src/data/queries.js';
import '../../src/elements/partner-timeline/define.js';
import type { PartnerTimelineElement } from '../../src/elements/partner-timeline/partner-timeline.js';
import type { PartnerErrorEvent, PartnerLoadEvent, PartnerSelectEvent } from '../../src/events.js';
import { hangUntilAborted, json, stubFetch } from '../fixtures/fetch-stub.js';
import { collect, settled } from '../fixtures/settled.js';
import { attach } from '../fixtures/attach.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const entries = (el: Element) => $$(el, 'li[part~="entry"]');

/** What a reader sees as a partner's name: the name, and its native form in brackets where it differs. */
const shownName = (p: Partnership) =>
  p.partner.nativeName && p.partner.nativeName !== p.partner.name
    ? `${p.partner.name} (${p.partner.nativeName})`
    : p.partner.name;

let dataset: Dataset;

async function timeline(attributes: string, lang = 'de'): Promise<PartnerTimelineElement> {
  const el = attach<PartnerTimelineElement>(`<partner-timeline ${attributes}></partner-timeline>`, lang);
  await settled(el);
  return el;
}

describe('<partner-timeline>', () => {
  before(async () => {
    dataset = (await (await fetch('/data/partnerships.json')).json()) as Dataset;
  });
  beforeEach(() => {
    clearDatasetCache();
    configureLoader({ timeout: 2000, retryDelays: [10] });
  });

  describe('states', () => {
    it('loading: busy, with a polite status, and accessible', async () => {
      const stub = stubFetch(hangUntilAborted);
      try {
        const el = attach<PartnerTimelineElement>(
          `<partner-timeline src="/data/slow.json"></partner-timeline>`,
        );
        await el.updateComplete;
        expect($(el, '[part~="base"]')!.getAttribute('aria-busy')).to.equal('true');
        expect(text($(el, '[role="status"]'))).to.equal('Partnerschaften werden geladen …');
        await expect(el).to.be.accessible();
      } finally {
        stub.restore();
      }
    });

    it('loaded: an accessible list of entries', async () => {
      const el = await timeline('kreis="harz"');
      expect($(el, '[part~="base"]')!.hasAttribute('aria-busy')).to.equal(false);
      expect(entries(el).length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('empty: a sentence, not a blank box, accessible', async () => {
      const el = await timeline('gemeinde="nirgendwo"');
      expect(entries(el)).to.have.length(0);
      expect(text($(el, '[part~="empty"]'))).to.equal(
        'Für diese Auswahl sind keine Partnerschaften verzeichnet.',
      );
      await expect(el).to.be.accessible();
    });

    it('error: an alert with a retry button that works from the keyboard, accessible', async () => {
      let calls = 0;
      const stub = stubFetch(() => (++calls === 1 ? new Response('', { status: 404 }) : json(dataset)));
      try {
        const el = await timeline('src="/data/flaky.json" kreis="harz"');
        expect(text($(el, '[role="alert"]'))).to.contain('Die Datendatei wurde nicht gefunden.');
        await expect(el).to.be.accessible();
        $(el, 'button[part~="retry-button"]')!.focus();
        await sendKeys({ press: 'Enter' });
        await settled(el);
        expect(entries(el)).to.have.length(
          filterPartnerships(dataset.partnerships, { kreis: 'harz' }).length,
        );
      } finally {
        stub.restore();
      }
    });
  });

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
      expect(mine[0]!.bubbles && mine[0]!.composed).to.equal(true);
    });

    it('partner-error carries the HTTP status', async () => {
      const errors = collect<PartnerErrorEvent>('partner-error');
      const el = await timeline('src="/no/such/file.json"');
      const mine = errors.filter((event) => event.target === el);
      expect(mine.map((event) => event.detail.status)).to.deep.equal([404]);
    });

    it('is plain text without `selectable`: nothing to tab to', async () => {
      const el = await timeline('kreis="harz"');
      expect($$(el, 'button, a, [tabindex]')).to.have.length(0);
    });

    it('with `selectable`, Tab reaches each partner and Enter fires partner-select', async () => {
      const el = await timeline('kreis="harz" selectable');
      const selections = collect<PartnerSelectEvent>('partner-select', el);
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      try {
        before.focus();
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
      } finally {
        before.remove();
      }
    });
  });

  describe('languages', () => {
    const cases = [
      {
        lang: 'en',
        decade: '1960s',
        country: 'Romania',
        kind: 'Cooperation agreement',
        unknown: 'Year unknown',
      },
      {
        lang: 'fr',
        decade: 'Années 1960',
        country: 'Roumanie',
        kind: 'Accord de coopération',
        unknown: 'Année inconnue',
      },
      {
        lang: 'pl',
        decade: 'Lata 1960.',
        country: 'Rumunia',
        kind: 'Porozumienie o współpracy',
        unknown: 'Rok nieznany',
      },
    ];
    for (const { lang, decade, country, kind, unknown } of cases) {
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
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await timeline('kreis="harz" selectable order="desc"');
      el.setAttribute('lang', 'en');
      await el.updateComplete;
    } finally {
      console.warn = original;
    }
    expect(warnings).to.deep.equal([]);
  });
});
