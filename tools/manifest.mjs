// The elements a package user sees, read from custom-elements.json: the one list every generator (editor data,
// React wrappers), the docs page and the package check work from, so a new element is covered without an edit here.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export function readJson(path) {
  return JSON.parse(readFileSync(new URL(path, new URL('..', import.meta.url)), 'utf8'));
}

/**
 * Every registered element: its tag, class, module, define module, and public API (attributes, events, parts, CSS
 * properties, slots), sorted by tag. Abstract bases (no tag) and elements nobody defines are left out.
 */
export function elementsOf(manifest) {
  const defines = new Map();
  for (const mod of manifest.modules ?? []) {
    for (const ex of mod.exports ?? []) {
      if (ex.kind === 'custom-element-definition') defines.set(ex.name, mod.path);
    }
  }
  const elements = [];
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      if (decl.kind !== 'class' || !decl.tagName || !defines.has(decl.tagName)) continue;
      elements.push({
        tag: decl.tagName,
        className: decl.name,
        modulePath: mod.path,
        definePath: defines.get(decl.tagName),
        summary: decl.summary ?? '',
        description: decl.description ?? '',
        attributes: decl.attributes ?? [],
        properties: (decl.members ?? []).filter(
          (m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public',
        ),
        // The analyzer also lists `dispatchEvent(new SomeEvent())` as an event without a name; the named entry from
        // `@fires` is the one that documents it.
        events: (decl.events ?? []).filter((e) => e.name),
        cssParts: decl.cssParts ?? [],
        cssProperties: decl.cssProperties ?? [],
        slots: decl.slots ?? [],
      });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** `partner-load` -> `onPartnerLoad`: the React prop for an event. */
export function eventProp(eventName) {
  return `on${eventName.replace(/(^|-)([a-z0-9])/g, (_, _dash, c) => c.toUpperCase())}`;
}

/** `PartnerListElement` -> `PartnerList`: the React component's name. */
export function componentName(className) {
  return className.replace(/Element$/, '');
}
