import { css } from 'lit';
import { itemGridStyles, listStyles, selectButtonStyles } from '../shared/list.styles.js';
import { tokens } from '../shared/shared.styles.js';

export const styles = [
  tokens('partner-anniversaries'),
  listStyles,
  itemGridStyles,
  selectButtonStyles,
  css`
    .group + .group {
      margin-block-start: calc(var(--_gap) * 1.5);
    }
    .country,
    .local {
      color: var(--_muted-color);
    }
    .country::after {
      content: ' · ';
    }
  `,
];
