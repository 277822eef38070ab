/**
 * A CSV as the elements read it, in a chunk of its own (the loader imports it only for a table): the full column
 * set of data/partnerships.csv, or the short form a person types (formats/short-table.ts), whose German place is the
 * element's `gemeinde`, `kreis` or `land` and whose partners a map places by name (data/gazetteer/). Parsed with
 * d3-dsv, `;` or `,` as the header shows.
 */
import { dsvFormat } from 'd3-dsv';
import { countryCodeOf } from '../i18n/country-codes.js';
import { DEFAULT_GAZETTEER } from './default-src.js';
import { detectDelimiter, recordStartLines, rowsToPartnerships, type CsvProblem } from './formats/csv-rows.js';
import { decodeText } from './formats/text-encoding.js';
import { isShortHeader, readShortTable, type ShortRow, type ShortTable } from './formats/short-table.js';
import { unusable, validated, type DatasetNeeds, type LoadedDataset } from './loader.js';
import type { ValidationResult } from './validate.js';
import { SCHEMA_VERSION, type Coordinates, type LocalSide, type Partnership, type SourceInfo } from './model.js';
import { germanPartOf, type GermanPlacePart, type WorldPlaceEntry } from './place-parts.js';
import { slugify } from './slug.js';
import type { ValidationProblem } from './validate.js';
import { foldLetters } from '../i18n/fold.js';

/** A short-form table read from `where`, to be made a dataset for each element's place. */
export interface TableRead {
  table: ShortTable;
  where: string;
  datasetFor(needs: DatasetNeeds): Promise<LoadedDataset>;
}

/**
 * The validator's answer with a table's own: the rows it could not read (`left`, with their `problems`) count as
 * left out too, and a record's problems name the line it was read from (`lineOf` its index).
 */
function withTable(
  problems: ValidationProblem[],
  left: number,
  lineOf: (index: number) => number | undefined,
): (result: ValidationResult) => ValidationResult {
  const withLine = (problem: ValidationProblem) => {
    const line = problem.index === undefined ? undefined : lineOf(problem.index);
    return line === undefined ? problem : { ...problem, line, message: `line ${line}: ${problem.message}` };
  };
  return (result) => ({
    ...result,
    problems: [...problems, ...result.problems.map(withLine)],
    warnings: result.warnings.map(withLine),
    skipped: result.skipped + left,
  });
}

/** A table's problem as the loader reports one: its line, column and what is wrong. */
function asProblem({ line, column, message }: CsvProblem): ValidationProblem {
  const at = `line ${line}${column ? `, column ${column}` : ''}`;
  return { ...(column ? { field: column } : {}), message: `${at}: ${message}`, detail: message, line };
}

/** The source a table's records cite: the file itself, by the name a webmaster gave it. */
function tableSource(where: string, covers: string): SourceInfo {
  let url: URL | undefined;
  try {
    url = new URL(where);
  } catch {
    url = undefined; // An inline table: `<script id="…">`.
  }
  const name = url ? decodeURIComponent(url.pathname.split('/').pop() ?? '') : where;
  const publisher = (url ? url.hostname : location.hostname) || 'this page';
  return { id: 'table', title: name || where, publisher, covers };
}

const today = () => new Date().toISOString().slice(0, 10);

/** A table's bytes as text: UTF-8, or Windows-1252 where they are not UTF-8 (Excel's "CSV (Trennzeichen-getrennt)"). */
export async function responseText(response: Response): Promise<string> {
  return decodeText(new Uint8Array(await response.arrayBuffer())).text;
}

export function readCsvText(text: string, where: string, status: number): Promise<LoadedDataset> | TableRead {
  const body = text.replace(/^\ufeff/u, '');
  // d3-dsv keeps blank lines as rows of one empty cell; the line count (recordStartLines) skips them.
  const records = dsvFormat(detectDelimiter(body))
    .parseRows(body)
    .filter((cells) => cells.some((cell) => cell.trim() !== ''));
  const starts = recordStartLines(body);
  const header = records[0] ?? [];
  if (isShortHeader(header)) {
    const table = readShortTable(records, starts, countryCodeOf);
    const read: TableRead = { table, where, datasetFor: (needs) => tableDataset(read, needs) };
    return read;
  }
  if (!header.map((h) => h.trim()).includes('partner_name')) {
    throw unusable(
      'invalid',
      0,
      `${where} is a table without the columns of a partnership table: it needs at least "Partnerort" and "Staat" ` +
        `(or "Partner" and "Country"), or the columns of data/partnerships.csv.`,
    );
  }
  const read = rowsToPartnerships(records, starts);
  const source = tableSource(where, '');
  // A row that names no source cites the table itself, at its line.
  const partnerships = read.partnerships.map((p, i) => {
    const record = p as { sources?: unknown[] };
    return record.sources?.length ? p : { ...record, sources: [{ source: source.id, line: read.lines[i] }] };
  });
  const cited = new Set(partnerships.flatMap((p) => (p as Partnership).sources.map((ref) => ref.source)));
  const sources = [...cited].map((id) => ({ ...source, id, covers: source.publisher }));
  // Rows of another length than the header are not read (their problem says why): left out.
  const notRead = records.length - 1 - read.partnerships.length;
  const payload = { schemaVersion: SCHEMA_VERSION, generated: today(), sources, partnerships };
  return validated(payload, where, status, '', withTable(read.problems.map(asProblem), notRead, (i) => read.lines[i]));
}

