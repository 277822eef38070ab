/**
 * The CDN bundle's entry (dist/cdn/partner-elements.js): registers each element the moment its tag appears in the
 * page, loading only that element's code. A town's page with one `<partner-list>` downloads Lit, the shared
 * machinery and the list, not the map or the charts; every element still works from this one script tag.
 *
 * An element's chunk imports one other chunk, the shared machinery (Lit, the loader, the base class, what several
 * elements use), which every element reuses: one Lit, one loader cache, one request per dataset URL for the whole
 * page. The entry asks for both at once: the browser would otherwise find the shared chunk only once the element's
 * chunk had arrived, a round trip later. It is not imported statically either: this file would then run only after
 * the shared chunk had arrived, and ask for the element's chunk a round trip later.
 */
const loadShared = () => import('./elements/shared/partner-element.js');
/** The queries four elements share (but not the list and the map): a chunk of its own, asked for alongside them. */
const loadStatsQueries = () => import('./data/stats-queries.js');

const elementLoaders: Record<string, () => Promise<unknown>> = {
  'partner-list': () => import('./elements/partner-list/define.js'),
  'partner-timeline': () =>
    Promise.all([loadStatsQueries(), import('./elements/partner-timeline/define.js')]),
  'partner-stats': () => Promise.all([loadStatsQueries(), import('./elements/partner-stats/define.js')]),
  'partner-anniversaries': () =>
    Promise.all([loadStatsQueries(), import('./elements/partner-anniversaries/define.js')]),
  'partner-card': () => Promise.all([loadStatsQueries(), import('./elements/partner-card/define.js')]),
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
  return Promise.all([loadShared(), load()]);
}

/**
 * The package's own dataset: this file sits in the same folder as the shared chunk, so the expressions of
 * src/data/default-src.ts give the same addresses here (importing it would make this file wait for the shared chunk).
 */
const packageData = (file: string) => new URL(`../../data/${file}`, import.meta.url).href;
const preloaded = new Set<string>();

/**
 * Asks for an element's dataset while its code is still on the way: the loader's request, made once the element
 * runs, is then answered by this one instead of starting a round trip of its own. The same request the element
 * would make (same address, credentials only for the same origin, as the loader's fetch), so nothing new leaves
 * the page; inline data (`#id`) needs none. Of the package's own dataset, an element that shows one area reads a
 * part of it: a key names its shard, a slug its index part (the rules of src/data/shards.ts, in the few lines this
 * file can hold without waiting for the shared chunk; where they disagree, only a preload is wasted).
 */
function preloadDataset(element: Element): void {
  const src = element.getAttribute('src')?.trim() || packageData(packageFile(element));
  if (src.startsWith('#')) return;
  const href = new URL(src, document.baseURI).href;
  if (preloaded.has(href)) return;
  preloaded.add(href);
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}

/** The file of the package's dataset an element reads first: its Kreis's or Land's shard, an index part, or all. */
function packageFile(element: Element): string {
  for (const name of ['gemeinde', 'kreis', 'land'] as const) {
    const value = element.getAttribute(name)?.trim() ?? '';
    if (value === '' || value.includes(',')) continue;
    if (/^\d+$/u.test(value)) {
      // A Land's key is its shard, a Kreis's too, a town's (8 or 9 digits) leads to its Kreis's.
      const shard = { land: [2], kreis: [5], gemeinde: [8, 9] }[name]?.includes(value.length);
      return shard ? `shards/${value.slice(0, name === 'land' ? 2 : 5)}.json` : 'partnerships.json';
    }
    // The slug's first character: `Landkreis Harz` → h, `Überlingen` → u (as `ue`).
    const first = value
      .toLowerCase()
      .replace(/^(?:landkreis|kreis|landeshauptstadt)\s+/u, '')
      .normalize('NFD')
      .replace(/[^a-z0-9]/gu, '')[0];
    if (first) return `shards/index/${first}.json`;
  }
  return 'partnerships.json';
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

// Only for the elements in the page as it was served: their attributes are final, while a script that creates an
// element may set its `src` only after inserting it.
for (const element of document.querySelectorAll(selector)) preloadDataset(element);
discover(document);
new MutationObserver((mutations) => {
  if (requested.size === tags.length) return;
  for (const mutation of mutations) {
    for (const node of mutation.addedNodes) if (node instanceof Element) discover(node);
  }
}).observe(document, { childList: true, subtree: true });
