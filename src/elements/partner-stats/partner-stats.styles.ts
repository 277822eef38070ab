import { css } from 'lit';
import { tokens } from '../shared/shared.styles.js';

/**
 * Each bar row is label, track and number. Narrow (the default): the label on its own line above track and number,
 * so long country names never squeeze the bar; wide: one line per row, labels in a column of their own.
 * A bar's length is `--_share` (0 to 1, set per row through the CSS object model, which a strict
 * Content-Security-Policy allows) of its track, never narrower than a sliver, so a count of 1 among hundreds still
 * shows. The summed rest (`.row--other`) is no single category: an outline, not a filled bar (its label says so too).
 */
export const styles = [
  tokens('partner-stats'),
  css`
    .figure {
      margin: 0 0 var(--_gap);
    }
    .caption {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0.25rem var(--_gap);
      margin-block-end: var(--_gap);
      padding-block-end: 0.25rem;
      border-block-end: 2px solid var(--_accent);
    }
    .title {
      font-weight: 600;
      font-size: 1.125em;
    }
    .total {
      color: var(--_muted-color);
    }
    .chart {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      gap: 0.125rem 0.5rem;
    }
    .row {
      display: grid;
      grid-column: 1 / -1;
      grid-template-columns: subgrid;
      grid-template-areas: 'label label' 'track value';
      align-items: center;
      break-inside: avoid;
    }
    .label {
      grid-area: label;
      overflow-wrap: anywhere;
    }
    .track {
      grid-area: track;
      display: block;
      block-size: 1rem;
      background: var(--_surface);
    }
    .bar {
      display: block;
      block-size: 100%;
      inline-size: max(2px, calc(var(--_share, 0) * 100%));
      background: var(--_accent);
      border-start-end-radius: var(--_radius);
      border-end-end-radius: var(--_radius);
    }
    .row--other .bar {
      background: transparent;
      border: 2px solid var(--_accent);
    }
    .value {
      grid-area: value;
      text-align: end;
      font-variant-numeric: tabular-nums;
      font-weight: 600;
    }
    .row + .row {
      margin-block-start: 0.25rem;
    }
    @container (min-width: 32rem) {
      .chart {
        grid-template-columns: minmax(6rem, max-content) minmax(0, 1fr) auto;
        gap: 0.375rem 0.75rem;
      }
      .row {
        grid-template-areas: 'label track value';
      }
      .row + .row {
        margin-block-start: 0;
      }
    }
    .table-toggle {
      min-height: 2.75rem;
    }
    .table {
      margin-block-start: var(--_gap);
      border-collapse: collapse;
      min-inline-size: min(100%, 20rem);
    }
    .table--closed {
      display: none;
    }
    caption {
      text-align: start;
      font-weight: 600;
      padding-block-end: 0.25rem;
    }
    th,
    td {
      padding: 0.25rem 0;
      padding-inline-end: 0.75rem;
      border-block-end: 1px solid var(--_border-color);
      text-align: start;
      font-weight: normal;
    }
    thead th,
    tfoot th,
    tfoot td {
      font-weight: 600;
    }
    tfoot th,
    tfoot td {
      border-block-end: 0;
      border-block-start: 2px solid var(--_border-color);
    }
    .number {
      text-align: end;
      font-variant-numeric: tabular-nums;
      padding-inline-end: 0;
    }
    @media (forced-colors: active) {
      .bar {
        forced-color-adjust: none;
        background: CanvasText;
      }
      .row--other .bar {
        background: Canvas;
        border-color: CanvasText;
      }
      .caption,
      th,
      td {
        border-color: CanvasText;
      }
    }
    @media print {
      .bar {
        print-color-adjust: exact;
      }
      .table--closed {
        display: table;
      }
    }
  `,
];
