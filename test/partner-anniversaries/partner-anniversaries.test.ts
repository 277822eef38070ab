// What only <partner-anniversaries> does; the states, events and languages every element shares are in
// test/contract/.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Dataset, Partnership } from '../../src/data/model.js';
import { filterPartnerships, type PartnershipFilter } from '../../src/data/queries.js';
import '../../src/elements/partner-anniversaries/define.js';
import type { PartnerAnniversariesElement } from '../../src/elements/partner-anniversaries/partner-anniversaries.js';
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

/** Computed here from the dataset alone: the round ages (5, 10, 15 …) partnerships reach in `year`. */
function expectedAnniversaries(set: readonly Partnership[], year: number): string[] {
  const holders = new Intl.ListFormat('de', { type: 'conjunction' });
  return set
    .filter((p) => p.since !== null && year > p.since && (year - p.since) % 5 === 0)
    .map(
      (p) =>
        `${year - p.since!} Jahre (seit ${p.since}) | ${shownName(p)} | Partner von ${holders.format([
          // An Ortsteil with its Gemeinde, unless its name says it.
          p.local.level === 'ortsteil' && p.local.gemeinde && !p.local.name.includes(p.local.gemeinde.name)
            ? `${p.local.name} (${p.local.gemeinde.name})`
            : p.local.name,
          ...(p.local.jointWith ?? []).map((a) => a.name),
        ])}`,
    )
    .sort();
}

/** What the element shows: each item with its group's heading. */
const shown = (el: Element) =>
  $$(el, '[part~="group"]')
    .flatMap((group) =>
      [...group.querySelectorAll('li[part~="item"]')].map(
        (li) =>
          `${text(group.querySelector('[part~="group-heading"]'))} | ${text(li.querySelector('[part~="name"]'))} | ${text(li.querySelector('[part~="local"]'))}`,
      ),
    )
    .sort();

let dataset: Dataset;

const anniversaries = (attributes: string, lang = 'de') =>
  show<PartnerAnniversariesElement>('partner-anniversaries', attributes, lang);

/** The first year from 2027 on in which none of `set` has a round anniversary. */
function quietYear(set: readonly Partnership[]): number {
  for (let year = 2027; year < 2032; year += 1) {
    if (expectedAnniversaries(set, year).length === 0) return year;
  }
  // Five years in a row, each a round one for some partnership: every remainder of 5 occurs.
  throw new Error('No quiet year: pick a smaller set');
}

