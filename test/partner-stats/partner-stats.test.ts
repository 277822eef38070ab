// What only <partner-stats> does; the states, events and languages every element shares are in test/contract/.
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { Dataset } from '../../src/data/model.js';
import { filterPartnerships } from '../../src/data/queries.js';
import '../../src/elements/partner-list/define.js';
import type { PartnerListElement } from '../../src/elements/partner-list/partner-list.js';
import '../../src/elements/partner-stats/define.js';
import type { PartnerStatsElement } from '../../src/elements/partner-stats/partner-stats.js';
import type { PartnerLoadEvent } from '../../src/events.js';
import { attach } from '../fixtures/attach.js';
import {
  $,
  $$,
  freshLoader,
  litWarnings,
  publishedDataset,
  show,
  text,
  targetLocales,
  type TargetLocale,
} from '../fixtures/kit.js';
import { collect, settled } from '../fixtures/settled.js';
/** Numbers as a German reader sees them ("1.234"). */
const number = (value: string) => Number(value.replace(/[.\s\u00a0\u202f]/g, ''));

let dataset: Dataset;

const stats = (attributes: string, lang = 'de') =>
  show<PartnerStatsElement>('partner-stats', attributes, lang);

/** The chart as the reader sees it: label and number of each bar. */
const bars = (el: Element) =>
  $$(el, '[part~="row"]').map((row) => [
    text(row.querySelector('[part~="label"]')),
    number(text(row.querySelector('[part~="value"] [aria-hidden]'))),
  ]);
/** The table's body rows: label and number. */
const tableRows = (el: Element) =>
  $$(el, 'tbody tr').map((tr) => [text(tr.querySelector('th')), number(text(tr.querySelector('td')))]);

