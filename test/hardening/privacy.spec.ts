// Privacy, as a data protection officer would check a town's page: every element of the manifest in every state,
// used (typed into, clicked, keyed through), asks only the page's own server for the package's files and the
// dataset, sets no cookie, writes no storage, loads no font; a dataset on another origin gets no cookie and no page
// path. (Every other page suite checks the same on each of its pages, through harness/browser.ts.)
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium, openPage, settle } from './harness/browser.js';
import { requireBuild } from './harness/build.js';
import { startServer, type TestServer } from './harness/server.js';

/** What the page may load: itself and its stylesheet, the package's files, and the test's faulty dataset URLs. */
const EXPECTED_PATHS =
  /^\/(?:hardening\/pages\/[\w.-]+|package\/(?:dist\/cdn\/[\w.-]+|data\/[\w./-]+)|faults\/[\w.-]+|favicon\.ico)$/u;

describe('privacy', () => {
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

  it('every element, every state, used by keyboard and pointer: only the package’s files and the dataset, nothing stored', async () => {
    const session = await openPage(browser, server, '/hardening/pages/privacy.html');
    await settle(session);
    const { page } = session;
    for (let i = 0; i < 60; i += 1) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Fra');
    await page.evaluate(() => {
      for (const host of document.querySelectorAll('[data-state]')) {
        for (const button of host.shadowRoot?.querySelectorAll('button, [role="button"]') ?? []) {
          button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })); // SVG markers too
        }
      }
    });
    await settle(session);
    await page.reload();
    await settle(session);
    const paths = session.requests.map((r) => new URL(r.url).pathname);
    assert.deepEqual(
      paths.filter((path) => !EXPECTED_PATHS.test(path)),
      [],
      'only the package and the dataset',
    );
    assert.ok(paths.includes('/package/data/partnerships.json'), 'the dataset, found next to the bundle');
    const datasetRequests = paths.filter((path) => path === '/package/data/partnerships.json').length;
    assert.equal(datasetRequests, 2, 'one dataset request per page load, however many elements');
    assert.deepEqual(session.errors, []);
    await session.close(); // cookies, storage, fonts, origins
  });

  it('a dataset on another origin gets neither the site’s cookie nor the page’s path', async () => {
    const session = await openPage(browser, server, '/hardening/pages/csp-cross-origin.html?cookie=1', {
      alsoAllowed: [server.altOrigin],
    });
    await session.page.waitForFunction(() =>
      document.querySelector('partner-list')?.shadowRoot?.querySelector('[part~="item"]'),
    );
    const cookies = await session.context.cookies();
    assert.deepEqual(
      cookies.map((c) => c.name),
      ['cms_session'],
      'the site’s own cookie is there',
    );
    const toData = server.requests.filter((r) => r.origin === server.altOrigin && r.path.includes('/data/'));
    assert.equal(toData.length, 1);
    assert.equal(toData[0]!.headers.cookie, undefined, 'no cookie goes to the dataset’s origin');
    const referer = toData[0]!.headers.referer;
    assert.ok(
      referer === undefined || referer === `${server.origin}/`,
      `no page path in the referrer: ${referer}`,
    );
    await session.close();
  });
});
