import { PartnerTimelineElement } from './partner-timeline.js';

export { PartnerTimelineElement };

// Guarded: a second copy of the bundle on the page keeps the first definition instead of throwing.
if (!customElements.get('partner-timeline'))
  customElements.define('partner-timeline', PartnerTimelineElement);

declare global {
  interface HTMLElementTagNameMap {
    'partner-timeline': PartnerTimelineElement;
  }
}
