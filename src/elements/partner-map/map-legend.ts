import { html, type TemplateResult } from 'lit';
import { msg } from '../../i18n/msg.js';

/** What the map's symbols mean, each drawn as on the map. */
export function renderLegend(): TemplateResult {
  return html`<ul part="legend" class="legend" aria-label=${msg('Legende')}>
    <li>
      <svg viewBox="-8 -8 16 16" aria-hidden="true">
        <g class="local"><rect x="-5" y="-5" width="10" height="10"></rect></g>
      </svg>
      ${msg('Deutscher Ort')}
    </li>
    <li>
      <svg viewBox="-8 -8 16 16" aria-hidden="true">
        <g class="marker"><circle class="dot" r="5.5"></circle></g>
      </svg>
      ${msg('Partnerort')}
    </li>
    <li>
      <svg viewBox="0 -8 24 16" aria-hidden="true"><path class="line" d="M1 4Q12-8 23 4"></path></svg>
      ${msg('Partnerschaft')}
    </li>
    <li>
      <svg viewBox="0 0 24 16" aria-hidden="true">
        <rect class="land land-partner" x="1" y="2" width="22" height="12"></rect>
      </svg>
      ${msg('Land mit Partnern')}
    </li>
  </ul>`;
}
