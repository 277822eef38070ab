// Keyboard, for every element of the manifest (loaded with its interactive parts, and in the error state): Tab from a
// button before the elements to a button after them reaches every element that has controls, in page order, and
// leaves each (no trap); every stop shows a visible focus indicator; Shift+Tab walks the same stops back; activating
// a control never drops the focus on the page body. The focus order is printed.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium, openPage, settle, type PageSession } from './harness/browser.js';
import { requireBuild } from './harness/build.js';
import { focusStop, type FocusStop } from './harness/focus.js';
import { manifestTags } from './harness/markup.js';
import { ROOT, startServer, type TestServer } from './harness/server.js';

const tags = manifestTags(ROOT);
/** Far more stops than the page has: reaching this many means the focus is trapped. */
const MAX_STOPS = 400;

async function walk(
  session: PageSession,
  key: 'Tab' | 'Shift+Tab',
  from: string,
  to: string,
): Promise<FocusStop[]> {
  await session.page.focus(from);
  const stops: FocusStop[] = [];
  for (let i = 0; i < MAX_STOPS; i += 1) {
    await session.page.keyboard.press(key);
    const stop = await focusStop(session.page);
    if (stop.host === to.slice(1)) return stops;
    stops.push(stop);
  }
  throw new Error(`${key} never reached ${to}: focus trapped near ${JSON.stringify(stops.slice(-3))}`);
}

describe('keyboard', () => {
  let browser: Browser;
  let server: TestServer;
  let session: PageSession;
  let forward: FocusStop[];

  before(async () => {
    requireBuild();
    [browser, server] = await Promise.all([launchChromium(), startServer()]);
    session = await openPage(browser, server, '/hardening/pages/keyboard.html');
    await settle(session);
    forward = await walk(session, 'Tab', '#start', '#end');
    console.log(
      `focus order (${forward.length} stops):\n${forward.map((s) => `  ${s.host}: ${s.what} [${s.indicator}]`).join('\n')}`,
    );
  });
  after(async () => {
    await session?.close();
    await browser?.close();
    await server?.close();
  });

  it('Tab reaches every element with controls, in page order, and leaves it again (no trap)', async () => {
    const withControls = await session.page.evaluate(() =>
      [...document.querySelectorAll('[data-state]')]
        .filter((el) =>
          el.shadowRoot?.querySelector('a[href], button:not([disabled]), input, [tabindex="0"]'),
        )
        .map((el) => el.id),
    );
    const visited = [...new Set(forward.map((stop) => stop.host))];
    assert.deepEqual(visited, withControls, 'each element with controls, once, in page order');
    for (const tag of tags)
      assert.ok(visited.includes(`${tag}--error`), `<${tag}>'s retry button is reachable`);
  });

  it('every focus stop is visible (outline, shadow or focus ring)', () => {
    const invisible = forward.filter((stop) => stop.indicator === '');
    assert.deepEqual(invisible, []);
  });

  it('Shift+Tab walks the same stops backwards', async () => {
    const backward = await walk(session, 'Shift+Tab', '#end', '#start');
    assert.deepEqual(
      backward.map((s) => `${s.host} ${s.what}`).reverse(),
      forward.map((s) => `${s.host} ${s.what}`),
    );
  });

  it('activating a button with Enter keeps the focus in the page’s flow (never lost to the body)', async () => {
    const { page } = session;
    // Each button of each element, focused as the walk reached it (a keyboard user's focus, so :focus-visible).
    const buttons = await page.evaluate(() =>
      [...document.querySelectorAll('[data-state]')].flatMap((host) =>
        [...(host.shadowRoot?.querySelectorAll('button') ?? [])].map((_, index) => ({
          host: host.id,
          index,
        })),
      ),
    );
    const lost: string[] = [];
    for (const { host, index } of buttons) {
      await page.keyboard.press('Tab'); // keep the page in keyboard mode
      const label = await page.evaluate(
        ({ host, index }) => {
          const button = document.getElementById(host)?.shadowRoot?.querySelectorAll('button')[index];
          button?.focus();
          return (
            button?.getAttribute('aria-label') ?? button?.textContent?.replace(/\s+/gu, ' ').trim() ?? null
          );
        },
        { host, index },
      );
      if (label === null) continue; // an earlier activation changed the element (a list opened, a popup closed)
      await page.keyboard.press('Enter');
      await settle(session);
      if ((await focusStop(page)).host === 'body') lost.push(`${host}: button "${label}"`);
      await page.keyboard.press('Escape');
    }
    assert.ok(buttons.length >= tags.length, `buttons activated: ${buttons.length}`);
    assert.deepEqual(lost, []);
  });
});
