// Generated from custom-elements.json by tools/react-wrappers.mjs (npm run generate); do not edit.
import { createComponent } from '@lit/react';
import React from 'react';
import { PartnerCardElement } from '../elements/partner-card/define.js';
import { eventName } from './event-name.js';

/**
 * `<partner-card>` as a React component. One twin-town partnership or partner region in detail: description, website, sources.
 * Importing it registers the element. Events are props: `onPartnerLoad`, `onPartnerError`, `onPartnerSelect`.
 */
export const PartnerCard = /*#__PURE__*/ createComponent({
  react: React,
  tagName: 'partner-card',
  elementClass: PartnerCardElement,
  displayName: 'PartnerCard',
  events: {
    onPartnerLoad: eventName('partner-load'),
    onPartnerError: eventName('partner-error'),
    onPartnerSelect: eventName('partner-select'),
  },
});
