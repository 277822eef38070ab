/**
 * The map's one projection: Natural Earth I (a compromise projection that keeps Europe recognisable and the world
 * whole), unrotated, in "map units" with y pointing down as in SVG. The committed geometry (data/geo/world.json) is
 * projected at build time with exactly these constants, so the browser only needs the raw projection formula
 * (a few hundred bytes of d3-geo) to place markers and lines, never d3-geo's projection and path pipeline.
 */
import { geoNaturalEarth1Raw } from 'd3-geo';
import type { Coordinates } from '../data/model.js';

/** Map units per radian. Stored in the geometry file and checked when it is loaded. */
export const MAP_SCALE = 700;

/** Name of the projection as recorded in the geometry file. */
export const MAP_PROJECTION = 'naturalEarth1';

/** A point in map units: x grows eastwards, y southwards. */
export type Point = readonly [x: number, y: number];

const RADIANS = Math.PI / 180;

/** Longitude/latitude in degrees to map units. */
export function project(lon: number, lat: number): Point {
  const [x, y] = geoNaturalEarth1Raw(lon * RADIANS, lat * RADIANS);
  return [x * MAP_SCALE, -y * MAP_SCALE];
}

export function projectCoordinates(c: Coordinates): Point {
  return project(c.lon, c.lat);
}

/** Map units back to degrees (used to describe what a view shows). */
export function unproject(x: number, y: number): Coordinates {
  const [lambda, phi] = geoNaturalEarth1Raw.invert!(x / MAP_SCALE, -y / MAP_SCALE);
  return { lon: lambda / RADIANS, lat: phi / RADIANS };
}