/** Each table's dataset for each place and need, made once for the page. */
const made = new WeakMap<ShortTable, Map<string, Promise<LoadedDataset>>>();

function tableDataset(read: TableRead, needs: DatasetNeeds): Promise<LoadedDataset> {
  const key = JSON.stringify([needs.gemeinde ?? '', needs.kreis ?? '', needs.land ?? '', Boolean(needs.coordinates)]);
  let byNeeds = made.get(read.table);
  if (!byNeeds) {
    byNeeds = new Map();
    made.set(read.table, byNeeds);
  }
  let promise = byNeeds.get(key);
  if (!promise) {
    promise = makeDataset(read, needs);
    byNeeds.set(key, promise);
  }
  return promise;
}

async function makeDataset({ table, where }: TableRead, needs: DatasetNeeds): Promise<LoadedDataset> {
  const problems = table.problems.map(asProblem);
  let left = table.left;
  const fallback = await elementPlace(needs, where, table.rows.length > 0 && table.rows.some((r) => !r.gemeinde));
  const partnerships: Partnership[] = [];
  const ids = new Set<string>();
  for (const row of table.rows) {
    const local = row.gemeinde ? await findPlace({ gemeinde: row.gemeinde }, needs) : fallback;
    if (!local) {
      left += 1;
      problems.push(asProblem({ line: row.line, column: 'Gemeinde', message: `no German Gemeinde "${row.gemeinde}" is known: the row is left out` }));
      continue;
    }
    const coordinates = row.coordinates ?? (needs.coordinates ? await placeAbroad(row) : undefined);
    if (needs.coordinates && !coordinates) {
      problems.push(asProblem({ line: row.line, column: 'Partnerort', message: `no town "${row.partner}" in ${row.country} is known to place it on the map: give Breitengrad and Längengrad` }));
    }
    partnerships.push(record(row, local, coordinates, ids));
  }
  const covers = fallback?.name ?? partnerships[0]?.local.name ?? '';
  const payload = {
    schemaVersion: SCHEMA_VERSION,
    generated: today(),
    sources: [tableSource(where, covers)],
    partnerships,
  };
  return validated(payload, where, 0, '', withTable(problems, left, (i) => partnerships[i]?.sources[0]?.line));
}

function record(row: ShortRow, local: LocalSide, coordinates: Coordinates | undefined, ids: Set<string>): Partnership {
  const base = `${local.gemeinde?.slug ?? local.kreis?.slug ?? local.land.slug}--${slugify(row.partner) || 'partner'}`;
  let id = base;
  for (let n = 2; ids.has(id); n += 1) id = `${base}-${n}`;
  ids.add(id);
  return {
    id,
    kind: row.kind,
    status: row.status,
    since: row.since,
    local,
    partner: {
      name: row.partner,
      level: 'city',
      country: row.country,
      ...(row.region ? { region: row.region } : {}),
      ...(coordinates ? { coordinates } : {}),
      ...(row.website ? { website: row.website } : {}),
      ...(row.description ? { description: row.description } : {}),
    },
    sources: [{ source: 'table', line: row.line }],
  };
}

/** The element's own place, for a table whose rows name none; an error that says what to write where it has none. */
async function elementPlace(needs: DatasetNeeds, where: string, needed: boolean): Promise<LocalSide | undefined> {
  if (!needed) return undefined;
  const asked = (['gemeinde', 'kreis', 'land'] as const).find((level) => needs[level]?.trim());
  if (!asked) {
    throw unusable(
      'invalid',
      0,
      `${where} is a short table, whose German place the element names: add gemeinde="…" (or kreis="…", land="…") to the element.`,
    );
  }
  const place = await findPlace(needs, needs);
  if (!place) {
    const value = needs[asked]?.split(',')[0]?.trim();
    throw unusable('invalid', 0, `${where}: ${asked}="${value}" is no German ${asked} the gazetteer knows.`);
  }
  return place;
}

