import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Dataset } from '../../data/model.js';
import {
  DatasetLoadError,
  datasetKey,
  requestDataset,
  type DatasetRequest,
  type LoadedDataset,
} from '../../data/loader.js';
import { PartnerErrorEvent, PartnerLoadEvent } from '../../events.js';

export type DataStatus = 'loading' | 'loaded' | 'error';

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
}

/**
 * Gets the dataset for the host's `src` from the shared loader and tracks loading, loaded and error. Fires
 * `partner-load` / `partner-error` from the host once the host has rendered that state. A response for an older
 * `src` (or one that arrives after the host left the page) is ignored, so it never overwrites a newer one.
 */
export class DatasetController implements ReactiveController {
  readonly #host: DatasetHost;
  readonly #options: DatasetControllerOptions;
  #status: DataStatus = 'loading';
  #loaded: LoadedDataset | undefined;
  #error: DatasetLoadError | undefined;
  #request: DatasetRequest | undefined;
  #key: string | undefined;
  /** Bumped by every new request: a response carrying an older number is stale. */
  #generation = 0;
  #eventPending = false;

  constructor(host: DatasetHost, options: DatasetControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get status(): DataStatus {
    return this.#status;
  }

  /** The validated dataset once loaded. */
  get dataset(): Dataset | undefined {
    return this.#status === 'loaded' ? this.#loaded?.dataset : undefined;
  }

  /** Invalid records the loader left out. */
  get skipped(): number {
    return this.#loaded?.skipped ?? 0;
  }

  get error(): DatasetLoadError | undefined {
    return this.#status === 'error' ? this.#error : undefined;
  }

  /** Ask again after an error (the loader forgot the failed request, so this really asks the server again). */
  retry(): void {
    this.#load();
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    // Back on the page after a move: ask again at once (the loader still has the data). The first time, the request
    // waits for the first update, a microtask later, so a script that sets `src` just after inserting the element
    // (React does) asks only for that dataset, not for the default one first.
    if (this.#key !== undefined) this.#load();
  }

  hostDisconnected(): void {
    // Let the loader abort the request if no other element needs it; ignore whatever still arrives.
    this.#request?.release();
    this.#request = undefined;
    this.#generation += 1;
  }

  hostUpdate(): void {
    if (this.#host.isConnected && this.#keyOf() !== this.#key) this.#load();
  }

  hostUpdated(): void {
    if (!this.#eventPending || !this.#options.ready()) return;
    this.#eventPending = false;
    if (this.#status === 'loaded') {
      this.#host.dispatchEvent(new PartnerLoadEvent(this.#options.count()));
    } else if (this.#status === 'error' && this.#error) {
      this.#host.dispatchEvent(new PartnerErrorEvent(this.#error.status, this.#error.message));
    }
  }

  #keyOf(): string | undefined {
    try {
      return datasetKey(this.#host.src, this.#host);
    } catch {
      return undefined; // An unparsable URL: the request below reports it.
    }
  }

  #load(): void {
    const previous = this.#request;
    const generation = ++this.#generation;
    let request: DatasetRequest;
    try {
      request = requestDataset(this.#host.src, this.#host, this.#host);
    } catch {
      this.#request = undefined;
      this.#key = this.#keyOf();
      this.#settle(
        generation,
        undefined,
        new DatasetLoadError('network', 0, `Invalid src "${this.#host.src}".`),
      );
      previous?.release();
      return;
    }
    // Keep showing the data while re-subscribing to the same dataset (an element moved in the DOM).
    const same = request.key === this.#key && this.#status === 'loaded';
    this.#request = request;
    this.#key = request.key;
    previous?.release();
    if (!same) {
      this.#status = 'loading';
      this.#error = undefined;
    }
    request.promise.then(
      (loaded) => this.#settle(generation, loaded, undefined, same),
      (error: unknown) =>
        this.#settle(
          generation,
          undefined,
          error instanceof DatasetLoadError ? error : new DatasetLoadError('network', 0, String(error)),
        ),
    );
  }

  #settle(generation: number, loaded?: LoadedDataset, error?: DatasetLoadError, quiet = false): void {
    if (generation !== this.#generation) return; // Stale: a newer src was asked for, or the host left.
    if (loaded) {
      if (quiet && loaded === this.#loaded) return;
      this.#status = 'loaded';
      this.#loaded = loaded;
      this.#error = undefined;
    } else {
      this.#status = 'error';
      this.#error = error;
    }
    this.#eventPending = true;
    this.#host.requestUpdate();
  }
}
