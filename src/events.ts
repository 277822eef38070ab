import type { DatasetProblem } from './data/problem-report.js';

/**
 * The events every partner element fires. All bubble and are composed, so a page can listen on `document` or on any
 * ancestor, through shadow roots. Names are prefixed because `load`, `error` and `select` are native event names.
 *
 * ```js
 * document.addEventListener('partner-error', (e) => console.warn(e.detail.status, e.detail.message));
 * ```
 */

/**
 * The dataset arrived and the element shows it; `count` is the number of partnerships the element shows.
 * `problems` is what the dataset holds that no element shows (empty for a sound file): each faulty field of a record
 * left out as invalid, with the record's `index` and `id`, the `line` of the file where it starts, the `field`, the
 * `value` and a `message` in plain English, the line the console shows. It is the whole file's, whichever part of it
 * the element shows, for a page that tells its editors what to fix.
 */
export class PartnerLoadEvent extends CustomEvent<{ count: number; problems: readonly DatasetProblem[] }> {
  static readonly eventName = 'partner-load';
  constructor(count: number, problems: readonly DatasetProblem[] = []) {
    super(PartnerLoadEvent.eventName, { bubbles: true, composed: true, detail: { count, problems } });
  }
}

/**
 * The dataset could not be loaded or is unusable. `status` is the HTTP status, or 0 where there is none (no
 * connection, timeout, missing inline data); `message` is an English description for developers' logs.
 */
export class PartnerErrorEvent extends CustomEvent<{ status: number; message: string }> {
  static readonly eventName = 'partner-error';
  constructor(status: number, message: string) {
    super(PartnerErrorEvent.eventName, { bubbles: true, composed: true, detail: { status, message } });
  }
}

/**
 * The reader chose one partnership (`id` is the partnership's id). Cancelable: a page that shows the partnership
 * itself (e.g. in a `<partner-card>`) calls `preventDefault()` to stop the element's default action, such as following a link.
 */
export class PartnerSelectEvent extends CustomEvent<{ id: string }> {
  static readonly eventName = 'partner-select';
  constructor(id: string) {
    super(PartnerSelectEvent.eventName, { bubbles: true, composed: true, cancelable: true, detail: { id } });
  }
}

declare global {
  interface HTMLElementEventMap {
    'partner-load': PartnerLoadEvent;
    'partner-error': PartnerErrorEvent;
    'partner-select': PartnerSelectEvent;
  }
  // The events bubble and are composed, so pages listen on `document` too (as the example above does).
  interface DocumentEventMap {
    'partner-load': PartnerLoadEvent;
    'partner-error': PartnerErrorEvent;
    'partner-select': PartnerSelectEvent;
  }
}
