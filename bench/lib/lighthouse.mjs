// Lighthouse performance and accessibility scores for pages served by the harness. Lighthouse (12.x, a dev
// dependency that needs the `third-party-web` override in package.json) drives its own Chromium through
// chrome-launcher: the same binary and flags as the rest of the benchmark, third-party hosts unresolvable.
// Where Lighthouse is not installed the hook reports that instead of failing the whole benchmark.
import { chromiumArgs, chromiumPath } from '../../tools/chromium.mjs';
import { median } from './stats.mjs';

const CATEGORIES = ['performance', 'accessibility'];

async function loadLighthouse() {
  try {
    const [{ default: lighthouse }, chromeLauncher, { default: desktopConfig }] = await Promise.all([
      import('lighthouse'),
      import('chrome-launcher'),
      import('lighthouse/core/config/desktop-config.js'),
    ]);
    return { lighthouse, chromeLauncher, desktopConfig };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Score each of `pages` (`{ name, url }`) `runs` times with Lighthouse's mobile defaults (simulated slow 4G and
 * 4x CPU slowdown) and its desktop preset; medians of the scores (0-100) and of the key metrics.
 */
export async function lighthouse({ pages, runs = 3 }) {
  const tools = await loadLighthouse();
  if (tools.error) {
    return {
      status: 'not-installed',
      note: 'Lighthouse is not installed: add lighthouse 12.x as a dev dependency with "overrides": {"third-party-web": "0.27.0"} to record scores.',
      error: tools.error,
    };
  }
  const { lighthouse: run, chromeLauncher, desktopConfig } = tools;
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: [...chromiumArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const results = {};
  try {
    for (const page of pages) {
      results[page.name] = { url: new URL(page.url).pathname };
      for (const [preset, config] of [
        ['mobile', undefined],
        ['desktop', desktopConfig],
      ]) {
        const reports = [];
        for (let i = 0; i < runs; i++) {
          const result = await run(
            page.url,
            { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
            config,
          );
          reports.push(result.lhr);
        }
        const score = (category) =>
          median(reports.map((lhr) => Math.round(lhr.categories[category].score * 100)));
        const metric = (id) => median(reports.map((lhr) => lhr.audits[id]?.numericValue));
        results[page.name][preset] = {
          performance: score('performance'),
          accessibility: score('accessibility'),
          fcpMs: Math.round(metric('first-contentful-paint')),
          lcpMs: Math.round(metric('largest-contentful-paint')),
          tbtMs: Math.round(metric('total-blocking-time')),
          cls: Math.round(metric('cumulative-layout-shift') * 1000) / 1000,
          failedAccessibilityAudits: [
            ...new Set(
              reports.flatMap((lhr) =>
                lhr.categories.accessibility.auditRefs
                  .map((ref) => lhr.audits[ref.id])
                  .filter(
                    (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
                  )
                  .map((audit) => audit.id),
              ),
            ),
          ],
        };
      }
    }
  } finally {
    await chrome.kill();
  }
  return {
    status: 'ok',
    version: (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version,
    runs,
    pages: results,
  };
}
