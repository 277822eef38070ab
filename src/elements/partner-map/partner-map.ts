import { html, nothing, svg, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Partnership } from '../../data/model.js';
import { sortPartnerships } from '../../data/queries.js';
import { safeHttpUrl } from '../../data/url.js';
import { PartnerSelectEvent } from '../../events.js';
import { countryName } from '../../i18n/intl.js';
import { msg, str } from '../../i18n/msg.js';
import type { Point } from '../../map/projection.js';
import { clampView, fitView, panView, toScreen, zoomView, type Size, type View } from '../../map/view.js';
import {
  kindLabel,
  partnershipCount,
  partnerOf,
  renderPartnerName,
  renderSince,
  statusLabel,
} from '../shared/labels.js';
import { PartnerElement } from '../shared/partner-element.js';
import { renderHeading, toHeadingLevel } from '../shared/states.js';
import { GeometryController } from './geometry-controller.js';
import { markerLabel } from './map-labels.js';
import { buildMapModel, nextMarker, type MapModel, type PartnerMarker } from './map-model.js';
import { styles } from './partner-map.styles.js';

/** Zoom factor of one step (button, key, double click). */
const ZOOM_STEP = 1.5;
/** One pan step (button, arrow key) as a share of the frame's size. */
const PAN_STEP = 0.2;
/** Arrow keys on the map move it like dragging would: the map follows the arrow's opposite. */
const PAN_KEYS = { ArrowLeft: [1, 0], ArrowRight: [-1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] } as const;
/** Pointer movement in CSS pixels before a press becomes a drag (so a slightly shaky click still selects). */
const DRAG_THRESHOLD = 4;
/** The radius of a marker's hit area in CSS pixels: a 25 px target, above the 24 px of WCAG 2.5.8. */
const HIT_RADIUS = 12.5;

type Tool = 'zoom-in' | 'zoom-out' | 'reset' | 'left' | 'up' | 'down' | 'right' | 'list';
const TOOLS: readonly Tool[] = ['zoom-in', 'zoom-out', 'reset', 'left', 'up', 'down', 'right', 'list'];

/** 24 x 24 icons for the map controls, drawn with strokes so forced colours keep them. */
const ICONS: Record<Tool, string> = {
  'zoom-in': 'M5 12h14M12 5v14',
  'zoom-out': 'M5 12h14',
  reset: 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5',
  left: 'M15 5l-7 7 7 7',
  up: 'M5 15l7-7 7 7',
  down: 'M5 9l7 7 7-7',
  right: 'M9 5l7 7-7 7',
  list: 'M8 6h12M8 12h12M8 18h12M4 6h.01M4 12h.01M4 18h.01',
};

/**
 * The map's internal reactive state, as one object changed through `#set()`: nine decorated accessors would cost
 * more bundle size than the whole view logic.
 */
interface MapState {
  /** The partnership whose details are open. */
  selected?: string | undefined;
  /** The marker that Tab reaches (roving tabindex). */
  focusIndex: number;
  /** The toolbar button that Tab reaches (roving tabindex). */
  toolIndex: number;
  view?: View | undefined;
  size?: Size | undefined;
  listShown: boolean;
  dragging: boolean;
}

interface Drag {
  readonly pointer: number;
  readonly x: number;
  readonly y: number;
  readonly view: View;
  moved: boolean;
}

