// Lit's development build warns about misuse (updates scheduled after an update, shadowed class fields, ...).
// Exercise the element through every state and change, then fail on any warning but the dev-mode notice.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/partner-list/define.js';
import type { PartnerListElement } from '../../src/elements/partner-list/partner-list.js';
import { settled } from '../fixtures/settled.js';
import { FIXTURE_SRC as SRC } from '../fixtures/kit.js';

function litWarnings(): string[] {
  const issued = (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings;
  expect(issued, 'tests run Lit’s development build').to.be.instanceOf(Set);
  return [...issued!].filter(
    (warning) => warning !== 'dev-mode' && !warning.startsWith('Lit is in dev mode'),
  );
}

it('raises no Lit dev-mode warning', async () => {
  const el = await fixture<PartnerListElement>(
    html`<partner-list src=${SRC} kreis="harz" search heading-level="3"></partner-list>`,
  );
  await settled(el);
  el.shadowRoot!.querySelector('input')!.focus();
  await sendKeys({ type: 'fr' });
  el.groupBy = 'country';
  el.sort = 'year';
  el.lang = 'pl';
  await el.updateComplete;
  el.src = '/no/such/file.json';
  await settled(el);
  el.src = SRC;
  await settled(el);
  el.remove();
  await new Promise((resolve) => setTimeout(resolve, 700)); // the debounced announcement after disconnecting
  expect(litWarnings()).to.deep.equal([]);
});
