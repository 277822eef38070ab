/**
 * The bad files and bad records of the bad-data suites, shared by the browser suite (what the elements show) and the
 * command-line suite (what `partner-data validate` reports), so both judge the same files. Pure data, no DOM.
 */
import { datasetOf, validRecord, type Json, type JsonObject } from './datasets.js';

export interface UnusableFile {
  name: string;
  body: string;
  /** The content type a misconfigured server might send with it. */
  type: string;
}

/** Files that are no usable dataset at all: the element shows its error state, the command line exits 1. */
export const UNUSABLE_FILES: readonly UnusableFile[] = [
  {
    name: 'not JSON (cut off)',
    body: '{"schemaVersion": 1, "partnerships": [{"id": ',
    type: 'application/json',
  },
  {
    name: 'an HTML page with status 200',
    body: '<!doctype html><html lang="de"><head><title>Seite nicht gefunden</title></head><body><h1>Fehler</h1></body></html>',
    type: 'text/html',
  },
  { name: 'an empty file', body: '', type: 'application/json' },
  { name: 'only whitespace', body: ' \n\t\n', type: 'application/json' },
  {
    name: 'a newer schema version',
    body: JSON.stringify({ ...datasetOf([validRecord(0)]), schemaVersion: 2 }),
    type: 'application/json',
  },
  {
    name: 'no schema version',
    body: JSON.stringify({ partnerships: [validRecord(0)] }),
    type: 'application/json',
  },
  {
    name: 'partnerships is not an array',
    body: JSON.stringify({ ...datasetOf([]), partnerships: { 0: validRecord(0) } }),
    type: 'application/json',
  },
  { name: 'a JSON array instead of the dataset object', body: '[]', type: 'application/json' },
  { name: 'JSON null', body: 'null', type: 'application/json' },
  {
    name: 'a CSV file without a partnership table’s columns',
    body: 'id,kind,status\nhalberstadt--nachod,partnership,active\n',
    type: 'text/csv',
  },
  {
    name: 'binary junk',
    body: 'PK\u0003\u0004\u0000\u0000\u00ff\u00fe\u0001',
    type: 'application/octet-stream',
  },
];

export interface BadRecords {
  name: string;
  /** Records to add after three valid ones. */
  records: () => Json[];
  /** How many records the dataset loses (all of these, or the later copies of an id). */
  skipped: number;
}

/** validRecord(i) with `change` applied to a copy (a dotted path set to a value, or removed with undefined). */
export function withField(i: number, path: string, value: Json | undefined): JsonObject {
  const record = structuredClone(validRecord(i));
  const keys = path.split('.');
  const last = keys.pop()!;
  let target = record as Record<string, Json>;
  for (const key of keys) target = target[key] as Record<string, Json>;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return record;
}

export const BAD_RECORDS: readonly BadRecords[] = [
  {
    name: 'records with missing fields',
    records: () => [
      withField(10, 'partner', undefined),
      withField(11, 'id', undefined),
      withField(12, 'since', undefined),
      withField(13, 'sources', undefined),
      withField(14, 'local.land', undefined),
    ],
    skipped: 5,
  },
  {
    name: 'records with fields of the wrong type',
    records: () => [
      withField(10, 'since', '1990'),
      withField(11, 'partner.name', 42),
      withField(12, 'kind', 'alliance'),
      withField(13, 'status', true),
      withField(14, 'local', 'Halberstadt'),
      withField(15, 'partner.coordinates', { lat: 'north', lon: 11 }),
    ],
    skipped: 6,
  },
  {
    name: 'unknown country codes',
    records: () => [
      withField(10, 'partner.country', 'XX'),
      withField(11, 'partner.country', 'fr'),
      withField(12, 'partner.country', 'Frankreich'),
      withField(13, 'partner.country', 'EU'),
      withField(14, 'partner.country', ''),
    ],
    skipped: 5,
  },
  {
    name: 'duplicate ids',
    records: () => [withField(0, 'partner.name', 'Doppelt'), withField(1, 'since', 1999)],
    skipped: 2,
  },
  {
    name: 'records that are not objects',
    records: () => [null, 42, 'Halberstadt--Nachod', [], true],
    skipped: 5,
  },
  {
    name: 'implausible years',
    records: () => [
      withField(10, 'since', 1066),
      withField(11, 'since', 3000),
      withField(12, 'since', 1990.5),
    ],
    skipped: 3,
  },
];
