import type { ReactiveControllerHost } from 'lit';
import { requestGeometry, type WorldGeometry } from '../../map/geometry.js';
import { DEFAULT_GEOMETRY_SRC } from '../../map/geometry-url.js';
import { LoadController } from '../shared/load-controller.js';

export interface GeometryHost extends ReactiveControllerHost, HTMLElement {
  /** Geometry URL; empty for the package's own data/geo/world.json. */
  geometrySrc: string;
}

/**
 * Asks the shared geometry loader for the host's land geometry while the host is on the page, and tracks loading,
 * loaded and error (see LoadController).
 */
export class GeometryController extends LoadController<WorldGeometry, void> {
  constructor(host: GeometryHost) {
    super(host, {
      key: () => {
        const src = host.geometrySrc.trim();
        return src ? new URL(src, document.baseURI).href : DEFAULT_GEOMETRY_SRC;
      },
      request: requestGeometry,
      // The map falls back to its list; developers find why in the console.
      failed: (reason) => console.warn('partner-map:', reason),
    });
  }

  get geometry(): WorldGeometry | undefined {
    return this.value;
  }
}
