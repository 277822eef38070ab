// Loads a page as a visitor's browser would (its own document, the server's headers) in an iframe, and watches it
// from its very first moment: the listeners go on the iframe's initial window, which the browser keeps for the
// first same-origin navigation, so no Content-Security-Policy violation and no element event is missed.

export interface Violation {
  directive: string;
  blocked: string;
  source: string;
}

export interface LoadedPage {
  frame: HTMLIFrameElement;
  window: Window & typeof globalThis;
  document: Document;
  violations: Violation[];
  loads: Map<Element, number>;
  errors: Map<Element, { status: number; message: string }>;
  headers: Headers;
  /** Every URL the page fetched (documents, scripts, styles, data), from the browser's resource timing. */
  requests(): string[];
  remove(): void;
}

export async function loadPage(url: string, { width = 1024, height = 900 } = {}): Promise<LoadedPage> {
  const headers = (await fetch(url, { cache: 'no-store' })).headers;
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  frame.src = url;
  document.body.append(frame);
  const win = frame.contentWindow as Window & typeof globalThis;
  const violations: Violation[] = [];
  const loads = new Map<Element, number>();
  const errors = new Map<Element, { status: number; message: string }>();
  win.addEventListener('securitypolicyviolation', (e) =>
    violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, source: e.sourceFile }),
  );
  // Element events bubble, composed, up to the window (cast: the window's event map does not list them).
  win.addEventListener('partner-load', (e) =>
    loads.set(e.target as Element, (e as CustomEvent<{ count: number }>).detail.count),
  );
  win.addEventListener('partner-error', (e) =>
    errors.set(e.target as Element, (e as CustomEvent<{ status: number; message: string }>).detail),
  );
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (frame.contentWindow !== win) throw new Error('the page got a new window; events may have been missed');
  return {
    frame,
    window: win,
    document: frame.contentDocument!,
    violations,
    loads,
    errors,
    headers,
    requests: () => [
      win.location.href,
      ...win.performance.getEntriesByType('resource').map((entry) => entry.name),
    ],
    remove: () => frame.remove(),
  };
}

/** The partner elements in a page (any tag of the package), in document order. */
export function partnerElements(doc: Document, tags: readonly string[]): Element[] {
  return [...doc.querySelectorAll(tags.join(','))];
}

/** Resolves once every element has loaded or failed, or rejects after `timeout` naming the ones still waiting. */
export async function settledAll(page: LoadedPage, elements: Element[], timeout = 8000): Promise<void> {
  const start = performance.now();
  for (;;) {
    const waiting = elements.filter((el) => !page.loads.has(el) && !page.errors.has(el));
    if (waiting.length === 0) return;
    if (performance.now() - start > timeout) {
      throw new Error(
        `no partner-load or partner-error from ${waiting.map((el) => `<${el.localName}>`).join(', ')}`,
      );
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

interface AxeResults {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}
type AxeWindow = Window & {
  axe?: { run(context: Document): Promise<AxeResults> };
  trustedTypes: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): unknown };
};

/** What axe finds in the page, one line each ("id (impact): help at targets"); axe is loaded into it once. */
export async function axeViolations(page: LoadedPage): Promise<string[]> {
  const win = page.window as unknown as AxeWindow;
  if (!win.axe) {
    // The pages allow one Trusted Types policy name, Lit's; the test borrows it to load axe into the page.
    const policy = win.trustedTypes.createPolicy('lit-html', {
      createScriptURL: (url) => url,
    }) as unknown as {
      createScriptURL(url: string): string;
    };
    const script = page.document.createElement('script');
    script.src = policy.createScriptURL('/node_modules/axe-core/axe.min.js');
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', reject);
    });
    page.document.head.append(script);
    await loaded;
  }
  const results = await win.axe!.run(page.document);
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
