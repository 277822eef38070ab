/**
 * The markup of every element in custom-elements.json, as a webmaster or a CMS template writes it, for the test pages
 * the server generates: one element per tag and state, written into the HTML (so the parser meets it before the
 * script, as on a CMS page). Never a hand-written list of tags.
 */
import { readFileSync } from 'node:fs';
import { filterPartnerships } from '../../../src/data/queries.js';
import type { Dataset } from '../../../src/data/model.js';
import { manifestElements } from '../support/manifest.js';
import { emptyAttributes, showAttributes } from '../support/profiles.js';

export const STATES = ['loading', 'loaded', 'empty', 'error'] as const;
export type State = (typeof STATES)[number];

/** The filter of the loaded state: a Landkreis with towns, county partnerships and partners in many countries. */
export const LOADED_FILTER = { kreis: 'harz' } as const;

/**
 * Where the dataset of each state comes from (paths on the test server; loaded and empty use the bundle's own). The
 * error is a server that is down (503, after the loader's own retries, 2.5 s): the error state with its retry
 * button, which a missing file (404) does not have.
 */
export const STATE_SRC: Record<State, string | undefined> = {
  loading: '/faults/hang.json',
  loaded: undefined,
  empty: undefined,
  error: '/faults/unavailable.json',
};

export function manifestTags(root: string): string[] {
  return manifestElements(JSON.parse(readFileSync(`${root}/custom-elements.json`, 'utf8'))).map((e) => e.tag);
}

const escapeAttribute = (value: string) =>
  value.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');

export interface MarkupOptions {
  /** Light-DOM content a reader sees until the element upgrades, or when scripts are blocked. */
  fallback?: boolean;
  /** Give the elements their interactive parts (search box, buttons) too. */
  interactive?: boolean;
  /** Written as WordPress's wpautop leaves it: each element in a `<p>`, line breaks as `<br />`. */
  wordpress?: boolean;
}

/** One element: `<partner-list id="partner-list--loaded" data-state="loaded" kreis="harz" …></partner-list>`. */
export function elementMarkup(
  tag: string,
  state: State,
  dataset: Dataset,
  options: MarkupOptions = {},
): string {
  const shown = filterPartnerships(dataset.partnerships, LOADED_FILTER);
  const attributes: Record<string, string> = {
    id: `${tag}--${state}`,
    'data-state': state,
    ...LOADED_FILTER,
    ...(state === 'empty'
      ? emptyAttributes(tag)
      : showAttributes(tag, { partnerships: shown }, options.interactive ?? true)),
  };
  const src = STATE_SRC[state];
  if (src) attributes.src = src;
  const written = Object.entries(attributes)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  // Inline content only: a <p> inside an element that itself sits in a <p> (WordPress) would close both.
  const fallback = options.fallback
    ? `<span class="fallback">Die Partnerstädte des Landkreises Harz: <a href="/partnerschaften.html">Übersicht</a></span>`
    : '';
  if (options.wordpress) {
    return `<p><${tag}${written}><br />\n${fallback}<br />\n</${tag}><br />\n</p>`;
  }
  return `<${tag}${written}>${fallback}</${tag}>`;
}

/** Every element of the manifest in each of `states`, each in a section with a heading (as on a real page). */
export function elementsMarkup(
  tags: readonly string[],
  states: readonly State[],
  dataset: Dataset,
  options: MarkupOptions = {},
): string {
  return states
    .flatMap((state) =>
      tags.map((tag) => {
        const heading = `<h2 id="h-${tag}--${state}">&lt;${tag}&gt; (${state})</h2>`;
        const element = elementMarkup(tag, state, dataset, options);
        // WordPress content has no sections: headings and paragraphs in a row.
        return options.wordpress
          ? `${heading}\n${element}`
          : `<section class="cell" aria-labelledby="h-${tag}--${state}">${heading}\n${element}</section>`;
      }),
    )
    .join('\n');
}
