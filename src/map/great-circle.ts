/**
 * Partnership lines follow the great circle between the two places, as the shortest way round the globe does,
 * so a line from Germany to Japan arcs north over Siberia rather than running straight across the map.
 */
import { geoInterpolate } from 'd3-geo';
import type { Coordinates } from '../data/model.js';
import { project, type Point } from './projection.js';

/** About one interpolated point per 2° of arc: smooth at any zoom the map allows, and few points on short lines. */
const STEP_RADIANS = (2 * Math.PI) / 180;

/**
 * The great circle from `a` to `b` in map units, as one or more runs of points: the line is cut where it crosses
 * the map's edge (the antimeridian), so no stroke runs across the whole world.
 */
export function greatCircle(a: Coordinates, b: Coordinates): Point[][] {
  const interpolate = geoInterpolate([a.lon, a.lat], [b.lon, b.lat]);
  // d3-geo sets the arc length in radians on the interpolator; @types/d3-geo does not declare it.
  const { distance } = interpolate as typeof interpolate & { distance: number };
  const steps = Math.max(1, Math.ceil(distance / STEP_RADIANS));
  const runs: Point[][] = [];
  let run: Point[] = [];
  let previousLon = a.lon;
  for (let i = 0; i <= steps; i++) {
    const [lon, lat] = interpolate(i / steps);
    if (Math.abs(lon - previousLon) > 180) {
      if (run.length > 1) runs.push(run);
      run = [];
    }
    run.push(project(lon, lat));
    previousLon = lon;
  }
  if (run.length > 1) runs.push(run);
  return runs;
}

/** SVG path data for runs of points, rounded to a tenth of a map unit. */
export function pathData(runs: readonly (readonly Point[])[]): string {
  const r = (n: number) => Math.round(n * 10) / 10;
  return runs.map((run) => run.map(([x, y], i) => `${i ? 'L' : 'M'}${r(x)} ${r(y)}`).join('')).join('');
}
