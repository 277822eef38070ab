// The accessibility matrix: axe-core (WCAG 2.0, 2.1, 2.2, levels A and AA) on every element of the manifest × state
// (loading, loaded, empty, error) × language (every one of src/i18n/locale-codes.ts) × scheme (light, dark, forced
// colours), with the built CDN bundle on a host page that supports both colour schemes. Batched: one page holds every element in every state,
// one axe run covers all of them per language and scheme, and each finding is attributed to its element and state.
// The figures (combinations, rules, duration, items for manual review) are printed for the accessibility statement.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { runAxe, type AxeFinding } from './harness/axe.js';
import { measureContrast, type ContrastMeasure } from './harness/contrast.js';
import { elementReport, launchChromium, openPage, settle } from './harness/browser.js';
import { requireBuild } from './harness/build.js';
import { manifestTags, STATES } from './harness/markup.js';
import { ROOT, startServer, type TestServer } from './harness/server.js';
import { allLocales } from '../../src/i18n/locale-codes.js';

const tags = manifestTags(ROOT);
const LANGS = allLocales;
const SCHEMES = [
  { name: 'light', media: { colorScheme: 'light', forcedColors: 'none' } },
  { name: 'dark', media: { colorScheme: 'dark', forcedColors: 'none' } },
  { name: 'forced-colors', media: { colorScheme: 'light', forcedColors: 'active' } },
] as const;

describe('accessibility matrix (axe, WCAG 2.2 AA)', () => {
  let browser: Browser;
  let server: TestServer;

  before(async () => {
    requireBuild();
    [browser, server] = await Promise.all([launchChromium(), startServer()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it(`${tags.length} elements × ${STATES.length} states × ${LANGS.length} languages × ${SCHEMES.length} schemes: no violation`, async () => {
    const started = Date.now();
    const violations: (AxeFinding & { lang: string; scheme: string })[] = [];
    const review = new Map<string, number>();
    /** Contrast axe left undecided, measured on the screen instead (harness/contrast.ts). */
    const measured: (ContrastMeasure & { where: string })[] = [];
    const unmeasured: string[] = [];
    let combinations = 0;
    let runs = 0;
    let rules = 0;
    for (const lang of LANGS) {
      // A fresh page per language: the loading state lasts as long as the loader's timeout allows, so it is still
      // loading in each scheme's run (checked below, or the matrix would not cover it).
      const session = await openPage(browser, server, '/hardening/pages/a11y-matrix.html');
      await settle(session);
      await session.page.evaluate((l) => (document.documentElement.lang = l), lang);
      for (const scheme of SCHEMES) {
        await session.page.emulateMedia(scheme.media);
        await settle(session);
        const states = await elementReport(session);
        for (const tag of tags) {
          for (const state of STATES) {
            const shown = states[`${tag}--${state}`]?.state;
            const expected = state === 'loading' ? 'loading' : state === 'error' ? 'error' : 'shown';
            assert.equal(shown, expected, `<${tag}> ${state} (${lang}, ${scheme.name}) is in its state`);
          }
        }
        const langs = await session.page.evaluate(() =>
          [...document.querySelectorAll('[data-state]')].map((el) =>
            el.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang'),
          ),
        );
        assert.deepEqual([...new Set(langs)], [lang], 'every element speaks the page language');
        const result = await runAxe(session.page);
        runs += 1;
        rules = Math.max(rules, result.rules);
        combinations += tags.length * STATES.length;
        violations.push(...result.violations.map((v) => ({ ...v, lang, scheme: scheme.name })));
        for (const item of result.incomplete) {
          const key = `${item.rule} in ${item.cell.replace(/--\w+$/u, '')} (${item.summary.replace(/^Fix any of the following: /u, '').slice(0, 90)})`;
          review.set(key, (review.get(key) ?? 0) + 1);
          // In forced colours the reader's system colours replace the page's: nothing of ours to measure.
          if (item.rule !== 'color-contrast' || scheme.name === 'forced-colors') continue;
          const measure = await measureContrast(session.page, item.path);
          const where = `${item.cell} [${lang}, ${scheme.name}] ${item.target}`;
          if (measure) measured.push({ ...measure, where });
          else unmeasured.push(where);
        }
      }
      assert.deepEqual(session.errors, []);
      await session.close();
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `accessibility matrix: ${combinations} combinations (${tags.length} elements × ${STATES.length} states × ` +
        `${LANGS.length} languages × ${SCHEMES.length} schemes) in ${runs} axe runs of ${rules} rules, ${seconds} s; ` +
        `${violations.length} violations; needs review: ${[...review].map(([what, n]) => `${n} × ${what}`).join('; ') || 'none'}`,
    );
    const lowest = measured.reduce((min, m) => Math.min(min, m.lowest / m.required), Infinity);
    console.log(
      `contrast axe left to review, measured on screen (forced colours aside): ${measured.length} texts, the ` +
        `lowest at ${(lowest * 100).toFixed(0)} % of the ratio it needs; not on screen: ${unmeasured.length}`,
    );
    const tooLow = measured
      .filter((m) => m.lowest < m.required)
      .map(
        (m) => `${m.where} ${JSON.stringify(m.text)}: ${m.lowest.toFixed(2)} : 1, needs ${m.required} : 1`,
      );
    assert.deepEqual(tooLow, [], 'text against what lies behind it');
    const summary = violations.map(
      (v) => `${v.cell} [${v.lang}, ${v.scheme}] ${v.rule} (${v.impact}) at ${v.target}: ${v.summary}`,
    );
    assert.deepEqual([...new Set(summary)].slice(0, 40), []);
  });

  it('the on-screen contrast measure tells enough contrast from too little, over shapes and in shadow roots', async () => {
    const page = await browser.newPage();
    try {
      // Grey text half over a light box, half over a dark one (in a shadow root): the dark half fails.
      await page.setContent(`<div id="host"><template shadowrootmode="open">
          <div style="position:relative;background:#fff;width:20rem">
            <div style="position:absolute;inset:0 0 0 50%;background:#555"></div>
            <span id="over" style="position:relative;color:#767676">Über zwei Flächen hinweg</span>
          </div></template></div>
        <p id="plain" style="color:#000;background:#fff">Schwarz auf Weiß</p>
        <p id="large" style="font-size:24px;color:#888;background:#fff">Groß und grau</p>`);
      // One after the other: each hides the page's glyphs while it photographs.
      const plain = await measureContrast(page, ['#plain']);
      const large = await measureContrast(page, ['#large']);
      const over = await measureContrast(page, ['#host', '#over']);
      assert.ok(plain && plain.lowest > 20 && plain.required === 4.5, JSON.stringify(plain));
      assert.ok(
        large && large.required === 3 && large.lowest > 3 && large.lowest < 4.5,
        JSON.stringify(large),
      );
      assert.ok(over && over.lowest < 2 && over.meeting < 1, JSON.stringify(over));
    } finally {
      await page.close();
    }
  });
});
