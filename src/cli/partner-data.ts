#!/usr/bin/env node
/**
 * partner-data: the data command line. Thin over src/data: it reads and writes files, the pure functions do the work.
 *   import                 rebuild data/ outputs from data/sources and data/curation
 *   validate FILE          check a dataset (JSON or CSV); exit 1 on errors
 *   csv-to-json IN OUT     convert a maintainer's CSV to the dataset JSON
 *   json-to-csv IN OUT     convert the dataset JSON to CSV
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { datasetJson } from '../data/formats/canonical.js';
import { csvColumnOf, csvToPartnerships, datasetToCsv, type CsvOptions } from '../data/formats/csv.js';
import { datapackage } from '../data/formats/datapackage.js';
import { datasetSchema } from '../data/formats/json-schema.js';
import { decodeText } from '../data/formats/text-encoding.js';
import { buildDataset } from '../data/import/build.js';
import { importReport, summaryLine } from '../data/import/report.js';
import { locateJson } from '../data/json-lines.js';
import { SCHEMA_VERSION, type Dataset } from '../data/model.js';
import { buildShards, splitIndex } from '../data/shards.js';
import type { GermanGazetteer } from '../data/import/gazetteer.js';
import { germanPlaceParts, worldPlaceParts } from '../data/import/place-parts-out.js';
import type { GeoNamesCity } from '../data/import/places-abroad.js';
import { validateDataset, type ValidationProblem } from '../data/validate.js';
import { countryCode } from './countries.js';
import {
  DATA_DIR,
  readCitiesAbroad,
  readCuration,
  readSourceEntries,
  readSources,
  sourceInfo,
} from './files.js';

const HELP = `Usage: partner-data <command> [arguments]

Commands:
  import                    Rebuild data/partnerships.json, .csv, shards/, gazetteer/, schema.json, datapackage.json and
                            import-report.md from data/sources and data/curation; prints a summary and
                            every problem (exit 1 if there is one).
  validate FILE             Check a dataset, JSON or CSV. Each error names the record (index and id, or
                            CSV line) and the field. Exit 1 on errors, 0 otherwise.
  csv-to-json IN OUT        Convert a CSV (comma or semicolon, UTF-8 with or without BOM) to dataset JSON.
  json-to-csv IN OUT        Convert dataset JSON to CSV. Add --excel for semicolons, a BOM and CRLF,
                            the form German spreadsheet programs open directly.

Options:
  --sources FILE            For CSV input: the sources file that lists the sources the rows cite
                            (default: the package's data/sources/sources.json).
  -h, --help                Show this help.
`;

class UsageError extends Error {}
/** A file that can be read but not used as it is: exit 1, as any other error in the data. */
class InputError extends Error {}

function write(path: string, text: string): void {
  writeFileSync(path, text, 'utf8');
}

/** data/shards/: the dataset per Land and per Kreis with their index in parts (src/data/shards.ts); old shards go first. */
function writeShards(dataset: Dataset): void {
  const folder = join(DATA_DIR, 'shards');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder);
  const { index, shards } = buildShards(dataset);
  for (const [name, shard] of shards) write(join(folder, `${name}.json`), datasetJson(shard));
  mkdirSync(join(folder, 'index'));
  for (const [name, part] of splitIndex(index))
    write(join(folder, 'index', `${name}.json`), `${JSON.stringify(part)}\n`);
}

/** data/gazetteer/: the German places and the towns abroad in parts, for a webmaster's own table (place-parts.ts). */
function writeGazetteers(gazetteer: GermanGazetteer | undefined, cities: readonly GeoNamesCity[]): void {
  const folder = join(DATA_DIR, 'gazetteer');
  rmSync(folder, { recursive: true, force: true });
  for (const [name, parts] of [
    ['de', gazetteer ? germanPlaceParts(gazetteer) : new Map()],
    ['world', worldPlaceParts(cities)],
  ] as const) {
    mkdirSync(join(folder, name), { recursive: true });
    for (const [part, content] of parts)
      write(join(folder, name, `${part}.json`), `${JSON.stringify(content)}\n`);
  }
}

