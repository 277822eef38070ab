// What only <partner-list> does; the states, events and languages every element shares are in test/contract/.
import { expect, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/partner-list/define.js';
import type { PartnerListElement } from '../../src/elements/partner-list/partner-list.js';
import type { PartnerLoadEvent, PartnerSelectEvent } from '../../src/events.js';
import { stubFetch } from '../fixtures/fetch-stub.js';
import { $, $$, freshLoader, show, text, FIXTURE_SRC as SRC } from '../fixtures/kit.js';
import { collect, settled } from '../fixtures/settled.js';

/** The items a reader sees: while search results are shown, the whole list is kept in the DOM, hidden. */
const shownItems = (el: Element) => $$(el, '[part~="item"]').filter((item) => item.checkVisibility());
const itemNames = (el: Element) => shownItems(el).map((item) => text(item.querySelector('[part~="name"]')));

/** The small test dataset, with attributes as a webmaster writes them. */
const list = (attributes: string) => show<PartnerListElement>('partner-list', `src="${SRC}" ${attributes}`);

describe('<partner-list>', () => {
  beforeEach(() => freshLoader());

  describe('states', () => {
    it('loaded: one <li part="item"> per partnership, and their number', async () => {
      const el = await list('kreis="harz"');
      expect($$(el, 'li[part~="item"]')).to.have.length(6);
      expect(text($(el, '[part~="summary"]'))).to.equal('6 Partnerschaften');
    });
  });

  describe('requests', () => {
    it('asks only for the src set just after insertion (as React does), not for the default dataset first', async () => {
      const body = await (await fetch(SRC)).text();
      const stub = stubFetch(() => new Response(body, { headers: { 'Content-Type': 'application/json' } }));
      const el = document.createElement('partner-list');
      try {
        document.body.append(el);
        el.src = SRC;
        await settled(el);
        expect(stub.calls.map((call) => call.url)).to.deep.equal([SRC]);
        expect(shownItems(el).length).to.be.greaterThan(0);
        // Moved in the page: shown on, from the loader's cache, without a request of its own.
        document.body.prepend(el);
        await settled(el);
        expect(stub.calls).to.have.length(1);
        expect(shownItems(el).length).to.be.greaterThan(0);
      } finally {
        el.remove();
        stub.restore();
      }
    });
  });

  describe('events', () => {
    it('partner-load carries the number of partnerships shown', async () => {
      const loads = collect<PartnerLoadEvent>('partner-load');
      const el = await list('gemeinde="halberstadt"');
      const mine = loads.filter((event) => event.target === el);
      expect(mine.map((event) => event.detail.count)).to.deep.equal([4]);
    });

    it('partner-select on following a partner’s link; cancelling it keeps the page', async () => {
      const el = await list('kreis="harz"');
      const link = $(el, 'a[part~="link"]')!;
      expect(link.getAttribute('href')).to.equal('https://powiat.konskie.pl/');
      const selections: PartnerSelectEvent[] = [];
      el.addEventListener('partner-select', (event) => {
        event.preventDefault(); // the page shows the partner itself; the link is not followed
        selections.push(event);
      });
      link.click();
      expect(selections).to.have.length(1);
      const selected = selections[0]!;
      expect(selected.detail.id).to.equal('harz--konecki');
      expect(selected.composed && selected.bubbles && selected.cancelable).to.equal(true);
    });
  });

  describe('content', () => {
    it('groups a Kreis by town, the county’s own partnerships apart and first', async () => {
      const el = await list('kreis="harz"');
      expect($$(el, '[part~="group-heading"]').map(text)).to.deep.equal([
        'Partnerschaften des Landkreises',
        'Halberstadt',
        'Quedlinburg',
      ]);
      expect($$(el, 'h2')).to.have.length(3);
      const county = $$(el, '[part~="group"]')[0]!;
      expect([...county.querySelectorAll('[part~="name"]')].map(text)).to.deep.equal([
        'Kreis Konecki (Powiat konecki)',
        'Territoire de Belfort',
      ]);
      expect([...county.querySelectorAll('[part~="local"]')].map(text)).to.deep.equal([
        'gemeinsam mit Halberstadt',
      ]);
    });

    it('shows name with native form and its lang, country, region, year in <time>, kind, status', async () => {
      const el = await list('gemeinde="halberstadt"');
      const items = $$(el, '[part~="item"]');
      const neusohl = items.find((li) => text(li).startsWith('Neusohl'))!;
      expect(neusohl.querySelector('[lang="sk"]')!.textContent).to.equal('Banská Bystrica');
      expect(text(neusohl.querySelector('[part~="country"]'))).to.equal('Slowakei');
      expect(text(neusohl.querySelector('[part~="region"]'))).to.equal('Banskobystrický kraj');
      expect(neusohl.querySelector('time')!.getAttribute('datetime')).to.equal('1992');
      expect(text(neusohl.querySelector('[part~="year"]'))).to.equal('seit 1992');
      expect(text(neusohl.querySelector('[part~="status"]'))).to.equal('ruht');
      expect(neusohl.querySelector('[part~="kind"]')).to.equal(null); // a Städtepartnerschaft goes without saying
      const lisses = items.find((li) => text(li).startsWith('Lisses'))!;
      expect(text(lisses.querySelector('[part~="year"]'))).to.equal('Jahr unbekannt');
      expect(lisses.querySelector('time')).to.equal(null);
      expect(text(lisses.querySelector('[part~="local"]'))).to.equal('Ortsteil Langenstein');
      const belfort = items.find((li) => text(li).startsWith('Territoire'))!;
      expect(text(belfort.querySelector('[part~="kind"]'))).to.equal('Freundschaftliche Beziehung');
      expect(text(belfort.querySelector('[part~="local"]'))).to.equal('gemeinsam mit Landkreis Harz');
      // One Gemeinde: a flat list without group headings.
      expect($$(el, '[part~="group-heading"]')).to.have.length(0);
    });

    it('names the German side when the list spans several towns', async () => {
      const el = await list('kreis="harz" group-by="country" sort="year"');
      expect($$(el, '[part~="group-heading"]').map(text)).to.deep.equal([
        'Frankreich',
        'Polen',
        'Slowakei',
        'Tschechien',
      ]);
      const france = $$(el, '[part~="group"]')[0]!;
      expect([...france.querySelectorAll('[part~="local"]')].map(text)).to.deep.equal([
        'Partner von Quedlinburg',
        'Partner von Landkreis Harz und Halberstadt',
        'Partner von Ortsteil Langenstein (Halberstadt)',
      ]);
    });

    it('sorts flat lists by name, country or year', async () => {
      const byYear = await list('kreis="harz" group-by="none" sort="year"');
      expect(itemNames(byYear)[0]).to.equal('Aulnoye-Aymeries');
      expect(itemNames(byYear).at(-1)).to.equal('Lisses');
      const byName = await list('kreis="harz" group-by="none"');
      expect(itemNames(byName)).to.deep.equal([
        'Aulnoye-Aymeries',
        'Kreis Konecki (Powiat konecki)',
        'Lisses',
        'Náchod',
        'Neusohl (Banská Bystrica)',
        'Territoire de Belfort',
      ]);
    });

    it('puts headings at heading-level', async () => {
      const el = await list('kreis="harz" heading-level="4"');
      expect($$(el, 'h4')).to.have.length(3);
      expect($$(el, 'h2')).to.have.length(0);
    });

    it('reads inline data from a <script type="application/json"> given as src="#id"', async () => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.id = 'town-data';
      script.textContent = await (await fetch(SRC)).text();
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div>${script}<partner-list src="#town-data" gemeinde="quedlinburg"></partner-list></div>`,
      );
      const el = wrapper.querySelector('partner-list')!;
      await settled(el);
      expect(itemNames(el)).to.deep.equal(['Aulnoye-Aymeries']);
    });

    it('uses the singular for one partnership', async () => {
      const el = await list('kreis="magdeburg"');
      expect(text($(el, '[part~="summary"]'))).to.equal('1 Partnerschaft');
    });

    it('follows attribute changes', async () => {
      const el = await list('kreis="harz"');
      el.setAttribute('country', 'FR');
      await el.updateComplete;
      expect($$(el, '[part~="item"]')).to.have.length(3);
      el.removeAttribute('country');
      el.setAttribute('kreis', '15085');
      await el.updateComplete;
      expect($$(el, '[part~="item"]')).to.have.length(6);
    });
  });

  describe('search', () => {
    it('has no search box unless asked for', async () => {
      const el = await list('kreis="harz"');
      expect($(el, 'input')).to.equal(null);
    });

    it('is a labelled search box that keyboard users reach and type into; results filter as they type', async () => {
      const before = document.createElement('button');
      before.textContent = 'before';
      document.body.prepend(before);
      try {
        const el = await list('kreis="harz" search');
        const input = $(el, 'input[type="search"]') as HTMLInputElement;
        expect(text($(el, `label[for="${input.id}"]`))).to.equal('Partnerschaften durchsuchen');
        before.focus();
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.equal(input);
        await sendKeys({ type: 'nachod' });
        await el.updateComplete;
        expect(itemNames(el)).to.deep.equal(['Náchod']);
        expect(text($(el, '[part~="summary"]'))).to.equal('1 von 6 Partnerschaften');
        await expect(el).to.be.accessible();
        // Tab moves on: nothing traps the keyboard (the list is text, the only other stop is a partner's link).
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.not.equal(input);
      } finally {
        before.remove();
      }
    });

    it('announces the number of results politely once typing pauses', async () => {
      const el = await list('kreis="harz" search');
      const live = $(el, '.search ~ [role="status"]')!;
      const input = $(el, 'input') as HTMLInputElement;
      input.focus();
      await sendKeys({ type: 'fr' });
      await el.updateComplete;
      expect(text(live)).to.equal(''); // not at every keystroke
      await new Promise((resolve) => setTimeout(resolve, 800));
      await sendKeys({ type: 'ankreich' });
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(text(live)).to.equal('3 Treffer');
      await sendKeys({ type: ' xyz' });
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(text(live)).to.equal('Keine Treffer');
      expect(text($(el, '[part~="empty"]'))).to.equal('Keine Partnerschaft passt zu „frankreich xyz“.');
      await expect(el).to.be.accessible();
    });

    it('takes its text from the query attribute', async () => {
      const el = await list('kreis="harz" search query="lodz"');
      expect(($(el, 'input') as HTMLInputElement).value).to.equal('lodz');
      expect(shownItems(el)).to.have.length(0);
      el.query = 'BANSKA';
      await el.updateComplete;
      expect(itemNames(el)).to.deep.equal(['Neusohl (Banská Bystrica)']);
    });
  });
});
