import { html, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  citations,
  findPartner,
  findPartnership,
  mergePartner,
  type Citation,
} from '../../data/stats-queries.js';
import type { Partner, Partnership, SourceKind } from '../../data/model.js';
import { compiledOnly } from '../../data/provenance.js';
import { safeHttpUrl } from '../../data/url.js';
import { PartnerSelectEvent } from '../../events.js';
import { countryName, formatList, plural } from '../../i18n/intl.js';
import { msg, str } from '../../i18n/msg.js';
import {
  germanSide,
  kindLabel,
  partnerOf,
  provenance,
  renderPartnerName,
  renderSince,
  statusLabel,
} from '../shared/labels.js';
import { PartnerElement } from '../shared/partner-element.js';
import { renderEmpty, renderHeading, toHeadingLevel, type HeadingLevel } from '../shared/states.js';
import { styles } from './partner-card.styles.js';

/**
 * One partnership (`partnership="harz--iasi"`) or one partner (`partner="Iași"`, by name as published or native,
 * any case or accents, or Wikidata id) in detail: names, country, region, German side, since, kind, status, the
 * description and website where the data has them, and the sources with their line numbers. The filter attributes
 * narrow where a partner is looked for (`kreis="harz" partner="…"`). A partner with several German partners lists
 * each partnership. Not found: a sentence that says so.
 *
 * Only `http:` and `https:` websites become links; they open in a new window (said in words to screen readers) with
 * `rel="noopener noreferrer"`. Any other address is shown as text.
 *
 * @summary One twin-town partnership or partner region in detail: description, website, sources.
 * @tag partner-card
 *
 * @attr lang - The element's language (`de`, `en`, …: see Languages in the docs); else the closest `[lang]`, else German.
 *
 * @fires {PartnerLoadEvent} partner-load - The dataset is loaded and shown; `detail.count` is the number of partnerships the card shows (0: not found).
 * `detail.problems` lists what the dataset holds that no element shows: each faulty field of an invalid record, with
 * its `index`, `id`, `line`, `field`, `value` and `message` (empty for a sound file).
 * @fires {PartnerErrorEvent} partner-error - The dataset could not be loaded; `detail.status` (HTTP status or 0), `detail.message`.
 * @fires {PartnerSelectEvent} partner-select - The reader followed the partner's website link; `detail.id` is the partnership's id.
 * Cancel it to stay on the page.
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart state - The loading, error, empty or not-found message.
 * @csspart retry-button - The button that loads again after an error that may pass: no connection, no answer in
 * time, HTTP 408, 429 or 5xx (none for a missing or broken file: asking again would not help).
 * @csspart card - The card (`<article>`).
 * @csspart title - The partner's name, a heading at `heading-level`.
 * @csspart details - The list of facts (`<dl>`).
 * @csspart term - A fact's name (`<dt>`).
 * @csspart country - The partner's country.
 * @csspart region - The partner's region as published.
 * @csspart local - The German side.
 * @csspart since - The year the partnership began, or the wording for an unknown year.
 * @csspart kind - The kind of partnership.
 * @csspart status - The status.
 * @csspart provenance - "laut Wikipedia": the partnership is known only from lists compiled by others.
 * @csspart website - The website: a link (`website-link`) or, for an address that is not http(s), text.
 * @csspart website-link - The website link.
 * @csspart description - The partner's description (German, from the source).
 * @csspart section-heading - The headings of the partnerships and the sources.
 * @csspart partnerships - The list of a partner's partnerships (when it has several).
 * @csspart partnership - One of them (`<li>`).
 * @csspart sources - The list of sources.
 * @csspart source - One source with its kind and line numbers (`<li>`).
 *
 * @cssprop --partner-card-accent - Links, rules and focus ring (default: --partner-accent, then #0b57d0 / #a8c7fa dark).
 * @cssprop --partner-card-border-color - The card's border and separators (default: --partner-border-color).
 * @cssprop --partner-card-muted-color - Secondary text (default: --partner-muted-color, then the text colour).
 * @cssprop --partner-card-surface - The card's background (default: --partner-surface, then transparent).
 * @cssprop --partner-card-radius - Corner radius (default: --partner-radius, then 0.375rem).
 * @cssprop --partner-card-gap - Spacing (default: --partner-gap, then 0.75rem).
 */
