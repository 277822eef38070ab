// Reads the published API description the way a tool would: the elements that custom-elements.json says are
// registered, with what a page author can use. The tests take their list of elements from here, never from a list
// of their own, so a new element is checked as soon as the manifest has it.

export interface Documented {
  name?: string;
  description?: string;
  summary?: string;
  type?: { text: string };
}

export interface ManifestElement {
  tag: string;
  className: string;
  description: string;
  attributes: Documented[];
  events: Documented[];
  cssParts: Documented[];
  cssProperties: Documented[];
  slots: Documented[];
}

interface Declaration extends Documented {
  kind: string;
  name: string;
  tagName?: string;
  attributes?: Documented[];
  events?: Documented[];
  cssParts?: Documented[];
  cssProperties?: Documented[];
  slots?: Documented[];
}

interface Manifest {
  modules: { path: string; declarations?: Declaration[]; exports?: { kind: string; name: string }[] }[];
}

export async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(new URL(path, new URL('../../', import.meta.url)));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export async function manifestElements(): Promise<ManifestElement[]> {
  const manifest = await fetchJson<Manifest>('custom-elements.json');
  const defined = new Set(
    manifest.modules.flatMap((m) =>
      (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name),
    ),
  );
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.kind === 'class' && d.tagName && defined.has(d.tagName))
    .map((d) => ({
      tag: d.tagName!,
      className: d.name,
      description: d.description || d.summary || '',
      attributes: d.attributes ?? [],
      // `dispatchEvent(new XEvent())` shows up as a nameless event beside the named `@fires` entry.
      events: (d.events ?? []).filter((e) => e.name),
      cssParts: d.cssParts ?? [],
      cssProperties: d.cssProperties ?? [],
      slots: d.slots ?? [],
    }));
}