describe('<partner-stats>', () => {
  before(async () => {
    dataset = await publishedDataset();
  });
  beforeEach(() => freshLoader());

  describe('states', () => {
    it('loaded: accessible with the table open too', async () => {
      const el = await stats('kreis="harz"');
      $(el, '[part~="table-toggle"]')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('empty: no chart', async () => {
      const el = await stats('gemeinde="nirgendwo"');
      expect($(el, '[part~="chart"]')).to.equal(null);
    });
  });

  describe('numbers', () => {
    it('by country for Sachsen-Anhalt: adds up to the filtered set and matches <partner-list>', async () => {
      const el = attach<PartnerStatsElement>(
        `<partner-stats land="sachsen-anhalt" by="country"></partner-stats>`,
      );
      const list = attach<PartnerListElement>(
        `<partner-list land="sachsen-anhalt" group-by="none"></partner-list>`,
      );
      await Promise.all([settled(el), settled(list)]);
      const set = filterPartnerships(dataset.partnerships, { land: 'sachsen-anhalt' });
      const chart = bars(el);
      const sum = chart.reduce((total, [, count]) => total + (count as number), 0);
      expect(sum).to.equal(set.length);
      expect(number(text($(el, 'tfoot td')))).to.equal(set.length);
      expect(text($(el, '[part~="total"]'))).to.equal(`Insgesamt ${set.length} Partnerschaften`);
      // The list shows the same partnerships: its items, tallied by the country each names, are the chart's bars.
      const items = [...list.shadowRoot!.querySelectorAll('li[part~="item"]')];
      expect(items).to.have.length(set.length);
      const tally = new Map<string, number>();
      for (const item of items) {
        const country = text(item.querySelector('[part~="country"]'));
        tally.set(country, (tally.get(country) ?? 0) + 1);
      }
      expect(new Map(chart as [string, number][])).to.deep.equal(tally);
      // Most first.
      const counts = chart.map(([, count]) => count as number);
      expect(counts).to.deep.equal([...counts].sort((a, b) => b - a));
    });

    it('the table has the chart’s numbers, with headers and a total', async () => {
      const el = await stats('land="sachsen-anhalt"');
      expect(tableRows(el)).to.deep.equal(bars(el));
      expect($$(el, 'thead th').map(text)).to.deep.equal(['Partnerland', 'Partnerschaften']);
      expect($$(el, 'tbody th').every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
      expect(text($(el, 'table caption'))).to.equal('Partnerschaften nach Partnerland');
      expect(text($(el, 'tfoot th'))).to.equal('Insgesamt');
    });

    it('a limit shows the largest rows and sums the rest as “Weitere Länder”, still adding up', async () => {
      const el = await stats('land="sachsen-anhalt" limit="5"');
      const set = filterPartnerships(dataset.partnerships, { land: 'sachsen-anhalt' });
      const chart = bars(el);
      expect(chart).to.have.length(6);
      expect(chart.at(-1)![0]).to.equal('Weitere Länder');
      expect($$(el, '[part~="row"]').at(-1)!.getAttribute('part')).to.equal('row row-other');
      expect(chart.reduce((total, [, count]) => total + (count as number), 0)).to.equal(set.length);
      const countries = new Map<string, number>();
      for (const p of set) countries.set(p.partner.country, (countries.get(p.partner.country) ?? 0) + 1);
      const top = [...countries.values()].sort((a, b) => b - a).slice(0, 5);
      expect(chart.slice(0, 5).map(([, count]) => count)).to.deep.equal(top);
      expect(tableRows(el)).to.deep.equal(chart);
    });

    it('by decade: chronological, partnerships without a year counted too', async () => {
      const el = await stats('kreis="harz" by="decade"');
      const harz = filterPartnerships(dataset.partnerships, { kreis: 'harz' });
      const expected = new Map<string, number>();
      for (const p of [...harz].sort((a, b) => (a.since ?? Infinity) - (b.since ?? Infinity))) {
        const label = p.since === null ? 'Jahr unbekannt' : `${Math.floor(p.since / 10) * 10}er Jahre`;
        expected.set(label, (expected.get(label) ?? 0) + 1);
      }
      expect(bars(el)).to.deep.equal([...expected]);
      expect(text($(el, '[part~="caption"] .title'))).to.equal('Partnerschaften nach Jahrzehnt des Beginns');
    });

    it('by kind, with the kinds’ names', async () => {
      const el = await stats('land="sachsen-anhalt" by="kind"');
      const set = filterPartnerships(dataset.partnerships, { land: 'sachsen-anhalt' });
      const chart = new Map(bars(el) as [string, number][]);
      expect(chart.get('Städtepartnerschaft')).to.equal(set.filter((p) => p.kind === 'partnership').length);
      expect([...chart.values()].reduce((a, b) => a + b, 0)).to.equal(set.length);
    });

    it('draws each bar in proportion to the largest', async () => {
      const el = await stats('land="sachsen-anhalt"');
      el.style.width = '700px';
      await el.updateComplete;
      const rows = $$(el, '[part~="row"]');
      const width = (row: HTMLElement, part: string) =>
        row.querySelector(`[part~="${part}"]`)!.getBoundingClientRect().width;
      const largest = rows[0]!;
      expect(width(largest, 'bar')).to.be.closeTo(width(largest, 'track'), 0.5);
      const counts = bars(el).map(([, count]) => count as number);
      rows.forEach((row, i) => {
        expect(width(row, 'bar')).to.be.closeTo(
          Math.max(2, (width(row, 'track') * counts[i]!) / counts[0]!),
          1,
        );
      });
    });

    it('says each bar’s number in words for screen readers, plural-correct', async () => {
      const el = await stats('kreis="harz" by="kind"');
      const words = $$(el, '[part~="value"] .visually-hidden').map(text);
      for (const [i, [, count]] of bars(el).entries()) {
        expect(words[i]).to.equal(`${count} ${count === 1 ? 'Partnerschaft' : 'Partnerschaften'}`);
      }
    });
  });

  describe('table toggle and keyboard', () => {
    it('is a real button with aria-expanded that shows and hides the table', async () => {
      const el = await stats('kreis="harz"');
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      try {
        const toggle = $(el, 'button[part~="table-toggle"]')!;
        const table = $(el, 'table')!;
        expect(toggle.getAttribute('aria-controls')).to.equal(table.id);
        expect(toggle.getAttribute('aria-expanded')).to.equal('false');
        expect(getComputedStyle(table).display).to.equal('none');
        before.focus();
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.equal(toggle);
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(toggle.getAttribute('aria-expanded')).to.equal('true');
        expect(getComputedStyle(table).display).to.equal('table');
        await sendKeys({ press: 'Space' });
        await el.updateComplete;
        expect(toggle.getAttribute('aria-expanded')).to.equal('false');
        expect(getComputedStyle(table).display).to.equal('none');
      } finally {
        before.remove();
      }
    });

    it('shows the table from the start with `table`', async () => {
      const el = await stats('kreis="harz" table');
      expect($(el, '[part~="table-toggle"]')!.getAttribute('aria-expanded')).to.equal('true');
      expect(getComputedStyle($(el, 'table')!).display).to.equal('table');
    });

    it('always prints the table, never the toggle', async () => {
      const el = await stats('kreis="harz"');
      try {
        await emulateMedia({ media: 'print' });
        expect(getComputedStyle($(el, 'table')!).display).to.equal('table');
        expect(getComputedStyle($(el, '[part~="table-toggle"]')!).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('events', () => {
    it('partner-load carries the number of partnerships counted', async () => {
      const loads = collect<PartnerLoadEvent>('partner-load');
      const el = await stats('land="sachsen-anhalt" limit="3"');
      const mine = loads.filter((event) => event.target === el);
      expect(mine.map((event) => event.detail.count)).to.deep.equal([
        filterPartnerships(dataset.partnerships, { land: 'sachsen-anhalt' }).length,
      ]);
    });
  });

  describe('languages', () => {
    const plural = (lang: string, n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>>) =>
      forms[new Intl.PluralRules(lang).select(n)] ?? forms.other!;
    const cases = {
      en: {
        title: 'Partnerships by partner country',
        total: (n: number) =>
          `${n} ${plural('en', n, { one: 'partnership', other: 'partnerships' })} in total`,
        poland: 'Poland',
        toggle: 'Figures as a table',
      },
      fr: {
        title: 'Partenariats par pays partenaire',
        total: (n: number) =>
          `${n} ${plural('fr', n, { one: 'partenariat', other: 'partenariats' })} au total`,
        poland: 'Pologne',
        toggle: 'Chiffres sous forme de tableau',
      },
      pl: {
        title: 'Partnerstwa według kraju partnera',
        total: (n: number) =>
          `Łącznie ${n} ${plural('pl', n, { one: 'partnerstwo', few: 'partnerstwa', many: 'partnerstw' })}`,
        poland: 'Polska',
        toggle: 'Dane w tabeli',
      },
      ar: {
        title: 'الشراكات حسب البلد الشريك',
        total: (n: number) =>
          `المجموع: ${n} ${plural('ar', n, { one: 'شراكة', two: 'شراكتان', few: 'شراكات', many: 'شراكة', other: 'شراكة' })}`,
        poland: 'بولندا',
        toggle: 'الأرقام في جدول',
      },
      cs: {
        title: 'Partnerství podle partnerské země',
        total: (n: number) => `Celkem ${n} partnerství`,
        poland: 'Polsko',
        toggle: 'Čísla v tabulce',
      },
      es: {
        title: 'Asociaciones por país socio',
        total: (n: number) =>
          `${n} ${plural('es', n, { one: 'asociación', other: 'asociaciones' })} en total`,
        poland: 'Polonia',
        toggle: 'Cifras en una tabla',
      },
      hu: {
        title: 'Partnerkapcsolatok partnerország szerint',
        total: (n: number) => `Összesen ${n} partnerkapcsolat`,
        poland: 'Lengyelország',
        toggle: 'Számok táblázatként',
      },
      it: {
        title: 'Partenariati per paese partner',
        total: (n: number) =>
          `${n} ${plural('it', n, { one: 'partenariato', other: 'partenariati' })} in totale`,
        poland: 'Polonia',
        toggle: 'Dati in tabella',
      },
      nl: {
        title: 'Partnerschappen per partnerland',
        total: (n: number) =>
          `In totaal ${n} ${plural('nl', n, { one: 'partnerschap', other: 'partnerschappen' })}`,
        poland: 'Polen',
        toggle: 'Cijfers als tabel',
      },
      tr: {
        title: 'Ortak ülkeye göre ortaklıklar',
        total: (n: number) => `Toplam ${n} ortaklık`,
        poland: 'Polonya',
        toggle: 'Tablo olarak rakamlar',
      },
      uk: {
        title: 'Партнерства за країною-партнером',
        total: (n: number) =>
          `Усього ${n} ${plural('uk', n, { one: 'партнерство', few: 'партнерства', many: 'партнерств', other: 'партнерства' })}`,
        poland: 'Польща',
        toggle: 'Дані таблицею',
      },
    } satisfies Record<TargetLocale, object>;
    for (const lang of targetLocales) {
      const { title, total, poland, toggle } = cases[lang];
      it(`speaks ${lang}, totals plural-correct`, async () => {
        // Counts whose plural forms differ: many (pl), few (pl), one.
        const filters = [{ kreis: 'harz' }, { gemeinde: 'halberstadt' }, { gemeinde: 'harzgerode' }];
        for (const filter of filters) {
          const [[name, value]] = Object.entries(filter) as [[string, string]];
          const el = await stats(`${name}="${value}"`, lang);
          const n = filterPartnerships(dataset.partnerships, filter).length;
          expect(text($(el, '[part~="caption"] .title'))).to.equal(title);
          expect(text($(el, '[part~="total"]'))).to.equal(total(n));
          expect(text($(el, '[part~="table-toggle"]'))).to.equal(toggle);
          if (value === 'harz') expect(bars(el).map(([label]) => label)).to.include(poland);
          await expect(el).to.be.accessible();
        }
      });
    }
  });

  it('renders without Lit dev-mode warnings', async () => {
    const warnings = await litWarnings(async () => {
      const el = await stats('land="sachsen-anhalt" limit="4"');
      $(el, '[part~="table-toggle"]')!.click();
      el.by = 'decade';
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([]);
  });
});
