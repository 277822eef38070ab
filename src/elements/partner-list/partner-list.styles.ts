import { css } from 'lit';
import { itemGridStyles, listStyles } from '../shared/list.styles.js';
import { tokens } from '../shared/shared.styles.js';

// Why some rules are as they are.
// - Long lists (`.run--skippable`, `.list--long > .item`): the browser styles, lays out and paints only the runs of
//   groups (and the items of a long flat list) near the viewport; the others keep their place with an estimated
//   (then remembered) size and stay in the DOM, the accessibility tree and find-in-page. The clip margin keeps
//   focus rings of the outermost items from being cut by the containment. The estimate, until a run is laid out
//   once: 200 items in two columns and their headings.
// - `.hidden`: the whole list while search results are shown: kept, laid out, but neither painted, read nor
//   focusable.
// - `.meta::after`: screen readers pause at the comma of its alternative text instead of reading out a dot.
export const styles = [
  tokens('partner-list'),
  listStyles,
  itemGridStyles,
  css`
    .search {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      margin-block-end: var(--_gap);
      max-width: 32rem;
    }
    .search label {
      font-weight: 600;
    }
    .hint {
      font-size: 0.875em;
      color: var(--_muted-color);
    }
    input {
      font: inherit;
      color: inherit;
      background: transparent;
      min-height: 2.75rem;
      padding: 0.375rem 0.625rem;
      border: 1px solid var(--_border-color);
      border-radius: var(--_radius);
      width: 100%;
    }
    .group + .group,
    .list + .group,
    .run + .run {
      margin-block-start: calc(var(--_gap) * 2);
    }
    .run--skippable,
    .list--long > .item {
      content-visibility: auto;
      overflow-clip-margin: 0.5rem;
    }
    .run--skippable {
      contain-intrinsic-size: auto 500rem;
    }
    .list--long > .item {
      contain-intrinsic-size: auto 5rem;
    }
    .hidden {
      content-visibility: hidden;
    }
    .meta,
    .year,
    .provenance {
      color: var(--_muted-color);
    }
    .provenance::before {
      content: ' · ';
      content: ' · ' / '';
    }
    .meta::after {
      content: ' · ';
      content: ' · ' / ',';
    }
    .badge {
      margin-inline-start: 0.25rem;
    }
    .local {
      display: block;
      font-size: 0.875em;
      color: var(--_muted-color);
    }
    @media print {
      .search,
      [role='status'] {
        display: none;
      }
      .run--skippable,
      .list--long > .item {
        content-visibility: visible;
      }
      :is(h1, h2, h3, h4, h5, h6) {
        break-after: avoid;
      }
    }
  `,
];
