import { css } from 'lit';
import { tokens } from '../shared/shared.styles.js';

// On paper the website's address is what counts: no underline, no icon.
export const styles = [
  tokens('partner-card'),
  css`
    .card {
      padding: var(--_gap);
      border: 1px solid var(--_border-color);
      border-radius: var(--_radius);
      background: var(--_surface);
      max-inline-size: 48rem;
    }
    h1,
    h2,
    h3,
    h4,
    h5,
    h6 {
      line-height: 1.3;
      margin: 0 0 0.5rem;
      overflow-wrap: anywhere;
    }
    [part~='title'] {
      font-size: 1.375em;
      padding-block-end: 0.25rem;
      border-block-end: 2px solid var(--_accent);
    }
    [part~='section-heading'] {
      font-size: 1em;
      margin-block-start: var(--_gap);
    }
    .details {
      display: grid;
      grid-template-columns: 1fr;
      gap: 0.25rem;
      margin: 0 0 var(--_gap);
    }
    .fact {
      display: grid;
      grid-template-columns: 1fr;
    }
    dt {
      font-weight: 600;
      color: var(--_muted-color);
      font-size: 0.875em;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    @container (min-width: 30rem) {
      .fact {
        grid-template-columns: minmax(9rem, 1fr) 3fr;
        gap: var(--_gap);
      }
      dt {
        font-size: inherit;
      }
    }
    .description {
      margin: 0 0 var(--_gap);
      max-inline-size: 65ch;
    }
    [part~='website-link'] {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      min-block-size: 24px;
    }
    .icon {
      inline-size: 0.875em;
      block-size: 0.875em;
      fill: none;
      stroke: currentColor;
      stroke-width: 1.5;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    .partnerships,
    .sources {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .partnerships li,
    .sources li {
      margin-block-end: 0.25rem;
    }
    cite {
      font-style: italic;
    }
    @media (forced-colors: active) {
      .card,
      [part~='title'] {
        border-color: CanvasText;
      }
    }
    @media print {
      .card {
        border: 0;
        padding: 0;
      }
      .icon {
        display: none;
      }
      [part~='website-link'] {
        text-decoration: none;
      }
    }
  `,
];
