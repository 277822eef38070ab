import { PartnerStatsElement } from './partner-stats.js';

export { PartnerStatsElement };

// Guarded: a second copy of the bundle on the page keeps the first definition instead of throwing.
if (!customElements.get('partner-stats')) customElements.define('partner-stats', PartnerStatsElement);

declare global {
  interface HTMLElementTagNameMap {
    'partner-stats': PartnerStatsElement;
  }
}
