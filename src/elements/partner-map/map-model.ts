/**
 * What the map draws for a set of partnerships, independent of zoom: one marker per partnership at the partner's
 * place, one marker per German place, the great-circle lines between them, the partner countries, and the
 * partnerships that have no coordinates (listed, not drawn). Pure; computed once per dataset and filter.
 */
import type { Coordinates, Partnership } from '../../data/model.js';
import { greatCircle, pathData } from '../../map/great-circle.js';
import { projectCoordinates, type Point } from '../../map/projection.js';
import { boundsOf, type Bounds } from '../../map/view.js';

export interface PartnerMarker {
  readonly partnership: Partnership;
  /** The partner's place in map units. */
  readonly point: Point;
  /**
   * CSS pixels added at every zoom: partnerships with the same partner place (two German towns, or a town and its
   * county, with one partner) fan out around it, so each keeps its own target.
   */
  readonly offset: Point;
}

export interface LocalMarker {
  readonly point: Point;
  /** The German places at this point, as published ("Halberstadt", "Landkreis Harz"). */
  readonly names: readonly string[];
}

export interface PartnershipLine {
  readonly id: string;
  /** SVG path data in map units. */
  readonly d: string;
}

export interface MapModel {
  /** West to east (then north to south): the order of the markers in the document and for Home/End. */
  readonly markers: readonly PartnerMarker[];
  readonly locals: readonly LocalMarker[];
  readonly lines: readonly PartnershipLine[];
  /** Partner countries (ISO 3166-1 alpha-2). */
  readonly countries: ReadonlySet<string>;
  /** Partnerships whose partner has no coordinates: only in the list. */
  readonly unplaced: readonly Partnership[];
  /** All places drawn, for fitting the view; undefined when nothing can be drawn. */
  readonly bounds: Bounds | undefined;
}

/** Minimum distance in CSS pixels between fanned-out markers: their 24 px targets do not overlap. */
const FAN_SPACING = 26;

const placeKey = (c: Coordinates) => `${c.lat.toFixed(4)},${c.lon.toFixed(4)}`;
/** Partners within about 5 km share a spot: two sources place one town a little apart (Grenoble by hand and by GeoNames). */
const spotKey = (c: Coordinates) => `${Math.round(c.lat * 20)},${Math.round(c.lon * 20)}`;

/** Offsets around a circle for `count` markers on one spot (none for a single one). */
export function fanOffsets(count: number): Point[] {
  if (count < 2) return [[0, 0]];
  // Neighbours on a circle of radius r are 2r·sin(π/n) apart.
  const radius = FAN_SPACING / (2 * Math.sin(Math.PI / count));
  return Array.from({ length: count }, (_, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / count;
    return [Math.round(radius * Math.cos(angle)), Math.round(radius * Math.sin(angle))] as const;
  });
}

export function buildMapModel(partnerships: readonly Partnership[]): MapModel {
  const byPlace = new Map<string, Partnership[]>();
  const locals = new Map<string, { point: Point; names: string[] }>();
  const lines: PartnershipLine[] = [];
  const unplaced: Partnership[] = [];
  const points: Point[] = [];

  for (const p of partnerships) {
    const partner = p.partner.coordinates;
    const local = p.local.coordinates;
    if (local) {
      const key = placeKey(local);
      let place = locals.get(key);
      if (!place) {
        place = { point: projectCoordinates(local), names: [] };
        locals.set(key, place);
        points.push(place.point);
      }
      if (!place.names.includes(p.local.name)) place.names.push(p.local.name);
    }
    if (!partner) {
      unplaced.push(p);
      continue;
    }
    const key = spotKey(partner);
    const group = byPlace.get(key);
    if (group) group.push(p);
    else byPlace.set(key, [p]);
    if (local) lines.push({ id: p.id, d: pathData(greatCircle(local, partner)) });
  }

  const markers: PartnerMarker[] = [];
  for (const group of byPlace.values()) {
    const point = projectCoordinates(group[0]!.partner.coordinates!);
    points.push(point);
    const offsets = fanOffsets(group.length);
    group.forEach((partnership, i) => markers.push({ partnership, point, offset: offsets[i]! }));
  }
  markers.sort(
    (a, b) =>
      a.point[0] - b.point[0] ||
      a.point[1] - b.point[1] ||
      a.offset[0] - b.offset[0] ||
      a.offset[1] - b.offset[1],
  );

  return {
    markers,
    locals: [...locals.values()],
    lines,
    countries: new Set(markers.map((m) => m.partnership.partner.country)),
    unplaced,
    bounds: boundsOf(points),
  };
}

/**
 * Where arrow keys move the focus from marker `from`, given where each marker appears (CSS pixels): Right/Left to
 * the next marker east/west, Down/Up to the next marker south/north (each a total order, so every marker is
 * reachable along either axis), Home/End to the first/last in document order. Returns `from` at the ends.
 */
export function nextMarker(positions: readonly Point[], from: number, key: string): number {
  const count = positions.length;
  if (count === 0) return from;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  const axis = key === 'ArrowLeft' || key === 'ArrowRight' ? 0 : 1;
  const step = key === 'ArrowRight' || key === 'ArrowDown' ? 1 : -1;
  const order = positions
    .map((_, i) => i)
    .sort(
      (a, b) =>
        positions[a]![axis] - positions[b]![axis] ||
        positions[a]![1 - axis]! - positions[b]![1 - axis]! ||
        a - b,
    );
  const at = order.indexOf(from);
  return order[Math.min(Math.max(at + step, 0), count - 1)] ?? from;
}
