// Target size (WCAG 2.5.8, AA in 2.2): every pointer target in every element of the manifest is at least 24 × 24 CSS
// pixels, or meets one of the criterion's exceptions (an inline link in a sentence; enough spacing), at a desktop
// width and at 320 px. The sizes are printed.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium, openPage, settle } from './harness/browser.js';
import { requireBuild } from './harness/build.js';
import { targets } from './harness/layout.js';
import { manifestTags } from './harness/markup.js';
import { ROOT, startServer, type TestServer } from './harness/server.js';

const tags = manifestTags(ROOT);

describe('target size (WCAG 2.5.8)', () => {
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
    it(`${width} px: every target is 24 × 24 px or an allowed exception`, async () => {
      const session = await openPage(browser, server, '/hardening/pages/layout.html', {
        viewport: { width, height: 800 },
      });
      await settle(session);
      const found = await targets(session.page);
      const hosts = new Set(found.map((t) => t.host.replace(/--\w+$/u, '')));
      for (const tag of tags) assert.ok(hosts.has(tag), `<${tag}> has targets (its retry button at least)`);
      const smallest = (host: string) =>
        found
          .filter((t) => t.host.startsWith(host))
          .reduce((min, t) => Math.min(min, t.width, t.height), Infinity);
      console.log(
        `${width} px: ${found.length} targets; smallest side per element: ` +
          tags.map((tag) => `${tag} ${smallest(tag)} px`).join(', ') +
          `; exceptions: ${found
            .filter((t) => t.exception)
            .map((t) => `${t.host} ${t.what} ${t.width}×${t.height} (${t.exception})`)
            .join('; ')}`,
      );
      const failing = found.filter((t) => (t.width < 24 || t.height < 24) && !t.exception);
      assert.deepEqual(
        failing.map((t) => `${t.host}: ${t.what} ${t.width} × ${t.height}`),
        [],
      );
      await session.close();
    });
  }
});
