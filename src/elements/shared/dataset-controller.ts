import type { ReactiveControllerHost } from 'lit';
import type { Dataset } from '../../data/model.js';
import {
  DatasetLoadError,
  datasetKey,
  requestDataset,
  sameSource,
  type LoadedDataset,
} from '../../data/loader.js';
import { PartnerErrorEvent, PartnerLoadEvent } from '../../events.js';
import { LoadController } from './load-controller.js';

export interface DatasetHost extends ReactiveControllerHost, HTMLElement {
  /** Dataset URL, `#id` of inline JSON, or empty for the package's own dataset. */
  src: string;
  /** The area shown: of the package's own dataset, only the part that holds it is read. */
  gemeinde?: string;
  kreis?: string;
  land?: string;
}

export interface DatasetControllerOptions {
  /** How many partnerships the host shows once loaded: the `count` of its `partner-load` event. */
  count: () => number;
  /** Whether the host can show its content yet (its translation is loaded); events wait until it can. */
  ready: () => boolean;
  /** Whether the host draws its partners on a map: a table without their coordinates must place them by name. */
  coordinates?: boolean;
}

/**
 * Gets the dataset for the host's `src` (and area) from the shared loader and tracks loading, loaded and error (see
 * LoadController). Fires `partner-load` / `partner-error` from the host once the host has rendered that state.
 */
export class DatasetController extends LoadController<LoadedDataset, DatasetLoadError> {
  constructor(host: DatasetHost, options: DatasetControllerOptions) {
    const needs = () => ({
      gemeinde: host.gemeinde,
      kreis: host.kreis,
      land: host.land,
      coordinates: options.coordinates,
    });
    super(host, {
      key: () => datasetKey(host.src, needs()),
      request: () => requestDataset(host.src, host, needs()),
      sameSource,
      failed: (reason) =>
        reason instanceof DatasetLoadError ? reason : new DatasetLoadError('network', 0, String(reason)),
      announce: ({ status, error, value }) => {
        if (!options.ready()) return false;
        if (status === 'loaded') host.dispatchEvent(new PartnerLoadEvent(options.count(), value?.problems));
        else if (error) host.dispatchEvent(new PartnerErrorEvent(error.status, error.message));
        return true;
      },
    });
  }

  /** The validated dataset once loaded. */
  get dataset(): Dataset | undefined {
    return this.value?.dataset;
  }

  /** Invalid records the loader left out. */
  get skipped(): number {
    return this.value?.skipped ?? 0;
  }
}
