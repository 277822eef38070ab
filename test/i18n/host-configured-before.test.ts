// The host page configures @lit/localize before our elements load: both keep their own languages.
import { expect, fixture, html } from '@open-wc/testing';
import { configureHost } from './host-configured.js';
import { settled } from '../fixtures/settled.js';
import type { PartnerListElement } from '../../src/elements/partner-list/partner-list.js';
import { FIXTURE_SRC as SRC } from '../fixtures/kit.js';

const host = configureHost();
await host.setLocale('de');
await import('../../src/elements/partner-list/define.js');

const text = (el: PartnerListElement, part: string) =>
  el.shadowRoot!.querySelector(`[part~="${part}"]`)?.textContent?.trim();

it('works on a page that configured @lit/localize first', async () => {
  const el = await fixture<PartnerListElement>(
    html`<partner-list src=${SRC} gemeinde="quedlinburg" lang="pl"></partner-list>`,
  );
  await settled(el);
  expect(text(el, 'country')).to.equal('Francja');
  expect(text(el, 'status')).to.equal('zakończone');
  expect(host.greeting()).to.equal('Willkommen');
  await host.setLocale('en');
  expect(host.greeting()).to.equal('Welcome');
  el.lang = 'fr';
  await el.updateComplete;
  expect(text(el, 'status')).to.equal('terminé');
});
