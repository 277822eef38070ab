import { css } from 'lit';
import { listStyles, selectButtonStyles } from '../shared/list.styles.js';
import { tokens } from '../shared/shared.styles.js';

export const styles = [
  tokens('partner-anniversaries'),
  listStyles,
  selectButtonStyles,
  css`
    .group + .group {
      margin-block-start: calc(var(--_gap) * 1.5);
    }
    :is(h1, h2, h3, h4, h5, h6) {
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
    @container (min-width: 40rem) {
      .list {
        grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr));
      }
    }
    @media (forced-colors: active) {
      .item,
      .badge,
      :is(h1, h2, h3, h4, h5, h6) {
        border-color: CanvasText;
      }
    }
    @media print {
      .list {
        display: block;
      }
    }
  `,
];
