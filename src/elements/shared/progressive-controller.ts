import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ProgressiveOptions {
  /** Lists up to this many items render at once: the small case stays as simple as a plain `map()`. */
  threshold: number;
  /** Items in the first render of a longer list: more than a large screen shows. */
  first: number;
  /** Milliseconds of script a later step aims at; its number of items adapts to what the last step took. */
  budget: number;
  /**
   * Milliseconds to wait before building on after the list changed (a keystroke): while the reader types, only
   * the first screen of each result is rendered, so no keystroke waits for the rest of the previous one.
   */
  pause: number;
  /** Every list, the first too, waits for a pause in typing: search results, which replace a list shown before. */
  replaces: boolean;
}

const DEFAULTS: ProgressiveOptions = { threshold: 400, first: 50, budget: 8, pause: 300, replaces: false };

interface Scheduler {
  postTask(
    callback: () => void,
    options: { priority: string; signal: AbortSignal; delay?: number },
  ): Promise<unknown>;
}

/**
 * Renders a long list a screenful first and the rest in later tasks, so 10,000 partnerships are on screen in the
 * time a hundred take, and a keystroke in the search box shows its first results at once. Every item still ends up
 * in the DOM (read by screen readers, found by find-in-page, printed); nothing is virtualised away. Between steps
 * the browser paints and handles input, so typing during the build-up is never blocked by it for long.
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
  #step = 200;
  #stepStarted = 0;
  #wait = 0;
  #pending: AbortController | undefined;
  #held = false;

  constructor(host: ReactiveControllerHost, options: Partial<ProgressiveOptions> = {}) {
    this.#host = host;
    this.#options = { ...DEFAULTS, ...options };
    host.addController(this);
  }

  /**
   * How many of `total` items to render now; `shown` identifies the list (its identity resets the build-up). With
   * `hold`, the list stays as far as it got and builds on only once a render asks without `hold` (a list kept
   * hidden while search results are shown instead).
   */
  limit(total: number, shown: unknown, hold = false): number {
    this.#held = hold;
    if (hold) this.#cancel();
    if (shown !== this.#shown) {
      // The first list builds on at once; a list that replaces another (a search) waits for a pause in typing.
      this.#wait = this.#shown === undefined && !this.#options.replaces ? 0 : this.#options.pause;
      this.#shown = shown;
      this.#cancel();
      this.#limit = total > this.#options.threshold ? this.#options.first : total;
    }
    this.#total = total;
    this.#limit = Math.min(this.#limit, total);
    return this.#limit;
  }

  hostUpdated(): void {
    if (this.#stepStarted > 0) {
      // Aim the next step at the budget: as many items as the last step's time per item allows.
      const took = Math.max(performance.now() - this.#stepStarted, 0.5);
      this.#step = Math.round(Math.min(4000, Math.max(50, (this.#step * this.#options.budget) / took)));
      this.#stepStarted = 0;
    }
    if (this.#held || this.#limit >= this.#total || this.#pending) return;
    const pending = new AbortController();
    this.#pending = pending;
    const next = () => {
      if (pending.signal.aborted) return;
      this.#pending = undefined;
      this.#stepStarted = performance.now();
      this.#limit = Math.min(this.#total, this.#limit + this.#step);
      this.#host.requestUpdate();
    };
    const delay = this.#wait;
    this.#wait = 0;
    // A task of its own, so that paint and input come between steps; postTask where the browser has it (no 4 ms
    // clamp of nested timeouts), else a timeout. Background priority: the frame that shows the first screen, and
    // whatever the page itself has queued, go first (at user-visible priority the first step of 10,000 items
    // delayed the first screen's paint by up to 100 ms).
    const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
    if (scheduler) {
      scheduler.postTask(next, { priority: 'background', signal: pending.signal, delay }).catch(() => {});
    } else {
      setTimeout(next, delay);
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
    this.#stepStarted = 0;
  }
}
