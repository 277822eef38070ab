import { PartnerListElement } from './partner-list.js';

export { PartnerListElement };

// Guarded: a second copy of the bundle on the page keeps the first definition instead of throwing.
if (!customElements.get('partner-list')) customElements.define('partner-list', PartnerListElement);

declare global {
  interface HTMLElementTagNameMap {
    'partner-list': PartnerListElement;
  }
}
