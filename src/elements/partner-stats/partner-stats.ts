import { html, type CSSResultGroup, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Kind } from '../../data/model.js';
import {
  COUNT_BYS,
  countPartnerships,
  limitCounts,
  OTHER,
  UNKNOWN,
  type CountBy,
  type CountRow,
} from '../../data/stats-queries.js';
import { countryName, formatNumber } from '../../i18n/intl.js';
import { msg, str } from '../../i18n/msg.js';
import { decadeLabel, kindLabel, partnershipCount } from '../shared/labels.js';
import { PartnerElement } from '../shared/partner-element.js';
import { cssProperty } from './css-property.js';
import { styles } from './partner-stats.styles.js';

/**
 * How many partnerships a Land, Kreis or Gemeinde has, by partner country, by decade or by kind: a bar chart drawn
 * in CSS (a list whose every bar also says its number in words, so it needs no picture to be understood) and the
 * same numbers as a table, shown with a button (or from the start with `table`, and always in print). The numbers
 * add up to the filtered set: a `limit` sums the rest as one row, partnerships without a year count as one.
 *
 * @summary Counts of twin-town partnerships by country, decade or kind: an accessible bar chart and its table.
 * @tag partner-stats
 *
 * @attr lang - The element's language (`de`, `en`, …: see Languages in the docs); else the closest `[lang]`, else German.
 *
 * @fires {PartnerLoadEvent} partner-load - The dataset is loaded and shown; `detail.count` is the number of partnerships counted.
 * `detail.problems` lists what the dataset holds that no element shows: each faulty field of an invalid record, with
 * its `index`, `id`, `line`, `field`, `value` and `message` (empty for a sound file).
 * @fires {PartnerErrorEvent} partner-error - The dataset could not be loaded; `detail.status` (HTTP status or 0), `detail.message`.
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart state - The loading, error or empty message.
 * @csspart retry-button - The button that loads again after an error that may pass: no connection, no answer in
 * time, HTTP 408, 429 or 5xx (none for a missing or broken file: asking again would not help).
 * @csspart figure - The chart with its caption.
 * @csspart caption - The chart's title ("Partnerschaften nach Partnerland").
 * @csspart total - The total ("Insgesamt 162 Partnerschaften").
 * @csspart chart - The bar chart (a `<ul>`).
 * @csspart row - One bar with its label and number (`<li>`); `row-other` for the summed rest.
 * @csspart label - A row's label (country, decade, kind).
 * @csspart track - The space a bar can fill.
 * @csspart bar - A bar; its length is the row's count relative to the largest.
 * @csspart value - A row's number.
 * @csspart table-toggle - The button that shows or hides the table.
 * @csspart table - The table with the same numbers.
 *
 * @cssprop --partner-stats-accent - Bars, rules and focus ring (default: --partner-accent, then #0b57d0 / #a8c7fa dark).
 * @cssprop --partner-stats-border-color - Table rules and the toggle's border (default: --partner-border-color).
 * @cssprop --partner-stats-muted-color - Secondary text (default: --partner-muted-color, then the text colour).
 * @cssprop --partner-stats-surface - Background of the bar tracks (default: --partner-surface, then transparent).
 * @cssprop --partner-stats-radius - Corner radius (default: --partner-radius, then 0.375rem).
 * @cssprop --partner-stats-gap - Spacing (default: --partner-gap, then 0.75rem).
 */
export class PartnerStatsElement extends PartnerElement {
  static override styles: CSSResultGroup = [PartnerElement.styles, styles];

  /** Count by `country` (default), `decade` or `kind`. */
  @property() by = 'country';

  /** Show at most this many rows by themselves (the largest) and sum the rest as one; 0 or empty: every row. */
  @property({ type: Number }) limit = 0;

  /** Show the table from the start (the reader can still hide it). */
  @property({ type: Boolean }) table = false;

  /** The reader's choice with the toggle; until then `table` decides. */
  @state() private tableOpen: boolean | undefined = undefined;

  get #by(): CountBy {
    return COUNT_BYS.find((by) => by === this.by) ?? 'country';
  }

  #handleToggle(): void {
    this.tableOpen = !(this.tableOpen ?? this.table);
  }

  protected override renderContent(): TemplateResult {
    const by = this.#by;
    const rows = limitCounts(countPartnerships(this.partnerships, by, this.locale), this.limit);
    const total = rows.reduce((sum, row) => sum + row.count, 0);
    const largest = Math.max(...rows.map((row) => row.count));
    const open = this.tableOpen ?? this.table;
    const title = this.renderTitle(by);
    return html`
      <figure part="figure" class="figure">
        <figcaption part="caption" class="caption" id="caption">
          <span class="title">${title}</span>
          <span part="total" class="total">${msg(str`Insgesamt ${partnershipCount(total)}`)}</span>
        </figcaption>
        <ul part="chart" class="chart" aria-labelledby="caption">
          ${rows.map((row) => this.renderBar(row, by, largest))}
        </ul>
      </figure>
      <button
        type="button"
        part="table-toggle"
        class="table-toggle"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="table"
        @click=${this.#handleToggle}
      >
        ${msg('Zahlen als Tabelle')}
      </button>
      <table part="table" id="table" class="table ${open ? '' : 'table--closed'}">
        <caption>
          ${title}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.renderColumnTitle(by)}</th>
            <th scope="col" class="number">${msg('Partnerschaften')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) =>
              html`<tr>
                <th scope="row">${this.rowLabel(row, by)}</th>
                <td class="number">${formatNumber(row.count, this.locale)}</td>
              </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${msg('Insgesamt')}</th>
            <td class="number">${formatNumber(total, this.locale)}</td>
          </tr>
        </tfoot>
      </table>
    `;
  }

  protected renderBar(row: CountRow, by: CountBy, largest: number): TemplateResult {
    return html`<li
      part=${row.key === OTHER ? 'row row-other' : 'row'}
      class=${row.key === OTHER ? 'row row--other' : 'row'}
    >
      <span part="label" class="label">${this.rowLabel(row, by)}</span>
      <span part="track" class="track" aria-hidden="true"
        ><span part="bar" class="bar" ${cssProperty('--_share', row.count / largest)}></span
      ></span>
      <span part="value" class="value"
        ><span aria-hidden="true">${formatNumber(row.count, this.locale)}</span
        ><span class="visually-hidden">${partnershipCount(row.count)}</span></span
      >
    </li>`;
  }

  protected renderTitle(by: CountBy): string {
    switch (by) {
      case 'country':
        return msg('Partnerschaften nach Partnerland');
      case 'decade':
        return msg('Partnerschaften nach Jahrzehnt des Beginns');
      case 'kind':
        return msg('Partnerschaften nach Art');
    }
  }

  protected renderColumnTitle(by: CountBy): string {
    switch (by) {
      case 'country':
        return msg('Partnerland');
      case 'decade':
        return msg('Jahrzehnt');
      case 'kind':
        return msg('Art');
    }
  }

  protected rowLabel(row: CountRow, by: CountBy): string {
    if (row.key === OTHER) {
      switch (by) {
        case 'country':
          return msg('Weitere Länder');
        case 'decade':
          return msg('Weitere Jahrzehnte');
        case 'kind':
          return msg('Weitere Arten');
      }
    }
    switch (by) {
      case 'country':
        return countryName(row.key, this.locale);
      case 'decade':
        return row.key === UNKNOWN ? msg('Jahr unbekannt') : decadeLabel(Number(row.key));
      case 'kind':
        return kindLabel(row.key as Kind);
    }
  }
}
