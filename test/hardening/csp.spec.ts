// Strict Content-Security-Policy, as an HTTP header: every element of the manifest, from the built CDN bundle, in
// every state and through its interactions, with zero `securitypolicyviolation` events. A canary page proves the
// policy is in force (else zero violations would prove nothing); another shows what a dataset on another origin
// needs. Every demo page is held to the strict policy its meta tag declares. Run by `npm run test:pages`
// (node:test + playwright-core), after `npm run build`.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium, openPage, settle } from './harness/browser.js';
import { manifestTags } from './harness/markup.js';
import { DEMO, ROOT, startServer, type TestServer } from './harness/server.js';
import { requireBuild } from './harness/build.js';

const tags = manifestTags(ROOT);
const demoPages = readdirSync(DEMO).filter((file) => file.endsWith('.html'));

describe('strict Content-Security-Policy (HTTP header)', () => {
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

  it('the policy is in force: no inline script runs, innerHTML with a string throws (Trusted Types)', async () => {
    const session = await openPage(browser, server, '/hardening/pages/csp-canary.html?csp=strict', {
      expectConsoleErrors: /Content Security Policy|TrustedHTML|Trusted Type/u,
    });
    await session.page.waitForFunction(() => 'cspProbe' in window);
    const probe = await session.page.evaluate(
      () => (window as unknown as { cspProbe: Record<string, boolean> }).cspProbe,
    );
    assert.deepEqual(probe, { inlineRan: false, innerHtmlBlocked: true, styleAttributeApplied: false });
    const violations = await session.violations();
    for (const directive of ['script-src-elem', 'require-trusted-types-for', 'style-src-attr']) {
      assert.ok(
        violations.some((v) => v.startsWith(directive)),
        `a ${directive} violation: ${violations.join(' | ')}`,
      );
    }
    await session.close();
  });

  it('in a meta tag, the same policy still blocks inline script; whether Trusted Types apply is recorded', async () => {
    const session = await openPage(browser, server, '/hardening/pages/csp-meta-canary.html', {
      expectConsoleErrors: /Content Security Policy|TrustedHTML|Trusted Type/u,
    });
    await session.page.waitForFunction(() => 'cspProbe' in window);
    const probe = await session.page.evaluate(
      () => (window as unknown as { cspProbe: Record<string, boolean> }).cspProbe,
    );
    assert.equal(probe.inlineRan, false);
    // Documented in docs/security.md: integrators send the policy as a header, whatever one browser does with meta.
    console.log(
      `meta-tag policy: Trusted Types ${probe.innerHtmlBlocked ? 'enforced' : 'NOT enforced'} by this Chromium`,
    );
    await session.close();
  });

  it(`every element (${tags.length}) in every state works with zero violations`, async () => {
    const session = await openPage(browser, server, '/hardening/pages/csp.html?csp=strict');
    await settle(session);
    const { page } = session;
    const report = await page.evaluate((names) => {
      const states: Record<string, string> = {};
      for (const el of document.querySelectorAll<HTMLElement>('[data-state]')) {
        const root = el.shadowRoot;
        const base = root?.querySelector('[part~="base"]');
        states[el.id] = !customElements.get(el.localName)
          ? 'undefined'
          : root?.querySelector('[role="alert"]')
            ? 'error'
            : base?.getAttribute('aria-busy') === 'true'
              ? 'loading'
              : (base?.textContent ?? '').trim() === ''
                ? 'blank'
                : 'shown';
      }
      return { states, defined: names.filter((name) => !customElements.get(name)) };
    }, tags);
    assert.deepEqual(report.defined, [], 'every manifest element is defined by the bundle');
    for (const tag of tags) {
      assert.equal(report.states[`${tag}--loading`], 'loading', tag);
      assert.equal(report.states[`${tag}--loaded`], 'shown', tag);
      assert.equal(report.states[`${tag}--empty`], 'shown', tag);
      assert.equal(report.states[`${tag}--error`], 'error', tag);
    }
    assert.deepEqual(await session.violations(), []);
    assert.deepEqual(session.errors, []);
    await session.close();
  });

  it('interacting with every element (Tab through, Enter and Space on each control, retry) raises no violation', async () => {
    const session = await openPage(browser, server, '/hardening/pages/csp.html?csp=strict');
    await settle(session);
    const { page } = session;
    // Every button, link, input and focusable part, in every element: activate what stays on the page.
    const count = await page.evaluate(() => {
      let n = 0;
      for (const host of document.querySelectorAll('[data-state]')) {
        for (const control of host.shadowRoot?.querySelectorAll<HTMLElement>('button, input, [tabindex]') ??
          []) {
          control.focus();
          control.dispatchEvent(
            new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
          );
          if (control instanceof HTMLInputElement) {
            control.value = 'Fr';
            control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
          } else if (control instanceof HTMLButtonElement) control.click();
          n += 1;
        }
      }
      return n;
    });
    assert.ok(count > tags.length, `controls exercised: ${count}`);
    await settle(session);
    for (let i = 0; i < 40; i += 1) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await settle(session);
    assert.deepEqual(await session.violations(), []);
    assert.deepEqual(session.errors, []);
    await session.close();
  });

  it('a dataset on another origin: works when connect-src names it, and fails visibly (no blank box) when not', async () => {
    const allowed = await openPage(
      browser,
      server,
      '/hardening/pages/csp-cross-origin.html?csp=strict-cross',
      {
        alsoAllowed: [server.altOrigin],
      },
    );
    await allowed.page.waitForFunction(() => {
      const root = document.querySelector('partner-list')?.shadowRoot;
      return (
        root?.querySelector('[part~="item"]') !== null && root?.querySelector('[part~="item"]') !== undefined
      );
    });
    assert.deepEqual(await allowed.violations(), []);
    assert.ok(
      allowed.requests.some((r) => r.url.startsWith(server.altOrigin)),
      'the dataset came from the other origin',
    );
    await allowed.close();

    const blocked = await openPage(browser, server, '/hardening/pages/csp-cross-origin.html?csp=strict', {
      expectConsoleErrors: /Content Security Policy|Failed to fetch/u,
    });
    await blocked.page.waitForFunction(() =>
      document.querySelector('partner-list')?.shadowRoot?.querySelector('[role="alert"]'),
    );
    const violations = await blocked.violations();
    assert.ok(
      violations.some((v) => v.startsWith('connect-src')),
      violations.join(' | '),
    );
    await blocked.close();
  });

  // Each demo page says it runs under a strict policy with Trusted Types, in its own meta tag: hold it to that, and
  // send the suite's strict policy as a header too, so Trusted Types are enforced whatever Chromium does with meta.
  for (const file of demoPages) {
    it(`the demo page ${file} declares the strict policy and works under it with zero violations`, async () => {
      const markup = readFileSync(join(DEMO, file), 'utf8');
      const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/u.exec(markup);
      assert.ok(meta, `${file} has a Content-Security-Policy meta tag`);
      const policy = meta[1]!;
      for (const directive of [
        "script-src 'self'",
        "style-src 'self'",
        "require-trusted-types-for 'script'",
      ]) {
        assert.ok(policy.includes(directive), `${file}: ${directive}`);
      }
      assert.doesNotMatch(policy, /unsafe-/u, `${file}: nothing unsafe allowed`);

      const session = await openPage(browser, server, `/demo/${file}?csp=strict`, {
        viewport: { width: 1280, height: 900 },
      });
      const { page } = session;
      // Every element shows its state (a deliberately missing file is an error state); maps draw land or a notice.
      const shown = () =>
        page.waitForFunction(() =>
          [...document.querySelectorAll('*')]
            .filter((el) => el.localName.startsWith('partner-'))
            .every((el) => {
              const root = el.shadowRoot;
              const base = root?.querySelector('[part~="base"]');
              if (!base || base.getAttribute('aria-busy') === 'true') return false;
              if (el.localName !== 'partner-map' || root!.querySelector('[role="alert"], [part~="state"]'))
                return true;
              return root!.querySelector('[part~="land"], [part~="notice"]') !== null;
            }),
        );
      await shown();
      const count = await page.evaluate(
        () => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('partner-')).length,
      );
      assert.ok(count > 0, `${file} shows partner elements`);
      // The page's language switch re-renders every element in English.
      await page.selectOption('select', 'en');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      await shown();
      assert.deepEqual(await session.violations(), []);
      assert.deepEqual(session.errors, []);
      await session.close();
    });
  }

  it('covers every demo page, the map page too', () => {
    assert.ok(demoPages.includes('map.html') && demoPages.includes('index.html'), demoPages.join(' '));
  });
});
