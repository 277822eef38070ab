/**
 * The CDN bundle's entry (dist/cdn/partner-elements.js): registers each element the moment its tag appears in the
 * page, loading only that element's code. A town's page with one `<partner-list>` downloads Lit, the shared
 * machinery and the list, not the map or the charts; every element still works from this one script tag.
 *
 * The shared machinery is imported statically, so the browser fetches it in parallel with this file, and each
 * element's chunk reuses it (one Lit, one loader cache, one request per dataset URL for the whole page).
 */
// Re-exported rather than imported bare: the package declares its modules free of side effects, so rollup drops a
// bare import, and the shared chunk was only found after the element's chunk had arrived (one round trip later).
export { PartnerElement } from './elements/shared/partner-element.js';

const elementLoaders: Record<string, () => Promise<unknown>> = {
  'partner-list': () => import('./elements/partner-list/define.js'),
  'partner-timeline': () => import('./elements/partner-timeline/define.js'),
  'partner-stats': () => import('./elements/partner-stats/define.js'),
  'partner-anniversaries': () => import('./elements/partner-anniversaries/define.js'),
  'partner-card': () => import('./elements/partner-card/define.js'),
  'partner-map': () => import('./elements/partner-map/define.js'),
};

const tags = Object.keys(elementLoaders);
const selector = tags.join(',');
const requested = new Set<string>();

/** Loads an element's code now, whether or not the page has its tag yet (e.g. before creating it in a shadow root). */
export function loadElement(tag: string): Promise<unknown> {
  const load = elementLoaders[tag];
  if (!load) return Promise.reject(new Error(`partner-elements has no element <${tag}>`));
  requested.add(tag);
  return load();
}

function discover(root: Element | Document): void {
  const found = root instanceof Element && root.matches(selector) ? [root] : [];
  for (const element of [...found, ...root.querySelectorAll(selector)]) {
    const tag = element.localName;
    if (!requested.has(tag)) {
      // A failed chunk leaves the element's fallback content in place; the next discovery may try again.
      loadElement(tag).catch((error: unknown) => {
        requested.delete(tag);
        console.error(`partner-elements: could not load <${tag}>`, error);
      });
    }
  }
}

discover(document);
new MutationObserver((mutations) => {
  if (requested.size === tags.length) return;
  for (const mutation of mutations) {
    for (const node of mutation.addedNodes) if (node instanceof Element) discover(node);
  }
}).observe(document, { childList: true, subtree: true });
