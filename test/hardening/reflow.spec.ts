// Reflow (WCAG 1.4.10): at 320 CSS pixels wide, every element of the manifest, loaded (with its interactive parts),
// empty and in error, fits the width: no horizontal scrolling of the page, nothing sticking out of an element.
// Also at 1024 px, and at 320 × 256 (a 1280 × 1024 window zoomed to 400 %, the criterion's own example).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { elementReport, launchChromium, openPage, settle } from './harness/browser.js';
import { requireBuild } from './harness/build.js';
import { reflowProblems } from './harness/layout.js';
import { startServer, type TestServer } from './harness/server.js';

describe('reflow at 320 CSS pixels', () => {
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

  for (const width of [320, 1024]) {
    it(`${width} px: no horizontal scrolling, every element within its box`, async () => {
      const session = await openPage(browser, server, '/hardening/pages/layout.html', {
        viewport: { width, height: 800 },
      });
      await settle(session);
      const states = Object.values(await elementReport(session)).map((entry) => entry.state);
      assert.ok(states.length > 0 && states.every((s) => s === 'shown' || s === 'error'), states.join(' '));
      assert.deepEqual(await reflowProblems(session.page), []);
      assert.deepEqual(session.errors, []);
      await session.close();
    });
  }

  it('a 1280 × 1024 window at 400 % zoom (320 × 256 CSS px): the same, with little height', async () => {
    const session = await openPage(browser, server, '/hardening/pages/layout.html', {
      viewport: { width: 320, height: 256 },
    });
    await settle(session);
    assert.deepEqual(await reflowProblems(session.page), []);
    await session.close();
  });
});
