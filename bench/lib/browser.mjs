/* global window -- page.evaluate callbacks run in the page */
// Drives the machine's Chromium (never a downloaded one) through playwright-core. One browser for the whole run and
// a fresh browser context for every measured load: a context starts with an empty HTTP cache, no cookies, no
// storage, so every run is a cold first visit; the server also says `no-store` and CDP disables the cache.
//
// Third-party requests are made impossible without intercepting the page's own requests (interception would add
// latency to every local request and favour pages with fewer files): the host resolver maps every host except
// 127.0.0.1 to "not found". CDP's network events still report each such attempt, so they are counted and listed.
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../tools/chromium.mjs';
import { probe } from './probe.mjs';

export const VIEWPORT = { width: 1280, height: 800 };

export async function launchBrowser() {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
}

export async function browserVersion(browser) {
  return browser.version();
}

/**
 * Open `url` in a fresh context with the probe for `config` and wait until it is painted (see probe.mjs).
 * `then(page, cdp)` runs further steps (keystrokes) before the context is closed; its result is returned as `steps`.
 */
export async function measureLoad(browser, { url, config, origin, timeout = 120_000, then }) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'de-DE' });
  try {
    await context.addInitScript(probe, config);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const network = trackNetwork(cdp, origin);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(url, { waitUntil: 'commit', timeout });
    const painted = await page.evaluate(() => window.__bench.painted, undefined, { timeout });
    if (painted.error) throw new Error(`${url}: the element reported an error: ${painted.error}`);
    // Let late requests (fonts, locale files) finish before bytes are summed; 'load' may already have passed.
    await page.waitForLoadState('load', { timeout });
    await page.waitForTimeout(300);

    const timing = await page.evaluate((paintedAt) => {
      const b = window.__bench;
      const [navigation] = performance.getEntriesByType('navigation');
      const resources = performance.getEntriesByType('resource').map((r) => ({
        name: r.name,
        responseEnd: r.responseEnd,
        startTime: r.startTime,
      }));
      const blocking = b.longTasks
        .filter((task) => task.start < paintedAt)
        .reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
      return {
        fcp: b.fcp,
        lcp: b.lcp,
        cls: b.cls,
        shifts: b.shifts,
        longTasks: b.longTasks,
        blocking,
        domContentLoaded: navigation?.domContentLoadedEventEnd,
        load: navigation?.loadEventEnd,
        resources,
        nodes: b.countNodes(),
        items: b.countItems(),
      };
    }, painted.painted);
    const steps = then ? await then(page, cdp) : undefined;
    const heap = await measureHeap(cdp);
    const metrics = Object.fromEntries(
      (await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value]),
    );
    return { painted, ...timing, heap, metrics, network: network.summary(), errors, steps };
  } finally {
    await context.close();
  }
}

/** JS heap in use after a full garbage collection: what the page keeps, not what it happened to allocate. */
async function measureHeap(cdp) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

function trackNetwork(cdp, origin) {
  const urls = new Map();
  const files = [];
  const thirdParty = [];
  cdp.on('Network.requestWillBeSent', ({ requestId, request }) => {
    urls.set(requestId, request.url);
    if (/^https?:/u.test(request.url) && !request.url.startsWith(origin)) thirdParty.push(request.url);
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    files.push({ url: urls.get(requestId), bytes: encodedDataLength });
  });
  return {
    summary: () => ({
      bytes: files.reduce((sum, file) => sum + file.bytes, 0),
      requests: files.length,
      files: files.map((file) => ({ ...file, url: file.url?.replace(origin, '') })),
      thirdParty,
    }),
  };
}

/**
 * Type `keys` into the search input (found through shadow roots by Playwright's CSS engine), one keystroke at a
 * time, each measured by the probe from keydown to the frame showing its result.
 */
export async function typeMeasured(page, selector, keys) {
  await page.locator(selector).first().focus();
  const results = [];
  for (const key of keys) {
    await page.evaluate(() => window.__bench.armKeystroke());
    await page.keyboard.press(key);
    const result = await page.evaluate(() => window.__bench.keystroke);
    const summary = await page.evaluate(() => window.__bench.summary());
    results.push({ key, ms: result.painted - result.start, script: result.updated - result.start, summary });
    // A pause like a reader's between keystrokes, so one keystroke's leftovers do not land on the next.
    await page.waitForTimeout(150);
  }
  const events = await page.evaluate(() => window.__bench.events);
  return { keystrokes: results, events };
}
