/**
 * The package's land geometry, found relative to this module like the dataset (see data/default-src.ts): the module
 * sits two folders below the package root in every build (src/map/, dist/map/, and the CDN bundle dist/cdn/), so a
 * static copy of the package, any npm CDN and the dev server all serve data/geo/world.json from the bundle's own
 * origin. Keep this file where it is: moving it changes the depth.
 */
export const DEFAULT_GEOMETRY_SRC: string = new URL('../../data/geo/world.json', import.meta.url).href;