function runImport(): number {
  const { inputs, files } = readSources();
  const citiesAbroad = readCitiesAbroad();
  const result = buildDataset({ sources: inputs, curation: readCuration(), countryCode, citiesAbroad });
  const { dataset } = result;
  write(join(DATA_DIR, 'partnerships.json'), datasetJson(dataset));
  write(join(DATA_DIR, 'partnerships.csv'), datasetToCsv(dataset));
  write(join(DATA_DIR, 'schema.json'), `${JSON.stringify(datasetSchema(), null, 2)}\n`);
  write(join(DATA_DIR, 'datapackage.json'), `${JSON.stringify(datapackage(dataset), null, 2)}\n`);
  write(join(DATA_DIR, 'import-report.md'), importReport(result, files));
  writeShards(dataset);
  writeGazetteers(result.gazetteer, citiesAbroad.cities);

  for (const r of result.imports) {
    const count = (cls: string) => r.lines.filter((l) => l.class === cls).length;
    console.log(
      `${r.source.id}: ${r.lines.length} lines → ${r.records.length} records (${count('record')} record lines), ` +
        `${count('heading')} headings, ${count('note')} notes, ${count('chrome')} chrome, ${count('problem')} problems` +
        (count('place') > 0 ? `, ${count('place')} places` : ''),
    );
  }
  console.log(`${dataset.partnerships.length} partnerships. ${summaryLine(dataset)}`);
  for (const place of result.missingCoordinates) console.log(`no coordinates: ${place}`);
  for (const id of result.missingCountry) console.log(`no country: ${id}`);
  if (result.unplaced.length > 0) {
    console.log(
      `${result.unplaced.length} lines of compiled lists no gazetteer can place: see data/import-report.md`,
    );
  }
  for (const p of result.problems) {
    const where = p.source ? `${files[p.source] ?? p.source}${p.line ? `:${p.line}` : ''}: ` : '';
    console.error(`problem: ${where}${p.message}`);
  }
  return result.problems.length > 0 ? 1 : 0;
}

function sourcesFor(args: string[]) {
  const index = args.indexOf('--sources');
  const path = index >= 0 ? args[index + 1] : undefined;
  if (index >= 0 && !path) throw new UsageError('--sources needs a file');
  return readSourceEntries(path ?? join(DATA_DIR, 'sources', 'sources.json')).map(sourceInfo);
}

/** A CSV's rows as a dataset payload; the dataset's sources and date come from the sources file. */
function csvDataset(text: string, args: string[]) {
  const read = csvToPartnerships(text);
  const sources = sourcesFor(args);
  // The newest retrieval date, as the import dates the dataset; today where the sources file gives none.
  const generated =
    sources
      .map((s) => s.retrieved ?? '')
      .sort()
      .at(-1) || new Date().toISOString().slice(0, 10);
  const payload = { schemaVersion: SCHEMA_VERSION, generated, sources, partnerships: read.partnerships };
  return { read, payload };
}

/**
 * A file's text. A CSV that is not UTF-8 is read as Windows-1252 (what Excel saves) and said so; JSON is UTF-8 by
 * definition, so JSON that is not is an error rather than a file of mangled names.
 */
function readInput(path: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  const { text, encoding } = decodeText(bytes);
  if (encoding === 'utf-8') return text;
  if (!isCsv(path)) throw new InputError(`${path}: not UTF-8; save the file as UTF-8`);
  console.error(`${path}: not UTF-8, read as Windows-1252 (as Excel saves a CSV)`);
  return text;
}

function isCsv(path: string): boolean {
  return extname(path).toLowerCase() === '.csv';
}

