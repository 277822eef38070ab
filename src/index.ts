/**
 * Everything at once: importing this module registers every element. For one element without registering it,
 * import its class entry (`partner-elements/partner-list.js`); to register one, its define entry
 * (`partner-elements/partner-list/define.js`).
 */
import './elements/partner-list/define.js';
import './elements/partner-map/define.js';
import './elements/partner-timeline/define.js';
import './elements/partner-stats/define.js';
import './elements/partner-anniversaries/define.js';
import './elements/partner-card/define.js';

export { PartnerListElement } from './elements/partner-list/partner-list.js';
export { PartnerMapElement } from './elements/partner-map/partner-map.js';
export { PartnerTimelineElement } from './elements/partner-timeline/partner-timeline.js';
export { PartnerStatsElement } from './elements/partner-stats/partner-stats.js';
export { PartnerAnniversariesElement } from './elements/partner-anniversaries/partner-anniversaries.js';
export { PartnerCardElement } from './elements/partner-card/partner-card.js';
export { PartnerElement } from './elements/shared/partner-element.js';
export { PartnerErrorEvent, PartnerLoadEvent, PartnerSelectEvent } from './events.js';
export { configureLoader } from './data/loader.js';
export type { DatasetProblem } from './data/problem-report.js';
export type * from './data/model.js';
