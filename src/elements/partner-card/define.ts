import { PartnerCardElement } from './partner-card.js';

export { PartnerCardElement };

// Guarded: a second copy of the bundle on the page keeps the first definition instead of throwing.
if (!customElements.get('partner-card')) customElements.define('partner-card', PartnerCardElement);

declare global {
  interface HTMLElementTagNameMap {
    'partner-card': PartnerCardElement;
  }
}