function runValidate(path: string, args: string[]): number {
  const text = readInput(path);
  const errors: string[] = [];
  let result;
  /** Where a problem is, as a maintainer looks for it: the file, its line (and CSV column), then what is wrong. */
  let locate: (p: ValidationProblem) => string;
  if (isCsv(path)) {
    const { read, payload } = csvDataset(text, args);
    for (const p of read.problems)
      errors.push(`${path}:${p.line}: ${p.column ? `${p.column}: ` : ''}${p.message}`);
    result = validateDataset(payload);
    locate = (p) => {
      if (p.index === undefined) return `${path}: ${p.message}`;
      const column = p.field ? csvColumnOf(p.field) : undefined;
      const id = p.id ? ` (${p.id})` : '';
      return `${path}:${read.lines[p.index] ?? '?'}${id}: ${column ? `column ${column}: ` : ''}${p.detail ?? p.message}`;
    };
  } else {
    // JSON.parse names no line: the scan finds each record's line and a syntax error's line and column.
    const where = locateJson(text);
    let payload: unknown;
    try {
      payload = JSON.parse(text);
    } catch (error) {
      const at = where.error;
      console.error(
        `${path}${at ? `:${at.line}:${at.column}` : ''}: not valid JSON: ${at?.message ?? (error as Error).message}`,
      );
      return 1;
    }
    result = validateDataset(payload);
    locate = (p) => {
      const line = p.index === undefined ? undefined : where.records[p.index];
      return `${path}${line ? `:${line}` : ''}: ${p.message}`;
    };
  }
  errors.push(...result.problems.map(locate));
  for (const e of errors) console.error(e);
  // A warning keeps its record (an address that is not http(s) is shown as text) but wants fixing in the data.
  for (const w of result.warnings) console.error(`warning: ${locate(w)}`);
  const valid = result.dataset?.partnerships.length ?? 0;
  const warned = result.warnings.length > 0 ? `, ${result.warnings.length} warning(s)` : '';
  if (errors.length > 0) {
    console.error(`${errors.length} error(s)${warned}; ${valid} valid record(s), ${result.skipped} invalid.`);
    return 1;
  }
  console.log(`${path}: valid, ${valid} partnerships${warned}.`);
  return 0;
}

function runCsvToJson(input: string, output: string, args: string[]): number {
  const { read, payload } = csvDataset(readInput(input), args);
  const result = validateDataset(payload);
  for (const p of read.problems) console.error(`${input}:${p.line}: ${p.message}`);
  const locate = (p: ValidationProblem) =>
    p.index === undefined ? p.message : `${input}:${read.lines[p.index] ?? '?'}: ${p.detail ?? p.message}`;
  for (const p of result.problems) console.error(locate(p));
  for (const w of result.warnings) console.error(`warning: ${locate(w)}`);
  const errors = read.problems.length + result.problems.length;
  // A file with errors would be published with records missing: nothing is written until every row is right.
  if (errors > 0) {
    console.error(`${output}: not written, ${errors} error(s) in ${input}.`);
    return 1;
  }
  write(output, datasetJson(payload as Dataset));
  console.log(`${output}: ${read.partnerships.length} partnerships written.`);
  return 0;
}

function runJsonToCsv(input: string, output: string, args: string[]): number {
  let payload: unknown;
  try {
    payload = JSON.parse(readInput(input));
  } catch (error) {
    console.error(`${input}: not valid JSON: ${(error as Error).message}`);
    return 1;
  }
  const result = validateDataset(payload);
  if (!result.dataset) {
    for (const p of result.problems) console.error(`${input}: ${p.message}`);
    return 1;
  }
  for (const p of result.problems) console.error(`${input}: ${p.message} (left out)`);
  for (const w of result.warnings) console.error(`warning: ${input}: ${w.message}`);
  const options: CsvOptions = args.includes('--excel')
    ? { delimiter: ';', bom: true, lineEnding: '\r\n' }
    : {};
  write(output, datasetToCsv(result.dataset, options));
  console.log(`${output}: ${result.dataset.partnerships.length} partnerships written.`);
  return result.problems.length > 0 ? 1 : 0;
}

export function main(argv: string[]): number {
  const [command, ...args] = argv;
  const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--sources');
  try {
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        console.log(HELP);
        return command === undefined ? 1 : 0;
      case 'import':
        return runImport();
      case 'validate':
        if (!positional[0]) throw new UsageError('validate needs a FILE');
        return runValidate(positional[0], args);
      case 'csv-to-json':
      case 'json-to-csv': {
        const [input, output] = positional;
        if (!input || !output) throw new UsageError(`${command} needs IN and OUT`);
        return command === 'csv-to-json'
          ? runCsvToJson(input, output, args)
          : runJsonToCsv(input, output, args);
      }
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`partner-data: ${error.message}\n\n${HELP}`);
      return 2;
    }
    if (error instanceof InputError) {
      console.error(`partner-data: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
