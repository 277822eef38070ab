// <partner-list> on the package's own dataset, found by default (no src), as a webmaster uses it.
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../src/elements/partner-list/define.js';
import type { PartnerListElement } from '../../src/elements/partner-list/partner-list.js';
import { $$, FIXTURE_SRC, text } from '../fixtures/kit.js';
import { settled } from '../fixtures/settled.js';

describe('<partner-list> on the published dataset', () => {
  it('kreis="harz": grouped by town, the county’s own first, accessible', async () => {
    const el = await fixture<PartnerListElement>(html`<partner-list kreis="harz" search></partner-list>`);
    await settled(el);
    const headings = $$(el, '[part~="group-heading"]').map(text);
    expect(headings[0]).to.equal('Partnerschaften des Landkreises');
    expect(headings).to.include.members(['Halberstadt', 'Osterwieck', 'Wernigerode']);
    const items = $$(el, 'li[part~="item"]');
    expect(text(el.shadowRoot!.querySelector('[part~="summary"]'))).to.equal(
      `${items.length} Partnerschaften`,
    );
    const hoiAn = items.find((li) => text(li).startsWith('Hội An'))!;
    expect(text(hoiAn.querySelector('[part~="country"]'))).to.equal('Vietnam');
    await expect(el).to.be.accessible();
  });

  it('kreis="15085" shows the same as kreis="harz"', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(
      html`<div><partner-list kreis="harz"></partner-list><partner-list kreis="15085"></partner-list></div>`,
    );
    const [bySlug, byKey] = [...wrapper.querySelectorAll('partner-list')];
    await Promise.all([settled(bySlug!), settled(byKey!)]);
    const names = (el: Element) => $$(el, '[part~="item"]').map(text);
    expect(names(byKey!)).to.deep.equal(names(bySlug!));
    expect(names(bySlug!).length).to.be.greaterThan(20);
  });

  it('gemeinde="osnabrueck" lists all eleven partner cities, in English with <html lang="en">', async () => {
    const lang = document.documentElement.getAttribute('lang');
    document.documentElement.setAttribute('lang', 'en');
    try {
      const el = await fixture<PartnerListElement>(html`<partner-list gemeinde="osnabrueck"></partner-list>`);
      await settled(el);
      expect($$(el, 'li[part~="item"]')).to.have.length(11);
      expect(text(el.shadowRoot!.querySelector('[part~="summary"]'))).to.equal('11 partnerships');
      const countries = $$(el, '[part~="country"]').map(text);
      expect(countries).to.include.members([
        'France',
        'Netherlands',
        'Türkiye',
        'United Kingdom',
        'United States',
      ]);
      await expect(el).to.be.accessible();
    } finally {
      if (lang === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', lang);
    }
  });

  it('gemeinde="lueneburg": every partnership says it is known only from Wikipedia; the credit names the sources', async () => {
    const el = await fixture<PartnerListElement>(html`<partner-list gemeinde="lueneburg"></partner-list>`);
    await settled(el);
    const items = $$(el, 'li[part~="item"]');
    expect(items.map((li) => text(li.querySelector('[part~="provenance"]')))).to.deep.equal(
      Array(6).fill('laut Wikipedia'),
    );
    expect(text(items[0]!)).to.match(/Jahr unbekannt Stand unbekannt laut Wikipedia$/);
    const credit = text(el.shadowRoot!.querySelector('[part~="credit"]'));
    expect(credit).to.equal(
      'Quellen: Wikipedia contributors (List of twin towns and sister cities in Germany and related lists), ' +
        'CC BY-SA 4.0; © Statistisches Bundesamt (Destatis), Gemeindeverzeichnis, Stand 31.12.2020; ' +
        'GeoNames (geonames.org), CC BY 4.0',
    );
    await expect(el).to.be.accessible();
  });

  it('gemeinde="osnabrueck": the town’s own page states all eleven, so none says "laut Wikipedia"', async () => {
    const el = await fixture<PartnerListElement>(html`<partner-list gemeinde="osnabrueck"></partner-list>`);
    await settled(el);
    expect($$(el, 'li[part~="item"]')).to.have.length(11);
    expect($$(el, '[part~="provenance"]')).to.have.length(0);
  });

  it('a dataset of one’s own whose sources ask for no credit shows none', async () => {
    const el = await fixture<PartnerListElement>(html`<partner-list src=${FIXTURE_SRC}></partner-list>`);
    await settled(el);
    expect($$(el, 'li[part~="item"]').length).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelector('[part~="credit"]')).to.equal(null);
    expect($$(el, '[part~="provenance"]')).to.have.length(0);
  });
});
