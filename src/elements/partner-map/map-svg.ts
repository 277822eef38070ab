import { html, nothing, svg, type TemplateResult } from 'lit';
import type { WorldGeometry } from '../../map/geometry.js';
import type { Point } from '../../map/projection.js';
import { toScreen, type Size, type View } from '../../map/view.js';
import type { RovingTabindexController } from '../shared/roving-tabindex-controller.js';
import { markerLabel } from './map-labels.js';
import type { MapModel, PartnerMarker } from './map-model.js';
import { round } from './map-view-controller.js';

/** The radius of a marker's hit area in CSS pixels: a 25 px target, above the 24 px of WCAG 2.5.8. */
export const HIT_RADIUS = 12.5;

export interface MapDrawing {
  readonly model: MapModel;
  readonly view: View;
  readonly size: Size;
  /** Undefined while it loads: markers and lines are drawn without land. */
  readonly geometry: WorldGeometry | undefined;
  /** The id of the partnership whose details are open. */
  readonly selected: string | undefined;
  /** The markers' Tab stop. */
  readonly markers: RovingTabindexController;
  readonly positionOf: (marker: PartnerMarker) => Point;
  readonly onMarkerClick: (event: MouseEvent) => void;
}

/**
 * The `<svg>`: land and lines in map units under one transform (so a pan or zoom changes one attribute), German
 * places and partner markers in CSS pixels (so they keep their size at every zoom). Only the markers are in the
 * accessibility tree: buttons in a roving tabindex, each with the partnership as its name.
 */
export function renderMapSvg(d: MapDrawing): TemplateResult {
  const { model, view, size, geometry } = d;
  const transform = `matrix(${view.k} 0 0 ${view.k} ${round(view.x)} ${round(view.y)})`;
  return html`<svg part="map" class="map" viewBox="0 0 ${size.width} ${size.height}" role="none">
    <g transform=${transform} aria-hidden="true">
      ${
        geometry
          ? svg`<path part="sea" class="sea" d=${geometry.sphere}></path>
          ${geometry.countries.map(([code, path]) => {
            const kind = code === 'DE' ? 'land-home' : model.countries.has(code) ? 'land-partner' : '';
            return svg`<path part=${kind ? `land ${kind}` : 'land'} class="land ${kind}" d=${path}></path>`;
          })}`
          : nothing
      }
      ${model.lines.map((line) => {
        const chosen = line.id === d.selected;
        return svg`<path part=${chosen ? 'line line-selected' : 'line'} class="line ${chosen ? 'selected' : ''}"
          d=${line.d}></path>`;
      })}
    </g>
    <g aria-hidden="true">
      ${model.locals.map((local) => {
        const [x, y] = toScreen(view, local.point);
        return svg`<g part="local-marker" class="local" transform="translate(${round(x)} ${round(y)})">
          <title>${local.names.join(', ')}</title><rect x="-5" y="-5" width="10" height="10"></rect></g>`;
      })}
    </g>
    <g>${model.markers.map((marker, i) => renderMarker(d, marker, i))}</g>
  </svg>`;
}

function renderMarker(d: MapDrawing, marker: PartnerMarker, index: number): TemplateResult {
  const [x, y] = d.positionOf(marker);
  const chosen = marker.partnership.id === d.selected;
  return svg`<g
    part=${chosen ? 'marker marker-selected' : 'marker'}
    class="marker ${chosen ? 'selected' : ''}"
    data-index=${index}
    transform="translate(${x} ${y})"
    role="button"
    tabindex=${d.markers.tabIndex(index)}
    aria-label=${markerLabel(marker.partnership)}
    aria-haspopup="dialog"
    aria-expanded=${chosen ? 'true' : 'false'}
    aria-controls=${chosen ? 'popup' : nothing}
    @click=${d.onMarkerClick}
    @focus=${d.markers.handleFocus}
  ><circle class="hit" r=${HIT_RADIUS}></circle><circle class="ring" r="9"></circle><circle class="dot" r="5.5"></circle></g>`;
}
