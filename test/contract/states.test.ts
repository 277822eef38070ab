// The states, events and languages every element shares, tested once for each element the package registers (the
// contract is in test/fixtures/contract.ts). Each element's own suite tests what only it does.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { elementContract, type ContractOptions } from '../fixtures/contract.js';
import { $, $$, text } from '../fixtures/kit.js';
import { manifestElements } from '../package/manifest.js';

const CONTRACTS: Record<string, ContractOptions> = {
  'partner-list': { loaded: 'kreis="harz"', shown: (el) => $$(el, 'li[part~="item"]').length },
  'partner-timeline': { loaded: 'kreis="harz"', shown: (el) => $$(el, 'li[part~="entry"]').length },
  'partner-map': {
    loaded: 'kreis="harz"',
    shown: (el) => $$(el, '[part~="marker"]').length,
    drawn: (el) =>
      waitUntil(() => $(el, '[part~="land"]') ?? $(el, '[part~="notice"]'), 'the map drew its land', {
        timeout: 8000,
      }),
  },
  // The total it counted, in words: "28 Partnerschaften insgesamt".
  'partner-stats': {
    loaded: 'kreis="harz"',
    shown: (el) => Number(text($(el, '[part~="total"]')).replace(/\D/g, '') || 0),
  },
  'partner-anniversaries': {
    attributes: 'year="2026"',
    loaded: 'kreis="harz"',
    shown: (el) => $$(el, 'li[part~="item"]').length,
  },
  'partner-card': {
    attributes: 'partnership="harz--iasi"',
    loaded: '',
    shown: (el) => $$(el, 'article[part~="card"]').length,
  },
};

it('holds every element the package registers to the contract', async () => {
  const tags = (await manifestElements()).map((e) => e.tag).sort();
  expect(Object.keys(CONTRACTS).sort()).to.deep.equal(tags);
});

for (const [tag, options] of Object.entries(CONTRACTS)) elementContract(tag, options);
