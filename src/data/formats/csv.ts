/**
 * The dataset as CSV, one row per partnership, for maintainers who keep the list in a spreadsheet.
 * Writing and reading use csv-stringify and csv-parse; reading accepts what spreadsheets save: UTF-8 with or without
 * a byte order mark, `;` or `,` as delimiter (detected from the header), quoted fields with line breaks, CRLF.
 * How a row becomes a record is csv-rows.ts's. JSON → CSV → JSON gives back the same dataset.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Field } from '../fields.js';
import type { Dataset, Partnership } from '../model.js';
import {
  COLUMN_FIELDS,
  CSV_COLUMNS,
  detectDelimiter,
  recordStartLines,
  rowsToPartnerships,
  type CsvReadResult,
} from './csv-rows.js';

export { CSV_COLUMNS, csvColumnOf, detectDelimiter, type CsvProblem, type CsvReadResult } from './csv-rows.js';

export interface CsvOptions {
  /** `,` (default) or `;` (what German spreadsheets expect). */
  delimiter?: ',' | ';';
  /** Start with a byte order mark, so that spreadsheets read the file as UTF-8. */
  bom?: boolean;
  /** `\n` (default) or `\r\n`. */
  lineEnding?: '\n' | '\r\n';
}

/** The value at a dotted path (no list lies on the way to a column's field). */
function valueAt(record: unknown, path: string): unknown {
  let value = record;
  for (const key of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
  return value;
}

function cellOf(field: Field, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (field.cell === 'json') return JSON.stringify(value);
  if (field.cell === 'refs') return (value as Partnership['sources']).map((s) => `${s.source}:${s.line}`).join(' ');
  return String(value as string | number);
}

function toRow(p: Partnership): string[] {
  return COLUMN_FIELDS.map((field) => cellOf(field, valueAt(p, field.path)));
}

/** One row per partnership, with a header row. */
export function datasetToCsv(dataset: Pick<Dataset, 'partnerships'>, options: CsvOptions = {}): string {
  const body = stringify(dataset.partnerships.map(toRow), {
      header: true,
      columns: [...CSV_COLUMNS],
      delimiter: options.delimiter ?? ',',
      record_delimiter: options.lineEnding === '\r\n' ? 'windows' : 'unix',
    },
  );
  return (options.bom ? '\ufeff' : '') + body;
}

/** Reads a CSV as the dataset's rows; never throws (a CSV that cannot be parsed gives a problem on its line). */
export function csvToPartnerships(csv: string): CsvReadResult {
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
  return rowsToPartnerships(records, recordStartLines(csv));
}
