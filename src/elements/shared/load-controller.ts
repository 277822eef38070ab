import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Held } from '../../data/request-pool.js';

export type LoadStatus = 'loading' | 'loaded' | 'error';

/** What a `LoadController` loads for its host, and what it makes of a failure. */
export interface LoadSource<T, E> {
  /** What the host asks for now (a URL, a dataset key): a new key asks again. Throws where there is nothing to ask. */
  key(): string;
  /** Hold the shared request for `key`. */
  request(key: string): Held<T>;
  /** The error the host shows for `reason` (a rejection, or what `key()` threw); never called for a stale one. */
  failed(reason: unknown): E;
  /**
   * Called once the host has rendered a newly settled state (to fire its events then); `false` where the host
   * cannot show it yet, to be called again after the next update.
   */
  announce?(state: LoadController<T, E>): boolean;
  /** Whether a new key asks what the last one did, only differently: what is loaded stays shown while it asks. */
  sameSource?(last: string, next: string): boolean;
}

/**
 * Holds the shared request for what its host shows while the host is on the page, and tracks loading, loaded and
 * error. A response for an older key, or one that arrives after the host left, is ignored, so it never overwrites a
 * newer one. `retry()` asks again (a pool forgets a failed request, so this really asks the server again).
 */
export class LoadController<T, E> implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #source: LoadSource<T, E>;
  #status: LoadStatus = 'loading';
  #value: T | undefined;
  #error: E | undefined;
  #request: Held<T> | undefined;
  /** The key asked for: undefined before the first request, '' where `key()` threw (there was nothing to ask). */
  #key: string | undefined;
  /** Bumped by every new request and by leaving the page: a response carrying an older number is stale. */
  #generation = 0;
  #announcing = false;

  constructor(host: ReactiveControllerHost & HTMLElement, source: LoadSource<T, E>) {
    this.#host = host;
    this.#source = source;
    host.addController(this);
  }

  get status(): LoadStatus {
    return this.#status;
  }

  /** What was loaded, once loaded. */
  get value(): T | undefined {
    return this.#status === 'loaded' ? this.#value : undefined;
  }

  get error(): E | undefined {
    return this.#status === 'error' ? this.#error : undefined;
  }

  retry(): void {
    this.#load();
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    // Back on the page after a move: ask again at once (the pool still has the answer). The first time, the request
    // waits for the first update, a microtask later, so a script that sets an attribute just after inserting the
    // element (React does) asks only for what it set, not for the default first.
    if (this.#key !== undefined) this.#load();
  }

  hostDisconnected(): void {
    // Let the pool abort the request if no other element needs it; ignore whatever still arrives.
    this.#request?.release();
    this.#request = undefined;
    this.#generation += 1;
  }

  hostUpdate(): void {
    if (this.#host.isConnected && this.#keyOf() !== this.#key) this.#load();
  }

  hostUpdated(): void {
    if (this.#announcing && this.#source.announce?.(this) !== false) this.#announcing = false;
  }

  #keyOf(): string {
    try {
      return this.#source.key();
    } catch {
      return ''; // Nothing to ask for: #load reports it.
    }
  }

  #load(): void {
    const previous = this.#request;
    const generation = ++this.#generation;
    this.#request = undefined;
    try {
      const key = this.#source.key();
      // Holding the same loaded request again (the host moved in the DOM): keep showing it meanwhile.
      const same =
        this.#status === 'loaded' &&
        (key === this.#key ||
          (this.#key !== undefined && this.#source.sameSource?.(this.#key, key) === true));
      this.#key = key;
      this.#request = this.#source.request(key);
      if (!same) this.#status = 'loading';
      this.#request.promise.then(
        (value) => {
          if (generation !== this.#generation || (same && value === this.#value)) return;
          this.#value = value;
          this.#settled('loaded');
        },
        (reason: unknown) => this.#fail(generation, reason),
      );
    } catch (reason) {
      this.#key = '';
      this.#fail(generation, reason);
    } finally {
      previous?.release();
    }
  }

  #fail(generation: number, reason: unknown): void {
    if (generation !== this.#generation) return;
    this.#error = this.#source.failed(reason);
    this.#settled('error');
  }

  #settled(status: LoadStatus): void {
    this.#status = status;
    this.#announcing = true;
    this.#host.requestUpdate();
  }
}
