// Generated from custom-elements.json by tools/react-wrappers.mjs (npm run generate); do not edit.
import { createComponent } from '@lit/react';
import React from 'react';
import { PartnerMapElement } from '../elements/partner-map/define.js';
import { eventName } from './event-name.js';

/**
 * `<partner-map>` as a React component. A map of twin-town partnerships: accessible markers, great-circle lines, no tiles.
 * Importing it registers the element. Events are props: `onPartnerLoad`, `onPartnerError`, `onPartnerSelect`.
 */
export const PartnerMap = /*#__PURE__*/ createComponent({
  react: React,
  tagName: 'partner-map',
  elementClass: PartnerMapElement,
  displayName: 'PartnerMap',
  events: {
    onPartnerLoad: eventName('partner-load'),
    onPartnerError: eventName('partner-error'),
    onPartnerSelect: eventName('partner-select'),
  },
});
