import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Partnership } from '../../data/model.js';
import { compiledOnly } from '../../data/provenance.js';
import { sortPartnerships } from '../../data/queries.js';
import { PartnerSelectEvent } from '../../events.js';
import { isRightToLeft } from '../../i18n/locale.js';
import { msg, str } from '../../i18n/msg.js';
import { partnershipCount, provenance, renderPartnerName } from '../shared/labels.js';
import { PartnerElement } from '../shared/partner-element.js';
import { linearKeys, RovingTabindexController } from '../shared/roving-tabindex-controller.js';
import { toHeadingLevel } from '../shared/states.js';
import { GeometryController } from './geometry-controller.js';
import { renderLegend } from './map-legend.js';
import { renderList } from './map-list.js';
import { buildMapModel, nextMarker, type MapModel } from './map-model.js';
import { renderPopup } from './map-popup.js';
import { HIT_RADIUS, renderMapSvg } from './map-svg.js';
import { renderToolbar, type Tool } from './map-toolbar.js';
import { MapViewController, within, ZOOM_STEP } from './map-view-controller.js';
import { styles } from './partner-map.styles.js';

/** Arrow keys on the map move it like dragging would: the map follows the arrow's opposite. */
const PAN_KEYS = { ArrowLeft: [1, 0], ArrowRight: [-1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] } as const;

/**
 * The partnerships of a Land, Kreis or Gemeinde on a map: the German places and their partners as markers joined by
 * great-circle lines, on land geometry shipped with the package (no tiles, no request to anyone but the page's own
 * origin and the dataset's). The view fits the partnerships shown; countries with partners are lightly filled.
 * Every marker is a keyboard-focusable button that announces partner, country, German side and year; the same
 * partnerships are also a list, for screen readers and as the fallback when the geometry cannot be loaded.
 *
 * Keyboard: Tab reaches the map (arrow keys pan it), then the markers (arrow keys move between them, Home/End to
 * the westernmost/easternmost, Enter or Space shows details, Escape closes them); `+` and `-` zoom. Pointer: drag
 * to pan, double-click to zoom; the mouse wheel zooms only with Ctrl/Cmd or once the map has the focus, so the
 * page still scrolls past it.
 *
 * @summary A map of twin-town partnerships: accessible markers, great-circle lines, no tiles.
 * @tag partner-map
 *
 * @attr lang - The element's language (`de`, `en`, …: see Languages in the docs); else the closest `[lang]`, else German.
 *
 * @fires {PartnerLoadEvent} partner-load - The dataset is loaded and shown; `detail.count` is the number of partnerships shown.
 * `detail.problems` lists what the dataset holds that no element shows: each faulty field of an invalid record, with
 * its `index`, `id`, `line`, `field`, `value` and `message` (empty for a sound file).
 * @fires {PartnerErrorEvent} partner-error - The dataset could not be loaded; `detail.status` (HTTP status or 0), `detail.message`.
 * @fires {PartnerSelectEvent} partner-select - A marker was chosen (click, Enter or Space); `detail.id` is the
 * partnership's id. Cancel it to show the partnership yourself instead of the map's details popup.
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart state - The loading, error or empty message.
 * @csspart retry-button - The button that loads again after an error that may pass: the dataset's (no connection, no
 * answer in time, HTTP 408, 429 or 5xx; none for a missing or broken file) or the map geometry's.
 * @csspart summary - The number of partnerships shown.
 * @csspart frame - The map's frame (focusable; arrow keys pan).
 * @csspart map - The `<svg>`.
 * @csspart sea - The globe's outline behind the land.
 * @csspart land - Every country's shape.
 * @csspart land-partner - Countries with partners shown (also `land`).
 * @csspart land-home - Germany (also `land`).
 * @csspart line - A partnership's great-circle line; `line-selected` for the selected one.
 * @csspart marker - A partner's marker (a button); `marker-selected` for the selected one.
 * @csspart local-marker - A German place's marker.
 * @csspart popup - The details of the selected partnership.
 * @csspart popup-title - The popup's heading.
 * @csspart popup-close - The popup's close button.
 * @csspart popup-provenance - "laut Wikipedia" in the popup: the partnership is known only from compiled lists.
 * @csspart controls - The toolbar with the zoom, pan and list buttons.
 * @csspart control - One toolbar button.
 * @csspart hint - The keyboard help, shown while the map has the focus.
 * @csspart legend - The legend.
 * @csspart notice - The message shown instead of the map when its geometry cannot be loaded.
 * @csspart list-section - The partnerships as a list (visually hidden unless shown or the map failed).
 * @csspart list-heading - The list's heading.
 * @csspart list - The list (`<ul>`).
 * @csspart item - One partnership in the list (`<li>`).
 * @csspart name - The partner's name in the list.
 * @csspart country - The partner's country in the list.
 * @csspart local - The German side in the list.
 * @csspart year - The year the partnership began, or the wording for an unknown year.
 *
 * @cssprop --partner-map-accent - Markers, focus ring (default: --partner-accent, then #0b57d0 / #a8c7fa dark).
 * @cssprop --partner-map-border-color - Frame and control borders (default: --partner-border-color).
 * @cssprop --partner-map-muted-color - Secondary text (default: --partner-muted-color, then the text colour).
 * @cssprop --partner-map-surface - Background of the popup and controls (default: --partner-surface, then Canvas).
 * @cssprop --partner-map-radius - Corner radius (default: --partner-radius, then 0.375rem).
 * @cssprop --partner-map-gap - Spacing (default: --partner-gap, then 0.75rem).
 * @cssprop --partner-map-sea - Sea colour (default #dcebf5 / #1d2a35 dark).
 * @cssprop --partner-map-land - Land colour (default #f2efe8 / #34373a dark).
 * @cssprop --partner-map-land-partner - Countries with partners (default #f7d9a1 / #6b5424 dark).
 * @cssprop --partner-map-land-home - Germany (default #d5dbe6 / #47536a dark).
 * @cssprop --partner-map-border - Country borders (default #a9a59c / #6f6c66 dark).
 * @cssprop --partner-map-line - Partnership lines (default: the accent colour).
 * @cssprop --partner-map-marker - Partner markers (default: the accent colour).
 * @cssprop --partner-map-local-marker - German places (default #b3261e / #f2b8b5 dark).
 * @cssprop --partner-map-aspect-ratio - The frame's width to height (default 4 / 3).
 * @cssprop --partner-map-max-height - The frame's greatest height (default 75vh).
 */
