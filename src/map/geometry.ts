/**
 * Loads the map's land geometry (data/geo/world.json, built by tools/build-geometry.mjs) the way the shared dataset
 * loader loads data: one request per URL per page however many maps there are, kept after success, forgotten after a
 * failure (so a retry asks again), aborted when the last map that wanted it leaves the page, with a timeout. Only a
 * connected `<partner-map>` asks for it, so a page without a map never downloads it.
 */
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

export interface GeometryRequest {
  readonly promise: Promise<WorldGeometry>;
  release(): void;
}

interface Entry {
  readonly promise: Promise<WorldGeometry>;
  readonly controller: AbortController;
  holders: number;
  settled: boolean;
}

const TIMEOUT = 20_000;
const FORMAT = 'partner-elements-geometry/1';
const PATH_DATA = /^[MLZmlz0-9 .-]*$/u;

const requests = new Map<string, Entry>();

/** Ask for the geometry at `url` (absolute); call `release()` when the map no longer needs it. */
export function requestGeometry(url: string): GeometryRequest {
  let entry = requests.get(url);
  if (!entry) {
    const controller = new AbortController();
    const created: Entry = {
      controller,
      holders: 0,
      settled: false,
      promise: fetchGeometry(url, controller.signal).then(
        (geometry) => {
          created.settled = true;
          return geometry;
        },
        (error: unknown) => {
          created.settled = true;
          if (requests.get(url) === created) requests.delete(url);
          throw error;
        },
      ),
    };
    requests.set(url, created);
    entry = created;
  }
  const held = entry;
  held.holders += 1;
  let released = false;
  return {
    promise: held.promise,
    release() {
      if (released) return;
      released = true;
      held.holders -= 1;
      // A map moved in the DOM disconnects and reconnects at once: wait a microtask before giving up the request.
      queueMicrotask(() => {
        if (held.holders > 0 || held.settled) return;
        if (requests.get(url) === held) requests.delete(url);
        held.controller.abort();
      });
    },
  };
}

/** Forget every cached geometry (tests). */
export function clearGeometryCache(): void {
  requests.clear();
}

async function fetchGeometry(url: string, signal: AbortSignal): Promise<WorldGeometry> {
  const timeout = AbortSignal.timeout(TIMEOUT);
  let response: Response;
  let payload: unknown;
  try {
    response = await fetch(url, { signal: AbortSignal.any([signal, timeout]), credentials: 'same-origin' });
    payload = response.ok ? await response.json() : undefined;
  } catch {
    const why = signal.aborted
      ? 'aborted'
      : timeout.aborted
        ? `no answer within ${TIMEOUT} ms`
        : 'not readable';
    throw new GeometryLoadError(0, `The map geometry ${url}: ${why}.`);
  }
  if (!response.ok)
    throw new GeometryLoadError(response.status, `The map geometry ${url}: HTTP ${response.status}.`);
  return parseGeometry(payload, url);
}

/** Checks that a payload is geometry this version can draw (same format, projection and scale). */
export function parseGeometry(payload: unknown, where = 'geometry'): WorldGeometry {
  const fail = (why: string) => new GeometryLoadError(0, `The map geometry ${where}: ${why}.`);
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
