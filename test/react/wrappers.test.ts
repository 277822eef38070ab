import { expect } from '@open-wc/testing';
import React from 'react';
import ReactDOM, { type Root } from 'react-dom/client';
import type { PartnerErrorEvent, PartnerLoadEvent, PartnerSelectEvent } from '../../src/events.js';
import * as wrappers from '../../src/react/index.js';
import { FIXTURE_SRC as SRC } from '../fixtures/kit.js';

const MANIFEST = new URL('../../custom-elements.json', import.meta.url).href;

type Wrapper = React.ComponentType<Record<string, unknown>> & { displayName?: string };

interface ManifestDeclaration {
  tagName?: string;
  name: string;
}

/** Every tag that a define module registers, straight from the manifest (not from the code under test). */
async function manifestElements(): Promise<{ tag: string; className: string }[]> {
  const manifest = (await (await fetch(MANIFEST)).json()) as {
    modules: { declarations?: ManifestDeclaration[]; exports?: { kind: string; name: string }[] }[];
  };
  const defined = new Set(
    manifest.modules.flatMap((m) =>
      (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name),
    ),
  );
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName && defined.has(d.tagName))
    .map((d) => ({ tag: d.tagName!, className: d.name }));
}

function wrapperFor(tag: string): Wrapper | undefined {
  const all = Object.values(wrappers) as Wrapper[];
  return all.find(
    (w) => w.displayName === tag.replace(/(^|-)([a-z])/g, (_, _d, c: string) => c.toUpperCase()),
  );
}

let container: HTMLElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  container.lang = 'de';
  document.body.append(container);
  root = ReactDOM.createRoot(container);
});

afterEach(() => {
  root.unmount();
  container.remove();
});

/** Resolves once `condition()` holds; React renders in a task of its own, so a change shows up a little later. */
async function until(condition: () => boolean, timeout = 3000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Renders `element` and resolves with the first event that one of the given props receives. */
function renderUntil<T extends Event>(
  component: Wrapper,
  props: Record<string, unknown>,
  eventProp: string,
): Promise<T> {
  return new Promise<T>((resolve) => {
    root.render(React.createElement(component, { ...props, [eventProp]: (e: T) => resolve(e) }));
  });
}

describe('React wrappers (partner-elements/react)', () => {
  it('exist for every element in custom-elements.json and render it in a React 19 tree', async () => {
    const elements = await manifestElements();
    expect(elements.length).to.be.greaterThan(0);
    const missing = elements.filter((e) => !wrapperFor(e.tag)).map((e) => e.tag);
    expect(missing, 'elements without a React wrapper').to.deep.equal([]);
    for (const { tag } of elements) {
      const loaded = await renderUntil<PartnerLoadEvent>(
        wrapperFor(tag)!,
        { src: SRC, kreis: 'harz' },
        'onPartnerLoad',
      );
      const el = container.querySelector(tag);
      expect(el, `<${tag}> in the DOM`).not.to.equal(null);
      expect(loaded.target).to.equal(el);
      expect(loaded.detail.count, `${tag}: partner-load count`).to.be.a('number');
      root.render(null);
    }
  });

  it('passes props as properties and updates the element when they change', async () => {
    const PartnerList = wrapperFor('partner-list')!;
    await renderUntil(PartnerList, { src: SRC, kreis: 'harz', search: true }, 'onPartnerLoad');
    const el = container.querySelector('partner-list')!;
    expect(el.shadowRoot!.querySelector('input[type="search"]'), 'search box').not.to.equal(null);
    const items = () => el.shadowRoot!.querySelectorAll('[part~="item"]').length;
    const all = items();
    root.render(React.createElement(PartnerList, { src: SRC, kreis: 'harz', search: true, country: 'PL' }));
    await until(() => items() < all);
    expect(items()).to.be.greaterThan(0);
  });

  it('maps partner-select to onPartnerSelect, and the handler can cancel the default action', async () => {
    const selected: PartnerSelectEvent[] = [];
    await renderUntil(
      wrapperFor('partner-list')!,
      {
        src: SRC,
        kreis: 'harz',
        onPartnerSelect: (e: PartnerSelectEvent) => {
          e.preventDefault(); // stay on the page
          selected.push(e);
        },
      },
      'onPartnerLoad',
    );
    const link = container
      .querySelector('partner-list')!
      .shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="link"]');
    expect(link, 'a partner website link').not.to.equal(null);
    // Whatever happens, the test page must not follow the link: note whether the element cancelled it, then cancel.
    let followed = true;
    container.addEventListener(
      'click',
      (e) => {
        followed = !e.defaultPrevented;
        e.preventDefault();
      },
      { once: true },
    );
    link!.click();
    expect(selected.map((e) => e.detail.id)).to.deep.equal(['harz--konecki']);
    expect(followed, 'the link was followed although onPartnerSelect cancelled it').to.equal(false);
  });

  it('maps partner-error to onPartnerError with the HTTP status', async () => {
    const error = await renderUntil<PartnerErrorEvent>(
      wrapperFor('partner-list')!,
      { src: new URL('../fixtures/missing.json', import.meta.url).href },
      'onPartnerError',
    );
    expect(error.detail.status).to.equal(404);
  });
});
