/**
 * The dataset's CSV columns and how a row of cells becomes a record: shared by the command line (which parses with
 * csv-parse, csv.ts) and the browser (which parses with d3-dsv, csv-source.ts), so both read a row the same way.
 * Lists and structured fields (Ortsteile, joint holders, notes, conflicts, corrections) are JSON in their cell;
 * sources are `source:line` pairs separated by spaces.
 */
import { PARTNERSHIP_FIELDS, type Field } from '../fields.js';

type Row = Record<string, string>;

/** The table's fields that have a column, in column order. */
export const COLUMN_FIELDS = PARTNERSHIP_FIELDS.filter((f): f is Field & { csv: string } => f.csv !== undefined);
/** The columns, in order. */
export const CSV_COLUMNS: readonly string[] = COLUMN_FIELDS.map((f) => f.csv);

export interface CsvProblem {
  /** 1-based line of the CSV text where the row starts (the header is line 1). */
  line: number;
  column?: string;
  message: string;
}

export interface CsvReadResult {
  /** The rows as partnership objects, not yet validated (run validateDataset on them); a row of another length than
   * the header is not read, its problem says why. */
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
export function recordStartLines(csv: string): number[] {
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

function cellJson(value: string, column: string, line: number, problems: CsvProblem[]): unknown {
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

/** A cell's value for its field; undefined where an empty cell means the field is left out. */
function valueOf(field: Field & { csv: string }, cell: string, line: number, problems: CsvProblem[]): unknown {
  if (field.cell === 'refs') return cellSources(cell, line, problems);
  if (field.type.type === 'year') return cell.trim() === '' ? null : cellNumber(cell);
  if (cell === '') return field.required === true || field.type.type === 'number' ? cell : undefined;
  if (field.cell === 'json') return cellJson(cell, field.csv, line, problems);
  return field.type.type === 'number' ? cellNumber(cell) : cell;
}

/**
 * A row as a record, its fields in the table's order. An object (an area, coordinates) is there when one of its
 * cells is filled; an empty cell of a required field stays empty, for the validator to name.
 */
function fromRow(row: Row, line: number, problems: CsvProblem[]): unknown {
  const record: Record<string, unknown> = {};
  // The objects that one of their cells fills: `local`, `local.kreis`, `partner.coordinates`, ...
  const filled = new Set<string>();
  for (const f of COLUMN_FIELDS) {
    if (row[f.csv] === '') continue;
    for (let dot = f.path.indexOf('.'); dot > 0; dot = f.path.indexOf('.', dot + 1)) filled.add(f.path.slice(0, dot));
  }
  for (const field of COLUMN_FIELDS) {
    const keys = field.path.split('.');
    const key = keys.pop() as string;
    if (keys.length > 0 && !filled.has(keys.join('.'))) continue;
    let parent = record;
    for (const name of keys) parent = (parent[name] ??= {}) as Record<string, unknown>;
    const value = valueOf(field, row[field.csv] ?? '', line, problems);
    if (value !== undefined) parent[key] = value;
  }
  return record;
}

/**
 * The records of a parsed CSV (`records[0]` the header), each with the line its row starts on (`starts`, one per
 * record; else each record is taken to be one line). Never throws: what cannot be read is a problem on its line.
 */
export function rowsToPartnerships(records: string[][], starts: number[] = []): CsvReadResult {
  const problems: CsvProblem[] = [];
  const header = (records[0] ?? []).map((h) => h.trim());
  const missing = CSV_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) problems.push({ line: 1, message: `missing columns: ${missing.join(', ')}` });
  const unknown = header.filter((h) => !CSV_COLUMNS.includes(h));
  if (unknown.length > 0) problems.push({ line: 1, message: `unknown columns (ignored): ${unknown.join(', ')}` });

  const partnerships: unknown[] = [];
  const lines: number[] = [];
  records.slice(1).forEach((cells, i) => {
    const line = starts.length === records.length ? (starts[i + 1] ?? i + 2) : i + 2;
    // A row of another length has its values under the wrong columns: one problem that says why, rather than one
    // misleading problem per shifted column.
    if (cells.length !== header.length) {
      const hint = cells.length > header.length ? ': a value with a comma or semicolon in it needs quotes' : '';
      problems.push({ line, message: `has ${cells.length} fields, the header ${header.length}${hint}` });
      return;
    }
    const row: Row = Object.fromEntries(CSV_COLUMNS.map((c) => [c, '']));
    header.forEach((name, index) => {
      if (CSV_COLUMNS.includes(name)) row[name] = cells[index] ?? '';
    });
    partnerships.push(fromRow(row, line, problems));
    lines.push(line);
  });
  return { partnerships, lines, problems };
}


/** The CSV column that holds a validator field path ("partner.country" → "partner_country", "local.land" → "land_name"). */
export function csvColumnOf(field: string): string | undefined {
  const path = field.replace(/\[\d+\].*$/u, '');
  return COLUMN_FIELDS.find((f) => f.path === path || f.path.startsWith(`${path}.`))?.csv;
}
