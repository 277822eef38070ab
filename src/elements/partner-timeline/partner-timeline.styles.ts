import { css } from 'lit';
import { listStyles, selectButtonStyles } from '../shared/list.styles.js';
import { tokens } from '../shared/shared.styles.js';

/**
 * Narrow (the default, and print): one column, a vertical time line on the inline start with a dot per entry.
 * Wide (container at least 48rem): decades side by side along a horizontal axis, wrapping into rows, never
 * scrolling sideways. DOM order is reading order in both. A marker's background is opaque, so the line does not
 * run through the dot.
 */
export const styles = [
  tokens('partner-timeline'),
  listStyles,
  selectButtonStyles,
  css`
    .decade + .decade {
      margin-block-start: calc(var(--_gap) * 1.5);
    }
    .list {
      list-style: none;
      margin: 0;
      margin-inline-start: 0.5rem;
      padding: 0;
      border-inline-start: 2px solid var(--_accent);
    }
    .decade--unknown .list {
      border-inline-start-style: dashed;
    }
    .entry {
      position: relative;
      padding: 0 0 var(--_gap);
      padding-inline-start: 1.25rem;
      break-inside: avoid;
    }
    .entry:last-child {
      padding-block-end: 0.25rem;
    }
    .marker {
      position: absolute;
      inset-inline-start: calc(-0.5rem - 1px);
      inset-block-start: 0.3em;
      inline-size: 1rem;
      block-size: 1rem;
      border: 2px solid var(--_accent);
      border-radius: 50%;
      background: Canvas;
    }
    .entry--anniversary .marker {
      background: var(--_accent);
    }
    .year {
      display: block;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .details {
      display: block;
      color: var(--_muted-color);
    }
    .details > * + *::before {
      content: ' · ';
    }
    .anniversary {
      display: inline-block;
      margin-block-start: 0.25rem;
      padding: 0 0.375rem;
      border: 1px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_surface);
      font-size: 0.875em;
    }
    @media (prefers-reduced-motion: no-preference) {
      .marker {
        transition: transform 150ms ease-out;
      }
      .entry:hover .marker,
      .entry:focus-within .marker {
        transform: scale(1.3);
      }
    }
    @container (min-width: 48rem) {
      .decades {
        display: flex;
        flex-wrap: wrap;
        gap: calc(var(--_gap) * 2) 0;
      }
      .decade {
        flex: 1 1 15rem;
        min-inline-size: 0;
        padding-inline-end: var(--_gap);
        border-block-start: 2px solid var(--_accent);
        position: relative;
        padding-block-start: 0.75rem;
      }
      .decade + .decade {
        margin-block-start: 0;
      }
      .decade--unknown {
        border-block-start-style: dashed;
      }
      .decade::before {
        content: '';
        position: absolute;
        inset-block-start: calc(-0.375rem - 1px);
        inset-inline-start: 0;
        inline-size: 0.75rem;
        block-size: 0.75rem;
        border-radius: 50%;
        background: var(--_accent);
      }
      .list {
        border-inline-start-width: 1px;
        border-inline-start-color: var(--_border-color);
      }
    }
    @media (forced-colors: active) {
      .list,
      .decade,
      .marker,
      .anniversary {
        border-color: CanvasText;
      }
      .decade::before,
      .entry--anniversary .marker {
        forced-color-adjust: none;
        background: CanvasText;
      }
    }
    @media print {
      .decades {
        display: block;
      }
      .decade {
        border: 0;
        padding: 0;
      }
      .decade + .decade {
        margin-block-start: var(--_gap);
      }
      .decade::before {
        content: none;
      }
      .marker,
      .entry--anniversary .marker {
        print-color-adjust: exact;
      }
    }
  `,
];
