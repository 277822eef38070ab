import { html, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Partnership } from '../../data/model.js';
import { anniversariesIn, type AnniversaryGroup } from '../../data/stats-queries.js';
import { countryName } from '../../i18n/intl.js';
import { msg, str } from '../../i18n/msg.js';
import { kindLabel, partnershipCount, partnerOf, statusLabel, yearCount } from '../shared/labels.js';
import { PartnerElement } from '../shared/partner-element.js';
import { renderSelectableName, yearOrCurrent } from '../shared/selectable-name.js';
import { renderEmpty, renderHeading, toHeadingLevel } from '../shared/states.js';
import { styles } from './partner-anniversaries.styles.js';

/**
 * The partnerships of a Land, Kreis or Gemeinde that turn 5, 10, 15 … years old in a year (default: this year),
 * grouped by their age, the oldest first: what a town's press office plans its year with. A sentence says so when
 * there are none.
 *
 * @summary Round anniversaries of twin-town partnerships in a given year.
 * @tag partner-anniversaries
 *
 * @attr lang - The element's language (`de`, `en`, …: see Languages in the docs); else the closest `[lang]`, else German.
 *
 * @fires {PartnerLoadEvent} partner-load - The dataset is loaded and shown; `detail.count` is the number of anniversaries shown.
 * `detail.problems` lists what the dataset holds that no element shows: each faulty field of an invalid record, with
 * its `index`, `id`, `line`, `field`, `value` and `message` (empty for a sound file).
 * @fires {PartnerErrorEvent} partner-error - The dataset could not be loaded; `detail.status` (HTTP status or 0), `detail.message`.
 * @fires {PartnerSelectEvent} partner-select - With `selectable`: the reader chose a partner (click, Enter or Space); `detail.id` is the
 * partnership's id.
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart state - The loading, error or empty message (also the sentence when the year has no anniversaries).
 * @csspart retry-button - The button that loads again after an error that may pass: no connection, no answer in
 * time, HTTP 408, 429 or 5xx (none for a missing or broken file: asking again would not help).
 * @csspart summary - The year and the number of anniversaries.
 * @csspart group - The partnerships of one age, with its heading.
 * @csspart group-heading - A group's heading ("65 Jahre (seit 1961)").
 * @csspart list - A group's list.
 * @csspart item - One partnership (`<li>`).
 * @csspart name - The partner's name (with its native form, marked with its language).
 * @csspart select-button - The partner's name as a button (with `selectable`).
 * @csspart country - The partner's country.
 * @csspart local - The German side.
 * @csspart kind - The kind, where it is not a Städtepartnerschaft.
 * @csspart status - The status, where it is not active.
 *
 * @cssprop --partner-anniversaries-accent - Rules, the age and focus ring (default: --partner-accent, then #0b57d0 / #a8c7fa dark).
 * @cssprop --partner-anniversaries-border-color - Separators and badges (default: --partner-border-color).
 * @cssprop --partner-anniversaries-muted-color - Secondary text (default: --partner-muted-color, then the text colour).
 * @cssprop --partner-anniversaries-surface - Background of each item (default: --partner-surface, then transparent).
 * @cssprop --partner-anniversaries-radius - Corner radius (default: --partner-radius, then 0.375rem).
 * @cssprop --partner-anniversaries-gap - Spacing (default: --partner-gap, then 0.75rem).
 */
export class PartnerAnniversariesElement extends PartnerElement {
  static override styles: CSSResultGroup = [PartnerElement.styles, styles];

  /** The year whose round anniversaries are shown (default: the current year). */
  @property({ type: Number }) year: number | undefined = undefined;

  /** Level of the group headings, 1 to 6 (default 2). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Make each partner's name a button that fires `partner-select` (e.g. to show it in a `<partner-card>`). */
  @property({ type: Boolean }) selectable = false;

  get #year(): number {
    return yearOrCurrent(this.year);
  }

  /** The last answer of `anniversariesIn`: the count, the content and the credit ask for it in one render. */
  #answer: { partnerships: object; year: number; locale: string; groups: AnniversaryGroup[] } | undefined;

  get #groups(): AnniversaryGroup[] {
    const { partnerships, locale } = this;
    const year = this.#year;
    let answer = this.#answer;
    if (answer?.partnerships !== partnerships || answer.year !== year || answer.locale !== locale) {
      answer = { partnerships, year, locale, groups: anniversariesIn(partnerships, year, locale) };
      this.#answer = answer;
    }
    return answer.groups;
  }

  protected override countShown(): number {
    return this.#groups.reduce((sum, group) => sum + group.partnerships.length, 0);
  }

  protected override get shownPartnerships(): readonly Partnership[] {
    return this.#groups.flatMap((group) => group.partnerships);
  }

  protected override renderContent(): TemplateResult {
    const year = this.#year;
    const groups = this.#groups;
    if (groups.length === 0) {
      return renderEmpty(msg(str`Im Jahr ${year} hat keine dieser Partnerschaften ein rundes Jubiläum.`));
    }
    const count = groups.reduce((sum, group) => sum + group.partnerships.length, 0);
    const level = toHeadingLevel(this.headingLevel);
    return html`
      <p part="summary" class="summary">
        ${msg(str`Runde Jubiläen im Jahr ${year}: ${partnershipCount(count)}`)}
      </p>
      ${groups.map(
        ({ years, partnerships }) =>
          html`<section part="group" class="group">
            ${renderHeading(level, msg(str`${yearCount(years)} (seit ${year - years})`), 'group-heading')}
            <ul part="list" class="list">
              ${partnerships.map((p) => this.renderItem(p))}
            </ul>
          </section>`,
      )}
    `;
  }

  protected renderItem(p: Partnership): TemplateResult {
    const local = partnerOf(p);
    return html`<li part="item" class="item">
      <span part="name" class="name">${this.renderName(p)}</span>
      <span part="country" class="country">${countryName(p.partner.country, this.locale)}</span>
      <span part="local" class="local">${local}</span>${
        p.kind === 'partnership'
          ? nothing
          : html` <span part="kind" class="badge">${kindLabel(p.kind)}</span>`
      }${p.status === 'active' ? nothing : html` <span part="status" class="badge">${statusLabel(p.status)}</span>`}
    </li>`;
  }

  protected renderName(p: Partnership): TemplateResult | string {
    return renderSelectableName(this, p, this.selectable);
  }
}
