/**
 * The sentences for places the data does not know, in a chunk of its own: only a page that asks for one (or for
 * several places in one attribute) downloads the lookup, once its data is loaded (see PartnerElement).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cacheFor } from '../../data/filtered-view.js';
import type { Dataset } from '../../data/model.js';
import { unknownPlaces, type PlaceAttribute, type UnknownPlace } from '../../data/place-lookup.js';
import type { PartnershipFilter } from '../../data/queries.js';
import { msg, str } from '../../i18n/msg.js';

const answers = new WeakMap<Dataset, Map<string, UnknownPlace[]>>();

/** `unknownPlaces` of a dataset, once per dataset and place attributes for the page: a list asks at every keystroke. */
export function unknownPlacesOf(dataset: Dataset, filter: PartnershipFilter): UnknownPlace[] {
  const cache = cacheFor(answers, dataset);
  const key = JSON.stringify([filter.land ?? '', filter.kreis ?? '', filter.gemeinde ?? '']);
  let places = cache.get(key);
  if (!places) {
    places = unknownPlaces(dataset.partnerships, filter);
    cache.set(key, places);
  }
  return places;
}

function unknownPlaceText(attribute: PlaceAttribute, value: string): string {
  switch (attribute) {
    case 'land':
      return msg(str`Ein Land „${value}“ ist in den Daten nicht verzeichnet.`);
    case 'kreis':
      return msg(str`Ein Kreis „${value}“ ist in den Daten nicht verzeichnet.`);
    case 'gemeinde':
      return msg(str`Eine Gemeinde „${value}“ ist in den Daten nicht verzeichnet.`);
  }
}

/**
 * "Eine Gemeinde „Lüneberg“ ist in den Daten nicht verzeichnet. Meinten Sie Lüneburg (gemeinde="lueneburg")?": a
 * place the data does not know, apart from a known place without partnerships. As the element's state when nothing
 * is shown, else as a note after its content (one of several places in an attribute is unknown).
 */
export function renderUnknownPlaces(places: readonly UnknownPlace[], asState: boolean): TemplateResult {
  const sentences = places.map(({ attribute, value, suggestion }) => {
    const fix = suggestion && `${suggestion.attribute}="${suggestion.slug}"`;
    return html`<p>
      ${unknownPlaceText(attribute, value)}${
        suggestion ? html` ${msg(html`Meinten Sie ${suggestion.name} (<code>${fix}</code>)?`)}` : nothing
      }
    </p>`;
  });
  return asState
    ? html`<div class="state state--unknown" part="state unknown-place">${sentences}</div>`
    : html`<div class="skipped" part="unknown-place">${sentences}</div>`;
}
