/**
 * The map's own wording that is more than one `msg()`: what a marker announces. Call while rendering (inside the
 * element's language), like `msg` itself.
 */
import type { Partnership } from '../../data/model.js';
import { countryName } from '../../i18n/intl.js';
import { currentLocale, msg, str } from '../../i18n/msg.js';
import { germanSide, kindLabel } from '../shared/labels.js';

/** "seit 1998" or the wording for an unknown year, as plain text (for an accessible name; shared wording). */
export function sinceText(p: Partnership): string {
  return p.since === null ? msg('Jahr unbekannt') : msg(str`seit ${p.since}`);
}

/**
 * A marker's accessible name: partner, country, German side and year, and the kind where it is not a
 * Städtepartnerschaft ("Náchod, Tschechien: Partner von Halberstadt, seit 1998").
 */
export function markerLabel(p: Partnership): string {
  const country = countryName(p.partner.country, currentLocale());
  const label = msg(str`${p.partner.name}, ${country}: Partner von ${germanSide(p)}, ${sinceText(p)}`, {
    id: 'map-marker-label',
    desc: 'Accessible name of a partner marker: partner, country, German side, year.',
  });
  return p.kind === 'partnership' ? label : `${label} (${kindLabel(p.kind)})`;
}
