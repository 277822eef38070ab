import { css } from 'lit';
import { tokens } from '../shared/shared.styles.js';

export const styles = [
  tokens('partner-anniversaries'),
  css`
    .summary {
      margin: 0 0 var(--_gap);
      color: var(--_muted-color);
    }
    .group + .group {
      margin-block-start: calc(var(--_gap) * 1.5);
    }
    h1,
    h2,
    h3,
    h4,
    h5,
    h6 {
      font-size: 1.125em;
      line-height: 1.3;
      margin: 0 0 0.5rem;
      padding-block-end: 0.25rem;
      border-block-end: 2px solid var(--_accent);
    }
    .list {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0 calc(var(--_gap) * 2);
    }
    .item {
      padding: 0.5rem 0.25rem;
      border-block-end: 1px solid var(--_border-color);
      background: var(--_surface);
      break-inside: avoid;
    }
    .name {
      display: block;
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .country,
    .local {
      color: var(--_muted-color);
    }
    .country::after {
      content: ' · ';
    }
    .badge {
      display: inline-block;
      font-size: 0.8125em;
      line-height: 1.4;
      padding: 0 0.375rem;
      border: 1px solid var(--_border-color);
      border-radius: var(--_radius);
    }
    .select-button {
      display: inline;
      min-height: 24px;
      min-width: 0;
      padding: 0;
      border: 0;
      font-weight: inherit;
      text-align: start;
      text-decoration: underline;
      color: var(--_accent);
    }
    @container (min-width: 40rem) {
      .list {
        grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr));
      }
    }
    @media (forced-colors: active) {
      .item,
      .badge,
      h1,
      h2,
      h3,
      h4,
      h5,
      h6 {
        border-color: CanvasText;
      }
      .select-button {
        color: LinkText;
      }
    }
    @media print {
      .list {
        display: block;
      }
      /* The shared print style hides buttons; a partner's name must stay. */
      .select-button {
        display: inline !important;
        text-decoration: none;
        color: inherit;
      }
    }
  `,
];
