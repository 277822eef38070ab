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
