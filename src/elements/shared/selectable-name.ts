import { html, type TemplateResult } from 'lit';
import type { Partnership } from '../../data/model.js';
import { PartnerSelectEvent } from '../../events.js';
import { renderPartnerName } from './labels.js';

/**
 * The partner's name; with `selectable`, a button that fires `partner-select` from `host`. Nothing happens by
 * default: the page decides what choosing a partner means (e.g. showing it in a `<partner-card>`).
 */
export function renderSelectableName(
  host: EventTarget,
  p: Partnership,
  selectable: boolean,
): TemplateResult | string {
  return selectable
    ? html`<button
        type="button"
        part="select-button"
        class="select-button"
        @click=${() => host.dispatchEvent(new PartnerSelectEvent(p.id))}
      >
        ${renderPartnerName(p)}
      </button>`
    : renderPartnerName(p);
}

/** The year an element's `year` property names, else the current one (what anniversaries are counted in). */
export function yearOrCurrent(year: number | undefined): number {
  return Number.isInteger(year) ? (year as number) : new Date().getFullYear();
}
