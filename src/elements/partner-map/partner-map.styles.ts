import { css, unsafeCSS } from 'lit';
import { tokens } from '../shared/shared.styles.js';

/** The map's own colours: `--partner-map-<name>`, else the default (light and dark). */
const MAP_COLOURS: Record<string, [light: string, dark: string]> = {
  sea: ['#dcebf5', '#1d2a35'],
  land: ['#f2efe8', '#34373a'],
  'land-partner': ['#f7d9a1', '#6b5424'],
  'land-home': ['#d5dbe6', '#47536a'],
  border: ['#a9a59c', '#6f6c66'],
  'local-marker': ['#b3261e', '#f2b8b5'],
};

const colour = (pick: 0 | 1 | 'both') =>
  Object.entries(MAP_COLOURS)
    .map(([name, [light, dark]]) => {
      const value = pick === 'both' ? `light-dark(${light}, ${dark})` : pick === 0 ? light : dark;
      return `--_${name}: var(--partner-map-${name}, ${value});`;
    })
    .join(' ');

const mapColours = unsafeCSS(
  `:host { ${colour('both')} } @supports not (color: light-dark(#000, #fff)) { :host { ${colour(0)} } }`,
);

/**
 * Notes (kept out of the CSS text, which ships as it is written):
 * - `--_panel`: an opaque surface for what lies over the map, the surface token over the page's canvas colour.
 * - `.frame.moved`: touch scrolls the page over the map until the reader zooms or pans it on purpose.
 * - `.hint`: the keyboard help shows while the map has the focus; screen readers get it as the map's description.
 * - print: on paper the partnerships are printed as the list too, and the controls are left out.
 */
