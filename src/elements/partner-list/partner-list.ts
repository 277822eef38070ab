import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { Partnership } from '../../data/model.js';
import {
  GROUP_BYS,
  otherHolders,
  SORT_KEYS,
  spansSeveralPlaces,
  type GroupBy,
  type PartnershipGroup,
  type SortKey,
} from '../../data/queries.js';
import { compiledOnly } from '../../data/provenance.js';
import { prepareSearch } from '../../data/search.js';
import { safeHttpUrl } from '../../data/url.js';
import { groupRuns, groupsOfSubset, searchView, sortedGroupsView, type GroupRun } from '../../data/views.js';
import { PartnerSelectEvent } from '../../events.js';
import { countryName, formatList } from '../../i18n/intl.js';
import { msg, str } from '../../i18n/msg.js';
import {
  kindLabel,
  partnershipCount,
  partnerOf,
  provenance,
  renderPartnerName,
  renderSince,
  statusLabel,
} from '../shared/labels.js';
import { PartnerElement } from '../shared/partner-element.js';
import { ProgressiveController } from '../shared/progressive-controller.js';
import { renderHeading, toHeadingLevel } from '../shared/states.js';
import { partnershipCountOf, resultCount } from './list-labels.js';
import { styles } from './partner-list.styles.js';

/** How long typing must pause before the number of results is announced. */
const ANNOUNCE_DELAY = 600;

/** Items per block of a group's list: a block is rendered again only when it changes (see renderItems). */
const BLOCK = 100;

/** Partnerships per run of whole groups in one container: skipped off screen, removed at once by a new search. */
const RUN = 200;

/**
 * The partnerships of a Land, Kreis or Gemeinde as a list: grouped by town with the county's own apart (or by
 * country, or flat), sorted by name, country or year, optionally with a search box.
 *
 * @summary A list of twin-town partnerships, grouped and searchable.
 * @tag partner-list
 *
 * @attr lang - The element's language (`de`, `en`, …: see Languages in the docs); else the closest `[lang]`, else German.
 *
 * @fires {PartnerLoadEvent} partner-load - The dataset is loaded and shown; `detail.count` is the number of partnerships listed.
 * `detail.problems` lists what the dataset holds that no element shows: each faulty field of an invalid record, with
 * its `index`, `id`, `line`, `field`, `value` and `message` (empty for a sound file).
 * @fires {PartnerErrorEvent} partner-error - The dataset could not be loaded; `detail.status` (HTTP status or 0), `detail.message`.
 * @fires {PartnerSelectEvent} partner-select - The reader followed a partner's website link; `detail.id`. Cancel it to stay on the page.
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart state - The loading, error or empty message.
 * @csspart retry-button - The button that loads again after an error that may pass: no connection, no answer in
 * time, HTTP 408, 429 or 5xx (none for a missing or broken file: asking again would not help).
 * @csspart search - The search box's wrapper (label, hint and input).
 * @csspart search-input - The search input.
 * @csspart summary - The count of partnerships ("12 Partnerschaften", "3 von 12 Partnerschaften").
 * @csspart group - One group (a town, the county, a country) with its heading and list.
 * @csspart group-heading - A group's heading.
 * @csspart list - A `<ul>` of partnerships.
 * @csspart item - One partnership (`<li>`).
 * @csspart name - The partner's name.
 * @csspart link - The partner's name as a link to its website, where the dataset has one.
 * @csspart country - The partner's country.
 * @csspart region - The partner's region.
 * @csspart year - The year the partnership began, or the wording for an unknown year.
 * @csspart kind - The kind, where it is not a Städtepartnerschaft.
 * @csspart status - The status, where it is not active.
 * @csspart local - The German side (shown where the list spans several towns).
 * @csspart provenance - "laut Wikipedia": the partnership is known only from lists compiled by others.
 *
 * @cssprop --partner-list-accent - Links, focus ring and rules (default: --partner-accent, then #0b57d0 / #a8c7fa dark).
 * @cssprop --partner-list-border-color - Separators, badges and the search box (default: --partner-border-color).
 * @cssprop --partner-list-muted-color - Secondary text (default: --partner-muted-color, then the text colour).
 * @cssprop --partner-list-surface - Background of each item (default: --partner-surface, then transparent).
 * @cssprop --partner-list-radius - Corner radius (default: --partner-radius, then 0.375rem).
 * @cssprop --partner-list-gap - Spacing (default: --partner-gap, then 0.75rem).
 */
