// Generated from custom-elements.json by tools/react-wrappers.mjs (npm run generate); do not edit.
import { createComponent } from '@lit/react';
import React from 'react';
import { PartnerAnniversariesElement } from '../elements/partner-anniversaries/define.js';
import { eventName } from './event-name.js';

/**
 * `<partner-anniversaries>` as a React component. Round anniversaries of twin-town partnerships in a given year.
 * Importing it registers the element. Events are props: `onPartnerLoad`, `onPartnerError`, `onPartnerSelect`.
 */
export const PartnerAnniversaries = /*#__PURE__*/ createComponent({
  react: React,
  tagName: 'partner-anniversaries',
  elementClass: PartnerAnniversariesElement,
  displayName: 'PartnerAnniversaries',
  events: {
    onPartnerLoad: eventName('partner-load'),
    onPartnerError: eventName('partner-error'),
    onPartnerSelect: eventName('partner-select'),
  },
});