export const styles = [
  tokens('partner-map'),
  mapColours,
  css`
    :host {
      --_line: var(--partner-map-line, var(--_accent));
      --_marker: var(--partner-map-marker, var(--_accent));
      --_panel: linear-gradient(var(--_surface), var(--_surface)), Canvas;
    }
    .summary {
      margin: 0 0 0.5rem;
      color: var(--_muted-color);
    }
    .frame {
      position: relative;
      width: 100%;
      aspect-ratio: var(--partner-map-aspect-ratio, 4 / 3);
      max-height: var(--partner-map-max-height, 75vh);
      overflow: hidden;
      border: 1px solid var(--_border-color);
      border-radius: var(--_radius);
      cursor: grab;
      user-select: none;
      -webkit-user-select: none;
    }
    .frame.moved {
      touch-action: pinch-zoom;
    }
    .frame.dragging {
      cursor: grabbing;
    }
    .frame:focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 2px;
    }
    .map {
      display: block;
      width: 100%;
      height: 100%;
    }
    .sea {
      fill: var(--_sea);
    }
    .land {
      fill: var(--_land);
      stroke: var(--_border);
      stroke-width: 0.5px;
      stroke-linejoin: round;
      vector-effect: non-scaling-stroke;
    }
    .land-partner {
      fill: var(--_land-partner);
    }
    .land-home {
      fill: var(--_land-home);
    }
    .line {
      fill: none;
      stroke: var(--_line);
      stroke-width: 1.5px;
      stroke-opacity: 0.7;
      stroke-linecap: round;
      vector-effect: non-scaling-stroke;
    }
    .line.selected {
      stroke-width: 3px;
      stroke-opacity: 1;
    }
    .local rect {
      fill: var(--_local-marker);
      stroke: Canvas;
      stroke-width: 1.5px;
    }
    .marker {
      cursor: pointer;
      outline: none;
    }
    .marker .hit {
      fill: transparent;
    }
    .marker .ring {
      fill: none;
      stroke: none;
      stroke-width: 3px;
    }
    .marker .dot {
      fill: var(--_marker);
      stroke: Canvas;
      stroke-width: 1.5px;
      transition: r 0.12s ease-out;
    }
    .marker:hover .dot,
    .marker.selected .dot {
      r: 7px;
    }
    .marker.selected .ring {
      stroke: var(--_marker);
      stroke-width: 2px;
    }
    .marker:focus-visible .ring {
      stroke: var(--_accent);
      stroke-width: 3px;
    }
    .loading {
      position: absolute;
      inset-block-start: 0.5rem;
      inset-inline-start: 0.5rem;
      margin: 0;
      padding: 0.125rem 0.5rem;
      border-radius: var(--_radius);
      background: var(--_panel);
      font-style: italic;
    }
    .popup {
      position: absolute;
      z-index: 1;
      max-width: min(20rem, calc(100% - 1rem));
      max-height: calc(100% - 1rem);
      overflow: auto;
      padding: 0.5rem 0.75rem 0.625rem;
      border: 1px solid var(--_border-color);
      border-radius: var(--_radius);
      background: var(--_panel);
      box-shadow: 0 0.125rem 0.5rem rgb(0 0 0 / 0.25);
      cursor: auto;
      user-select: text;
      -webkit-user-select: text;
      overflow-wrap: anywhere;
    }
    .popup.top {
      inset-block-start: 0.5rem;
    }
    .popup.bottom {
      inset-block-end: 0.5rem;
    }
    /* Physical, not logical: the popup docks away from its marker on the drawing, which never mirrors. */
    .popup.left {
      left: 0.5rem;
    }
    .popup.right {
      right: 0.5rem;
    }
    .popup-head {
      display: flex;
      align-items: flex-start;
      justify-content: space-between;
      gap: 0.5rem;
    }
    .popup :is(h1, h2, h3, h4, h5, h6) {
      font-size: 1em;
      line-height: 1.3;
      margin: 0.25rem 0 0;
    }
    .popup p {
      margin: 0.25rem 0 0;
    }
    button svg,
    .legend svg {
      display: block;
      fill: none;
      stroke: currentColor;
      stroke-width: 2px;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    button svg {
      width: 1.25rem;
      height: 1.25rem;
    }
    .close,
    .control {
      display: inline-grid;
      place-items: center;
      padding: 0.25rem;
      background: var(--_panel);
    }
    .close {
      flex: none;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      margin-block-start: 0.5rem;
    }
    .control:nth-child(4),
    .control:last-child {
      margin-inline-start: 0.5rem;
    }
    .hint {
      margin: 0.25rem 0 0;
      font-size: 0.875em;
      color: var(--_muted-color);
    }
    .frame:not(:focus-within) ~ .hint {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      list-style: none;
      margin: 0.5rem 0 0;
      padding: 0;
      font-size: 0.875em;
    }
    .legend li {
      display: flex;
      align-items: center;
      gap: 0.375rem;
    }
    .legend svg {
      width: 1.5em;
      height: 1em;
      overflow: visible;
    }
    .legend .land {
      stroke-width: 1px;
    }
    .notice {
      border-inline-start: 0.25rem solid var(--_accent);
      padding-inline-start: var(--_gap);
    }
    .notice p {
      margin: 0 0 0.5rem;
    }
    .list-section {
      margin-block-start: var(--_gap);
    }
    .list-section :is(h1, h2, h3, h4, h5, h6) {
      font-size: 1.125em;
      line-height: 1.3;
      margin: 0 0 0.5rem;
    }
    .list {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .item {
      padding-block: 0.125rem;
      overflow-wrap: anywhere;
    }
    .name {
      font-weight: 600;
    }
    @media (forced-colors: active) {
      .map,
      .legend svg {
        forced-color-adjust: none;
      }
      button svg {
        stroke: ButtonText;
      }
      .sea,
      .land,
      .land-home {
        fill: Canvas;
        stroke: GrayText;
      }
      .land-partner {
        fill: Canvas;
        stroke: CanvasText;
        stroke-width: 1.5px;
      }
      .line {
        stroke: CanvasText;
        stroke-opacity: 1;
      }
      .line.selected,
      .marker.selected .ring,
      .marker:focus-visible .ring {
        stroke: Highlight;
      }
      .marker .dot {
        fill: LinkText;
        stroke: Canvas;
      }
      .local rect {
        fill: CanvasText;
        stroke: Canvas;
      }
      .frame,
      .popup {
        border-color: CanvasText;
      }
      .frame:focus-visible {
        outline-color: Highlight;
      }
    }
    @media print {
      .frame {
        break-inside: avoid;
        max-height: none;
      }
      .controls,
      .hint,
      .loading,
      .popup {
        display: none;
      }
      .list-section {
        position: static !important;
        width: auto !important;
        height: auto !important;
        margin: var(--_gap) 0 0 !important;
        overflow: visible !important;
        clip: auto !important;
        white-space: normal !important;
      }
    }
  `,
];
