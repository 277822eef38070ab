/**
 * The package's own dataset, found relative to this module. The module sits two folders below the package root in
 * every build (src/data/ in development, dist/data/ in the npm build; the CDN bundle is dist/cdn/partner-elements.js,
 * also two deep), so one expression finds data/partnerships.json in a static copy of the package, on any npm CDN,
 * and in the dev server. Keep this file where it is: moving it changes the depth.
 */
export const DEFAULT_SRC: string = new URL('../../data/partnerships.json', import.meta.url).href;

/** The same dataset per Land and per Kreis, and its index (src/data/shards.ts), in the folder next to it. */
export const DEFAULT_SHARDS: string = new URL('../../data/shards/', import.meta.url).href;

/** The gazetteers a webmaster's own table is placed with (src/data/place-parts.ts), in the folder next to it. */
export const DEFAULT_GAZETTEER: string = new URL('../../data/gazetteer/', import.meta.url).href;