export class PartnerCardElement extends PartnerElement {
  static override styles: CSSResultGroup = [PartnerElement.styles, styles];

  /** The id of the partnership to show (`harz--iasi`). Takes precedence over `partner`. */
  @property() partnership = '';

  /** The partner to show: its name as published or native (any case, accents optional), or its Wikidata id. */
  @property() partner = '';

  /** Level of the card's title, 1 to 6 (default 2); its sections' headings are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The partnerships the card shows: the one with the `partnership` id, or every one of the `partner`. */
  get #matches(): Partnership[] {
    if (this.partnership.trim()) {
      const found = findPartnership(this.partnerships, this.partnership);
      return found ? [found] : [];
    }
    return this.partner.trim() ? findPartner(this.partnerships, this.partner, this.locale) : [];
  }

  protected override countShown(): number {
    return this.#matches.length;
  }

  protected override get shownPartnerships(): readonly Partnership[] {
    return this.#matches;
  }

  #handleLinkClick(event: MouseEvent, p: Partnership): void {
    const selected = new PartnerSelectEvent(p.id);
    this.dispatchEvent(selected);
    if (selected.defaultPrevented) event.preventDefault();
  }

  protected override renderContent(): TemplateResult {
    const matches = this.#matches;
    const partner = mergePartner(matches);
    const first = matches[0];
    if (!partner || !first) return this.renderNotFound();
    const level = toHeadingLevel(this.headingLevel);
    const sub = Math.min(level + 1, 6) as HeadingLevel;
    const single = matches.length === 1;
    return html`<article part="card" class="card" aria-labelledby="title">
      ${renderHeading(level, renderPartnerName({ ...first, partner }), 'title', 'title')}
      <dl part="details" class="details">
        ${this.renderFact(msg('Staat'), 'country', countryName(partner.country, this.locale))}
        ${partner.region ? this.renderFact(msg('Region'), 'region', html`<span lang="de">${partner.region}</span>`) : nothing}
        ${single ? this.renderPartnershipFacts(first) : nothing}
        ${partner.website ? this.renderFact(msg('Website'), 'website', this.renderWebsite(partner, first)) : nothing}
      </dl>
      ${partner.description ? html`<p part="description" class="description" lang="de">${partner.description}</p>` : nothing}
      ${single ? nothing : this.renderPartnerships(matches, sub)} ${this.renderSources(matches, sub)}
    </article>`;
  }

  protected renderNotFound(): TemplateResult {
    const id = this.partnership.trim();
    const name = this.partner.trim();
    if (id) return renderEmpty(msg(str`Die Partnerschaft „${id}“ ist nicht verzeichnet.`));
    if (name) return renderEmpty(msg(str`Zu „${name}“ ist kein Partner verzeichnet.`));
    return renderEmpty(msg('Es ist keine Partnerschaft ausgewählt.'));
  }

  protected renderFact(term: string, part: string, value: unknown): TemplateResult {
    return html`<div class="fact">
      <dt part="term">${term}</dt>
      <dd part=${part}>${value}</dd>
    </div>`;
  }

  protected renderPartnershipFacts(p: Partnership): TemplateResult {
    return html`${this.renderFact(msg('Partner in Deutschland'), 'local', germanSide(p))}
    ${this.renderFact(
      msg('Partnerschaft seit'),
      'since',
      p.since === null ? msg('Jahr unbekannt') : html`<time datetime=${p.since}>${p.since}</time>`,
    )}
    ${this.renderFact(msg('Art'), 'kind', kindLabel(p.kind))}
    ${this.renderFact(msg('Stand'), 'status', statusLabel(p.status))}
    ${this.renderProvenance(p, (text) => this.renderFact(msg('Angaben'), 'provenance', text))}`;
  }

  /** "laut Wikipedia" where only compiled lists know the partnership, in the card's `render` form; else nothing. */
  protected renderProvenance(
    p: Partnership,
    render: (text: string) => TemplateResult,
  ): TemplateResult | typeof nothing {
    const compiled = this.data.dataset ? compiledOnly(p, this.data.dataset) : [];
    return compiled.length > 0 ? render(provenance(compiled)) : nothing;
  }

  /** A link only for http(s); it opens a new window, which the link says in words, not only with an icon. */
  protected renderWebsite(partner: Partner, p: Partnership): TemplateResult | string {
    const website = partner.website ?? '';
    const href = safeHttpUrl(website);
    if (!href) return website;
    const shown = href.replace(/^https?:\/\//u, '').replace(/\/$/u, '');
    return html`<a
      part="website-link"
      href=${href}
      target="_blank"
      rel="noopener noreferrer"
      @click=${(event: MouseEvent) => this.#handleLinkClick(event, p)}
      >${shown}<span class="visually-hidden"> ${msg('(öffnet in einem neuen Fenster)')}</span
      ><svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M9 2h5v5M14 2 7 9M12 9.5V14H2V4h4.5" /></svg
    ></a>`;
  }

  protected renderPartnerships(matches: readonly Partnership[], level: HeadingLevel): TemplateResult {
    return html`${renderHeading(level, msg('Partnerschaften'), 'section-heading')}
      <ul part="partnerships" class="partnerships">
        ${matches.map(
          (p) =>
            html`<li part="partnership">
              <span part="local">${partnerOf(p)}</span>
              · <span part="kind">${kindLabel(p.kind)}</span> · <span part="since">${renderSince(p)}</span>${
                p.status === 'active' ? nothing : html` · <span part="status">${statusLabel(p.status)}</span>`
              }${this.renderProvenance(p, (text) => html` · <span part="provenance">${text}</span>`)}
            </li>`,
        )}
      </ul>`;
  }

  protected renderSources(matches: readonly Partnership[], level: HeadingLevel): TemplateResult {
    const cited = citations(matches, this.data.dataset?.sources ?? []);
    return html`${renderHeading(level, msg('Quellen'), 'section-heading')}
      <ul part="sources" class="sources">
        ${cited.map((citation) => html`<li part="source">${this.renderCitation(citation)}</li>`)}
      </ul>`;
  }

  /** "Title, Publisher (what kind of source): Zeile 12", the title and publisher in the source's language. */
  protected renderCitation({ source, lines }: Citation): TemplateResult {
    const described = 'title' in source;
    const lang = (described && source.language) || 'de';
    const title = described ? source.title : source.id;
    const href = described ? safeHttpUrl(source.url) : undefined;
    const publisher = described
      ? html`, <span lang=${lang}>${source.publisher}</span> (${sourceKindLabel(source.kind ?? 'official')})`
      : nothing;
    const name = href
      ? html`<a href=${href} target="_blank" rel="noopener noreferrer"
          ><cite lang=${lang}>${title}</cite
          ><span class="visually-hidden"> ${msg('(öffnet in einem neuen Fenster)')}</span></a
        >`
      : html`<cite lang=${lang}>${title}</cite>`;
    return html`${name}${publisher}: ${this.lineLabel(lines)}`;
  }

  /** "Zeile 218", "Zeilen 23 und 24": plural-correct, numbers as they are (no digit grouping). */
  protected lineLabel(lines: readonly number[]): string {
    const list = formatList(lines.map(String), this.locale);
    return plural(lines.length, this.locale, {
      one: () =>
        msg(str`Zeile ${list}`, { id: 'line-numbers-one', desc: 'Line numbers in a source, plural "one".' }),
      few: () =>
        msg(str`Zeilen ${list}`, { id: 'line-numbers-few', desc: 'Plural form "few" (e.g. Polish 2-4).' }),
      many: () =>
        msg(str`Zeilen ${list}`, { id: 'line-numbers-many', desc: 'Plural form "many" (e.g. Polish 5-21).' }),
      other: () => msg(str`Zeilen ${list}`, { id: 'line-numbers-other', desc: 'Plural form "other".' }),
    });
  }
}

/** What kind of source a citation is: the place's own word, a list others compiled, or a gazetteer. */
function sourceKindLabel(kind: SourceKind): string {
  switch (kind) {
    case 'official':
      return msg('Angabe der Kommune oder des Landes');
    case 'compiled':
      return msg('von Dritten zusammengestellte Liste');
    case 'gazetteer':
      return msg('Ortsverzeichnis');
  }
}
