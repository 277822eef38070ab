import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { requestGeometry, type GeometryRequest, type WorldGeometry } from '../../map/geometry.js';
import { DEFAULT_GEOMETRY_SRC } from '../../map/geometry-url.js';

export type GeometryStatus = 'loading' | 'loaded' | 'error';

export interface GeometryHost extends ReactiveControllerHost, HTMLElement {
  /** Geometry URL; empty for the package's own data/geo/world.json. */
  geometrySrc: string;
}

/**
 * Asks the shared geometry loader for the host's land geometry while the host is on the page, and tracks loading,
 * loaded and error. A response for an older URL, or one that arrives after the host left, is ignored.
 */
export class GeometryController implements ReactiveController {
  readonly #host: GeometryHost;
  #status: GeometryStatus = 'loading';
  #geometry: WorldGeometry | undefined;
  #request: GeometryRequest | undefined;
  #url: string | undefined;
  #generation = 0;

  constructor(host: GeometryHost) {
    this.#host = host;
    host.addController(this);
  }

  get status(): GeometryStatus {
    return this.#status;
  }

  get geometry(): WorldGeometry | undefined {
    return this.#status === 'loaded' ? this.#geometry : undefined;
  }

  hostConnected(): void {
    this.#load();
  }

  hostDisconnected(): void {
    this.#request?.release();
    this.#request = undefined;
    this.#url = undefined;
    this.#generation += 1;
  }

  hostUpdate(): void {
    if (this.#host.isConnected && this.#urlOf() !== this.#url) this.#load();
  }

  retry(): void {
    this.#load();
    this.#host.requestUpdate();
  }

  #urlOf(): string | undefined {
    const src = this.#host.geometrySrc.trim();
    try {
      return src ? new URL(src, document.baseURI).href : DEFAULT_GEOMETRY_SRC;
    } catch {
      return undefined;
    }
  }

  #load(): void {
    const generation = ++this.#generation;
    const previous = this.#request;
    const url = this.#urlOf();
    this.#url = url;
    this.#request = url ? requestGeometry(url) : undefined;
    previous?.release();
    this.#status = 'loading';
    const settle = (status: GeometryStatus, geometry?: WorldGeometry) => {
      if (generation !== this.#generation) return;
      this.#status = status;
      this.#geometry = geometry;
      this.#host.requestUpdate();
    };
    if (!this.#request) {
      queueMicrotask(() => settle('error'));
      return;
    }
    this.#request.promise.then(
      (geometry) => settle('loaded', geometry),
      (error: unknown) => {
        // The map falls back to its list; developers find why in the console.
        if (generation === this.#generation) console.warn('partner-map:', error);
        settle('error');
      },
    );
  }
}