const round = (n: number) => Math.round(n * 10) / 10;

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
 * @attr lang - The element's language (de, en, fr, pl); else the closest `[lang]`, else German.
 *
 * @fires partner-load - The dataset is loaded and shown; `detail.count` is the number of partnerships shown.
 * @fires partner-error - The dataset could not be loaded; `detail.status` (HTTP status or 0), `detail.message`.
 * @fires partner-select - A marker was chosen (click, Enter or Space); `detail.id` is the partnership's id. Cancel
 * it to show the partnership yourself instead of the map's details popup.
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart state - The loading, error or empty message.
 * @csspart retry-button - The button that retries loading after an error (dataset or map geometry).
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

  /** URL of the land geometry; default: the package's own `data/geo/world.json`, next to the script. */
  @property({ attribute: 'geometry-src' }) geometrySrc = '';

  /** Level of the popup's and the list's headings, 1 to 6 (default 2). */
  @property({ attribute: 'heading-level' }) headingLevel = '2';

  /** What the reader did to the map; see MapState. */
  #state: MapState = { focusIndex: 0, toolIndex: 0, listShown: false, dragging: false };
  /** The frame changed size since the last update. */
  #resized = false;

  readonly #geometry = new GeometryController(this);
  #model: { from: readonly Partnership[]; model: MapModel } | undefined;
  /** The user moved or zoomed the map: a resize keeps their view instead of fitting again. */
  #userMoved = false;
  #drag: Drag | undefined;
  #suppressClick = false;
  #resizeObserver: ResizeObserver | undefined;
  #observed: Element | undefined;

  /** Changes the internal state and renders again. */
  #set(changes: Partial<MapState>): void {
    Object.assign(this.#state, changes);
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    this.#observed = undefined;
  }

  get #mapModel(): MapModel {
    const from = this.partnerships;
    if (this.#model?.from !== from) this.#model = { from, model: buildMapModel(from) };
    return this.#model.model;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const state = this.#state;
    const previous = this.#model?.model;
    const model = this.#mapModel;
    if (model !== previous) {
      // Another dataset or filter: start again from a fitted view.
      Object.assign(state, { selected: undefined, focusIndex: 0, view: undefined });
      this.#userMoved = false;
    }
    const resized = this.#resized;
    this.#resized = false;
    if (!state.size) return;
    if (!state.view || (resized && !this.#userMoved)) state.view = fitView(model.bounds, state.size);
    else if (resized) state.view = clampView(state.view, state.size);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const frame = this.#frame;
    if (frame === this.#observed) return;
    this.#resizeObserver?.disconnect();
    this.#observed = frame ?? undefined;
    if (!frame) return;
    this.#resizeObserver = new ResizeObserver(([entry]) => {
      if (entry) this.#resize(entry.contentRect.width, entry.contentRect.height);
    });
    this.#resizeObserver.observe(frame);
    // Measure now as well: a page in a background tab delivers no resize observations until it is shown. (After
    // this update, not during it, so that Lit renders once more instead of warning about a change in update.)
    const { clientWidth, clientHeight } = frame;
    queueMicrotask(() => this.#resize(clientWidth, clientHeight));
  }

  #resize(width: number, height: number): void {
    const w = Math.round(width);
    const h = Math.round(height);
    const size = this.#state.size;
    if (w > 0 && h > 0 && (w !== size?.width || h !== size.height)) {
      this.#resized = true;
      this.#set({ size: { width: w, height: h } });
    }
  }

  get #frame(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.frame');
  }

  #markerElement(index: number): SVGGElement | null {
    return this.renderRoot.querySelector<SVGGElement>(`.marker[data-index="${index}"]`);
  }

  #screenPosition(marker: PartnerMarker, view: View): Point {
    const [x, y] = toScreen(view, marker.point);
    return [round(x + marker.offset[0]), round(y + marker.offset[1])];
  }

  // ---- actions -------------------------------------------------------------------------------------------------

  #setView(view: View): void {
    this.#userMoved = true;
    this.#set({ view });
  }

  #zoom(factor: number, at?: Point): void {
    const { view, size } = this.#state;
    if (view && size) this.#setView(zoomView(view, factor, at ?? [size.width / 2, size.height / 2], size));
  }

  #pan(dx: number, dy: number): void {
    const { view, size } = this.#state;
    if (view && size) this.#setView(panView(view, dx, dy, size));
  }

  #reset(): void {
    if (!this.#state.size) return;
    this.#userMoved = false;
    this.#set({ view: fitView(this.#mapModel.bounds, this.#state.size) });
  }

  #runTool(tool: Tool): void {
    const { width = 0, height = 0 } = this.#state.size ?? {};
    switch (tool) {
      case 'zoom-in':
        return this.#zoom(ZOOM_STEP);
      case 'zoom-out':
        return this.#zoom(1 / ZOOM_STEP);
      case 'reset':
        return this.#reset();
      case 'left':
        return this.#pan(width * PAN_STEP, 0);
      case 'right':
        return this.#pan(-width * PAN_STEP, 0);
      case 'up':
        return this.#pan(0, height * PAN_STEP);
      case 'down':
        return this.#pan(0, -height * PAN_STEP);
      case 'list':
        this.#set({ listShown: !this.#state.listShown });
    }
  }

  /** Selects a marker: fires `partner-select` and, unless the page cancels it, opens the details (or closes them). */
  #select(index: number): void {
    const marker = this.#mapModel.markers[index];
    if (!marker) return;
    const id = marker.partnership.id;
    if (this.#state.selected === id) {
      this.#set({ focusIndex: index, selected: undefined });
      return;
    }
    const event = new PartnerSelectEvent(id);
    this.dispatchEvent(event);
    this.#set({ focusIndex: index, selected: event.defaultPrevented ? undefined : id });
  }

  /** Closes the details and gives the focus back to their marker. */
  #closePopup(): void {
    const index = this.#mapModel.markers.findIndex((m) => m.partnership.id === this.#state.selected);
    this.#set({ selected: undefined, focusIndex: Math.max(index, 0) });
    this.#markerElement(index)?.focus();
  }

  /** Moves the roving focus to marker `index`, panning the map if the marker is outside the frame. */
  async #focusMarker(index: number): Promise<void> {
    const marker = this.#mapModel.markers[index];
    if (!marker || !this.#state.view || !this.#state.size) return;
    this.#set({ focusIndex: index, selected: undefined });
    const [x, y] = this.#screenPosition(marker, this.#state.view);
    const margin = HIT_RADIUS * 2;
    const { width, height } = this.#state.size;
    if (x < margin || y < margin || x > width - margin || y > height - margin) {
      this.#pan(width / 2 - x, height / 2 - y);
    }
    await this.updateComplete;
    this.#markerElement(index)?.focus();
  }

  // ---- handlers ------------------------------------------------------------------------------------------------

  #handleKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.composedPath()[0];
    const marker = target instanceof Element ? target.closest('.marker') : null;
    const index = marker ? Number(marker.getAttribute('data-index')) : -1;
    const onFrame = target === event.currentTarget;
    const { width = 0, height = 0 } = this.#state.size ?? {};
    switch (event.key) {
      case 'Escape':
        if (!this.#state.selected) return;
        this.#closePopup();
        break;
      case '+':
      case '=':
        if (!onFrame && !marker) return;
        this.#zoom(ZOOM_STEP);
        break;
      case '-':
      case '_':
        if (!onFrame && !marker) return;
        this.#zoom(1 / ZOOM_STEP);
        break;
      case 'ArrowLeft':
      case 'ArrowRight':
      case 'ArrowUp':
      case 'ArrowDown':
      case 'Home':
      case 'End':
        if (marker && this.#state.view) {
          const view = this.#state.view;
          const positions = this.#mapModel.markers.map((m) => this.#screenPosition(m, view));
          void this.#focusMarker(nextMarker(positions, index, event.key));
        } else if (onFrame && event.key in PAN_KEYS) {
          const [dx, dy] = PAN_KEYS[event.key as keyof typeof PAN_KEYS];
          this.#pan(dx * width * PAN_STEP, dy * height * PAN_STEP);
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

  #handleMarkerClick(event: MouseEvent): void {
    event.stopPropagation();
    if (this.#suppressClick) return;
    this.#select(Number((event.currentTarget as Element).getAttribute('data-index')));
  }

  #handleMarkerFocus(event: FocusEvent): void {
    this.#set({ focusIndex: Number((event.currentTarget as Element).getAttribute('data-index')) });
  }

  #handleFrameClick(event: MouseEvent): void {
    // A click on the map itself (not a marker, not the popup) closes the details.
    const inPopup = event
      .composedPath()
      .some((node) => node instanceof Element && node.classList.contains('popup'));
    if (!inPopup && !this.#suppressClick && this.#state.selected) this.#set({ selected: undefined });
  }

  #handlePointerDown(event: PointerEvent): void {
    if (event.button !== 0 || !this.#state.view) return;
    // Touch scrolls the page unless the reader zoomed in on purpose (see the frame's touch-action).
    if (event.pointerType === 'touch' && !this.#userMoved) return;
    const inPopup = event
      .composedPath()
      .some((node) => node instanceof Element && node.classList.contains('popup'));
    if (inPopup) return;
    this.#drag = {
      pointer: event.pointerId,
      x: event.clientX,
      y: event.clientY,
      view: this.#state.view,
      moved: false,
    };
  }

  #handlePointerMove(event: PointerEvent): void {
    const drag = this.#drag;
    if (!drag || drag.pointer !== event.pointerId || !this.#state.size) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!drag.moved) {
      if (Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      drag.moved = true;
      this.#set({ dragging: true });
      (event.currentTarget as Element).setPointerCapture(event.pointerId);
    }
    this.#setView(panView(drag.view, dx, dy, this.#state.size));
  }

  #handlePointerUp(event: PointerEvent): void {
    if (this.#drag?.pointer !== event.pointerId) return;
    if (this.#drag.moved) {
      // The click that ends a drag is not a selection; it comes right after this pointerup.
      this.#suppressClick = true;
      setTimeout(() => (this.#suppressClick = false));
    }
    this.#drag = undefined;
    this.#set({ dragging: false });
  }

  #handleWheel(event: WheelEvent): void {
    const frame = event.currentTarget as HTMLElement;
    // No scroll hijacking: the wheel scrolls the page unless the reader asked for zoom (Ctrl/Cmd, or a pinch on a
    // touchpad, which browsers report as Ctrl+wheel) or is working with the map (it has the focus).
    if (!(event.ctrlKey || event.metaKey || frame.matches(':focus-within'))) return;
    event.preventDefault();
    const rect = frame.getBoundingClientRect();
    const delta = event.deltaMode === WheelEvent.DOM_DELTA_PIXEL ? event.deltaY : event.deltaY * 20;
    this.#zoom(Math.exp(-delta / 300), [event.clientX - rect.left, event.clientY - rect.top]);
  }

  #handleDoubleClick(event: MouseEvent): void {
    // A double click on a marker is two selections, and in the popup it selects text: neither zooms.
    if (event.composedPath().some((node) => node instanceof Element && node.matches('.marker, .popup')))
      return;
    const rect = (event.currentTarget as HTMLElement).getBoundingClientRect();
    this.#zoom(ZOOM_STEP, [event.clientX - rect.left, event.clientY - rect.top]);
  }

  #handleToolbarKeydown(event: KeyboardEvent): void {
    const last = TOOLS.length - 1;
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? Math.min(this.#state.toolIndex + 1, last)
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? Math.max(this.#state.toolIndex - 1, 0)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1;
    if (next < 0) return;
    event.preventDefault();
    this.#set({ toolIndex: next });
    this.renderRoot.querySelectorAll<HTMLButtonElement>('.control')[next]?.focus();
  }

  // ---- rendering -----------------------------------------------------------------------------------------------

  protected override renderContent(): TemplateResult {
    const model = this.#mapModel;
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
              ${this.renderControls()} ${this.renderLegend()}`
      }
      ${this.renderList(failed || this.#state.listShown)}
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
    const classes = `frame${this.#userMoved ? ' moved' : ''}${this.#state.dragging ? ' dragging' : ''}`;
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
      @dblclick=${this.#handleDoubleClick}
      @pointerdown=${this.#handlePointerDown}
      @pointermove=${this.#handlePointerMove}
      @pointerup=${this.#handlePointerUp}
      @pointercancel=${this.#handlePointerUp}
      @wheel=${this.#handleWheel}
    >
      ${this.#state.view && this.#state.size ? this.renderMap(model, this.#state.view, this.#state.size) : nothing}
      ${loading ? html`<p class="loading" role="status">${msg('Karte wird geladen …')}</p>` : nothing}
      ${this.renderPopup()}
    </div>`;
  }

  protected renderMap(model: MapModel, view: View, size: Size): TemplateResult {
    const geometry = this.#geometry.geometry;
    const transform = `matrix(${view.k} 0 0 ${view.k} ${round(view.x)} ${round(view.y)})`;
    return html`<svg part="map" class="map" viewBox="0 0 ${size.width} ${size.height}" role="none">
      <g transform=${transform} aria-hidden="true">
        ${
          geometry
            ? svg`<path part="sea" class="sea" d=${geometry.sphere}></path>
            ${geometry.countries.map(([code, d]) => {
              const kind = code === 'DE' ? 'land-home' : model.countries.has(code) ? 'land-partner' : '';
              return svg`<path part=${kind ? `land ${kind}` : 'land'} class="land ${kind}" d=${d}></path>`;
            })}`
            : nothing
        }
        ${model.lines.map((line) => {
          const chosen = line.id === this.#state.selected;
          return svg`<path part=${chosen ? 'line line-selected' : 'line'} class="line ${chosen ? 'selected' : ''}"
            d=${line.d}></path>`;
        })}
      </g>
      <g aria-hidden="true">
        ${model.locals.map((local) => {
          const [x, y] = toScreen(view, local.point);
          return svg`<g part="local-marker" class="local" transform="translate(${round(x)} ${round(y)})">
            <title>${local.names.join(', ')}</title><rect x="-5" y="-5" width="10" height="10"></rect></g>`;
        })}
      </g>
      <g>${model.markers.map((marker, i) => this.renderMarker(marker, i, view))}</g>
    </svg>`;
  }

  protected renderMarker(marker: PartnerMarker, index: number, view: View): TemplateResult {
    const [x, y] = this.#screenPosition(marker, view);
    const chosen = marker.partnership.id === this.#state.selected;
    return svg`<g
      part=${chosen ? 'marker marker-selected' : 'marker'}
      class="marker ${chosen ? 'selected' : ''}"
      data-index=${index}
      transform="translate(${x} ${y})"
      role="button"
      tabindex=${index === this.#state.focusIndex ? 0 : -1}
      aria-label=${markerLabel(marker.partnership)}
      aria-haspopup="dialog"
      aria-expanded=${chosen ? 'true' : 'false'}
      aria-controls=${chosen ? 'popup' : nothing}
      @click=${this.#handleMarkerClick}
      @focus=${this.#handleMarkerFocus}
    ><circle class="hit" r=${HIT_RADIUS}></circle><circle class="ring" r="9"></circle><circle class="dot" r="5.5"></circle></g>`;
  }

  protected renderPopup(): TemplateResult | typeof nothing {
    const marker = this.#mapModel.markers.find((m) => m.partnership.id === this.#state.selected);
    if (!marker || !this.#state.view || !this.#state.size) return nothing;
    const p = marker.partnership;
    const [x, y] = this.#screenPosition(marker, this.#state.view);
    // Docked to the frame's edge away from the marker, so it never covers the place it describes.
    const place = `${y > this.#state.size.height / 2 ? 'top' : 'bottom'} ${x > this.#state.size.width / 2 ? 'start' : 'end'}`;
    const website = safeHttpUrl(p.partner.website);
    return html`<div
      id="popup"
      part="popup"
      class="popup ${place}"
      role="dialog"
      aria-labelledby="popup-title"
    >
      <div class="popup-head">
        ${renderHeading(toHeadingLevel(this.headingLevel), this.renderName(p), 'popup-title', 'popup-title')}
        <button
          type="button"
          part="popup-close"
          class="close"
          aria-label=${msg('Schließen')}
          @click=${() => this.#closePopup()}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18"></path></svg>
        </button>
      </div>
      <p>
        ${countryName(p.partner.country, this.locale)}${p.partner.region ? html`, ${p.partner.region}` : nothing}
      </p>
      <p>${partnerOf(p)}</p>
      <p>
        ${kindLabel(p.kind)},
        ${renderSince(p)}${p.status === 'active' ? nothing : html`, ${statusLabel(p.status)}`}
      </p>
      ${
        website
          ? // Another party's site: it learns nothing of the page the reader came from, nor gets a handle on it.
            html`<p>
              <a href=${website} rel="noopener noreferrer">${msg(str`Website von ${p.partner.name}`)}</a>
            </p>`
          : p.partner.website
            ? html`<p>${msg('Website')}: ${p.partner.website}</p>`
            : nothing
      }
    </div>`;
  }

  protected renderName(p: Partnership): TemplateResult | string {
    return renderPartnerName(p);
  }

  protected renderControls(): TemplateResult {
    const labels: Record<Tool, string> = {
      'zoom-in': msg('Vergrößern'),
      'zoom-out': msg('Verkleinern'),
      reset: msg('Alle Partnerorte zeigen'),
      left: msg('Nach links verschieben'),
      up: msg('Nach oben verschieben'),
      down: msg('Nach unten verschieben'),
      right: msg('Nach rechts verschieben'),
      list: msg('Als Liste zeigen'),
    };
    return html`<div
      part="controls"
      class="controls"
      role="toolbar"
      aria-label=${msg('Kartensteuerung')}
      @keydown=${this.#handleToolbarKeydown}
    >
      ${TOOLS.map(
        (tool, i) =>
          html`<button
            type="button"
            part="control"
            class="control"
            tabindex=${i === this.#state.toolIndex ? 0 : -1}
            title=${labels[tool]}
            aria-label=${labels[tool]}
            aria-expanded=${tool === 'list' ? String(this.#state.listShown) : nothing}
            aria-controls=${tool === 'list' ? 'list' : nothing}
            @click=${() => this.#runTool(tool)}
            @focus=${() => this.#set({ toolIndex: i })}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${ICONS[tool]}></path></svg>
          </button>`,
      )}
    </div>`;
  }

  protected renderLegend(): TemplateResult {
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

  protected renderList(visible: boolean): TemplateResult {
    const level = toHeadingLevel(this.headingLevel);
    const sorted = sortPartnerships(this.partnerships, 'name', this.locale);
    return html`<section
      id="list"
      part="list-section"
      class=${visible ? 'list-section' : 'list-section visually-hidden'}
      aria-labelledby="list-heading"
    >
      ${renderHeading(level, msg('Partnerschaften als Liste'), 'list-heading', 'list-heading')}
      <ul part="list" class="list">
        ${sorted.map((p) => this.renderItem(p, visible))}
      </ul>
    </section>`;
  }

  protected renderItem(p: Partnership, visible: boolean): TemplateResult {
    // Links only where the list is visible: a hidden list must not hold focusable elements.
    const website = visible ? safeHttpUrl(p.partner.website) : undefined;
    return html`<li part="item" class="item">
      <span part="name" class="name"
        >${website ? html`<a href=${website} rel="noopener noreferrer">${this.renderName(p)}</a>` : this.renderName(p)}</span
      >, <span part="country">${countryName(p.partner.country, this.locale)}</span>:
      <span part="local">${partnerOf(p)}</span>,
      <span part="year">${renderSince(p)}</span
      >${p.kind === 'partnership' ? nothing : html` (${kindLabel(p.kind)})`}
    </li>`;
  }
}
