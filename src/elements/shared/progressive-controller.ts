import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ProgressiveOptions {
  /** Lists up to this many items render at once: the small case stays as simple as a plain `map()`. */
  threshold: number;
  /** Items in the first render of a longer list: more than a large screen shows. */
  first: number;
  /** Items added by each later step. */
  step: number;
}

const DEFAULTS: ProgressiveOptions = { threshold: 400, first: 120, step: 400 };

interface Scheduler {
  postTask(callback: () => void, options: { priority: string; signal: AbortSignal }): Promise<unknown>;
}

/**
 * Renders a long list a screenful first and the rest in later tasks, so 10,000 partnerships are on screen in the
 * time a hundred take, and a keystroke in the search box shows its first results at once. Every item still ends up
 * in the DOM (read by screen readers, found by find-in-page, printed); nothing is virtualised away. Between steps
 * the browser paints and handles input, so typing during the build-up is never blocked by it.
 *
 * In `render()`: `const n = progressive.limit(total, shown)` and render the first `n` items. A new `shown` (another
 * search result, another dataset) starts again from `first`. The host should make already rendered items cheap to
 * re-render (e.g. `guard()`), as each step re-renders the host.
 */
export class ProgressiveController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: ProgressiveOptions;
  #shown: unknown;
  #limit = 0;
  #total = 0;
  #pending: AbortController | undefined;

  constructor(host: ReactiveControllerHost, options: Partial<ProgressiveOptions> = {}) {
    this.#host = host;
    this.#options = { ...DEFAULTS, ...options };
    host.addController(this);
  }

  /** How many of `total` items to render now; `shown` identifies the list (its identity resets the build-up). */
  limit(total: number, shown: unknown): number {
    if (shown !== this.#shown) {
      this.#shown = shown;
      this.#cancel();
      this.#limit = total > this.#options.threshold ? this.#options.first : total;
    }
    this.#total = total;
    this.#limit = Math.min(this.#limit, total);
    return this.#limit;
  }

  /** Whether items are still to come (for `aria-busy` on the list). */
  get building(): boolean {
    return this.#limit < this.#total;
  }

  hostUpdated(): void {
    if (this.#limit >= this.#total || this.#pending) return;
    const pending = new AbortController();
    this.#pending = pending;
    const next = () => {
      if (pending.signal.aborted) return;
      this.#pending = undefined;
      this.#limit = Math.min(this.#total, this.#limit + this.#options.step);
      this.#host.requestUpdate();
    };
    // A task of its own, so that paint and input come between steps; postTask where the browser has it (no 4 ms
    // clamp of nested timeouts), else a timeout.
    const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
    if (scheduler) {
      scheduler.postTask(next, { priority: 'user-visible', signal: pending.signal }).catch(() => {});
    } else {
      setTimeout(next, 0);
    }
  }

  hostConnected(): void {
    // Moved in the DOM while building up: carry on where it stopped.
    if (this.#limit < this.#total) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#cancel();
  }

  #cancel(): void {
    this.#pending?.abort();
    this.#pending = undefined;
  }
}