describe('<partner-anniversaries>', () => {
  before(async () => {
    dataset = await publishedDataset();
  });
  beforeEach(() => freshLoader());

  describe('states', () => {
    it('a year without round anniversaries: a sentence that says so, accessible', async () => {
      const loads = collect<PartnerLoadEvent>('partner-load');
      const halberstadt = filterPartnerships(dataset.partnerships, { gemeinde: 'halberstadt' });
      const year = quietYear(halberstadt);
      const el = await anniversaries(`gemeinde="halberstadt" year="${year}"`);
      expect($$(el, 'li')).to.have.length(0);
      expect(text($(el, '[part~="empty"]'))).to.equal(
        `Im Jahr ${year} hat keine dieser Partnerschaften ein rundes Jubiläum.`,
      );
      expect(loads.filter((e) => e.target === el).map((e) => e.detail.count)).to.deep.equal([0]);
      await expect(el).to.be.accessible();
    });
  });

  describe('content', () => {
    it('year="2026": exactly the round anniversaries an independent count of the dataset finds', async () => {
      const el = await anniversaries('year="2026"');
      const expected = expectedAnniversaries(dataset.partnerships, 2026);
      expect(expected.length).to.be.greaterThan(0);
      expect(shown(el)).to.deep.equal(expected);
      expect(text($(el, '[part~="summary"]'))).to.equal(
        `Runde Jubiläen im Jahr 2026: ${expected.length} Partnerschaften`,
      );
    });

    for (const filter of [
      { kreis: 'harz' },
      { land: 'sachsen-anhalt' },
      { gemeinde: 'halle-saale' },
    ] as PartnershipFilter[]) {
      it(`follows the filter attributes (${JSON.stringify(filter)}) in 2031`, async () => {
        const attributes = Object.entries(filter)
          .map(([name, value]) => `${name}="${value}"`)
          .join(' ');
        const el = await anniversaries(`${attributes} year="2031"`);
        const set = filterPartnerships(dataset.partnerships, filter);
        const expected = expectedAnniversaries(set, 2031);
        if (expected.length === 0) {
          expect(text($(el, '[part~="empty"]'))).to.contain('2031');
        } else {
          expect(shown(el)).to.deep.equal(expected);
        }
      });
    }

    it('groups by age, the oldest first, under headings at heading-level', async () => {
      const el = await anniversaries('year="2026" heading-level="3"');
      const ages = $$(el, 'h3[part~="group-heading"]').map((h) => Number.parseInt(text(h), 10));
      expect(ages.length).to.be.greaterThan(1);
      expect(ages).to.deep.equal([...ages].sort((a, b) => b - a));
      expect(ages.every((age) => age % 5 === 0)).to.equal(true);
      expect($$(el, 'h2')).to.have.length(0);
    });

    it('defaults to the current year', async () => {
      const el = await anniversaries('');
      const year = new Date().getFullYear();
      const expected = expectedAnniversaries(dataset.partnerships, year);
      if (expected.length === 0) {
        expect(text($(el, '[part~="empty"]'))).to.contain(String(year));
      } else {
        expect(text($(el, '[part~="summary"]'))).to.contain(`im Jahr ${year}:`);
        expect(shown(el)).to.deep.equal(expected);
      }
    });

    it('follows a change of year', async () => {
      const el = await anniversaries('year="2026"');
      el.year = 2030;
      await el.updateComplete;
      expect(shown(el)).to.deep.equal(expectedAnniversaries(dataset.partnerships, 2030));
    });

    it('marks native names with their language', async () => {
      const el = await anniversaries('year="2026"');
      for (const span of $$(el, '[part~="name"] [lang]')) {
        expect(span.getAttribute('lang')).to.match(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/);
      }
    });
  });

  describe('events and keyboard', () => {
    it('partner-load carries the number of anniversaries shown', async () => {
      const loads = collect<PartnerLoadEvent>('partner-load');
      const el = await anniversaries('year="2026"');
      expect(loads.filter((e) => e.target === el).map((e) => e.detail.count)).to.deep.equal([
        expectedAnniversaries(dataset.partnerships, 2026).length,
      ]);
    });

    it('with `selectable`, Tab reaches a partner and Enter fires partner-select with its id', async () => {
      const el = await anniversaries('kreis="harz" year="2026" selectable');
      const selections = collect<PartnerSelectEvent>('partner-select', el);
      focusBefore(el);
      await sendKeys({ press: 'Tab' });
      const button = el.shadowRoot!.activeElement as HTMLElement;
      expect(button.getAttribute('part')).to.equal('select-button');
      await sendKeys({ press: 'Enter' });
      const harz = filterPartnerships(dataset.partnerships, { kreis: 'harz' });
      const chosen = harz.find((p) => shownName(p) === text(button))!;
      expect(selections.map((e) => e.detail.id)).to.deep.equal([chosen.id]);
      await expect(el).to.be.accessible();
    });
  });

  describe('languages', () => {
    const cases = {
      en: {
        summary: 'Round anniversaries in 2026:',
        heading: /^\d+ years \(since \d{4}\)$/,
        none: 'None of these partnerships has a round anniversary in',
      },
      fr: {
        summary: 'Anniversaires ronds en 2026 :',
        heading: /^\d+ ans \(depuis \d{4}\)$/,
        none: 'Aucun de ces partenariats ne fête d’anniversaire rond en',
      },
      pl: {
        summary: 'Okrągłe rocznice w roku 2026:',
        heading: /^\d+ lat \(od \d{4} r\.\)$/,
        none: 'żadne z tych partnerstw nie obchodzi okrągłej rocznicy',
      },
      ar: {
        summary: 'الذكريات السنوية المستديرة في عام 2026:',
        heading: /^\d+ (سنوات|سنة) \(منذ \d{4}\)$/u,
        none: 'ذكرى سنوية مستديرة لأيّ من هذه الشراكات',
      },
      cs: {
        summary: 'Kulatá výročí v roce 2026:',
        heading: /^\d+ let \(od roku \d{4}\)$/,
        none: 'nemá žádné z těchto partnerství kulaté výročí',
      },
      es: {
        summary: 'Aniversarios redondos en 2026:',
        heading: /^\d+ años \(desde \d{4}\)$/,
        none: 'ninguna de estas asociaciones cumple un aniversario redondo',
      },
      hu: {
        summary: 'Kerek évfordulók (2026):',
        heading: /^\d+ év \(\d{4} óta\)$/,
        none: 'egyikének sincs kerek évfordulója',
      },
      it: {
        summary: 'Anniversari tondi nel 2026:',
        heading: /^\d+ anni \(dal \d{4}\)$/,
        none: 'nessuno di questi partenariati ha un anniversario tondo',
      },
      nl: {
        summary: 'Ronde jubilea in 2026:',
        heading: /^\d+ jaar \(sinds \d{4}\)$/,
        none: 'heeft geen van deze partnerschappen een rond jubileum',
      },
      tr: {
        summary: '2026 yılındaki yuvarlak yıl dönümleri:',
        heading: /^\d+ yıl \(\d{4} yılından beri\)$/,
        none: 'bu ortaklıkların hiçbirinin yuvarlak yıl dönümü yok',
      },
      uk: {
        summary: 'Круглі ювілеї у 2026 році:',
        heading: /^\d+ років \(з \d{4} року\)$/,
        none: 'жодне з цих партнерств не має круглого ювілею',
      },
    } satisfies Record<TargetLocale, object>;
    for (const lang of targetLocales) {
      const { summary, heading, none } = cases[lang];
      it(`speaks ${lang}`, async () => {
        const el = await anniversaries('year="2026"', lang);
        expect(text($(el, '[part~="summary"]'))).to.contain(summary);
        for (const h of $$(el, '[part~="group-heading"]')) expect(text(h)).to.match(heading);
        await expect(el).to.be.accessible();
        const halberstadt = filterPartnerships(dataset.partnerships, { gemeinde: 'halberstadt' });
        const quiet = await anniversaries(`gemeinde="halberstadt" year="${quietYear(halberstadt)}"`, lang);
        expect(text($(quiet, '[part~="empty"]'))).to.contain(none);
      });
    }
  });

  it('renders without Lit dev-mode warnings', async () => {
    const warnings = await litWarnings(async () => {
      const el = await anniversaries('year="2026" selectable');
      el.year = 2027;
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([]);
  });
});
