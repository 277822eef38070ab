/**
 * Watches what elements put into the DOM while they render untrusted data, and judges it: no script, style,
 * frame, object, image or form from data, no event-handler attribute, no link other than http(s), no node outside
 * the elements' shadow roots. Also the element "skeleton" (tags and attribute names), to compare a rendering of
 * hostile data with one of harmless placeholders: anything data created would show up as a difference.
 */

/** Elements that data must never create (they run code, load things or restyle the page). */
export const FORBIDDEN_TAGS = new Set([
  'script',
  'style',
  'link',
  'meta',
  'base',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'img',
  'image',
  'video',
  'audio',
  'source',
  'track',
  'picture',
  'form',
  'foreignobject',
  'animate',
  'set',
  'use',
  'handler',
  'listener',
  'portal',
  'template',
  'slot',
  'marquee',
]);

/** Attributes whose value is a URL the browser may follow or load. */
const URL_ATTRIBUTES = [
  'href',
  'xlink:href',
  'src',
  'action',
  'formaction',
  'poster',
  'data',
  'ping',
  'srcset',
];

/** Every element in `root` and in the shadow roots below it. */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return found;
}

/** What is wrong with one element rendered from data, as readable sentences (empty: nothing). */
export function judgeElement(el: Element): string[] {
  const problems: string[] = [];
  const tag = el.localName.toLowerCase();
  if (FORBIDDEN_TAGS.has(tag)) problems.push(`a <${tag}> element`);
  for (const attribute of el.attributes) {
    const name = attribute.name.toLowerCase();
    if (name.startsWith('on')) problems.push(`an event-handler attribute ${name} on <${tag}>`);
    if (name === 'srcdoc') problems.push(`a srcdoc attribute on <${tag}>`);
    if (URL_ATTRIBUTES.includes(name)) {
      let protocol = '';
      try {
        protocol = new URL(attribute.value, document.baseURI).protocol;
      } catch {
        protocol = 'unparsable';
      }
      if (protocol !== 'http:' && protocol !== 'https:') {
        problems.push(`${name}="${attribute.value.slice(0, 80)}" (${protocol}) on <${tag}>`);
      }
    }
  }
  return problems;
}

/** `tag[attr1,attr2]` per element, sorted: the structure of a rendering without its text and attribute values. */
export function skeleton(root: ParentNode): string[] {
  return deepElements(root)
    .map(
      (el) =>
        `${el.localName}[${[...el.attributes]
          .map((a) => a.name)
          .sort()
          .join(',')}]`,
    )
    .sort();
}

export interface DomWatch {
  /** Problems seen in any element added while watching, and in the final trees. */
  problems(): string[];
  stop(): void;
}

/**
 * Watch `hosts`' shadow roots (attach right after the elements are connected, before they render) and `stage`'s
 * light DOM: every element added or attribute set while rendering is judged, not only the final state.
 */
export function watchDom(stage: Element, hosts: readonly Element[]): DomWatch {
  const problems: string[] = [];
  const lightChildren = new Set(stage.querySelectorAll('*'));
  const handle = (records: MutationRecord[]) => {
    for (const record of records) {
      if (record.type === 'attributes' && record.target instanceof Element) {
        problems.push(...judgeElement(record.target));
      }
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        for (const el of [node, ...deepElements(node)]) problems.push(...judgeElement(el));
      }
    }
  };
  const observer = new MutationObserver(handle);
  const options = { childList: true, subtree: true, attributes: true };
  for (const host of hosts) {
    if (!host.shadowRoot) problems.push(`<${host.localName}> has no open shadow root to watch`);
    else observer.observe(host.shadowRoot, options);
  }
  observer.observe(stage, options);
  return {
    problems() {
      handle(observer.takeRecords());
      const all = [...problems];
      for (const host of hosts)
        if (host.shadowRoot) for (const el of deepElements(host.shadowRoot)) all.push(...judgeElement(el));
      // Nothing in the light DOM but what the test put there: elements keep their rendering in their shadow root.
      for (const el of stage.querySelectorAll('*')) {
        if (!lightChildren.has(el) && !hosts.includes(el))
          all.push(`a <${el.localName}> added to the light DOM`);
      }
      return [...new Set(all)];
    },
    stop: () => observer.disconnect(),
  };
}

/** Set by the payloads when they run (`window.__hostile = 1`); alert/confirm/prompt set it too. */
export function armTripwire(): { tripped(): boolean; restore(): void } {
  const w = window as unknown as Record<string, unknown>;
  const saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
  w.__hostile = 0;
  const trip = () => {
    w.__hostile = 1;
    return null;
  };
  window.alert = trip as typeof window.alert;
  window.confirm = trip as unknown as typeof window.confirm;
  window.prompt = trip as typeof window.prompt;
  return {
    tripped: () => w.__hostile !== 0,
    restore() {
      Object.assign(window, saved);
      delete w.__hostile;
    },
  };
}
