/**
 * The dataset as CSV, one row per partnership, for maintainers who keep the list in a spreadsheet.
 * Writing and reading use csv-stringify and csv-parse; reading accepts what spreadsheets save: UTF-8 with or without
 * a byte order mark, `;` or `,` as delimiter (detected from the header), quoted fields with line breaks, CRLF.
 * Lists and structured fields (Ortsteile, joint holders, notes, conflicts, corrections) are JSON in their cell;
 * sources are `source:line` pairs separated by spaces. JSON → CSV → JSON gives back the same dataset.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { canonicalPartnership } from './import/canonical.js';
import type { Area, Dataset, Partnership } from './model.js';

/** The columns, in order; each says which field of the data model it holds. */
export const CSV_COLUMNS = [
  'id',
  'kind',
  'status',
  'since',
  'since_text',
  'local_name',
  'local_level',
  'land_name',
  'land_slug',
  'land_key',
  'kreis_name',
  'kreis_slug',
  'kreis_key',
  'verbandsgemeinde_name',
  'verbandsgemeinde_slug',
  'verbandsgemeinde_key',
  'gemeinde_name',
  'gemeinde_slug',
  'gemeinde_key',
  'ortsteile',
  'joint_with',
  'local_lat',
  'local_lon',
  'partner_name',
  'partner_native_name',
  'partner_native_lang',
  'partner_level',
  'partner_country',
  'partner_region',
  'partner_lat',
  'partner_lon',
  'partner_wikidata',
  'partner_website',
  'partner_description',
  'sources',
  'notes',
  'conflicts',
  'corrections',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
type Row = Record<CsvColumn, string>;

export interface CsvOptions {
  /** `,` (default) or `;` (what German spreadsheets expect). */
  delimiter?: ',' | ';';
  /** Start with a byte order mark, so that spreadsheets read the file as UTF-8. */
  bom?: boolean;
  /** `\n` (default) or `\r\n`. */
  lineEnding?: '\n' | '\r\n';
}

const text = (value: string | undefined): string => value ?? '';
const number = (value: number | undefined): string => (value === undefined ? '' : String(value));
const json = (value: unknown[] | undefined): string => (value === undefined ? '' : JSON.stringify(value));

function toRow(p: Partnership): Row {
  const { local, partner } = p;
  const areaCells = (prefix: 'land' | 'kreis' | 'verbandsgemeinde' | 'gemeinde', area: Area | undefined) => ({
    [`${prefix}_name`]: text(area?.name),
    [`${prefix}_slug`]: text(area?.slug),
    [`${prefix}_key`]: text(area?.key),
  });
  return {
    id: p.id,
    kind: p.kind,
    status: p.status,
    since: p.since === null ? '' : String(p.since),
    since_text: text(p.sinceText),
    local_name: local.name,
    local_level: local.level,
    ...areaCells('land', local.land),
    ...areaCells('kreis', local.kreis),
    ...areaCells('verbandsgemeinde', local.verbandsgemeinde),
    ...areaCells('gemeinde', local.gemeinde),
    ortsteile: json(local.ortsteile),
    joint_with: json(local.jointWith),
    local_lat: number(local.coordinates?.lat),
    local_lon: number(local.coordinates?.lon),
    partner_name: partner.name,
    partner_native_name: text(partner.nativeName),
    partner_native_lang: text(partner.nativeLang),
    partner_level: partner.level,
    partner_country: partner.country,
    partner_region: text(partner.region),
    partner_lat: number(partner.coordinates?.lat),
    partner_lon: number(partner.coordinates?.lon),
    partner_wikidata: text(partner.wikidata),
    partner_website: text(partner.website),
    partner_description: text(partner.description),
    sources: p.sources.map((s) => `${s.source}:${s.line}`).join(' '),
    notes: json(p.notes),
    conflicts: json(p.conflicts),
    corrections: json(p.corrections),
  } as Row;
}

/** One row per partnership, with a header row. */
export function datasetToCsv(dataset: Pick<Dataset, 'partnerships'>, options: CsvOptions = {}): string {
  const body = stringify(
    dataset.partnerships.map((p) => CSV_COLUMNS.map((column) => toRow(p)[column])),
    {
      header: true,
      columns: [...CSV_COLUMNS],
      delimiter: options.delimiter ?? ',',
      record_delimiter: options.lineEnding === '\r\n' ? 'windows' : 'unix',
    },
  );
  return (options.bom ? '\ufeff' : '') + body;
}

export interface CsvProblem {
  /** 1-based line of the CSV text where the row starts (the header is line 1). */
  line: number;
  column?: string;
  message: string;
}

export interface CsvReadResult {
  /** The rows as partnership objects, not yet validated (run validateDataset on them). */
  partnerships: unknown[];
  /** For each partnership, the CSV line its row starts on. */
  lines: number[];
  problems: CsvProblem[];
}

/** The delimiter the header uses: a spreadsheet in a German locale saves `;`, elsewhere `,`. */
export function detectDelimiter(csv: string): ',' | ';' {
  const header = csv.replace(/^\ufeff/u, '').split(/\r\n|\r|\n/u, 1)[0] ?? '';
  const count = (ch: string) => header.split(ch).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** The line on which each record starts (quoted line breaks stay within a record; blank lines hold none). */
function recordStartLines(csv: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let inQuotes = false;
  let atStart = true;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (ch === '\ufeff' && i === 0) continue;
    const newline = ch === '\n' || (ch === '\r' && csv[i + 1] !== '\n');
    if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (newline) {
        line++;
        atStart = true;
      }
      continue;
    }
    if (atStart) {
      starts.push(line);
      atStart = false;
    }
    if (ch === '"') inQuotes = !inQuotes;
    else if (newline) line++;
  }
  return starts;
}

