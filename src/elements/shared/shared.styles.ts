/**
 * Design tokens and the styles every element shares. Tokens come in two tiers, element then system, with the
 * literal default in one place: `var(--partner-list-accent, var(--partner-accent, light-dark(#0b57d0, #a8c7fa)))`.
 * Colours follow the page's `color-scheme` (light-dark()), text inherits the page's font and colour.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

/** Each token: system name (after `--partner-`) and its default. Documented as @cssprop on every element. */
const TOKENS: Record<string, { light: string; dark?: string }> = {
  accent: { light: '#0b57d0', dark: '#a8c7fa' },
  'border-color': { light: '#747775', dark: '#8e918f' },
  'muted-color': { light: 'currentColor' },
  surface: { light: 'transparent' },
  radius: { light: '0.375rem' },
  gap: { light: '0.75rem' },
};

/**
 * The private custom properties (`--_accent`, `--_border-color`, ...) an element's styles use, each reading the
 * element's own token, then the system token, then the default. `element` is the tag (`partner-list`).
 */
export function tokens(element: string): CSSResult {
  if (!/^partner-[a-z-]+$/u.test(element)) throw new Error(`Not a partner element tag: ${element}`);
  const line = (name: string, value: string) =>
    `--_${name}: var(--${element}-${name}, var(--partner-${name}, ${value}));`;
  const modern = Object.entries(TOKENS).map(([name, { light, dark }]) =>
    line(name, dark ? `light-dark(${light}, ${dark})` : light),
  );
  const legacy = Object.entries(TOKENS).map(([name, { light }]) => line(name, light));
  // Browsers without light-dark() get the light defaults instead of an invalid (transparent) colour.
  return unsafeCSS(
    `:host { ${modern.join(' ')} } @supports not (color: light-dark(#000, #fff)) { :host { ${legacy.join(' ')} } }`,
  );
}

// Why some rules are as they are.
// - `overflow-wrap: anywhere` on the host: German compounds and long source titles must not force sideways
//   scrolling at 320 px with a reader's text spacing (WCAG 1.4.10, 1.4.12): a word breaks only where it would
//   overflow, and tables may shrink too.
// - `unicode-bidi: isolate` on names: names are data, and a right-to-left mark or override inside one must not
//   reorder the text around it.
// - `.base:focus:not(:focus-visible)`: the base takes the focus only after a retry (so that it is not lost), never
//   by Tab or a click.
export const sharedStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font: inherit;
    color: inherit;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  [part~='name'],
  [part~='partner'],
  [part~='local'] {
    unicode-bidi: isolate;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .base[aria-busy='true'] .state {
    font-style: italic;
  }
  .state {
    margin: 0;
    padding: var(--_gap) 0;
  }
  .state--error {
    border-inline-start: 0.25rem solid var(--_accent);
    padding-inline-start: var(--_gap);
  }
  .state--error p {
    margin: 0 0 0.5rem;
  }
  .skipped,
  .credit {
    margin: var(--_gap) 0 0;
    font-size: 0.875em;
    color: var(--_muted-color);
  }
  .skipped p,
  .state--unknown p {
    margin: 0;
  }
  button {
    font: inherit;
    min-height: 2.25rem;
    min-width: 2.25rem;
    padding: 0.25rem 0.875rem;
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  button:focus-visible,
  input:focus-visible,
  a:focus-visible,
  .base:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .base:focus:not(:focus-visible) {
    outline: none;
  }
  a {
    color: var(--_accent);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    button,
    input {
      border-color: ButtonText;
    }
    button:focus-visible,
    input:focus-visible,
    a:focus-visible,
    .base:focus-visible {
      outline-color: Highlight;
    }
    a {
      color: LinkText;
    }
  }
  @media print {
    button {
      display: none !important;
    }
    a {
      color: inherit;
    }
  }
`;
