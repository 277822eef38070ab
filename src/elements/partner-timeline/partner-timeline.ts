import { html, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Partnership } from '../../data/model.js';
import { anniversaryIn, chronology } from '../../data/stats-queries.js';
import { countryName } from '../../i18n/intl.js';
import { msg, str } from '../../i18n/msg.js';
import {
  decadeLabel,
  kindLabel,
  partnershipCount,
  partnerOf,
  statusLabel,
  yearCount,
} from '../shared/labels.js';
import { PartnerElement } from '../shared/partner-element.js';
import { renderSelectableName, yearOrCurrent } from '../shared/selectable-name.js';
import { renderHeading, toHeadingLevel } from '../shared/states.js';
import { styles } from './partner-timeline.styles.js';

/**
 * The partnerships of a Land, Kreis or Gemeinde in chronological order, grouped by decade, each with its year,
 * partner, country, German side and kind; partnerships without a known year are listed apart at the end. Round
 * anniversaries (5, 10, 15 … years) in `year` are marked in words, not by colour alone. Decades sit side by side on
 * a wide element and one below the other on a narrow one (container queries). Plain text throughout: the only
 * keyboard stops are the partner buttons of `selectable`.
 *
 * @summary A chronological, accessible timeline of twin-town partnerships by decade.
 * @tag partner-timeline
 *
 * @attr lang - The element's language (`de`, `en`, …: see Languages in the docs); else the closest `[lang]`, else German.
 *
 * @fires {PartnerLoadEvent} partner-load - The dataset is loaded and shown; `detail.count` is the number of partnerships in the timeline.
 * `detail.problems` lists what the dataset holds that no element shows: each faulty field of an invalid record, with
 * its `index`, `id`, `line`, `field`, `value` and `message` (empty for a sound file).
 * @fires {PartnerErrorEvent} partner-error - The dataset could not be loaded; `detail.status` (HTTP status or 0), `detail.message`.
 * @fires {PartnerSelectEvent} partner-select - With `selectable`: the reader chose a partner (click, Enter or Space); `detail.id` is the
 * partnership's id.
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart state - The loading, error or empty message.
 * @csspart retry-button - The button that loads again after an error that may pass: no connection, no answer in
 * time, HTTP 408, 429 or 5xx (none for a missing or broken file: asking again would not help).
 * @csspart summary - The number of partnerships and the years they span.
 * @csspart decade - One decade (or the partnerships without a known year): heading and list.
 * @csspart decade-unknown - The partnerships without a known year (also `decade`).
 * @csspart decade-heading - A decade's heading.
 * @csspart list - A decade's list of entries.
 * @csspart entry - One partnership (`<li>`); `entry-anniversary` for one with a round anniversary in `year`.
 * @csspart marker - The dot on the time line (decorative).
 * @csspart year - The year, a `<time datetime>`.
 * @csspart name - The partner's name (with its native form, marked with its language).
 * @csspart select-button - The partner's name as a button (with `selectable`).
 * @csspart country - The partner's country.
 * @csspart local - The German side.
 * @csspart kind - The kind of partnership.
 * @csspart status - The status, where it is not active.
 * @csspart anniversary - The anniversary note ("Jubiläum 2026: 65 Jahre").
 *
 * @cssprop --partner-timeline-accent - The time line, markers and focus ring (default: --partner-accent, then #0b57d0 / #a8c7fa dark).
 * @cssprop --partner-timeline-border-color - Separators and badges (default: --partner-border-color).
 * @cssprop --partner-timeline-muted-color - Secondary text (default: --partner-muted-color, then the text colour).
 * @cssprop --partner-timeline-surface - Background of the markers and the anniversary note (default: --partner-surface, then transparent).
 * @cssprop --partner-timeline-radius - Corner radius (default: --partner-radius, then 0.375rem).
 * @cssprop --partner-timeline-gap - Spacing (default: --partner-gap, then 0.75rem).
 */
export class PartnerTimelineElement extends PartnerElement {
  static override styles: CSSResultGroup = [PartnerElement.styles, styles];

  /** `asc` (default): oldest first; `desc`: newest first. Partnerships without a known year stay at the end. */
  @property() order = 'asc';

  /** The year whose round anniversaries are marked (default: the current year). */
  @property({ type: Number }) year: number | undefined = undefined;

  /** Level of the decade headings, 1 to 6 (default 2). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Make each partner's name a button that fires `partner-select` (e.g. to show it in a `<partner-card>`). */
  @property({ type: Boolean }) selectable = false;

  get #year(): number {
    return yearOrCurrent(this.year);
  }

  protected override renderContent(): TemplateResult {
    const { decades, unknown } = chronology(
      this.partnerships,
      this.order === 'desc' ? 'desc' : 'asc',
      this.locale,
    );
    const level = toHeadingLevel(this.headingLevel);
    return html`
      <p part="summary" class="summary">${this.renderSummary()}</p>
      <div class="decades">
        ${decades.map(
          ({ decade, partnerships }) =>
            html`<section part="decade" class="decade">
              ${renderHeading(level, decadeLabel(decade), 'decade-heading')}
              <ol part="list" class="list">
                ${partnerships.map((p) => this.renderEntry(p))}
              </ol>
            </section>`,
        )}
        ${
          unknown.length === 0
            ? nothing
            : html`<section part="decade decade-unknown" class="decade decade--unknown">
                ${renderHeading(level, msg('Ohne bekanntes Jahr'), 'decade-heading')}
                <ul part="list" class="list">
                  ${unknown.map((p) => this.renderEntry(p))}
                </ul>
              </section>`
        }
      </div>
    `;
  }

  /** "28 Partnerschaften, 1961–2022": the count, and the years the known ones span. */
  protected renderSummary(): string {
    const years = this.partnerships.flatMap((p) => (p.since === null ? [] : [p.since]));
    const count = partnershipCount(this.partnerships.length);
    if (years.length === 0) return count;
    const first = Math.min(...years);
    const last = Math.max(...years);
    return first === last ? msg(str`${count}, ${first}`) : msg(str`${count}, ${first}–${last}`);
  }

  protected renderEntry(p: Partnership): TemplateResult {
    const years = anniversaryIn(p, this.#year);
    const local = partnerOf(p);
    return html`<li
      part=${years === undefined ? 'entry' : 'entry entry-anniversary'}
      class="entry ${years === undefined ? '' : 'entry--anniversary'}"
    >
      <span part="marker" class="marker" aria-hidden="true"></span>
      ${
        p.since === null
          ? nothing
          : html`<time part="year" class="year" datetime=${p.since}>${p.since}</time>`
      }
      <span part="name" class="name">${this.renderName(p)}</span>
      <span class="details">
        <span part="country" class="country">${countryName(p.partner.country, this.locale)}</span>
        <span part="local" class="local">${local}</span>
        <span part="kind" class="kind">${kindLabel(p.kind)}</span>
        ${p.status === 'active' ? nothing : html`<span part="status" class="status">${statusLabel(p.status)}</span>`}
      </span>
      ${
        years === undefined
          ? nothing
          : html`<strong part="anniversary" class="anniversary"
              >${msg(str`Jubiläum ${this.#year}: ${yearCount(years)}`)}</strong
            >`
      }
    </li>`;
  }

  protected renderName(p: Partnership): TemplateResult | string {
    return renderSelectableName(this, p, this.selectable);
  }
}
