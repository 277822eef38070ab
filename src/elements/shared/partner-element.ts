import { html, LitElement, nothing, type CSSResultGroup, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Partnership } from '../../data/model.js';
// views.ts's filteredView, from the module that holds only it: what the base class imports, every page loads.
import { filteredView } from '../../data/filtered-view.js';
import type { UnknownPlace } from '../../data/place-lookup.js';
import { credits } from '../../data/provenance.js';
import { isRightToLeft, type Locale } from '../../i18n/locale.js';
import { loadCatalog } from '../../i18n/msg.js';
import { DatasetController } from './dataset-controller.js';
import { LocaleController } from './locale-controller.js';
import { sharedStyles } from './shared.styles.js';
import { renderCredit, renderEmpty, renderError, renderLoading, renderSkipped } from './states.js';

type PlaceLookup = typeof import('./unknown-places.js');
/** The unknown-place lookup once its chunk is here (one for the page); `null` where it could not be had. */
let placeLookup: PlaceLookup | null | undefined;
let placeLookupRequest: Promise<unknown> | undefined;

function loadPlaceLookup(): Promise<unknown> {
  placeLookupRequest ??= import('./unknown-places.js').then(
    (module) => (placeLookup = module),
    // A partial upload without the chunk: the plain empty state then, rather than none.
    () => (placeLookup = null),
  );
  return placeLookupRequest;
}

/**
 * The thin base of every partner element: the common attributes, the dataset and language controllers, and the
 * shared states. A subclass writes `renderContent()` (called only once data is loaded and the filter leaves something)
 * and, where it wants, its own `renderEmpty()` or `countShown()`.
 *
 * @attr lang - The element's language (`de`, `en`, …: see Languages in the docs); else the closest `[lang]`, else German.
 * @fires {PartnerLoadEvent} partner-load - The dataset is loaded and shown; `detail.count` is the number of partnerships shown.
 * `detail.problems` lists what the dataset holds that no element shows: each faulty field of an invalid record, with
 * its `index`, `id`, `line`, `field`, `value` and `message` (empty for a sound file).
 * @fires {PartnerErrorEvent} partner-error - The dataset could not be loaded; `detail.status` (HTTP status or 0), `detail.message`.
 * @csspart base - The wrapper around everything the element shows; it carries the language and its direction
 * (`dir="rtl"` for Arabic), so the element reads right to left in a right-to-left language, whatever the page's.
 * @csspart state - The loading, error or empty message.
 * @csspart retry-button - The button that loads again after an error that may pass: no connection, no answer in
 * time, HTTP 408, 429 or 5xx (none for a missing or broken file: asking again would not help).
 * @csspart skipped - The note that invalid records of the dataset were left out, how many, and that the browser's
 * console names them.
 * @csspart unknown-place - A place in `land`, `kreis` or `gemeinde` that the data does not know, and the closest it does:
 * the state when nothing is shown (with `state`), else a note after the content.
 * @csspart credit - The credit the licences of the shown data ask for ("Quellen: …"); absent where none asks.
 */
export abstract class PartnerElement extends LitElement {
  static override styles: CSSResultGroup = [sharedStyles];

  /** Dataset URL, or `#id` of an inline `<script type="application/json">`; default: the package's own dataset. */
  @property() src = '';

  /** Land: slug (`sachsen-anhalt`) or key (`15`); comma-separated for several. */
  @property() land = '';

  /** Kreis or kreisfreie Stadt: slug (`harz`) or key (`15085`); includes the county's own partnerships and its towns'. */
  @property() kreis = '';

  /** Gemeinde: slug (`halberstadt`) or AGS (`15085135`); includes its Ortsteile and partnerships it holds jointly. */
  @property() gemeinde = '';

  /** Partner countries, ISO 3166-1 alpha-2 codes, comma-separated (`PL,CZ`). */
  @property() country = '';

  /** Kinds to show, comma-separated: partnership, friendship, cooperation, project, solidarity, contact. */
  @property() kind = '';

  /** Statuses to show, comma-separated: active, dormant, ended, unknown. */
  @property() status = '';

  protected readonly localeController = new LocaleController(this);
  /** Whether the element draws partners on a map: a table of one's own then places them by name (see csv-source). */
  protected static drawsMap = false;

  protected readonly data = new DatasetController(this, {
    count: () => this.countShown(),
    ready: () => this.localeController.ready && !this.#awaitsLookup,
    coordinates: (this.constructor as typeof PartnerElement).drawsMap,
  });

  /** The reader pressed retry with the focus in the element: keep the focus in it (see #keepFocusAfterRetry). */
  #focusAfterRetry = false;
  /** Once the base took the focus it stays focusable: removing tabindex from a focused element drops the focus. */
  #baseFocusable = false;

