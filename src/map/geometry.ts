/**
 * Loads the map's land geometry (data/geo/world.json, built by tools/build-geometry.mjs) from the same request pool
 * as the shared dataset loader: one request per URL per page however many maps there are, kept after success,
 * forgotten after a failure (so a retry asks again), aborted when the last map that wanted it leaves the page, with
 * a timeout. Only a connected `<partner-map>` asks for it, so a page without a map never downloads it.
 */
import { requestPool, withTimeout, type Held } from '../data/request-pool.js';
import { MAP_PROJECTION, MAP_SCALE } from './projection.js';

/** Ready-to-draw SVG path data in map units (see projection.ts). */
export interface WorldGeometry {
  /** The outline of the whole globe: the sea. */
  readonly sphere: string;
  /** ISO 3166-1 alpha-2 code (or '' for unassigned land) and the country's path data. */
  readonly countries: readonly (readonly [code: string, d: string])[];
}

export class GeometryLoadError extends Error {
  override readonly name = 'GeometryLoadError';
  /** `status`: the HTTP status, or 0 where there was no usable response. */
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export type GeometryRequest = Held<WorldGeometry>;

const TIMEOUT = 20_000;
const FORMAT = 'partner-elements-geometry/1';
const PATH_DATA = /^[MLZmlz0-9 .-]*$/u;

const requests = requestPool(fetchGeometry);

const failure = (where: string, why: string) =>
  new GeometryLoadError(0, `The map geometry ${where}: ${why}.`);

/** Ask for the geometry at `url` (absolute); call `release()` when the map no longer needs it. */
export function requestGeometry(url: string): GeometryRequest {
  return requests.hold(url);
}

/** Forget every cached geometry (tests). */
export function clearGeometryCache(): void {
  requests.clear();
}

async function fetchGeometry(url: string, signal: AbortSignal): Promise<WorldGeometry> {
  const within = withTimeout(TIMEOUT, signal);
  let response: Response;
  let payload: unknown;
  try {
    response = await fetch(url, { signal: within });
    payload = response.ok ? await response.json() : undefined;
  } catch {
    throw failure(
      url,
      signal.aborted ? 'aborted' : within.aborted ? `no answer within ${TIMEOUT} ms` : 'not readable',
    );
  }
  if (!response.ok)
    throw new GeometryLoadError(response.status, `The map geometry ${url}: HTTP ${response.status}.`);
  return parseGeometry(payload, url);
}

/** Checks that a payload is geometry this version can draw (same format, projection and scale). */
export function parseGeometry(payload: unknown, where = 'geometry'): WorldGeometry {
  const fail = (why: string) => failure(where, why);
  if (typeof payload !== 'object' || payload === null) throw fail('not an object');
  const p = payload as Record<string, unknown>;
  if (p['format'] !== FORMAT) throw fail(`format is not ${FORMAT}`);
  if (p['projection'] !== MAP_PROJECTION || p['scale'] !== MAP_SCALE)
    throw fail('made for another projection');
  const { sphere, countries } = p;
  if (typeof sphere !== 'string' || !PATH_DATA.test(sphere)) throw fail('no usable sphere');
  if (!Array.isArray(countries)) throw fail('no countries');
  for (const entry of countries) {
    const ok =
      Array.isArray(entry) &&
      entry.length === 2 &&
      typeof entry[0] === 'string' &&
      /^(?:[A-Z]{2})?$/u.test(entry[0]) &&
      typeof entry[1] === 'string' &&
      PATH_DATA.test(entry[1]);
    if (!ok) throw fail('a country entry is malformed');
  }
  return { sphere, countries: countries as [string, string][] };
}
