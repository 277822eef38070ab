// Text spacing (WCAG 1.4.12): with line height 1.5, paragraph spacing 2 em, letter spacing 0.12 em and word spacing
// 0.16 em set everywhere (inside the shadow roots too), no element of the manifest clips or cuts text, at a desktop
// width and at 320 CSS pixels, where the larger text also has to reflow.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium, openPage, settle } from './harness/browser.js';
import { requireBuild } from './harness/build.js';
import { applyTextSpacing, clippedText, reflowProblems } from './harness/layout.js';
import { manifestTags } from './harness/markup.js';
import { ROOT, startServer, type TestServer } from './harness/server.js';

const tags = manifestTags(ROOT);

describe('text spacing (WCAG 1.4.12)', () => {
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

  for (const width of [1024, 320]) {
    it(`${width} px: no text clipped, cut or spilling out of a fixed box`, async () => {
      const session = await openPage(browser, server, '/hardening/pages/layout.html', {
        viewport: { width, height: 800 },
      });
      await settle(session);
      const heights = await session.page.evaluate(() =>
        [...document.querySelectorAll('[data-state]')].map((el) => el.getBoundingClientRect().height),
      );
      const roots = await applyTextSpacing(session.page);
      assert.ok(roots > tags.length, `spacing applied in ${roots} documents and shadow roots`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const after = await session.page.evaluate(() =>
        [...document.querySelectorAll('[data-state]')].map((el) => el.getBoundingClientRect().height),
      );
      assert.ok(
        after.reduce((a, b) => a + b) > heights.reduce((a, b) => a + b),
        'the spacing took effect (the elements grew)',
      );
      assert.deepEqual(await clippedText(session.page), []);
      if (width === 320) assert.deepEqual(await reflowProblems(session.page), []);
      await session.close();
    });
  }
});
