import { fixture, waitUntil } from '@open-wc/testing';
import '../../src/elements/partner-map/define.js';
import type { PartnerMapElement } from '../../src/elements/partner-map/partner-map.js';
import { never, routeFetch } from '../fixtures/fetch-stub.js';
import { $, $$ } from '../fixtures/kit.js';

export { $, $$, text } from '../fixtures/kit.js';

/** The partner markers, in document order. */
export const markers = (el: Element) => $$<SVGGElement>(el, '[part~="marker"]');

/** What has the focus inside the element's shadow root. */
export const focused = (el: Element) => el.shadowRoot!.activeElement;

/** The map's current scale, read from the land group's transform (what the reader sees zoom). */
export function scaleOf(el: Element): number {
  const matrix = $<SVGGElement>(el, 'svg > g')!.transform.baseVal.consolidate()!.matrix;
  return matrix.a;
}

export function translationOf(el: Element): [number, number] {
  const matrix = $<SVGGElement>(el, 'svg > g')!.transform.baseVal.consolidate()!.matrix;
  return [matrix.e, matrix.f];
}

/**
 * A `<partner-map>` with the given attributes (written as a webmaster would), inside a wrapper of `width` CSS
 * pixels, after the button `#before` (so a test can Tab into the map). Resolves once the state named in `until`
 * is rendered: `map` (dataset and geometry loaded, markers drawn), `data` (dataset settled), or `nothing`.
 */
export async function mapFixture(
  attributes = '',
  { width = 640, until = 'map' as 'map' | 'data' | 'nothing', lang = 'de' } = {},
): Promise<PartnerMapElement> {
  const template = document.createElement('template');
  // The test's own markup (never data), parsed as a browser parses a page.
  template.setHTMLUnsafe(
    `<div lang="${lang}" style="width: ${width}px"><button id="before">before</button>` +
      `<partner-map ${attributes}></partner-map><button id="after">after</button></div>`,
  );
  const wrapper = await fixture<HTMLDivElement>(template.content.firstElementChild as HTMLDivElement);
  const el = wrapper.querySelector('partner-map')!;
  if (until === 'nothing') return el;
  await waitUntil(() => !$(el, '[part~="base"]')?.hasAttribute('aria-busy'), 'the dataset never settled', {
    timeout: 8000,
  });
  if (until === 'map') {
    await waitUntil(
      () => $(el, '[part~="land"]') || $(el, '[part~="notice"]'),
      'the map never drew its geometry',
      { timeout: 8000 },
    );
    await el.updateComplete;
  }
  return el;
}

/** Makes `fetch` hang for URLs containing `part` until aborted (a slow server), for the returned restore(). */
export function hangFetch(part: string): () => void {
  return routeFetch((url, signal) => (url.href.includes(part) ? never(signal) : undefined)).restore;
}

/** Centre of an element in viewport CSS pixels (for sendMouse). */
export function centre(node: Element): [number, number] {
  const r = node.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}
