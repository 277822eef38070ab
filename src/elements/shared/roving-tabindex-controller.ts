import type { ReactiveControllerHost } from 'lit';

/** Where `key` moves the focus from item `from` of `count`; undefined for a key that does not move it. */
export type RovingKeys = (from: number, key: string, count: number) => number | undefined;

/**
 * The keys of a toolbar or a one-dimensional list (WAI-ARIA APG): Right/Down to the next item, Left/Up to the
 * previous one (stopping at the ends), Home/End to the first/last. Right to left (`rtl`), Left goes to the next.
 */
export const linearKeys = (from: number, key: string, count: number, rtl?: boolean): number | undefined => {
  switch (key) {
    case rtl ? 'ArrowLeft' : 'ArrowRight':
    case 'ArrowDown':
      return Math.min(from + 1, count - 1);
    case rtl ? 'ArrowRight' : 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(from - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
  }
  return undefined;
};

/**
 * A roving tabindex: a group of items (toolbar buttons, map markers) is one Tab stop, the item last chosen, and
 * arrow keys move between the items. Render each item with `tabindex=${roving.tabIndex(i)}` and
 * `@focus=${roving.handleFocus}`, and send the group's keydown to `handleKeydown` (or, where the host handles more
 * keys, use `next()` and `focus()`). It needs none of the host's lifecycle, only its updates, which render the
 * tabindex values.
 */
export class RovingTabindexController {
  /** The item that Tab reaches. */
  index = 0;
  readonly #host: ReactiveControllerHost;
  readonly #items: () => ArrayLike<HTMLElement | SVGElement>;
  readonly #keys: RovingKeys;

  /** `items`: the rendered items in index order; `keys`: where a key moves the focus (default `linearKeys`). */
  constructor(
    host: ReactiveControllerHost,
    items: () => ArrayLike<HTMLElement | SVGElement>,
    keys: RovingKeys = linearKeys,
  ) {
    this.#host = host;
    this.#items = items;
    this.#keys = keys;
  }

  tabIndex(index: number): number {
    return index === this.index ? 0 : -1;
  }

  /** Where `key` moves the focus from item `from` (default: the Tab stop); undefined for a key that does not. */
  next(key: string, from = this.index): number | undefined {
    return this.#keys(from, key, this.#items().length);
  }

  /**
   * Makes item `index` the Tab stop and focuses it once the host has rendered (and perhaps moved) it: the map
   * pans a marker into view first, and focusing the marker before that would scroll the frame instead.
   */
  async focus(index: number): Promise<void> {
    this.index = index;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#items()[index]?.focus();
  }

  readonly handleKeydown = (event: KeyboardEvent): void => {
    const next = this.next(event.key);
    if (next === undefined) return;
    event.preventDefault();
    void this.focus(next);
  };

  /** An item got the focus (Tab, a click, a script): it is the Tab stop from now on. */
  readonly handleFocus = (event: FocusEvent): void => {
    this.index = Array.prototype.indexOf.call(this.#items(), event.currentTarget);
    this.#host.requestUpdate();
  };
}
