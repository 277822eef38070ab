import { expect } from '@open-wc/testing';
import '../../src/elements/partner-stats/define.js';
import type { PartnerStatsElement } from '../../src/elements/partner-stats/partner-stats.js';
import { settled } from '../fixtures/settled.js';

// A page of its own (the runner gives each test file one): the policy below stays for the rest of the page.
describe('<partner-stats> under a strict Content-Security-Policy', () => {
  it('draws its bars without inline style attributes, which style-src blocks', async () => {
    const violations: SecurityPolicyViolationEvent[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event));
    const policy = document.createElement('meta');
    policy.httpEquiv = 'Content-Security-Policy';
    policy.content = "style-src 'self'";
    document.head.append(policy);

    const el = document.createElement('partner-stats') as PartnerStatsElement;
    el.setAttribute('kreis', 'harz');
    el.style.display = 'block'; // set through the CSS object model: allowed
    el.style.width = '600px';
    document.body.append(el);
    try {
      await settled(el);
      await new Promise((resolve) => setTimeout(resolve, 50)); // violation reports are queued as tasks
      expect(violations.map((v) => `${v.effectiveDirective} ${v.sample}`)).to.deep.equal([]);
      const bar = el.shadowRoot!.querySelector('[part~="bar"]')!;
      const track = el.shadowRoot!.querySelector('[part~="track"]')!;
      // The first (largest) bar fills its track: its length came through.
      expect(bar.getBoundingClientRect().width).to.be.closeTo(track.getBoundingClientRect().width, 0.5);
      expect(bar.getBoundingClientRect().width).to.be.greaterThan(100);
    } finally {
      el.remove();
    }
  });
});