export class PartnerMapElement extends PartnerElement {
  static override styles: CSSResultGroup = [PartnerElement.styles, styles];

  protected static override drawsMap = true;

  /** URL of the land geometry; default: the package's own `data/geo/world.json`, next to the script. */
  @property({ attribute: 'geometry-src' }) geometrySrc = '';

  /** Level of the popup's and the list's headings, 1 to 6 (default 2). */
  @property({ attribute: 'heading-level' }) headingLevel = '2';

  /** The partnership whose details are open. */
  #selected: string | undefined;
  /** The list is shown (the toolbar's list button), not only there for screen readers. */
  #listShown = false;
  #memo: { from: readonly Partnership[]; model: MapModel } | undefined;
  #sorted: { from: readonly Partnership[]; locale: string; list: readonly Partnership[] } | undefined;

  readonly #geometry = new GeometryController(this);
  readonly #view = new MapViewController(
    this,
    () => this.#model.bounds,
    () => this.renderRoot.querySelector<HTMLElement>('.frame'),
  );
  /** The markers are one Tab stop; arrow keys go to the next marker in their direction as the reader sees them. */
  readonly #markers = new RovingTabindexController(
    this,
    () => this.renderRoot.querySelectorAll<SVGGElement>('.map .marker'),
    (from, key) => {
      const view = this.#view.view;
      return view
        ? nextMarker(
            this.#model.markers.map((m) => this.#view.positionOf(m, view)),
            from,
            key,
          )
        : from;
    },
  );
  /** Right to left the toolbar runs from the right: the left arrow goes on to the next button. */
  readonly #tools = new RovingTabindexController(
    this,
    () => this.renderRoot.querySelectorAll<HTMLButtonElement>('.control'),
    (from, key, count) => linearKeys(from, key, count, isRightToLeft(this.locale)),
  );

  /** What the map draws: built once per set of partnerships (a dataset or filter), not per render. */
  get #model(): MapModel {
    const from = this.partnerships;
    if (this.#memo?.from !== from) this.#memo = { from, model: buildMapModel(from) };
    return this.#memo.model;
  }

  /**
   * The list's order, sorted once per set of partnerships and language: a render (every pointermove of a drag)
   * must not sort 10,000 names again.
   */
  get #byName(): readonly Partnership[] {
    const from = this.partnerships;
    const locale = this.locale;
    if (this.#sorted?.from !== from || this.#sorted.locale !== locale)
      this.#sorted = { from, locale, list: sortPartnerships(from, 'name', locale) };
    return this.#sorted.list;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const previous = this.#memo?.model;
    if (this.#model !== previous) {
      // Another dataset or filter: start again from a fitted view.
      this.#selected = undefined;
      this.#markers.index = 0;
      this.#view.refit();
    }
  }

  // ---- actions -------------------------------------------------------------------------------------------------

  readonly #runTool = (tool: Tool): void => {
    const view = this.#view;
    switch (tool) {
      case 'zoom-in':
        return view.zoom(ZOOM_STEP);
      case 'zoom-out':
        return view.zoom(1 / ZOOM_STEP);
      case 'reset':
        return view.reset();
      case 'left':
        return view.step(1, 0);
      case 'right':
        return view.step(-1, 0);
      case 'up':
        return view.step(0, 1);
      case 'down':
        return view.step(0, -1);
      case 'list':
        this.#listShown = !this.#listShown;
        this.requestUpdate();
    }
  };

  /** Selects a marker: fires `partner-select` and, unless the page cancels it, opens the details (or closes them). */
  #select(index: number): void {
    const marker = this.#model.markers[index];
    if (!marker) return;
    const id = marker.partnership.id;
    this.#markers.index = index;
    if (this.#selected === id) {
      this.#selected = undefined;
    } else {
      const event = new PartnerSelectEvent(id);
      this.dispatchEvent(event);
      this.#selected = event.defaultPrevented ? undefined : id;
    }
    this.requestUpdate();
  }

  /** Closes the details and gives the focus back to their marker (now: the close button that has it goes away). */
  #closePopup(): void {
    const index = this.#model.markers.findIndex((m) => m.partnership.id === this.#selected);
    this.#selected = undefined;
    this.#markers.index = Math.max(index, 0);
    this.requestUpdate();
    this.renderRoot.querySelector<SVGGElement>(`.marker[data-index="${index}"]`)?.focus();
  }

  /** Moves the roving focus to marker `index`, panning the map if the marker is outside the frame. */
  #focusMarker(index: number): void {
    const marker = this.#model.markers[index];
    const { view, size } = this.#view;
    if (!marker || !view || !size) return;
    this.#selected = undefined;
    const [x, y] = this.#view.positionOf(marker, view);
    const margin = HIT_RADIUS * 2;
    const { width, height } = size;
    if (x < margin || y < margin || x > width - margin || y > height - margin) {
      this.#view.pan(width / 2 - x, height / 2 - y);
    }
    void this.#markers.focus(index);
  }

  // ---- handlers ------------------------------------------------------------------------------------------------

  #handleKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.composedPath()[0];
    const marker = target instanceof Element ? target.closest('.marker') : null;
    const index = marker ? Number(marker.getAttribute('data-index')) : -1;
    const onFrame = target === event.currentTarget;
    switch (event.key) {
      case 'Escape':
        if (!this.#selected) return;
        this.#closePopup();
        break;
      case '+':
      case '=':
        if (!onFrame && !marker) return;
        this.#view.zoom(ZOOM_STEP);
        break;
      case '-':
      case '_':
        if (!onFrame && !marker) return;
        this.#view.zoom(1 / ZOOM_STEP);
        break;
      case 'ArrowLeft':
      case 'ArrowRight':
      case 'ArrowUp':
      case 'ArrowDown':
      case 'Home':
      case 'End':
        if (marker) this.#focusMarker(this.#markers.next(event.key, index) ?? index);
        else if (onFrame && event.key in PAN_KEYS) {
          const [dx, dy] = PAN_KEYS[event.key as keyof typeof PAN_KEYS];
          this.#view.step(dx, dy);
        } else return;
        break;
      case 'Enter':
      case ' ':
        if (!marker) return;
        this.#select(index);
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  readonly #handleMarkerClick = (event: MouseEvent): void => {
    event.stopPropagation();
    if (this.#view.justDragged) return;
    this.#select(Number((event.currentTarget as Element).getAttribute('data-index')));
  };

  #handleFrameClick(event: MouseEvent): void {
    // A click on the map itself (not a marker, not the popup) closes the details.
    if (within(event, '.popup') || this.#view.justDragged || !this.#selected) return;
    this.#selected = undefined;
    this.requestUpdate();
  }

  // ---- rendering -----------------------------------------------------------------------------------------------

  protected override renderContent(): TemplateResult {
    const model = this.#model;
    const failed = this.#geometry.status === 'error';
    return html`
      <p part="summary" class="summary">
        ${partnershipCount(this.partnerships.length)}${
          model.unplaced.length > 0
            ? html` <span class="unplaced"
                >${msg(str`(ohne Kartenposition: ${model.unplaced.length})`)}</span
              >`
            : nothing
        }
      </p>
      ${
        failed
          ? this.renderNotice()
          : html`${this.renderFrame(model)}
              <p id="hint" part="hint" class="hint">
                ${msg(
                  'Pfeiltasten verschieben die Karte oder wechseln zwischen den Partnerorten, Plus und Minus zoomen, Eingabe zeigt Details, Escape schließt sie.',
                )}
              </p>
              ${renderToolbar(this.#tools, this.#listShown, this.#runTool, isRightToLeft(this.locale))}
              ${renderLegend()}`
      }
      ${renderList(this.#byName, failed || this.#listShown, toHeadingLevel(this.headingLevel), (p) => this.renderName(p))}
    `;
  }

  protected renderNotice(): TemplateResult {
    return html`<div part="notice" class="notice">
      <p>${msg('Die Karte konnte nicht geladen werden. Die Partnerschaften stehen in der Liste.')}</p>
      <button type="button" part="retry-button" @click=${() => this.#geometry.retry()}>
        ${msg('Karte erneut laden')}
      </button>
    </div>`;
  }

  protected renderFrame(model: MapModel): TemplateResult {
    const loading = this.#geometry.status === 'loading';
    const { view, size } = this.#view;
    const classes = `frame${this.#view.moved ? ' moved' : ''}${this.#view.dragging ? ' dragging' : ''}`;
    return html`<div
      part="frame"
      class=${classes}
      tabindex="0"
      role="group"
      aria-label=${msg('Karte der Partnerschaften')}
      aria-describedby="hint"
      aria-busy=${loading ? 'true' : 'false'}
      @keydown=${this.#handleKeydown}
      @click=${this.#handleFrameClick}
      @dblclick=${this.#view.handleDoubleClick}
      @pointerdown=${this.#view.handlePointerDown}
      @pointermove=${this.#view.handlePointerMove}
      @pointerup=${this.#view.handlePointerUp}
      @pointercancel=${this.#view.handlePointerUp}
      @wheel=${this.#view.handleWheel}
    >
      ${
        view && size
          ? renderMapSvg({
              model,
              view,
              size,
              geometry: this.#geometry.geometry,
              selected: this.#selected,
              markers: this.#markers,
              positionOf: (marker) => this.#view.positionOf(marker, view),
              onMarkerClick: this.#handleMarkerClick,
            })
          : nothing
      }
      ${loading ? html`<p class="loading" role="status">${msg('Karte wird geladen …')}</p>` : nothing}
      ${this.#renderPopup()}
    </div>`;
  }

  #renderPopup(): TemplateResult | typeof nothing {
    const marker = this.#model.markers.find((m) => m.partnership.id === this.#selected);
    const { view, size } = this.#view;
    if (!marker || !view || !size) return nothing;
    const [x, y] = this.#view.positionOf(marker, view);
    // Away from the marker, on the drawing's left or right: the drawing never mirrors, so neither does this.
    const place = `${y > size.height / 2 ? 'top' : 'bottom'} ${x > size.width / 2 ? 'left' : 'right'}`;
    const p = marker.partnership;
    const compiled = this.data.dataset ? compiledOnly(p, this.data.dataset) : [];
    return renderPopup(
      p,
      place,
      toHeadingLevel(this.headingLevel),
      this.renderName(p),
      () => this.#closePopup(),
      compiled.length > 0 ? provenance(compiled) : '',
    );
  }

  /** The partner's name in the popup and the list (with its native form, marked with its language). */
  protected renderName(p: Partnership): TemplateResult | string {
    return renderPartnerName(p);
  }
}
