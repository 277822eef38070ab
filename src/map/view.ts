/**
 * The map's view: which part of the projected world the frame shows, as a uniform scale `k` and a translation,
 * so that a point `p` in map units appears at `k * p + (x, y)` CSS pixels in the frame. Pure functions: the element
 * keeps one View and replaces it on fit, zoom and pan.
 */
import { project, type Point } from './projection.js';

export interface View {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** [west, north, east, south] in map units (north < south, as y grows southwards). */
export type Bounds = readonly [x0: number, y0: number, x1: number, y1: number];

/**
 * The world as the map draws it: every longitude, from the Arctic coasts (84° N) to Tierra del Fuego (58° S);
 * Antarctica is not part of the geometry.
 */
export const WORLD_BOUNDS: Bounds = [
  project(-180, 0)[0],
  project(0, 84)[1],
  project(180, 0)[0],
  project(0, -58)[1],
];

/** A fitted view never comes closer than about 10° of longitude, so one town and a neighbour keep some context. */
const MIN_SPAN = project(10, 0)[0];

/** How far a user may zoom in, relative to the whole world filling the frame. */
const MAX_ZOOM = 64;

/** Room around the fitted places in CSS pixels, so a marker's hit area is not cut at the frame's edge. */
const PADDING = 24;

export function boundsOf(points: Iterable<Point>): Bounds | undefined {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [x, y] of points) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return x0 <= x1 ? [x0, y0, x1, y1] : undefined;
}

/** The scale at which the whole world fits the frame: the map never zooms out further. */
export function minScale(size: Size): number {
  const [x0, y0, x1, y1] = WORLD_BOUNDS;
  return Math.min(size.width / (x1 - x0), size.height / (y1 - y0));
}

function clampScale(k: number, size: Size): number {
  const min = minScale(size);
  return Math.min(Math.max(k, min), min * MAX_ZOOM);
}

/**
 * Keeps the frame over the world: where the frame shows less than the whole world along an axis, it cannot be panned
 * past the world's edge; where it shows more, the world is centred along that axis.
 */
export function clampView(view: View, size: Size): View {
  const k = clampScale(view.k, size);
  const [x0, y0, x1, y1] = WORLD_BOUNDS;
  const centre = (screen: number, offset: number, min: number, max: number) => {
    const half = screen / k / 2;
    const c = (screen / 2 - offset) / k;
    return max - min <= 2 * half ? (min + max) / 2 : Math.min(Math.max(c, min + half), max - half);
  };
  const cx = centre(size.width, view.x, x0, x1);
  const cy = centre(size.height, view.y, y0, y1);
  return { k, x: size.width / 2 - cx * k, y: size.height / 2 - cy * k };
}

/** The view that shows `bounds` (or the world) as large as fits the frame, centred. */
export function fitView(bounds: Bounds | undefined, size: Size): View {
  // Places spread over more than half the world's width are a worldwide set: show the whole world, not a cut-out.
  const worldwide = !bounds || bounds[2] - bounds[0] > (WORLD_BOUNDS[2] - WORLD_BOUNDS[0]) / 2;
  let [x0, y0, x1, y1] = worldwide ? WORLD_BOUNDS : bounds;
  const growX = Math.max(0, MIN_SPAN - (x1 - x0)) / 2;
  const growY = Math.max(0, MIN_SPAN - (y1 - y0)) / 2;
  [x0, x1, y0, y1] = [x0 - growX, x1 + growX, y0 - growY, y1 + growY];
  const padding = Math.min(PADDING, size.width / 8, size.height / 8);
  const k = clampScale(
    Math.min((size.width - 2 * padding) / (x1 - x0), (size.height - 2 * padding) / (y1 - y0)),
    size,
  );
  return clampView(
    { k, x: size.width / 2 - ((x0 + x1) / 2) * k, y: size.height / 2 - ((y0 + y1) / 2) * k },
    size,
  );
}

/** Zooms by `factor` around a point of the frame (CSS pixels), which stays where it is. */
export function zoomView(view: View, factor: number, at: Point, size: Size): View {
  const k = clampScale(view.k * factor, size);
  const f = k / view.k;
  return clampView({ k, x: at[0] - (at[0] - view.x) * f, y: at[1] - (at[1] - view.y) * f }, size);
}

/** Moves the map by (dx, dy) CSS pixels. */
export function panView(view: View, dx: number, dy: number, size: Size): View {
  return clampView({ k: view.k, x: view.x + dx, y: view.y + dy }, size);
}

/** Where a point in map units appears in the frame. */
export function toScreen(view: View, [x, y]: Point): Point {
  return [view.k * x + view.x, view.k * y + view.y];
}

/** The map-unit bounds the frame shows. */
export function visibleBounds(view: View, size: Size): Bounds {
  return [
    -view.x / view.k,
    -view.y / view.k,
    (size.width - view.x) / view.k,
    (size.height - view.y) / view.k,
  ];
}
