import { expect } from '@open-wc/testing';
import * as events from '../../src/events.js';
import { fetchJson, manifestElements, type Documented, type ManifestElement } from './manifest.js';

interface Described {
  name: string;
  description?: string | { kind: string; value: string };
}
interface HtmlData {
  version: number;
  tags: (Described & { attributes: Described[] })[];
}
interface CssData {
  properties: Described[];
  pseudoElements: Described[];
}
interface WebTypes {
  name: string;
  version: string;
  contributions: {
    html: {
      elements: (Described & {
        attributes: Described[];
        js: { events: Described[] };
        css: { properties: Described[]; parts: Described[] };
      })[];
    };
  };
}
interface PackageJson {
  name: string;
  version: string;
  files: string[];
  customElements?: string;
  'web-types'?: string;
  contributes?: { html?: { customData?: string[] }; css?: { customData?: string[] } };
}

const text = (d: Described['description']) => (typeof d === 'string' ? d : (d?.value ?? '')).trim();
const names = (list: { name?: string }[]) => list.map((x) => x.name).sort();

let elements: ManifestElement[];

before(async () => {
  elements = await manifestElements();
});

describe('custom-elements.json', () => {
  it('describes at least the elements the package registers', () => {
    expect(elements.length).to.be.greaterThan(0);
  });

  it('has a description for every element, attribute, event, CSS part and CSS custom property', () => {
    const missing: string[] = [];
    const check = (tag: string, kind: string, items: Documented[]) => {
      for (const item of items) if (!item.description?.trim()) missing.push(`<${tag}> ${kind} ${item.name}`);
    };
    for (const e of elements) {
      if (!e.description.trim()) missing.push(`<${e.tag}> (the element itself)`);
      check(e.tag, 'attribute', e.attributes);
      check(e.tag, 'event', e.events);
      check(e.tag, 'part', e.cssParts);
      check(e.tag, 'CSS property', e.cssProperties);
      check(e.tag, 'slot', e.slots);
    }
    expect(
      missing,
      `undocumented API (add JSDoc, then npm run manifest):\n${missing.join('\n')}`,
    ).to.deep.equal([]);
  });

  it('gives every event the type of the class that src/events.ts dispatches it as', () => {
    const classes = new Map<string, string>(
      Object.values(events).map((eventClass) => [eventClass.eventName, eventClass.name]),
    );
    const wrong: string[] = [];
    for (const e of elements) {
      for (const event of e.events) {
        const expected = classes.get(event.name!);
        if (event.type?.text !== expected) {
          wrong.push(
            `<${e.tag}> ${event.name}: ${event.type?.text ?? 'no type'}, not ${expected ?? 'a known event'}`,
          );
        }
      }
    }
    // <partner-map>'s own @fires tag is typed on the branch that splits the map; this list is empty once it lands.
    expect(wrong, 'write `@fires {PartnerXEvent} partner-x - …`, then npm run manifest').to.deep.equal([]);
  });
});

describe('VS Code custom data (vscode.html-custom-data.json, vscode.css-custom-data.json)', () => {
  it('lists every element with its description and every attribute with its description', async () => {
    const data = await fetchJson<HtmlData>('vscode.html-custom-data.json');
    expect(data.version).to.equal(1.1);
    expect(names(data.tags)).to.deep.equal(names(elements.map((e) => ({ name: e.tag }))));
    for (const e of elements) {
      const tag = data.tags.find((t) => t.name === e.tag)!;
      expect(text(tag.description), e.tag).to.contain(e.description.trim().split('\n')[0]);
      expect(names(tag.attributes), `${e.tag} attributes`).to.deep.equal(names(e.attributes));
      for (const a of tag.attributes) expect(text(a.description), `${e.tag} ${a.name}`).not.to.equal('');
    }
  });

  it('lists every CSS custom property and every part as ::part()', async () => {
    const data = await fetchJson<CssData>('vscode.css-custom-data.json');
    const properties = new Set(data.properties.map((p) => p.name));
    const parts = new Set(data.pseudoElements.map((p) => p.name));
    for (const e of elements) {
      for (const p of e.cssProperties) expect(properties.has(p.name!), `${e.tag} ${p.name}`).to.equal(true);
      for (const p of e.cssParts) expect(parts.has(`::part(${p.name})`), `${e.tag} ${p.name}`).to.equal(true);
    }
    for (const entry of [...data.properties, ...data.pseudoElements]) {
      expect(text(entry.description), entry.name).not.to.equal('');
    }
  });
});

describe('web-types.json (JetBrains IDEs)', () => {
  it('lists every element with description, attributes, events, CSS parts and properties', async () => {
    const [data, pkg] = await Promise.all([
      fetchJson<WebTypes>('web-types.json'),
      fetchJson<PackageJson>('package.json'),
    ]);
    expect([data.name, data.version]).to.deep.equal([pkg.name, pkg.version]);
    const listed = data.contributions.html.elements;
    expect(names(listed)).to.deep.equal(names(elements.map((e) => ({ name: e.tag }))));
    for (const e of elements) {
      const el = listed.find((x) => x.name === e.tag)!;
      expect(text(el.description), e.tag).not.to.equal('');
      expect(names(el.attributes), `${e.tag} attributes`).to.deep.equal(names(e.attributes));
      expect(names(el.js.events), `${e.tag} events`).to.deep.equal(names(e.events));
      expect(names(el.css.parts), `${e.tag} parts`).to.deep.equal(names(e.cssParts));
      expect(names(el.css.properties), `${e.tag} CSS properties`).to.deep.equal(names(e.cssProperties));
      const all = [...el.attributes, ...el.js.events, ...el.css.parts, ...el.css.properties];
      for (const x of all) expect(text(x.description), `${e.tag} ${x.name}`).not.to.equal('');
    }
  });
});

describe('package.json points editors at the generated files', () => {
  it('names the manifest, web-types and VS Code custom data, and ships them', async () => {
    const pkg = await fetchJson<PackageJson>('package.json');
    expect(pkg.customElements).to.equal('custom-elements.json');
    expect(pkg['web-types']).to.equal('./web-types.json');
    expect(pkg.contributes?.html?.customData).to.deep.equal(['./vscode.html-custom-data.json']);
    expect(pkg.contributes?.css?.customData).to.deep.equal(['./vscode.css-custom-data.json']);
    for (const file of [
      'custom-elements.json',
      'web-types.json',
      'vscode.html-custom-data.json',
      'vscode.css-custom-data.json',
    ]) {
      expect(pkg.files, `"files" ships ${file}`).to.include(file);
    }
  });
});
