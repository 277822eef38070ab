// Generated from custom-elements.json by tools/react-wrappers.mjs (npm run generate); do not edit.
import { createComponent } from '@lit/react';
import React from 'react';
import { PartnerListElement } from '../elements/partner-list/define.js';
import { eventName } from './event-name.js';

/**
 * `<partner-list>` as a React component. A list of twin-town partnerships, grouped and searchable.
 * Importing it registers the element. Events are props: `onPartnerLoad`, `onPartnerError`, `onPartnerSelect`.
 */
export const PartnerList = /*#__PURE__*/ createComponent({
  react: React,
  tagName: 'partner-list',
  elementClass: PartnerListElement,
  displayName: 'PartnerList',
  events: {
    onPartnerLoad: eventName('partner-load'),
    onPartnerError: eventName('partner-error'),
    onPartnerSelect: eventName('partner-select'),
  },
});
