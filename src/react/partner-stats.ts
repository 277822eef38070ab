// Generated from custom-elements.json by tools/react-wrappers.mjs (npm run generate); do not edit.
import { createComponent } from '@lit/react';
import React from 'react';
import { PartnerStatsElement } from '../elements/partner-stats/define.js';
import { eventName } from './event-name.js';

/**
 * `<partner-stats>` as a React component. Counts of twin-town partnerships by country, decade or kind: an accessible bar chart and its table.
 * Importing it registers the element. Events are props: `onPartnerLoad`, `onPartnerError`.
 */
export const PartnerStats = /*#__PURE__*/ createComponent({
  react: React,
  tagName: 'partner-stats',
  elementClass: PartnerStatsElement,
  displayName: 'PartnerStats',
  events: {
    onPartnerLoad: eventName('partner-load'),
    onPartnerError: eventName('partner-error'),
  },
});