const parts = new Map<string, Promise<GermanPlacePart | undefined>>();

function germanPart(name: string): Promise<GermanPlacePart | undefined> {
  let part = parts.get(name);
  if (!part) {
    part = fetch(`${DEFAULT_GAZETTEER}de/${name}.json`)
      .then((response) => (response.ok ? (response.json() as Promise<GermanPlacePart>) : undefined))
      .catch(() => undefined);
    parts.set(name, part);
  }
  return part;
}

const KEY_LENGTH = { gemeinde: 8, kreis: 5, land: 2 } as const;

/**
 * The first of `gemeinde`, `kreis`, `land` asked for, as a German side: by key, or by slug or name within the other
 * two where they narrow it (`gemeinde="neustadt" kreis="…"`). Undefined where none or several places answer.
 */
async function findPlace(asked: DatasetNeeds, within: DatasetNeeds): Promise<LocalSide | undefined> {
  const level = (['gemeinde', 'kreis', 'land'] as const).find((l) => asked[l]?.trim());
  const value = level && asked[level]?.split(',')[0]?.trim();
  if (!level || !value) return undefined;
  const partName = germanPartOf(value);
  const part = partName ? await germanPart(partName) : undefined;
  if (!part) return undefined;
  const slug = slugify(value);
  const narrowers = (['kreis', 'land'] as const)
    .filter((l) => l !== level && within[l]?.trim())
    .map((l) => within[l]!.split(',')[0]!.trim());
  const candidates = part.places.filter(
    ([placeSlug, , key]) =>
      key.length === KEY_LENGTH[level] &&
      (/^\d+$/u.test(value) ? key === value : placeSlug === slug) &&
      narrowers.every((n) => (/^\d+$/u.test(n) ? key.startsWith(n) : inArea(part, key, n))),
  );
  const [found, ...others] = candidates;
  if (!found || others.length > 0) return undefined;
  return localSide(part, found[1], found[2], { lat: found[3], lon: found[4] });
}

function inArea(part: GermanPlacePart, key: string, named: string): boolean {
  const slug = slugify(named);
  return [key.slice(0, 2), key.slice(0, 5)].some((area) => slugify(part.areas[area] ?? '') === slug);
}

function localSide(part: GermanPlacePart, name: string, key: string, coordinates: Coordinates): LocalSide {
  const area = (k: string) => ({ name: part.areas[k] ?? k, slug: slugify(part.areas[k] ?? k), key: k });
  const self = { name, slug: slugify(name), key };
  const kreisfrei = key.length === 8 && part.kreisfrei.includes(key.slice(0, 5));
  if (key.length === 2) return { name, level: 'land', land: self, coordinates };
  if (key.length === 5) return { name, level: 'kreis', land: area(key.slice(0, 2)), kreis: self, coordinates };
  return {
    name,
    level: kreisfrei ? 'kreisfreie-stadt' : 'gemeinde',
    land: area(key.slice(0, 2)),
    kreis: kreisfrei ? { ...self, key: key.slice(0, 5) } : area(key.slice(0, 5)),
    gemeinde: self,
    coordinates,
  };
}

const world = new Map<string, Promise<WorldPlaceEntry[]>>();

/** A partner's position from GeoNames' towns in its country: the most populous of that name. */
async function placeAbroad(row: ShortRow): Promise<Coordinates | undefined> {
  let towns = world.get(row.country);
  if (!towns) {
    towns = fetch(`${DEFAULT_GAZETTEER}world/${row.country}.json`)
      .then((response) => (response.ok ? (response.json() as Promise<WorldPlaceEntry[]>) : []))
      .catch(() => []);
    world.set(row.country, towns);
  }
  const fold = (name: string) => foldLetters(name).replace(/[^a-z0-9]/gu, '');
  // "Cisnădie/Heltau", "Porto (Portugal)": the first name is the town's own.
  const wanted = [row.partner, row.partner.split(/\s*[/(]/u)[0] ?? ''].map(fold).filter(Boolean);
  const found = (await towns).find(([name]) => wanted.includes(fold(name)));
  return found ? { lat: found[1], lon: found[2] } : undefined;
}
