/* global window, document, requestAnimationFrame, MutationObserver -- runs in the page */
// What the harness injects into every page before the page's own scripts run (Playwright's addInitScript: no
// request, same code on every page). It only observes; it never changes what the page renders.
//
// "Painted" everywhere means: the first frame after the moment the content is complete in the DOM has been
// rendered by the main thread (style, layout, paint recorded and committed). It is taken as the time a message
// posted from a requestAnimationFrame callback arrives: rAF runs just before that frame's rendering, the message
// task runs right after it. When "the content is complete" is defined per page kind:
//   element     - the element fired `partner-load` and its shadow root holds `detail.count` items (`[part~=item]`),
//                 so an element that renders in steps is only counted once its last step is in the DOM; the first
//                 frame after `partner-load` (its first screen) is recorded as `firstPainted`;
//   static      - DOMContentLoaded: the parser has inserted the last item;
//   event       - the page's own script dispatched `bench:rendered` (TimelineJS `loaded`, DataTables `initComplete`).
// The same definition is applied to every page of a comparison, so ratios compare like with like.

/** Runs inside the page. `config`: `{ kind: 'element' | 'static' | 'event', tag?, part? }`. */
export function probe(config) {
  const bench = {
    config,
    cls: 0,
    shifts: [],
    longTasks: [],
    events: [],
    lcp: undefined,
    fcp: undefined,
  };
  window.__bench = bench;

  /** The time the frame that follows now has been rendered (see the header). */
  bench.afterPaint = () =>
    new Promise((resolve) => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      });
    });

  const observe = (type, callback, extra = {}) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(callback)).observe({
        type,
        buffered: true,
        ...extra,
      });
    } catch {
      // An entry type this Chromium does not know: that figure stays empty.
    }
  };
  observe('layout-shift', (entry) => {
    if (entry.hadRecentInput) return;
    bench.cls += entry.value;
    bench.shifts.push({ at: entry.startTime, value: entry.value });
  });
  observe('longtask', (entry) => bench.longTasks.push({ start: entry.startTime, duration: entry.duration }));
  observe('largest-contentful-paint', (entry) => (bench.lcp = entry.startTime));
  observe('paint', (entry) => {
    if (entry.name === 'first-contentful-paint') bench.fcp = entry.startTime;
  });
  // Event Timing: the browser's own measure of an interaction (input delay + handlers + next paint, 8 ms steps).
  observe(
    'event',
    (entry) =>
      bench.events.push({
        name: entry.name,
        start: entry.startTime,
        duration: entry.duration,
        processing: entry.processingEnd - entry.processingStart,
      }),
    { durationThreshold: 16 },
  );

  const itemSelector = `[part~="${config.part ?? 'item'}"]`;

  bench.painted = new Promise((resolve) => {
    const done = async (extra) => {
      const complete = performance.now();
      const painted = await bench.afterPaint();
      resolve({ complete, painted, ...extra });
    };
    if (config.kind === 'static') {
      document.addEventListener('DOMContentLoaded', () => done({}), { once: true });
    } else if (config.kind === 'event') {
      window.addEventListener('bench:rendered', () => done({}), { once: true });
    } else {
      document.addEventListener(
        'partner-load',
        (event) => {
          const loaded = performance.now();
          // The first frame after partner-load: what the reader sees first (a long list renders a screenful first).
          const firstFrame = bench.afterPaint();
          const element = event.composedPath()[0];
          const root = element.shadowRoot;
          const expected = event.detail.count;
          // Counted once, then kept up to date from the mutation records (only what was added or removed is looked
          // at): querying a shadow root of 400,000 nodes at every step would cost the page more than it renders.
          let count = root.querySelectorAll(itemSelector).length;
          const itemsIn = (node) =>
            node.nodeType === 1
              ? (node.matches(itemSelector) ? 1 : 0) + node.querySelectorAll(itemSelector).length
              : 0;
          const finish = async () => done({ loaded, firstPainted: await firstFrame, expected });
          if (count >= expected) {
            finish();
            return;
          }
          const observer = new MutationObserver((records) => {
            for (const record of records) {
              record.addedNodes.forEach((node) => (count += itemsIn(node)));
              record.removedNodes.forEach((node) => (count -= itemsIn(node)));
            }
            if (count < expected) return;
            observer.disconnect();
            finish();
          });
          observer.observe(root, { childList: true, subtree: true });
        },
        { once: true },
      );
      document.addEventListener(
        'partner-error',
        (event) => resolve({ error: event.detail.message ?? 'partner-error' }),
        { once: true },
      );
    }
  });

  /**
   * Arm before one keystroke: resolves with the keydown's timestamp and the time the frame showing the result was
   * rendered. Elements: after the input event, when Lit's update is complete. Library pages: when they dispatch
   * `bench:drawn` (DataTables' `draw` event), which also covers a library that debounces its search.
   */
  bench.armKeystroke = () => {
    bench.keystroke = new Promise((resolve) => {
      let start;
      window.addEventListener('keydown', (event) => (start = event.timeStamp), { capture: true, once: true });
      const finish = async () => {
        const updated = performance.now();
        const painted = await bench.afterPaint();
        resolve({ start, updated, painted });
      };
      if (config.kind === 'element') {
        window.addEventListener(
          'input',
          async (event) => {
            const host = event.composedPath().find((node) => node.localName === config.tag);
            await host?.updateComplete;
            finish();
          },
          { once: true },
        );
      } else {
        window.addEventListener('bench:drawn', finish, { once: true });
      }
    });
  };

  /** Every node a reader's browser holds for the page, shadow roots included. */
  bench.countNodes = () => {
    let nodes = 0;
    const visit = (root) => {
      const walker = document.createTreeWalker(root, 0xffffffff);
      for (let node = walker.currentNode; node; node = walker.nextNode()) {
        nodes += 1;
        if (node.shadowRoot) visit(node.shadowRoot);
      }
    };
    visit(document);
    return nodes;
  };

  /** Items of the element shown right now (to check that a search really filtered). */
  bench.countItems = () => {
    const host = config.tag ? document.querySelector(config.tag) : undefined;
    return host?.shadowRoot?.querySelectorAll(itemSelector).length ?? 0;
  };

  /** The element's count line ("920 von 10.000 Partnerschaften"): what a search found. */
  bench.summary = () => {
    const host = config.tag ? document.querySelector(config.tag) : undefined;
    return host?.shadowRoot?.querySelector('[part~="summary"]')?.textContent?.trim() ?? null;
  };

  bench.signal = (name) => window.dispatchEvent(new Event(name));
}
