import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Point } from '../../map/projection.js';
import {
  clampView,
  fitView,
  panView,
  toScreen,
  zoomView,
  type Bounds,
  type Size,
  type View,
} from '../../map/view.js';

/** Zoom factor of one step (button, key, double click). */
export const ZOOM_STEP = 1.5;
/** One pan step (button, arrow key) as a share of the frame's size. */
const PAN_STEP = 0.2;
/** Pointer movement in CSS pixels before a press becomes a drag (so a slightly shaky click still selects). */
const DRAG_THRESHOLD = 4;

interface Drag {
  readonly pointer: number;
  readonly x: number;
  readonly y: number;
  readonly view: View;
  moved: boolean;
}

export const round = (n: number) => Math.round(n * 10) / 10;

/** Whether `event` happened inside an element that matches `selector` (across shadow roots). */
export const within = (event: Event, selector: string) =>
  event.composedPath().some((node) => node instanceof Element && node.matches(selector));

/**
 * What part of the map the frame shows, and every way the reader changes it: the frame's measured size, a view
 * fitted to `bounds()` until the reader zooms or pans (buttons, keys, drag, wheel, double click), kept within the
 * map on a resize. The host binds the `handle*` listeners on its frame and calls `refit()` when it shows other data.
 */
export class MapViewController implements ReactiveController {
  view: View | undefined;
  size: Size | undefined;
  /** The reader moved or zoomed the map: a resize keeps their view instead of fitting again. */
  moved = false;
  dragging = false;

  readonly #host: ReactiveControllerHost;
  readonly #bounds: () => Bounds | undefined;
  readonly #frame: () => HTMLElement | null;
  /** The frame changed size since the last update. */
  #resized = false;
  #drag: Drag | undefined;
  #justDragged = false;
  #observer: ResizeObserver | undefined;
  #observed: Element | undefined;

  /** `bounds`: what the fitted view shows; `frame`: the element the map is drawn in, once rendered. */
  constructor(
    host: ReactiveControllerHost,
    bounds: () => Bounds | undefined,
    frame: () => HTMLElement | null,
  ) {
    this.#host = host;
    this.#bounds = bounds;
    this.#frame = frame;
    host.addController(this);
  }

  /** Whether the click that comes now ends a drag (which is not a selection). */
  get justDragged(): boolean {
    return this.#justDragged;
  }

  /** Other data: fit the view to it again. */
  refit(): void {
    this.view = undefined;
    this.moved = false;
  }

  hostUpdate(): void {
    const resized = this.#resized;
    this.#resized = false;
    if (!this.size) return;
    if (!this.view || (resized && !this.moved)) this.view = fitView(this.#bounds(), this.size);
    else if (resized) this.view = clampView(this.view, this.size);
  }

  hostUpdated(): void {
    const frame = this.#frame();
    if (frame === this.#observed) return;
    this.#observer?.disconnect();
    this.#observed = frame ?? undefined;
    if (!frame) return;
    this.#observer = new ResizeObserver(([entry]) => {
      if (entry) this.#resize(entry.contentRect.width, entry.contentRect.height);
    });
    this.#observer.observe(frame);
    // Measure now as well: a page in a background tab delivers no resize observations until it is shown. (After
    // this update, not during it, so that Lit renders once more instead of warning about a change in update.)
    const { clientWidth, clientHeight } = frame;
    queueMicrotask(() => this.#resize(clientWidth, clientHeight));
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observed = undefined;
  }

  #resize(width: number, height: number): void {
    const w = Math.round(width);
    const h = Math.round(height);
    if (w > 0 && h > 0 && (w !== this.size?.width || h !== this.size.height)) {
      this.#resized = true;
      this.size = { width: w, height: h };
      this.#host.requestUpdate();
    }
  }

  /** Where `place` (map units, plus a fixed offset in CSS pixels) appears in the frame. */
  positionOf(place: { readonly point: Point; readonly offset: Point }, view: View): Point {
    const [x, y] = toScreen(view, place.point);
    return [round(x + place.offset[0]), round(y + place.offset[1])];
  }

  #set(view: View): void {
    this.moved = true;
    this.view = view;
    this.#host.requestUpdate();
  }

  /** Zooms by `factor` around `at` (frame pixels; default its centre). */
  zoom(factor: number, at?: Point): void {
    const { view, size } = this;
    if (view && size) this.#set(zoomView(view, factor, at ?? [size.width / 2, size.height / 2], size));
  }

  /** Moves the map by `dx`, `dy` CSS pixels. */
  pan(dx: number, dy: number): void {
    const { view, size } = this;
    if (view && size) this.#set(panView(view, dx, dy, size));
  }

  /** Moves the map by pan steps: `step(1, 0)` one step to the right. */
  step(x: number, y: number): void {
    const { width = 0, height = 0 } = this.size ?? {};
    this.pan(x * width * PAN_STEP, y * height * PAN_STEP);
  }

  /** Back to the view that shows every place. */
  reset(): void {
    if (!this.size) return;
    this.moved = false;
    this.view = fitView(this.#bounds(), this.size);
    this.#host.requestUpdate();
  }

  readonly handlePointerDown = (event: PointerEvent): void => {
    if (event.button !== 0 || !this.view) return;
    // Touch scrolls the page unless the reader zoomed in on purpose (see the frame's touch-action).
    if (event.pointerType === 'touch' && !this.moved) return;
    if (within(event, '.popup')) return;
    this.#drag = {
      pointer: event.pointerId,
      x: event.clientX,
      y: event.clientY,
      view: this.view,
      moved: false,
    };
  };

  readonly handlePointerMove = (event: PointerEvent): void => {
    const drag = this.#drag;
    if (!drag || drag.pointer !== event.pointerId || !this.size) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!drag.moved) {
      if (Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      drag.moved = true;
      this.dragging = true;
      (event.currentTarget as Element).setPointerCapture(event.pointerId);
    }
    this.#set(panView(drag.view, dx, dy, this.size));
  };

  readonly handlePointerUp = (event: PointerEvent): void => {
    if (this.#drag?.pointer !== event.pointerId) return;
    if (this.#drag.moved) {
      // The click that ends a drag is not a selection; it comes right after this pointerup.
      this.#justDragged = true;
      setTimeout(() => (this.#justDragged = false));
    }
    this.#drag = undefined;
    this.dragging = false;
    this.#host.requestUpdate();
  };

  readonly handleWheel = (event: WheelEvent): void => {
    const frame = event.currentTarget as HTMLElement;
    // No scroll hijacking: the wheel scrolls the page unless the reader asked for zoom (Ctrl/Cmd, or a pinch on a
    // touchpad, which browsers report as Ctrl+wheel) or is working with the map (it has the focus).
    if (!(event.ctrlKey || event.metaKey || frame.matches(':focus-within'))) return;
    event.preventDefault();
    const rect = frame.getBoundingClientRect();
    const delta = event.deltaMode === WheelEvent.DOM_DELTA_PIXEL ? event.deltaY : event.deltaY * 20;
    this.zoom(Math.exp(-delta / 300), [event.clientX - rect.left, event.clientY - rect.top]);
  };

  readonly handleDoubleClick = (event: MouseEvent): void => {
    // A double click on a marker is two selections, and in the popup it selects text: neither zooms.
    if (within(event, '.marker, .popup')) return;
    const rect = (event.currentTarget as HTMLElement).getBoundingClientRect();
    this.zoom(ZOOM_STEP, [event.clientX - rect.left, event.clientY - rect.top]);
  };
}