function cellJson(row: Row, column: CsvColumn, line: number, problems: CsvProblem[]): unknown {
  const value = row[column];
  if (value === '') return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    problems.push({ line, column, message: `${column} is not valid JSON: ${value.slice(0, 40)}` });
    return value;
  }
}

function cellNumber(value: string): number | string {
  const n = Number(value);
  return value.trim() !== '' && Number.isFinite(n) ? n : value;
}

function cellArea(row: Row, prefix: 'land' | 'kreis' | 'verbandsgemeinde' | 'gemeinde'): Area | undefined {
  const name = row[`${prefix}_name`];
  const slug = row[`${prefix}_slug`];
  const key = row[`${prefix}_key`];
  if (name === '' && slug === '' && key === '') return undefined;
  return key === '' ? { name, slug } : { name, slug, key };
}

function cellCoordinates(lat: string, lon: string) {
  if (lat === '' && lon === '') return undefined;
  return { lat: cellNumber(lat), lon: cellNumber(lon) };
}

function cellSources(value: string, line: number, problems: CsvProblem[]) {
  if (value.trim() === '') return [];
  return value
    .trim()
    .split(/\s+/u)
    .map((token) => {
      const m = /^(.+):(\d+)$/u.exec(token);
      if (!m?.[1] || !m[2]) {
        problems.push({ line, column: 'sources', message: `sources entry "${token}" is not "source:line"` });
        return { source: token, line: 0 };
      }
      return { source: m[1], line: Number(m[2]) };
    });
}

function fromRow(row: Row, line: number, problems: CsvProblem[]): unknown {
  const since = row.since.trim() === '' ? null : cellNumber(row.since);
  const record = {
    id: row.id,
    kind: row.kind,
    status: row.status,
    since,
    sinceText: row.since_text || undefined,
    local: {
      name: row.local_name,
      level: row.local_level,
      land: cellArea(row, 'land'),
      kreis: cellArea(row, 'kreis'),
      verbandsgemeinde: cellArea(row, 'verbandsgemeinde'),
      gemeinde: cellArea(row, 'gemeinde'),
      ortsteile: cellJson(row, 'ortsteile', line, problems),
      jointWith: cellJson(row, 'joint_with', line, problems),
      coordinates: cellCoordinates(row.local_lat, row.local_lon),
    },
    partner: {
      name: row.partner_name,
      nativeName: row.partner_native_name || undefined,
      nativeLang: row.partner_native_lang || undefined,
      level: row.partner_level,
      country: row.partner_country,
      region: row.partner_region || undefined,
      coordinates: cellCoordinates(row.partner_lat, row.partner_lon),
      wikidata: row.partner_wikidata || undefined,
      website: row.partner_website || undefined,
      description: row.partner_description || undefined,
    },
    sources: cellSources(row.sources, line, problems),
    notes: cellJson(row, 'notes', line, problems),
    conflicts: cellJson(row, 'conflicts', line, problems),
    corrections: cellJson(row, 'corrections', line, problems),
  };
  // Give the record the dataset's key order; structured cells that failed to parse stay as they are for the validator.
  return canonicalPartnership(record as unknown as Partnership);
}

