import { css } from 'lit';

/** What the list, the timeline and the anniversaries share: the summary line, the headings, the partner's name. */
export const listStyles = css`
  .summary {
    margin: 0 0 var(--_gap);
    color: var(--_muted-color);
  }
  :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1.125em;
    line-height: 1.3;
    margin: 0 0 0.5rem;
  }
  .name {
    display: block;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
`;

/**
 * A partner's name as the button of `selectable` (timeline, anniversaries): it reads as a link. On paper it stays,
 * as plain text, although the shared print style hides buttons.
 */
export const selectButtonStyles = css`
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
  @media (forced-colors: active) {
    .select-button {
      color: LinkText;
    }
  }
  @media print {
    .select-button {
      display: inline !important;
      text-decoration: none;
      color: inherit;
    }
  }
`;

/**
 * The item grid of the list and the anniversaries: headings underlined in the accent colour, items ruled on a grid
 * of columns where the element is wide, badges framed; in forced colours the rules in the system's text colour.
 */
export const itemGridStyles = css`
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
`;
