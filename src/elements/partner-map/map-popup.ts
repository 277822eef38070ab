import { html, nothing, type TemplateResult } from 'lit';
import type { Partnership } from '../../data/model.js';
import { safeHttpUrl } from '../../data/url.js';
import { countryName } from '../../i18n/intl.js';
import { currentLocale, msg, str } from '../../i18n/msg.js';
import { kindLabel, partnerOf, renderSince, statusLabel } from '../shared/labels.js';
import { renderHeading, type HeadingLevel } from '../shared/states.js';

/**
 * The details of the selected partnership ("laut Wikipedia" where only compiled lists know it), docked to the frame's corner `place` (`top left`, `bottom right`, ...)
 * away from its marker so that it never covers the place it describes.
 */
export function renderPopup(
  p: Partnership,
  place: string,
  level: HeadingLevel,
  name: unknown,
  onClose: () => void,
  provenance: string,
): TemplateResult {
  const website = safeHttpUrl(p.partner.website);
  return html`<div id="popup" part="popup" class="popup ${place}" role="dialog" aria-labelledby="popup-title">
    <div class="popup-head">
      ${renderHeading(level, name, 'popup-title', 'popup-title')}
      <button type="button" part="popup-close" class="close" aria-label=${msg('Schließen')} @click=${onClose}>
        <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18"></path></svg>
      </button>
    </div>
    <p>
      ${countryName(p.partner.country, currentLocale())}${p.partner.region ? html`, ${p.partner.region}` : nothing}
    </p>
    <p>${partnerOf(p)}</p>
    <p>
      ${kindLabel(p.kind)},
      ${renderSince(p)}${p.status === 'active' ? nothing : html`, ${statusLabel(p.status)}`}
    </p>
    ${provenance ? html`<p part="popup-provenance">${provenance}</p>` : nothing}
    ${
      website
        ? // Another party's site: it learns nothing of the page the reader came from, nor gets a handle on it.
          html`<p>
            <a href=${website} rel="noopener noreferrer">${msg(str`Website von ${p.partner.name}`)}</a>
          </p>`
        : p.partner.website
          ? html`<p>${msg('Website')}: ${p.partner.website}</p>`
          : nothing
    }
  </div>`;
}