/** Reads a CSV as the dataset's rows; never throws (a CSV that cannot be parsed gives a problem on its line). */
export function csvToPartnerships(csv: string): CsvReadResult {
  const problems: CsvProblem[] = [];
  let records: string[][];
  try {
    records = parse(csv, {
      bom: true,
      delimiter: detectDelimiter(csv),
      relax_column_count: true,
      skip_empty_lines: true,
    }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { partnerships: [], lines: [], problems: [{ line, message: `not a readable CSV: ${(error as Error).message}` }] };
  }
  const starts = recordStartLines(csv);
  const header = (records[0] ?? []).map((h) => h.trim());
  const missing = CSV_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) problems.push({ line: 1, message: `missing columns: ${missing.join(', ')}` });
  const unknown = header.filter((h) => !(CSV_COLUMNS as readonly string[]).includes(h));
  if (unknown.length > 0) problems.push({ line: 1, message: `unknown columns (ignored): ${unknown.join(', ')}` });

  const partnerships: unknown[] = [];
  const lines: number[] = [];
  records.slice(1).forEach((cells, i) => {
    const line = starts.length === records.length ? (starts[i + 1] ?? i + 2) : i + 2;
    if (cells.length !== header.length) {
      problems.push({ line, message: `has ${cells.length} fields, the header ${header.length}` });
    }
    const row = Object.fromEntries(CSV_COLUMNS.map((c) => [c, ''])) as Row;
    header.forEach((name, index) => {
      if ((CSV_COLUMNS as readonly string[]).includes(name)) row[name as CsvColumn] = cells[index] ?? '';
    });
    partnerships.push(fromRow(row, line, problems));
    lines.push(line);
  });
  return { partnerships, lines, problems };
}

/** The CSV column that holds a validator field path ("partner.country" → "partner_country"). */
export function csvColumnOf(field: string): CsvColumn | undefined {
  const path = field.replace(/\[\d+\].*$/u, '');
  const direct: Record<string, CsvColumn> = {
    id: 'id',
    kind: 'kind',
    status: 'status',
    since: 'since',
    sinceText: 'since_text',
    sources: 'sources',
    notes: 'notes',
    conflicts: 'conflicts',
    corrections: 'corrections',
    'local.name': 'local_name',
    'local.level': 'local_level',
    'local.ortsteile': 'ortsteile',
    'local.jointWith': 'joint_with',
    'local.coordinates.lat': 'local_lat',
    'local.coordinates.lon': 'local_lon',
    'local.coordinates': 'local_lat',
    'partner.nativeName': 'partner_native_name',
    'partner.nativeLang': 'partner_native_lang',
    'partner.coordinates.lat': 'partner_lat',
    'partner.coordinates.lon': 'partner_lon',
    'partner.coordinates': 'partner_lat',
  };
  if (direct[path]) return direct[path];
  const area = /^local\.(land|kreis|verbandsgemeinde|gemeinde)(?:\.(name|slug|key))?$/u.exec(path);
  if (area?.[1]) return `${area[1]}_${area[2] ?? 'name'}` as CsvColumn;
  const partner = /^partner\.(\w+)$/u.exec(path);
  if (partner?.[1] && (CSV_COLUMNS as readonly string[]).includes(`partner_${partner[1]}`)) {
    return `partner_${partner[1]}` as CsvColumn;
  }
  return undefined;
}
