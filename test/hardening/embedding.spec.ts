// Embedding as CMSs do, for every element of the manifest, with the built CDN bundle: the element in the page before
// the script; markup inserted later as a string; WordPress's <p>/<br> wrapping; two copies (two versions) of the bundle
// on one page, in either order and late; a host page that uses @lit/localize itself, before and after ours; fallback
// content that readers see until the elements upgrade, and for good when scripts are blocked. Every page is also
// checked for privacy (see harness/browser.ts).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { elementReport, launchChromium, openPage, settle, type PageSession } from './harness/browser.js';
import { requireBuild } from './harness/build.js';
import { manifestTags } from './harness/markup.js';
import { ROOT, startServer, type TestServer } from './harness/server.js';

const tags = manifestTags(ROOT);
const loaded = (tag: string) => `${tag}--loaded`;

/** Every element of the manifest shows its data (and its fallback content is gone). */
async function expectAllShown(session: PageSession, fallbackHidden = false): Promise<void> {
  const report = await elementReport(session);
  for (const tag of tags) {
    const entry = report[loaded(tag)];
    assert.ok(entry, `<${tag}> is on the page`);
    assert.equal(entry.defined, true, `<${tag}> is defined`);
    assert.equal(entry.state, 'shown', `<${tag}> shows its data`);
    if (fallbackHidden)
      assert.equal(entry.fallbackVisible, false, `<${tag}>'s fallback is hidden once it shows its data`);
  }
}

