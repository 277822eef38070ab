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

// Shared with the element suites (test/fixtures/fetch-stub.ts), under the names these suites use.
export {
  json as jsonResponse,
  never,
  routeFetch,
  type FetchRoute,
  type RoutedFetch,
} from '../../fixtures/fetch-stub.js';

export const textResponse = (body: string, status = 200, type = 'text/plain'): Response =>
  new Response(body, { status, headers: { 'content-type': type } });

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
