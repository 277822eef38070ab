// Generated from custom-elements.json by tools/react-wrappers.mjs (npm run generate); do not edit.
/**
 * React components for every element: `import { PartnerList } from 'partner-elements/react'`. Each module
 * registers only its own element, so a bundler keeps just the ones you use.
 */
export { PartnerAnniversaries } from './partner-anniversaries.js';
export { PartnerCard } from './partner-card.js';
export { PartnerList } from './partner-list.js';
export { PartnerMap } from './partner-map.js';
export { PartnerStats } from './partner-stats.js';
export { PartnerTimeline } from './partner-timeline.js';