describe('embedding in CMS pages', () => {
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

  it('elements written before the script upgrade when it runs; their fallback content goes', async () => {
    const session = await openPage(browser, server, '/hardening/pages/embed-before-script.html');
    await settle(session);
    await expectAllShown(session, true);
    assert.deepEqual(session.errors, []);
    await session.close();
  });

  it('fallback content is visible until the (slow) script arrives, then the elements take over', async () => {
    const session = await openPage(browser, server, '/hardening/pages/embed-slow-script.html', {
      waitUntil: 'commit',
    });
    await session.page.waitForSelector('[data-state] .fallback');
    const early = await elementReport(session);
    for (const tag of tags) {
      assert.equal(early[loaded(tag)]?.defined, false, `<${tag}> not yet defined`);
      assert.equal(
        early[loaded(tag)]?.fallbackVisible,
        true,
        `<${tag}>'s fallback shows while the script loads`,
      );
    }
    await session.page.waitForLoadState('load');
    await settle(session);
    await expectAllShown(session, true);
    assert.deepEqual(session.errors, []);
    await session.close();
  });

  it('with scripts blocked, the fallback content stays visible and nothing is requested but the page', async () => {
    const session = await openPage(
      browser,
      server,
      '/hardening/pages/embed-before-script.html?csp=no-script',
      {
        expectConsoleErrors: /Content Security Policy/u,
      },
    );
    const report = await elementReport(session);
    for (const tag of tags) {
      assert.equal(report[loaded(tag)]?.defined, false);
      assert.equal(report[loaded(tag)]?.fallbackVisible, true, `<${tag}>'s fallback is visible`);
    }
    const links = await session.page.locator('.fallback a').count();
    assert.equal(links, tags.length, 'each fallback keeps its link to the static page');
    assert.ok(!session.requests.some((r) => r.url.includes('/data/')), 'no dataset request without scripts');
    await session.close();
  });

  it('markup inserted later as a string (innerHTML, as a CMS loads a block) upgrades and loads', async () => {
    const session = await openPage(browser, server, '/hardening/pages/embed-inner-html.html');
    await session.page.waitForFunction(() => (window as unknown as { inserted?: boolean }).inserted === true);
    await settle(session);
    await expectAllShown(session);
    const inLater = await session.page.evaluate(
      () => document.querySelectorAll('#later [data-state]').length,
    );
    assert.equal(inLater, tags.length, 'the elements live in the inserted block');
    assert.deepEqual(session.errors, []);
    await session.close();
  });

  it('WordPress wpautop output (<p> around, <br> inside): every element shows, no stray <br> inside its box', async () => {
    const session = await openPage(browser, server, '/hardening/pages/embed-wordpress.html');
    await settle(session);
    await expectAllShown(session, true);
    const layout = await session.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-state]')].map((el) => ({
        inParagraph: el.parentElement?.localName === 'p',
        renderedBreaks: [...el.querySelectorAll('br')].filter((br) => br.getClientRects().length > 0).length,
        width: el.getBoundingClientRect().width,
        paragraphWidth: el.parentElement!.getBoundingClientRect().width,
      })),
    );
    for (const entry of layout) {
      assert.equal(entry.inParagraph, true, 'the parser kept the element inside the <p>');
      assert.ok(
        Math.abs(entry.width - entry.paragraphWidth) < 1,
        'the element takes the paragraph’s full width',
      );
      assert.equal(entry.renderedBreaks, 0, 'the <br> that wpautop put inside is not rendered once upgraded');
    }
    assert.deepEqual(session.errors, []);
    await session.close();
  });

  for (const [name, page] of [
    ['ours first, then a CMS plugin’s copy', 'embed-two-copies.html'],
    ['a CMS plugin’s copy first, then ours', 'embed-two-copies-reversed.html'],
  ] as const) {
    it(`two copies of the bundle (${name}), under the strict CSP: neither throws, the elements work`, async () => {
      const session = await openPage(browser, server, `/hardening/pages/${page}?csp=strict`);
      await settle(session);
      await expectAllShown(session);
      const bundles = session.requests
        .filter((r) => r.url.endsWith('/partner-elements.js'))
        .map((r) => new URL(r.url).pathname);
      assert.deepEqual(bundles.sort(), [
        '/cms-plugin/package/dist/cdn/partner-elements.js',
        '/package/dist/cdn/partner-elements.js',
      ]);
      // The first copy keeps working: its elements follow a language change and a new filter.
      await session.page.evaluate(() => {
        document.documentElement.lang = 'en';
        document.querySelector('partner-list')?.setAttribute('kreis', 'magdeburg');
      });
      await settle(session);
      await expectAllShown(session);
      const langs = await session.page.evaluate(() =>
        [...document.querySelectorAll('[data-state]')].map((el) =>
          el.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang'),
        ),
      );
      assert.deepEqual([...new Set(langs)], ['en']);
      assert.deepEqual(
        await session.violations(),
        [],
        'two lit-html policies are allowed (allow-duplicates)',
      );
      assert.deepEqual(session.errors, []);
      await session.close();
    });
  }

  it('a second copy that arrives after the elements upgraded changes nothing', async () => {
    const session = await openPage(browser, server, '/hardening/pages/embed-before-script.html?csp=strict');
    await settle(session);
    const before = await session.page.evaluate(() => document.body.innerText);
    // A late module import (a script element's src would need a TrustedScriptURL under this policy).
    await session.page.evaluate((url) => import(url), '/cms-plugin/package/dist/cdn/partner-elements.js');
    await settle(session);
    await expectAllShown(session);
    assert.equal(await session.page.evaluate(() => document.body.innerText), before);
    assert.deepEqual(await session.violations(), []);
    assert.deepEqual(session.errors, []);
    await session.close();
  });

  for (const [order, page] of [
    ['before', 'embed-localize-before.html'],
    ['after', 'embed-localize-after.html'],
  ] as const) {
    it(`a host page that configures @lit/localize ${order} ours: both keep their languages`, async () => {
      const session = await openPage(browser, server, `/hardening/pages/${page}`);
      await session.page.waitForFunction(
        () => (window as unknown as { hostReady?: boolean }).hostReady === true,
      );
      await settle(session);
      await expectAllShown(session);
      const greeting = () => session.page.locator('#greeting').innerText();
      assert.equal(await greeting(), 'Willkommen auf unserer Seite');
      const english = () =>
        session.page.evaluate(() =>
          document
            .querySelector('#english-list')
            ?.shadowRoot?.querySelector('[part~="group-heading"]')
            ?.textContent?.trim(),
        );
      await session.page.waitForFunction(() =>
        document.querySelector('#english-list')?.shadowRoot?.querySelector('[part~="item"]'),
      );
      assert.equal(await english(), 'Partnerships of the district');
      await session.page.evaluate(() =>
        (window as unknown as { host: { setLocale(l: string): Promise<void> } }).host.setLocale('en'),
      );
      assert.equal(await greeting(), 'Welcome to our site');
      assert.equal(
        await english(),
        'Partnerships of the district',
        'the host’s switch does not touch our elements',
      );
      const german = await session.page.evaluate(() =>
        document
          .querySelector('partner-list[data-state]')
          ?.shadowRoot?.querySelector('[part~="base"]')
          ?.getAttribute('lang'),
      );
      assert.equal(german, 'de', 'the elements still follow the page language, not the host’s locale');
      assert.deepEqual(session.errors, []);
      await session.close();
    });
  }
});