export class PartnerListElement extends PartnerElement {
  static override styles: CSSResultGroup = [PartnerElement.styles, styles];

  /** Group by `gemeinde` (the county's own partnerships first), `country` or `none`; default: by Gemeinde where the list spans several. */
  @property({ attribute: 'group-by' }) groupBy = '';

  /** Sort by `name` (default), `country` or `year`. */
  @property() sort = '';

  /** Show a search box that filters the list as the reader types. */
  @property({ type: Boolean }) search = false;

  /** The search text (also what the reader typed into the search box). */
  @property() query = '';

  /** Level of the group headings, 1 to 6 (default 2). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Debounced result count for screen readers, so they are not interrupted at every keystroke. */
  @state() private announcement = '';

  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #shownCount = 0;
  /** Long lists render a screenful first and the rest in later tasks (10,000 partnerships; a keystroke). */
  readonly #progressive = new ProgressiveController(this);
  /**
   * Search results, however few, render a screenful at each keystroke and the rest once the reader pauses typing:
   * a keystroke then costs the same for 30 results as for 3,000, and the frame that shows it stays short.
   */
  readonly #resultsProgressive = new ProgressiveController(this, { replaces: true, threshold: 0, first: 24 });
  /** Bumped by every property change, so that groups and blocks kept by `guard()` render again. */
  #epoch = 0;
  /** The dataset and locale whose search texts are prepared (or asked for). */
  #searchPrepared: { dataset: object; locale: string } | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query') && changed.get('query') !== undefined) this.#scheduleAnnouncement();
    // Any property but the query and the announcement may change how a group renders (heading level, filters,
    // sort, ...); a query changes which groups are rendered, and new groups render anyway.
    if ([...changed.keys()].some((key) => key !== 'announcement' && key !== 'query')) this.#epoch += 1;
  }

  protected override updated(): void {
    // With a search box, normalise the dataset's search texts while the page is idle (10,000 records: over a hundred
    // milliseconds), so that the first keystroke only compares strings.
    const dataset = this.data.dataset;
    const locale = this.locale;
    if (!this.search || !dataset) return;
    if (this.#searchPrepared?.dataset === dataset && this.#searchPrepared.locale === locale) return;
    this.#searchPrepared = { dataset, locale };
    // In idle moments, each as long as the browser says it has: a long list's texts take too long for one task.
    const idle = (
      globalThis as { requestIdleCallback?: (callback: (deadline: IdleDeadline) => void) => number }
    ).requestIdleCallback;
    const prepare = (deadline?: IdleDeadline) => {
      if (prepareSearch(dataset, locale, deadline)) return;
      if (idle) idle(prepare);
    };
    if (idle) idle(prepare);
    else setTimeout(prepare, 200);
  }

  protected override countShown(): number {
    return this.partnerships.length;
  }

  get #sortKey(): SortKey {
    return SORT_KEYS.find((key) => key === this.sort) ?? 'name';
  }

  #groupByFor(all: readonly Partnership[]): GroupBy {
    const chosen = GROUP_BYS.find((by) => by === this.groupBy);
    if (chosen) return chosen;
    return this.gemeinde.trim() === '' && spansSeveralPlaces(all) ? 'gemeinde' : 'none';
  }

  #handleInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  #scheduleAnnouncement(): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      const text = this.localeController.run(() => resultCount(this.#shownCount));
      // The same text again would not be announced: alternate a trailing no-break space.
      this.announcement = text === this.announcement.trimEnd() ? `${text}\u00a0` : text;
    }, ANNOUNCE_DELAY);
  }

  #handleLinkClick(event: MouseEvent, p: Partnership): void {
    const selected = new PartnerSelectEvent(p.id);
    this.dispatchEvent(selected);
    if (selected.defaultPrevented) event.preventDefault();
  }

  protected override renderContent(): TemplateResult {
    const dataset = this.data.dataset;
    // Filtered, sorted, grouped and searched once per input (views.ts) and shared with the other elements showing the
    // same dataset: neither a keystroke nor the next step of a long list repeats any of it; a search narrows the
    // sorted groups without sorting again.
    const all = this.partnerships;
    const shown = dataset ? searchView(dataset, all, this.query, this.locale) : all;
    this.#shownCount = shown.length;
    const groupBy = this.#groupByFor(all);
    // The German side goes without saying within one Gemeinde's list or under a town's heading.
    const oneGemeinde = this.gemeinde.trim() !== '' && !this.gemeinde.includes(',');
    const showLocal = groupBy !== 'gemeinde' && !oneGemeinde && spansSeveralPlaces(all);
    const sorted = sortedGroupsView(all, groupBy, this.#sortKey, this.locale);
    const searching = shown !== all;
    // While a search shows its results, the whole list stays in the DOM as it was, skipped by the browser
    // (content-visibility: hidden keeps its layout; it is out of the accessibility tree, find-in-page and the tab
    // order): the first letter does not have to tear down 10,000 items, nor clearing the search to build them again.
    return html`
      ${this.search ? this.renderSearch() : nothing}
      <p part="summary" class="summary" id="summary">
        ${shown.length === all.length ? partnershipCount(all.length) : partnershipCountOf(shown.length, all.length)}
      </p>
      <div class=${searching ? 'all hidden' : 'all'}>
        ${this.renderGroups(sorted, all.length, showLocal, this.#progressive, searching)}
      </div>
      ${searching ? html`<div class="results">${this.renderResults(sorted, shown, showLocal)}</div>` : nothing}
    `;
  }

  protected renderResults(
    sorted: readonly PartnershipGroup[],
    shown: readonly Partnership[],
    showLocal: boolean,
  ): unknown {
    if (shown.length === 0) {
      return html`<p part="state empty" class="state">
        ${msg(str`Keine Partnerschaft passt zu „${this.query.trim()}“.`)}
      </p>`;
    }
    return this.renderGroups(
      groupsOfSubset(sorted, shown),
      shown.length,
      showLocal,
      this.#resultsProgressive,
    );
  }

  protected renderSearch(): TemplateResult {
    return html`<div part="search" class="search">
        <label for="search">${msg('Partnerschaften durchsuchen')}</label>
        <span class="hint" id="search-hint"
          >${msg('Ort, Land oder Region; Groß- und Kleinschreibung und Akzente egal')}</span
        >
        <input
          id="search"
          part="search-input"
          type="search"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="search-hint summary"
          .value=${this.query}
          @input=${this.#handleInput}
        />
      </div>
      <p class="visually-hidden" role="status">${this.announcement}</p>`;
  }

  /**
   * The groups in runs of about RUN partnerships, each run in a container the browser skips while it is off screen
   * and a new search result replaces in one operation; of a long list only its first items, the rest follow step
   * by step (`progressive`; `hold` keeps a hidden list where it is). Runs and groups are kept by `guard()`, so a
   * step renders only what it adds: what their rendering reads besides the groups is in the guard (locale,
   * showLocal, how many items are due) or bumps the epoch (any property).
   */
  protected renderGroups(
    groups: readonly PartnershipGroup[],
    total: number,
    showLocal: boolean,
    progressive: ProgressiveController,
    hold = false,
  ): unknown[] {
    let due = progressive.limit(total, groups, hold);
    // Only a list of several runs lets the browser skip the runs off screen: a skipped run holds an estimated
    // height until it is first laid out, which for a short list below the fold would be far off (the page around it
    // would jump and grow).
    const skippable = total > RUN;
    const rendered: unknown[] = [];
    for (const run of groupRuns(groups, RUN)) {
      if (due <= 0) break;
      const count = Math.min(due, run.items);
      due -= count;
      rendered.push(
        guard([groups, run, count, showLocal, skippable, this.locale, this.#epoch], () =>
          this.renderRun(groups, run, count, showLocal, skippable),
        ),
      );
    }
    return rendered;
  }

  /** One run of whole groups, of which the first `count` partnerships are due. */
  protected renderRun(
    groups: readonly PartnershipGroup[],
    run: GroupRun,
    count: number,
    showLocal: boolean,
    skippable: boolean,
  ): TemplateResult {
    const rendered: unknown[] = [];
    let due = count;
    for (let i = run.start; i < run.end && due > 0; i++) {
      const group = groups[i]!;
      const n = Math.min(due, group.partnerships.length);
      due -= n;
      rendered.push(
        guard([group, n, groups, showLocal, this.locale, this.#epoch], () =>
          this.renderGroup(group, groups, showLocal, n),
        ),
      );
    }
    return html`<div class=${skippable ? 'run run--skippable' : 'run'}>${rendered}</div>`;
  }

  protected renderGroup(
    group: PartnershipGroup,
    groups: readonly PartnershipGroup[],
    showLocal: boolean,
    count = group.partnerships.length,
  ): TemplateResult {
    // A long list (a flat list of a whole Land) lets the browser skip items far from the viewport (see the styles).
    const long = group.partnerships.length > BLOCK ? 'list--long' : '';
    const list = html`<ul part="list" class="list ${long}">
      ${this.renderItems(group, showLocal, count)}
    </ul>`;
    if (groups.length === 1 && (group.type === 'all' || group.type === 'gemeinde')) return list;
    const level = toHeadingLevel(this.headingLevel);
    return html`<div part="group" class="group group--${group.type}">
      ${renderHeading(level, this.groupTitle(group, groups), 'group-heading')} ${list}
    </div>`;
  }

  /** A group's first `count` items in blocks, each kept by `guard()` until it changes (a flat list of 10,000). */
  protected renderItems(group: PartnershipGroup, showLocal: boolean, count: number): unknown[] {
    const blocks: unknown[] = [];
    for (let start = 0; start < count; start += BLOCK) {
      const end = Math.min(count, start + BLOCK);
      blocks.push(
        guard([group, end, showLocal, this.locale, this.#epoch], () =>
          group.partnerships.slice(start, end).map((p) => this.renderItem(p, showLocal)),
        ),
      );
    }
    return blocks;
  }

  protected groupTitle(group: PartnershipGroup, groups: readonly PartnershipGroup[]): string {
    switch (group.type) {
      case 'county':
        if (group.key.startsWith('land:')) return msg(str`${group.label}: Partnerschaften des Landes`);
        // Within one Kreis its name is known from the context; in a Land's list each county names itself.
        return groups.filter((g) => g.type === 'county').length === 1 && this.kreis.trim() !== ''
          ? msg('Partnerschaften des Landkreises')
          : msg(str`${group.label}: Partnerschaften des Landkreises`);
      default:
        return group.label;
    }
  }

  /**
   * One partnership. A long list renders thousands of these, so it is one template with its optional parts inline
   * (every nested template costs an instance and marker nodes per item), not one template per piece.
   */
  protected renderItem(p: Partnership, showLocal: boolean): TemplateResult {
    const local = showLocal ? partnerOf(p) : this.describeLocal(p);
    const { region } = p.partner;
    const compiled = this.data.dataset ? compiledOnly(p, this.data.dataset) : [];
    // Kind and status only where they are not the usual (a Städtepartnerschaft, active).
    return html`<li part="item" class="item">
      <span part="name" class="name">${this.renderName(p)}</span>
      <span class="meta"
        ><span part="country">${countryName(p.partner.country, this.locale)}</span>${
          region ? html`, <span part="region">${region}</span>` : nothing
        }</span
      >
      <span part="year" class="year">${renderSince(p)}</span>${
        p.kind === 'partnership'
          ? nothing
          : html` <span part="kind" class="badge">${kindLabel(p.kind)}</span>`
      }${p.status === 'active' ? nothing : html` <span part="status" class="badge">${statusLabel(p.status)}</span>`}${
        compiled.length > 0
          ? html` <span part="provenance" class="provenance">${provenance(compiled)}</span>`
          : nothing
      }${local ? html` <span part="local" class="local">${local}</span>` : nothing}
    </li>`;
  }

  /** Within one town's or the county's own list: only what the context does not say (Ortsteil, joint holders). */
  protected describeLocal(p: Partnership): string {
    const context = this.gemeinde.trim() || this.kreis.trim();
    const others = otherHolders(p, context);
    const parts = [
      p.local.level === 'ortsteil' ? p.local.name : '',
      others.length > 0 ? msg(str`gemeinsam mit ${formatList(others, this.locale)}`) : '',
    ];
    return parts.filter(Boolean).join(', ');
  }

  protected renderName(p: Partnership): TemplateResult | string {
    const website = safeHttpUrl(p.partner.website);
    // Data is text, and a link only ever goes to a web page: http(s) only. The partner's site is another party's:
    // it learns neither the page the reader came from (noreferrer) nor gets a handle on it (noopener).
    return website
      ? html`<a
          part="link"
          href=${website}
          rel="noopener noreferrer"
          @click=${(event: MouseEvent) => this.#handleLinkClick(event, p)}
          >${renderPartnerName(p)}</a
        >`
      : renderPartnerName(p);
  }
}
