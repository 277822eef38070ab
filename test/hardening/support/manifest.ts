/**
 * The elements to test, read from custom-elements.json (the package's public API description), never from a
 * hand-written list: an element that lands later is tested as soon as the manifest lists it.
 */

export interface ManifestElement {
  tag: string;
  /** The module that declares the class, relative to the package root (`src/elements/partner-list/partner-list.ts`). */
  module: string;
}

interface Manifest {
  modules?: { path?: string; declarations?: { customElement?: boolean; tagName?: string }[] }[];
}

/** Every custom element the manifest declares with a tag name, sorted by tag. */
export function manifestElements(manifest: unknown): ManifestElement[] {
  const found: ManifestElement[] = [];
  for (const module of (manifest as Manifest).modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName && module.path) {
        found.push({ tag: declaration.tagName, module: module.path });
      }
    }
  }
  return found.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** The element's `define` module beside its class (`src/elements/<tag>/define.ts`), per the package layout. */
export function defineModule(element: ManifestElement): string {
  return element.module.replace(/[^/]+$/u, 'define.ts');
}
