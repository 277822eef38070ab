// A page like a webmaster's with the whole package loaded (every element registered, the map included) but only a
// <partner-list> on it: the map's geometry must never be downloaded. Its own test file, so its page is fresh.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';

const requested = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name));

describe('a page with only <partner-list>', () => {
  it('never requests the map geometry, and requests nothing outside its origin', async () => {
    expect(customElements.get('partner-map'), 'the map is registered').to.be.a('function');
    const list = await fixture(html`<partner-list kreis="harz"></partner-list>`);
    await waitUntil(
      () => list.shadowRoot?.querySelector('[part~="item"]'),
      'the list shows its partnerships',
      { timeout: 8000 },
    );
    // Give any stray request time to start.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const urls = requested();
    expect(
      urls.some((url) => url.pathname === '/data/shards/15085.json'),
      'the Harz shard',
    ).to.equal(true);
    expect(urls.filter((url) => url.pathname.startsWith('/data/geo/'))).to.deep.equal([]);
    expect(urls.filter((url) => url.origin !== location.origin)).to.deep.equal([]);
  });

  it('requests the geometry once a map is added (so the check above can see a request)', async () => {
    const map = await fixture(html`<partner-map kreis="harz"></partner-map>`);
    await waitUntil(() => map.shadowRoot?.querySelector('[part~="land"]'), 'the map draws its land', {
      timeout: 8000,
    });
    expect(requested().filter((url) => url.pathname === '/data/geo/world.json')).to.have.length(1);
  });
});
