/**
 * Chromium for the page-level suites (playwright-core, the machine's Debian Chromium), and a page session that
 * records what a municipal IT security officer asks about: every request (and its origin), cookies, storage writes,
 * fonts, Content-Security-Policy violations, uncaught errors and console errors. `close()` fails the test on any
 * request outside the allowed origins, any cookie or storage write, any font: every page test checks privacy.
 */
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { TestServer } from './server.js';

// Through a variable: tools/chromium.mjs is plain JavaScript without type declarations.
const CHROMIUM_MODULE = new URL('../../../tools/chromium.mjs', import.meta.url).href;

export async function launchChromium(): Promise<Browser> {
  const { chromiumPath, chromiumArgs } = (await import(CHROMIUM_MODULE)) as {
    chromiumPath: string;
    chromiumArgs: string[];
  };
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** Installed in every page before its own scripts: records storage and cookie writes and CSP violations. */
function recorder(): void {
  const w = window as unknown as { __hardening: { writes: string[]; violations: string[] } };
  const log = { writes: [] as string[], violations: [] as string[] };
  w.__hardening = log;
  for (const method of ['setItem', 'removeItem', 'clear'] as const) {
    const original = Storage.prototype[method] as (...args: unknown[]) => unknown;
    Storage.prototype[method] = function (this: Storage, ...args: unknown[]) {
      log.writes.push(
        `${this === window.localStorage ? 'localStorage' : 'sessionStorage'}.${method}(${String(args[0] ?? '')})`,
      );
      return original.apply(this, args);
    } as never;
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie?.set) {
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      get: cookie.get,
      set(value: string) {
        log.writes.push(`document.cookie = ${value.split('=')[0] ?? ''}`);
        cookie.set!.call(this, value);
      },
    });
  }
  const openDb = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
    log.writes.push(`indexedDB.open(${name})`);
    return openDb.call(this, name, version);
  };
  // Violations inside shadow roots are composed events: one capturing listener on the document sees them all.
  document.addEventListener(
    'securitypolicyviolation',
    (event) =>
      log.violations.push(
        `${event.effectiveDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
      ),
    true,
  );
}

export interface PageSession {
  page: Page;
  context: BrowserContext;
  /** Every URL the page asked for, in order (with the resource type). */
  requests: { url: string; type: string }[];
  /** Uncaught errors and console.error messages. */
  errors: string[];
  /** Content-Security-Policy violations reported in the page. */
  violations(): Promise<string[]>;
  /** Requests still waiting for an answer, except those meant to hang. */
  pending(): string[];
  /** Checks privacy (see the module comment), then closes the page. */
  close(): Promise<void>;
}

export interface SessionOptions {
  /** Origins besides the server's page origin that the page may contact (e.g. the dataset's). */
  alsoAllowed?: string[];
  viewport?: { width: number; height: number };
  /** Console errors that the page provokes on purpose (a CSP canary). */
  expectConsoleErrors?: RegExp;
  /** When navigation counts as done (default: the load event, i.e. after every script ran). */
  waitUntil?: 'commit' | 'domcontentloaded' | 'load';
}

export async function openPage(
  browser: Browser,
  server: TestServer,
  path: string,
  options: SessionOptions = {},
): Promise<PageSession> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1024, height: 768 } });
  // tsx (esbuild with keepNames) wraps named functions in the callbacks we pass to page.evaluate in __name().
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  await context.addInitScript(recorder);
  const page = await context.newPage();
  const requests: PageSession['requests'] = [];
  const errors: string[] = [];
  const inFlight = new Set<import('playwright-core').Request>();
  page.on('request', (request) => {
    requests.push({ url: request.url(), type: request.resourceType() });
    if (!request.url().includes('/faults/hang')) inFlight.add(request);
  });
  // Answered is enough: an error response whose body nobody reads never "finishes".
  page.on('response', (response) => inFlight.delete(response.request()));
  page.on('requestfinished', (request) => inFlight.delete(request));
  // Refused by the page's Content-Security-Policy before it left the browser (a preload the policy forbids).
  const blockedByCsp = new Set<string>();
  page.on('requestfailed', (request) => {
    inFlight.delete(request);
    if (request.failure()?.errorText === 'csp') blockedByCsp.add(request.url());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    // Chromium logs every failed request; the faulty URLs fail on purpose.
    if (/Failed to load resource/u.test(text)) return;
    if (options.expectConsoleErrors?.test(text)) return;
    errors.push(`console.error: ${text}`);
  });
  await page.goto(`${server.origin}${path}`, { waitUntil: options.waitUntil ?? 'load' });
  const allowed = new Set([server.origin, ...(options.alsoAllowed ?? [])]);
  return {
    page,
    context,
    requests,
    errors,
    violations: () =>
      page.evaluate(
        () => (window as unknown as { __hardening: { violations: string[] } }).__hardening.violations,
      ),
    pending: () => [...inFlight].map((request) => request.url()),
    async close() {
      try {
        const outside = requests.filter(
          (r) => !allowed.has(new URL(r.url).origin) && !blockedByCsp.has(r.url),
        );
        assert.deepEqual(outside, [], 'requests outside the page’s origin and the dataset’s');
        assert.deepEqual(
          requests.filter((r) => r.type === 'font'),
          [],
          'no fonts loaded',
        );
        const state = await page.evaluate(() => ({
          writes: (window as unknown as { __hardening: { writes: string[] } }).__hardening.writes,
          local: localStorage.length,
          session: sessionStorage.length,
          fonts: document.fonts.size,
          cookie: document.cookie,
        }));
        assert.deepEqual(state.writes, [], 'no storage or cookie writes');
        assert.equal(state.local + state.session, 0, 'nothing in localStorage or sessionStorage');
        assert.equal(state.fonts, 0, 'no web fonts declared');
        const cookies = (await context.cookies()).filter((c) => c.name !== 'cms_session');
        assert.deepEqual(cookies, [], 'no cookies');
      } finally {
        await context.close();
      }
    },
  };
}

/** Waits until no request is in flight (hanging ones aside) and every element has rendered its state. */
export async function settle(session: PageSession, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  for (let quietSince = 0; ;) {
    // Elements not yet in their state: not rendered, still busy (or, in the loading state, not busy).
    const waiting = await session.page.evaluate(() =>
      [...document.querySelectorAll('[data-state]')]
        .filter((el) => {
          const base = el.shadowRoot?.querySelector('[part~="base"]');
          if (!base) return true;
          const busy = base.getAttribute('aria-busy') === 'true';
          return el.getAttribute('data-state') === 'loading' ? !busy : busy;
        })
        .map((el) => el.id || el.localName),
    );
    if (waiting.length === 0 && session.pending().length === 0) {
      quietSince ||= Date.now();
      if (Date.now() - quietSince >= 150) return;
    } else quietSince = 0;
    if (Date.now() > end) {
      throw new Error(
        `the page did not settle: waiting for ${waiting.join(' ')}; pending: ${session.pending().join(' ')}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Per element of the page (by id): whether it is defined, its state as a reader sees it, and its fallback's visibility. */
export async function elementReport(session: PageSession, selector = '[data-state]') {
  return session.page.evaluate((sel) => {
    const report: Record<string, { defined: boolean; state: string; fallbackVisible: boolean | null }> = {};
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      const root = el.shadowRoot;
      const base = root?.querySelector<HTMLElement>('[part~="base"]');
      const fallback = el.querySelector('.fallback');
      report[el.id || el.localName] = {
        defined: customElements.get(el.localName) !== undefined,
        state: !base
          ? 'not rendered'
          : root?.querySelector('[role="alert"]')
            ? 'error'
            : base.getAttribute('aria-busy') === 'true'
              ? 'loading'
              : base.innerText.trim() === '' || el.getBoundingClientRect().height === 0
                ? 'blank'
                : 'shown',
        fallbackVisible: fallback ? fallback.checkVisibility() : null,
      };
    }
    return report;
  }, selector);
}
