/**
 * Requests shared by a whole page, for the dataset loader and the map's geometry loader alike. However many elements
 * ask for one key, there is one request: kept after success, forgotten after a failure (so that a retry asks
 * again), and aborted once the last element that held it lets go, unless it has been answered by then.
 */

/** One holder's share of a pooled request: `release()` once the holder no longer needs it. */
export interface Held<T> {
  /** What identifies the request in its pool. */
  readonly key: string;
  readonly promise: Promise<T>;
  release(): void;
}

export interface RequestPool<T> {
  /** Hold the request for `key`, starting it where nobody holds one. */
  hold(key: string): Held<T>;
  /** Whether a request for `key` is under way or answered. */
  has(key: string): boolean;
  /** Forget every request (tests; a page that knows its data changed). Running requests are not aborted. */
  clear(): void;
}

/** A pool whose requests `load(key, signal)` makes; `signal` aborts when no holder wants the answer any more. */
export function requestPool<T>(load: (key: string, signal: AbortSignal) => Promise<T>): RequestPool<T> {
  /** Each key's request, as the function that hands out one more hold on it. */
  const entries = new Map<string, () => Held<T>>();
  const start = (key: string) => {
    const controller = new AbortController();
    let holders = 0;
    let settled = false;
    const forget = () => {
      if (entries.get(key) === hold) entries.delete(key);
    };
    const promise = load(key, controller.signal).then(
      (value) => {
        settled = true;
        return value;
      },
      (error: unknown) => {
        settled = true;
        forget();
        throw error;
      },
    );
    // A request aborted because nobody wants it any more may have nobody listening either: not an unhandled error.
    promise.catch(() => {});
    const hold = (): Held<T> => {
      holders += 1;
      let released = false;
      return {
        key,
        promise,
        release() {
          if (released) return;
          released = true;
          holders -= 1;
          // Wait a microtask: an element moved in the DOM disconnects and reconnects at once and still wants it.
          queueMicrotask(() => {
            if (holders > 0 || settled) return;
            forget();
            controller.abort();
          });
        },
      };
    };
    entries.set(key, hold);
    return hold;
  };
  return {
    has: (key) => entries.has(key),
    clear: () => entries.clear(),
    hold: (key) => (entries.get(key) ?? start(key))(),
  };
}

/**
 * A signal that aborts when `signal` does or `timeout` milliseconds from now, whichever comes first: what
 * `AbortSignal.any([signal, AbortSignal.timeout(timeout)])` gives, without AbortSignal.any (2024), which a browser a
 * little older lacks (every request would fail there). Whoever fetches with it reads the body under it too: a server
 * that stalls mid-body is as unusable as a silent one. The timer is not cleared, as AbortSignal.timeout's is not:
 * aborting a fetch that has been read does nothing.
 */
export function withTimeout(timeout: number, signal?: AbortSignal): AbortSignal {
  const controller = new AbortController();
  const abort = () => controller.abort();
  // A signal that has aborted already fires no more: the new one aborts at once, not only after the timeout.
  if (signal?.aborted) abort();
  else signal?.addEventListener('abort', abort, { once: true });
  setTimeout(abort, timeout);
  return controller.signal;
}
