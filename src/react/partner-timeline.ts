// Generated from custom-elements.json by tools/react-wrappers.mjs (npm run generate); do not edit.
import { createComponent } from '@lit/react';
import React from 'react';
import { PartnerTimelineElement } from '../elements/partner-timeline/define.js';
import { eventName } from './event-name.js';

/**
 * `<partner-timeline>` as a React component. A chronological, accessible timeline of twin-town partnerships by decade.
 * Importing it registers the element. Events are props: `onPartnerLoad`, `onPartnerError`, `onPartnerSelect`.
 */
export const PartnerTimeline = /*#__PURE__*/ createComponent({
  react: React,
  tagName: 'partner-timeline',
  elementClass: PartnerTimelineElement,
  displayName: 'PartnerTimeline',
  events: {
    onPartnerLoad: eventName('partner-load'),
    onPartnerError: eventName('partner-error'),
    onPartnerSelect: eventName('partner-select'),
  },
});
