// The host page configures @lit/localize after our elements loaded and rendered: both keep their own languages.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/partner-list/define.js';
import type { PartnerListElement } from '../../src/elements/partner-list/partner-list.js';
import { configureHost } from './host-configured.js';
import { settled } from '../fixtures/settled.js';
import { FIXTURE_SRC as SRC } from '../fixtures/kit.js';

const text = (el: PartnerListElement, part: string) =>
  el.shadowRoot!.querySelector(`[part~="${part}"]`)?.textContent?.trim();

it('works on a page that configures @lit/localize later', async () => {
  const el = await fixture<PartnerListElement>(
    html`<partner-list src=${SRC} gemeinde="quedlinburg" lang="en"></partner-list>`,
  );
  await settled(el);
  expect(text(el, 'status')).to.equal('ended');
  const host = configureHost(); // must not throw: we never configured @lit/localize
  await host.setLocale('de');
  expect(host.greeting()).to.equal('Willkommen');
  el.lang = 'pl';
  await el.updateComplete;
  expect(text(el, 'status')).to.equal('zakończone');
  el.lang = 'de';
  await el.updateComplete;
  expect(text(el, 'status')).to.equal('beendet');
});
