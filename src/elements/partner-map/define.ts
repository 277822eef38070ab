import { PartnerMapElement } from './partner-map.js';

export { PartnerMapElement };

// Guarded: a second copy of the bundle on the page keeps the first definition instead of throwing.
if (!customElements.get('partner-map')) customElements.define('partner-map', PartnerMapElement);

declare global {
  interface HTMLElementTagNameMap {
    'partner-map': PartnerMapElement;
  }
}