  constructor() {
    super();
    // A controller, not updated(): it runs whether or not a subclass's updated() calls super.
    this.addController({
      hostUpdated: () => {
        this.#keepFocusAfterRetry();
        if (this.#wantsLookup) void loadPlaceLookup().then(() => this.requestUpdate());
      },
    });
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.localeController.refresh();
  }

  /** The language the element renders in. */
  protected get locale(): Locale {
    return this.localeController.locale;
  }

  /** The partnerships that pass the filter attributes: one shared result per dataset and filter for the page. */
  protected get partnerships(): readonly Partnership[] {
    const dataset = this.data.dataset;
    return dataset ? filteredView(dataset, this) : [];
  }

  /** The `count` of `partner-load`: what the element shows. */
  protected countShown(): number {
    return this.partnerships.length;
  }

  /** The partnerships the element shows, whose sources its credit names (a card or the anniversaries show fewer). */
  protected get shownPartnerships(): readonly Partnership[] {
    return this.partnerships;
  }

  /**
   * Whether a place asked for may be one the data does not know: nothing is shown, or an attribute names several
   * places (then a known one may show partnerships while another is misspelt). Only then is the lookup loaded.
   */
  get #mayNameUnknown(): boolean {
    if (this.data.status !== 'loaded') return false;
    const asked = [this.land, this.kreis, this.gemeinde];
    return (
      asked.some((value) => value.trim() !== '') &&
      (this.partnerships.length === 0 || asked.some((value) => value.includes(',')))
    );
  }

  /** The lookup is wanted and its chunk is not here yet. */
  get #wantsLookup(): boolean {
    return placeLookup === undefined && this.#mayNameUnknown;
  }

  /** Nothing to show until the lookup says which empty state it is: busy meanwhile, and `partner-load` waits. */
  get #awaitsLookup(): boolean {
    return this.#wantsLookup && this.partnerships.length === 0;
  }

  /** The places asked for that the data does not know (none until the lookup is loaded; see #mayNameUnknown). */
  protected get unknownPlaces(): readonly UnknownPlace[] {
    const dataset = this.data.dataset;
    return dataset && placeLookup && this.#mayNameUnknown ? placeLookup.unknownPlacesOf(dataset, this) : [];
  }

  /** The element's own content; only called when loaded and `partnerships` is not empty. */
  protected abstract renderContent(): unknown;

  /** What to show when the filter leaves nothing. */
  protected renderEmpty(): unknown {
    return renderEmpty();
  }

  /** Busy until both the dataset and the element's translation are there. */
  protected get busy(): boolean {
    return this.data.status === 'loading' || !this.localeController.ready || this.#awaitsLookup;
  }

  protected renderState(): unknown {
    // No text before the translation arrives: a German sentence on an English page would be read out in German.
    if (!this.localeController.ready) return nothing;
    switch (this.data.status) {
      case 'loading':
        return renderLoading();
      case 'error':
        return this.data.error ? renderError(this.data.error, () => this.handleRetry()) : nothing;
      case 'loaded': {
        if (this.partnerships.length > 0) return this.renderContent();
        if (this.#awaitsLookup) return nothing;
        const unknown = this.unknownPlaces;
        return unknown.length > 0 && placeLookup
          ? placeLookup.renderUnknownPlaces(unknown, true)
          : this.renderEmpty();
      }
    }
  }

  protected handleRetry(): void {
    // The retry button goes away with the error state, and the focus would fall to the page's <body>: a keyboard or
    // screen-reader user would lose their place. Keep the focus in the element instead.
    if (this.shadowRoot?.activeElement) this.#focusAfterRetry = this.#baseFocusable = true;
    this.data.retry();
  }

  /** While loading and once loaded: the element's base; if the retry fails again: the new retry button. */
  #keepFocusAfterRetry(): void {
    if (!this.#focusAfterRetry) return;
    const root = this.shadowRoot;
    const retry =
      this.data.status === 'error' ? root?.querySelector<HTMLElement>('[part~="retry-button"]') : null;
    (retry ?? root?.querySelector<HTMLElement>('[part~="base"]'))?.focus();
    if (this.data.status !== 'loading') this.#focusAfterRetry = false;
  }

  /** After the content: an unknown one of several places, the records left out (never silently), the credit. */
  protected renderNotes(): unknown {
    const dataset = this.data.dataset;
    const unknown = this.partnerships.length > 0 ? this.unknownPlaces : [];
    return html`${unknown.length > 0 && placeLookup ? placeLookup.renderUnknownPlaces(unknown, false) : nothing}
    ${renderSkipped(this.data.skipped)}
    ${dataset ? renderCredit(credits(this.shownPartnerships, dataset)) : nothing}`;
  }

  /**
   * The whole update speaks the element's language, not only `render()`: directives such as `guard()` call their
   * template function later, while Lit commits the result, and their `msg()` calls must still find the locale.
   */
  protected override update(changed: PropertyValues): void {
    this.localeController.run(() => super.update(changed));
  }

  /**
   * `updateComplete` also waits for the element's translation, so that a caller sees the text in its language, and
   * for the unknown-place lookup where it is wanted, so that a caller sees which empty state it is.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (!this.localeController.ready || this.#wantsLookup) {
      await Promise.all([loadCatalog(this.locale), this.#wantsLookup ? loadPlaceLookup() : undefined]);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  override render(): unknown {
    return this.localeController.run(
      () =>
        html`<div
          part="base"
          class="base"
          lang=${this.locale}
          dir=${isRightToLeft(this.locale) ? 'rtl' : 'ltr'}
          aria-busy=${this.busy ? 'true' : nothing}
          tabindex=${this.#baseFocusable ? '-1' : nothing}
        >
          ${this.renderState()} ${this.data.status === 'loaded' && !this.busy ? this.renderNotes() : nothing}
        </div>`,
    );
  }
}
