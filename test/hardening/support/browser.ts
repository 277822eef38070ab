/**
 * Browser-side helpers of the hardening suites that run in the test runner: every element from the manifest,
 * mounted as a webmaster writes it, a fetch that answers per URL (and otherwise goes to the network), and a record
 * of every error the page raises.
 */
import { defineModule, manifestElements } from './manifest.js';

/** The tags in custom-elements.json, each registered from its own define module. */
export async function manifestTags(): Promise<string[]> {
  const response = await fetch('/custom-elements.json');
  if (!response.ok) throw new Error(`custom-elements.json: HTTP ${response.status}`);
  const elements = manifestElements(await response.json());
  if (elements.length === 0) throw new Error('custom-elements.json declares no element');
  // The same URLs the test runner gives static imports (`.ts`), so the elements share one loader module with the test.
  await Promise.all(elements.map((element) => import(`/${defineModule(element)}`)));
  for (const { tag } of elements) {
    if (!customElements.get(tag))
      throw new Error(`<${tag}> is in the manifest but its define module registers nothing`);
  }
  return elements.map((element) => element.tag);
}

/** A new element with the attributes given, as markup would set them (no properties). */
export function create(tag: string, attributes: Record<string, string | undefined> = {}): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes))
    if (value !== undefined) el.setAttribute(name, value);
  return el;
}

export const baseOf = (el: Element): HTMLElement | null =>
  el.shadowRoot?.querySelector<HTMLElement>('[part~="base"]') ?? null;

/** Everything the element's shadow root says, whitespace collapsed. */
export const shownText = (el: Element): string =>
  el.shadowRoot?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `check` holds (polling each frame), or fails naming `what`. */
export async function until(check: () => boolean, what: string, timeout = 5000): Promise<void> {
  const end = performance.now() + timeout;
  while (!check()) {
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await pause(10);
  }
}

/** Waits until the element has rendered and is no longer loading (data shown, empty or error). */
export async function settledState(el: Element, timeout = 5000): Promise<void> {
  await until(
    () => {
      const base = baseOf(el);
      return base !== null && !base.hasAttribute('aria-busy');
    },
    `<${el.localName}> to finish loading`,
    timeout,
  );
}

/** A rendered, visible state: never a blank box. */
export function isVisiblyFilled(el: HTMLElement): boolean {
  const base = baseOf(el);
  return el.offsetHeight > 0 && base !== null && (base.innerText ?? '').trim().length > 0;
}

export interface FetchRoute {
  (url: URL, signal: AbortSignal | null, attempt: number): Response | Promise<Response> | undefined;
}

export interface RoutedFetch {
  /** Every URL asked for, with its signal, in order. */
  calls: { url: URL; signal: AbortSignal | null }[];
  count(path: string): number;
  restore(): void;
}

/**
 * Replace `fetch`: `route` answers the URLs it knows (a Response, a rejected promise for a network error, or a
 * promise that never settles); anything else (the map's geometry, say) goes to the real network.
 */
export function routeFetch(route: FetchRoute): RoutedFetch {
  const original = window.fetch;
  const calls: RoutedFetch['calls'] = [];
  const count = (path: string) => calls.filter((call) => call.url.pathname === path).length;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const signal = init?.signal ?? null;
    calls.push({ url, signal });
    try {
      const answer = route(url, signal, count(url.pathname));
      return answer === undefined ? original(input, init) : Promise.resolve(answer);
    } catch (error) {
      return Promise.reject(error);
    }
  };
  return {
    calls,
    count,
    restore: () => {
      window.fetch = original;
    },
  };
}

export const jsonResponse = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

export const textResponse = (body: string, status = 200, type = 'text/plain'): Response =>
  new Response(body, { status, headers: { 'content-type': type } });

/** A response that never comes, but fails like the real fetch once its request is aborted. */
export function never(signal: AbortSignal | null): Promise<Response> {
  return new Promise((_, reject) => {
    signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')), {
      once: true,
    });
  });
}

/** A response that comes after `ms` (or fails like the real fetch when aborted before). */
export function later(ms: number, signal: AbortSignal | null, respond: () => Response): Promise<Response> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(respond()), ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new DOMException('Aborted', 'AbortError'));
      },
      { once: true },
    );
  });
}

export interface ErrorLog {
  /** Uncaught errors, unhandled rejections and console.error calls, as text. */
  readonly errors: string[];
  stop(): void;
}

/** Records every uncaught error, unhandled rejection and console.error from now until stop(). */
export function recordErrors(): ErrorLog {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) =>
    errors.push(`unhandled rejection: ${String(event.reason)}`);
  const consoleError = console.error;
  console.error = (...args: unknown[]) => {
    errors.push(`console.error: ${args.map(String).join(' ')}`);
    consoleError.apply(console, args);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      console.error = consoleError;
    },
  };
}

/** Every event of `type` that reaches `target` until stop(). */
export function listen<T extends Event>(target: EventTarget, type: string): { events: T[]; stop(): void } {
  const events: T[] = [];
  const push = (event: Event) => events.push(event as T);
  target.addEventListener(type, push);
  return { events, stop: () => target.removeEventListener(type, push) };
}

export const wait = pause;
