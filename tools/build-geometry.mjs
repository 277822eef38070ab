// Builds data/geo/world.json, the map's land geometry: Natural Earth 1:50m countries (from the world-atlas
// package), simplified on the sphere just enough for a map that shows Europe or the world, projected with the
// map's own projection (src/map/projection.ts) and written as ready-to-draw SVG path data per country.
// Projecting here means the browser needs neither d3-geo's path pipeline nor TopoJSON decoding: it draws the
// paths as they are and only moves and scales them. Run: `npm run geometry` (deterministic, byte-identical).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import {
  presimplify,
  simplify,
  filter,
  filterAttached,
  sphericalTriangleArea,
  sphericalRingArea,
} from 'topojson-simplify';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import countries from 'i18n-iso-countries';
import { MAP_PROJECTION, MAP_SCALE } from '../src/map/projection.ts';

const require = createRequire(import.meta.url);
const OUT = new URL('../data/geo/world.json', import.meta.url);
const ATLAS = 'world-atlas/countries-50m.json';

// Simplification thresholds on the unit sphere (steradians). One map unit at MAP_SCALE is 1/700 radian, so 1e-5 sr
// is a triangle of about 5 square map units: at a Europe-wide view (about one map unit per CSS pixel) outlines stay
// recognisable, while the 1:50m file shrinks to a sixth. Zoomed in to one country, coasts look coarse; that is the
// price of a small file.
const MIN_TRIANGLE_WEIGHT = 1e-5;
// Islands under about 800 km² (e.g. Bornholm) disappear, unless they are a country's largest piece of land (Malta,
// Andorra's neighbours' enclaves and every small island state stay) or share a border (Luxembourg, enclaves).
const MIN_RING_AREA = 2e-5;
// Antarctica holds no partnerships and would take a third of the world view's height.
const DROPPED = new Set(['010']);

// Natural Earth features that carry no ISO 3166-1 numeric code, assigned as ISO 3166-1 (which the dataset's
// `partner.country` uses) assigns the territory; Siachen stays unassigned (drawn as land, never highlighted).
const UNCODED = {
  Somaliland: 'SO',
  Kosovo: 'XK',
  'N. Cyprus': 'CY',
  'Indian Ocean Ter.': 'AU',
  'Siachen Glacier': '',
};

/** A d3 path context that writes integer, relative SVG path commands (small and well compressible). */
class RelativePath {
  #d = '';
  #ring = '';
  #points = 0;
  #area = 0;
  #x = 0;
  #y = 0;
  #x0 = 0;
  #y0 = 0;
  moveTo(x, y) {
    this.#x = this.#x0 = Math.round(x);
    this.#y = this.#y0 = Math.round(y);
    this.#ring = `M${this.#x} ${this.#y}`;
    this.#points = 1;
    this.#area = 0;
  }
  lineTo(x, y) {
    const nx = Math.round(x);
    const ny = Math.round(y);
    if (nx === this.#x && ny === this.#y) return;
    const step = `${nx - this.#x} ${ny - this.#y}`.replace(' -', '-');
    this.#ring += (this.#points === 1 ? 'l' : ' ') + step;
    this.#points += 1;
    this.#area += this.#x * ny - nx * this.#y;
    this.#x = nx;
    this.#y = ny;
  }
  closePath() {
    // A ring that rounding collapsed to a point or a line draws nothing: drop it.
    this.#area += this.#x * this.#y0 - this.#x0 * this.#y;
    if (this.#points >= 3 && this.#area !== 0) this.#d += `${this.#ring}z`;
    this.#ring = '';
    this.#points = 0;
  }
  arc() {
    throw new Error('points are not part of the land geometry');
  }
  toString() {
    return this.#d;
  }
}

/** Absolute coordinates of a ring given as arc indices (presimplify removed the quantization transform). */
function ringCoordinates(topology, ring) {
  const points = [];
  for (const index of ring) {
    const arc = index < 0 ? topology.arcs[~index].slice().reverse() : topology.arcs[index];
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return points;
}

/** The island filter: see MIN_RING_AREA. Rings are compared by identity, as topojson-simplify passes them. */
function keepRing(topology) {
  const attached = filterAttached(topology);
  const area = (ring, interior) => sphericalRingArea(ringCoordinates(topology, ring), interior);
  const largest = new Set();
  for (const geometry of topology.objects.countries.geometries) {
    const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
    let best;
    for (const [exterior] of polygons)
      if (!best || area(exterior, false) > area(best, false)) best = exterior;
    largest.add(best);
  }
  return (ring, interior) => attached(ring) || largest.has(ring) || area(ring, interior) >= MIN_RING_AREA;
}

function codeOf(geometry) {
  if (geometry.id !== undefined) {
    const code = countries.numericToAlpha2(geometry.id);
    if (!code) throw new Error(`no ISO code for ${geometry.id} ${geometry.properties.name}`);
    return code;
  }
  const code = UNCODED[geometry.properties.name];
  if (code === undefined) throw new Error(`unknown uncoded feature ${geometry.properties.name}`);
  return code;
}

export function buildGeometry() {
  const atlas = JSON.parse(readFileSync(require.resolve(ATLAS), 'utf8'));
  const object = atlas.objects.countries;
  object.geometries = object.geometries.filter((g) => !DROPPED.has(g.id));

  const full = presimplify(atlas, sphericalTriangleArea);
  const topology = filter(simplify(full, MIN_TRIANGLE_WEIGHT), keepRing(full));
  const simplified = new Map(topology.objects.countries.geometries.map((g) => [g.properties.name, g]));

  const projection = geoNaturalEarth1().scale(MAP_SCALE).translate([0, 0]).precision(1);
  const draw = (geo) => {
    const context = new RelativePath();
    geoPath(projection, context)(geo);
    return context.toString();
  };

  /** @type {Map<string, string>} */
  const byCode = new Map();
  for (const geometry of full.objects.countries.geometries) {
    const small = simplified.get(geometry.properties.name);
    // A small island state (Malta) simplifies to a line: draw it from its unsimplified outline instead.
    const d = (small && draw(feature(topology, small))) || draw(feature(full, geometry));
    if (!d) continue; // smaller than a map unit (Vatican, Monaco): its markers still show where it is
    const code = codeOf(geometry);
    byCode.set(code, (byCode.get(code) ?? '') + d);
  }
  const entries = [...byCode].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

  const head = {
    format: 'partner-elements-geometry/1',
    source: `Natural Earth 1:50m admin 0 countries via ${ATLAS.split('/')[0]} ${require('world-atlas/package.json').version}, public domain`,
    projection: MAP_PROJECTION,
    scale: MAP_SCALE,
    sphere: draw({ type: 'Sphere' }),
  };
  // One country per line keeps diffs of a regenerated file readable.
  const lines = entries.map(([code, d]) => `    ${JSON.stringify([code, d])}`);
  const json = `${JSON.stringify(head, null, 2).slice(0, -2)},\n  "countries": [\n${lines.join(',\n')}\n  ]\n}\n`;
  JSON.parse(json); // the hand-joined text must stay valid JSON
  return json;
}

const json = buildGeometry();
mkdirSync(new URL('.', OUT), { recursive: true });
writeFileSync(OUT, json);
const gzip = gzipSync(json, { level: 9 }).length;
console.log(`data/geo/world.json: ${json.length} bytes, ${gzip} bytes gzip`);
