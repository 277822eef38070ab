import { PartnerAnniversariesElement } from './partner-anniversaries.js';

export { PartnerAnniversariesElement };

// Guarded: a second copy of the bundle on the page keeps the first definition instead of throwing.
if (!customElements.get('partner-anniversaries'))
  customElements.define('partner-anniversaries', PartnerAnniversariesElement);

declare global {
  interface HTMLElementTagNameMap {
    'partner-anniversaries': PartnerAnniversariesElement;
  }
}
