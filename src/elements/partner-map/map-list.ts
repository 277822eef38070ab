import { html, nothing, type TemplateResult } from 'lit';
import type { Partnership } from '../../data/model.js';
import { safeHttpUrl } from '../../data/url.js';
import { countryName } from '../../i18n/intl.js';
import { currentLocale, msg } from '../../i18n/msg.js';
import { kindLabel, partnerOf, renderSince } from '../shared/labels.js';
import { renderHeading, type HeadingLevel } from '../shared/states.js';

/**
 * The map's partnerships as a list, sorted by name: for screen readers (visually hidden unless `visible`), shown by
 * the toolbar's list button, and the fallback when the geometry cannot be loaded.
 */
export function renderList(
  sorted: readonly Partnership[],
  visible: boolean,
  level: HeadingLevel,
  renderName: (p: Partnership) => unknown,
): TemplateResult {
  return html`<section
    id="list"
    part="list-section"
    class=${visible ? 'list-section' : 'list-section visually-hidden'}
    aria-labelledby="list-heading"
  >
    ${renderHeading(level, msg('Partnerschaften als Liste'), 'list-heading', 'list-heading')}
    <ul part="list" class="list">
      ${sorted.map((p) => renderItem(p, visible, renderName))}
    </ul>
  </section>`;
}

function renderItem(
  p: Partnership,
  visible: boolean,
  renderName: (p: Partnership) => unknown,
): TemplateResult {
  // Links only where the list is visible: a hidden list must not hold focusable elements.
  const website = visible ? safeHttpUrl(p.partner.website) : undefined;
  return html`<li part="item" class="item">
    <span part="name" class="name"
      >${website ? html`<a href=${website} rel="noopener noreferrer">${renderName(p)}</a>` : renderName(p)}</span
    >, <span part="country">${countryName(p.partner.country, currentLocale())}</span>:
    <span part="local">${partnerOf(p)}</span>,
    <span part="year">${renderSince(p)}</span
    >${p.kind === 'partnership' ? nothing : html` (${kindLabel(p.kind)})`}
  </li>`;
}
