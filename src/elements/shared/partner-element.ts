import { html, LitElement, nothing, type CSSResultGroup, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Partnership } from '../../data/model.js';
// views.ts's filteredView, from the module that holds only it: what the base class imports, every page loads.
import { filteredView } from '../../data/filtered-view.js';
import type { Locale } from '../../i18n/locale.js';
import { loadCatalog } from '../../i18n/msg.js';
import { DatasetController } from './dataset-controller.js';
import { LocaleController } from './locale-controller.js';
import { sharedStyles } from './shared.styles.js';
import { renderEmpty, renderError, renderLoading, renderSkipped } from './states.js';

/**
 * The thin base of every partner element: the common attributes, the dataset and language controllers, and the
 * shared states. A subclass writes `renderContent()` (called only once data is loaded and the filter leaves something)
 * and, where it wants, its own `renderEmpty()` or `countShown()`.
 *
 * @attr lang - The element's language (de, en, fr, pl); else the closest `[lang]`, else German.
 * @fires {PartnerLoadEvent} partner-load - The dataset is loaded and shown; `detail.count` is the number of partnerships shown.
 * @fires {PartnerErrorEvent} partner-error - The dataset could not be loaded; `detail.status` (HTTP status or 0), `detail.message`.
 * @csspart base - The wrapper around everything the element shows.
 * @csspart state - The loading, error or empty message.
 * @csspart retry-button - The button that retries loading after an error.
 * @csspart skipped - The note that invalid records of the dataset were left out, and how many.
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
  protected readonly data = new DatasetController(this, {
    count: () => this.countShown(),
    ready: () => this.localeController.ready,
  });

  /** The reader pressed retry with the focus in the element: keep the focus in it (see #keepFocusAfterRetry). */
  #focusAfterRetry = false;
  /** Once the base took the focus it stays focusable: removing tabindex from a focused element drops the focus. */
  #baseFocusable = false;

  constructor() {
    super();
    // A controller, not updated(): it runs whether or not a subclass's updated() calls super.
    this.addController({ hostUpdated: () => this.#keepFocusAfterRetry() });
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

  /** The element's own content; only called when loaded and `partnerships` is not empty. */
  protected abstract renderContent(): unknown;

  /** What to show when the filter leaves nothing. */
  protected renderEmpty(): unknown {
    return renderEmpty();
  }

  /** Busy until both the dataset and the element's translation are there. */
  protected get busy(): boolean {
    return this.data.status === 'loading' || !this.localeController.ready;
  }

  protected renderState(): unknown {
    // No text before the translation arrives: a German sentence on an English page would be read out in German.
    if (!this.localeController.ready) return nothing;
    switch (this.data.status) {
      case 'loading':
        return renderLoading();
      case 'error':
        return this.data.error ? renderError(this.data.error, () => this.handleRetry()) : nothing;
      case 'loaded':
        return this.partnerships.length === 0 ? this.renderEmpty() : this.renderContent();
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

  /**
   * The whole update speaks the element's language, not only `render()`: directives such as `guard()` call their
   * template function later, while Lit commits the result, and their `msg()` calls must still find the locale.
   */
  protected override update(changed: PropertyValues): void {
    this.localeController.run(() => super.update(changed));
  }

  /** `updateComplete` also waits for the element's translation, so that a caller sees the text in its language. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (!this.localeController.ready) {
      await loadCatalog(this.locale);
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
          aria-busy=${this.busy ? 'true' : nothing}
          tabindex=${this.#baseFocusable ? '-1' : nothing}
        >
          ${this.renderState()}
          ${
            // Invalid records are left out, never silently: every element says how many (after its content).
            this.data.status === 'loaded' && !this.busy ? renderSkipped(this.data.skipped) : nothing
          }
        </div>`,
    );
  }
}
