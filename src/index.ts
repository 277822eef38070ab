/**
 * Everything at once: importing this module registers every element. For one element without registering it,
 * import its class entry (`partner-elements/partner-list.js`); to register one, its define entry
 * (`partner-elements/partner-list/define.js`).
 */
import './elements/partner-list/define.js';
import './elements/partner-map/define.js';

export { PartnerListElement } from './elements/partner-list/partner-list.js';
export { PartnerMapElement } from './elements/partner-map/partner-map.js';
export { PartnerElement } from './elements/shared/partner-element.js';
export { PartnerErrorEvent, PartnerLoadEvent, PartnerSelectEvent } from './events.js';
export { configureLoader } from './data/loader.js';
export type * from './data/model.js';
