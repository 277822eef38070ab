// The acceptance check as a new user makes it: a page with only the built CDN bundle, served from a static
// copy of the package (tools/static-package-copy.mjs), and `<partner-map kreis="harz">`. Needs `npm run build`
// first (`npm test` does it).
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Dataset } from '../../src/data/model.js';
import { filterPartnerships } from '../../src/data/queries.js';

const BUNDLE = '/static-copy/package/dist/cdn/partner-elements.js';

async function webmasterPage(body: string): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.width = '800';
  frame.height = '900';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="de"><head><meta charset="utf-8">
    <script type="module" src="${BUNDLE}"></script></head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow!;
}

describe('<partner-map kreis="harz"> from the CDN bundle alone', () => {
  it('shows Harz and all its partners, every marker reachable and announced by keyboard, no foreign request', async () => {
    const bundle = await fetch(BUNDLE);
    expect(bundle.status, 'the built bundle (run `npm run build`)').to.equal(200);
    const dataset = (await (await fetch('/static-copy/package/data/partnerships.json')).json()) as Dataset;
    const harz = filterPartnerships(dataset.partnerships, { kreis: 'harz' });

    const win = await webmasterPage(
      '<h1>Partnerschaften im Landkreis Harz</h1><partner-map kreis="harz"></partner-map>',
    );
    const root = () => win.document.querySelector('partner-map')?.shadowRoot;
    await waitUntil(
      () => root()?.querySelector('[part~="land"]'),
      'the map draws its land from the package',
      {
        timeout: 8000,
      },
    );
    const markers = [...root()!.querySelectorAll('[part~="marker"]')];
    expect(markers).to.have.length(harz.length);

    // Keyboard: into the frame, then the markers; arrow keys reach every one, each announcing itself.
    win.focus();
    (root()!.querySelector('[part~="frame"]') as HTMLElement).focus();
    await sendKeys({ press: 'Tab' });
    const announced = new Set<string>();
    for (let i = 0; i < markers.length; i++) {
      const active = root()!.activeElement!;
      expect(active.getAttribute('part')).to.contain('marker');
      announced.add(active.getAttribute('aria-label')!);
      await sendKeys({ press: 'ArrowRight' });
    }
    expect(announced.size).to.equal(harz.length);
    for (const p of harz) {
      expect(
        [...announced].some((label) => label.startsWith(`${p.partner.name},`)),
        p.id,
      ).to.equal(true);
    }

    const requests = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name));
    expect(requests.filter((url) => url.origin !== location.origin)).to.deep.equal([]);
    expect(requests.map((url) => url.pathname)).to.include.members([
      '/static-copy/package/data/shards/15085.json',
      '/static-copy/package/data/geo/world.json',
    ]);
  });
});
