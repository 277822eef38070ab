/**
 * The short form of a partnership table, as a webmaster types it in a spreadsheet: one row per partnership, German
 * or English headers in any order, only the partner and its country required:
 *
 *     Partnerort;Staat;seit;Art;Region;Website;Beschreibung
 *     Clamart;Frankreich;seit 1963;Städtepartnerschaft;Île-de-France;https://www.clamart.fr;…
 *
 * The German side is not in the rows: the element's own `gemeinde`, `kreis` or `land` names it (or a `Gemeinde`
 * column, for a table of several towns). Pure: the loader parses the text and finds the places (csv-source.ts).
 */
import { KINDS, STATUSES, type Coordinates, type Kind, type Status } from '../model.js';
import { foldLetters } from '../../i18n/fold.js';
import type { CsvProblem } from './csv-rows.js';

export type ShortColumn =
  | 'partner'
  | 'country'
  | 'since'
  | 'kind'
  | 'status'
  | 'region'
  | 'website'
  | 'description'
  | 'gemeinde'
  | 'lat'
  | 'lon';

/** What a header may say for each column, folded (lower case, umlauts spelled out, only letters and digits). */
const HEADERS: Record<string, ShortColumn> = {
  partnerort: 'partner',
  partnerstadt: 'partner',
  partnergemeinde: 'partner',
  partnerregion: 'partner',
  partner: 'partner',
  partnertown: 'partner',
  partnercity: 'partner',
  staat: 'country',
  land: 'country',
  country: 'country',
  seit: 'since',
  jahr: 'since',
  since: 'since',
  year: 'since',
  art: 'kind',
  kind: 'kind',
  type: 'kind',
  stand: 'status',
  status: 'status',
  region: 'region',
  website: 'website',
  webseite: 'website',
  internet: 'website',
  url: 'website',
  beschreibung: 'description',
  description: 'description',
  gemeinde: 'gemeinde',
  ortindeutschland: 'gemeinde',
  germantown: 'gemeinde',
  breitengrad: 'lat',
  breite: 'lat',
  latitude: 'lat',
  lat: 'lat',
  laengengrad: 'lon',
  laenge: 'lon',
  longitude: 'lon',
  lon: 'lon',
  lng: 'lon',
};

/** The words for each kind and status, folded, in German and English (the model's own values too). */
const KIND_WORDS: Record<string, Kind> = {
  staedtepartnerschaft: 'partnership',
  partnerschaft: 'partnership',
  gemeindepartnerschaft: 'partnership',
  kreispartnerschaft: 'partnership',
  regionalpartnerschaft: 'partnership',
  twintown: 'partnership',
  sistercity: 'partnership',
  freundschaft: 'friendship',
  freundschaftlichebeziehung: 'friendship',
  kooperation: 'cooperation',
  kooperationsvereinbarung: 'cooperation',
  zusammenarbeit: 'cooperation',
  projektpartnerschaft: 'project',
  projekt: 'project',
  solidaritaetspartnerschaft: 'solidarity',
  solidaritaet: 'solidarity',
  kontakt: 'contact',
  ...Object.fromEntries(KINDS.map((kind) => [kind, kind])),
};

const STATUS_WORDS: Record<string, Status> = {
  aktiv: 'active',
  ruht: 'dormant',
  ruhend: 'dormant',
  beendet: 'ended',
  unbekannt: 'unknown',
  ...Object.fromEntries(STATUSES.map((status) => [status, status])),
};

const fold = (text: string) => foldLetters(text, true).replace(/[^a-z0-9]/gu, '');

/** The columns a header row names, by position; undefined where a header is none of them. */
export function shortColumns(header: readonly string[]): (ShortColumn | undefined)[] {
  return header.map((name) => HEADERS[fold(name)]);
}

/** Whether a header row is the short form's: it names the partner and its country. */
export function isShortHeader(header: readonly string[]): boolean {
  const columns = shortColumns(header);
  return columns.includes('partner') && columns.includes('country');
}

export interface ShortRow {
  /** The line the row starts on (the header is line 1). */
  line: number;
  partner: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  since: number | null;
  kind: Kind;
  status: Status;
  region?: string;
  website?: string;
  description?: string;
  /** The German place of this row, where the table names one. */
  gemeinde?: string;
  coordinates?: Coordinates;
}

export interface ShortTable {
  rows: ShortRow[];
  /** Every fault, with its line and column; a row that cannot be read is left out (`left` counts them). */
  problems: CsvProblem[];
  /** Rows left out: no partner, or no country that can be read. */
  left: number;
}

/** "51,9" (a German spreadsheet's decimal comma) or "51.9" → 51.9; undefined where it is no number. */
function decimal(value: string): number | undefined {
  const n = Number(value.trim().replace(',', '.'));
  return value.trim() !== '' && Number.isFinite(n) ? n : undefined;
}

/**
 * The rows of a short-form table (`records[0]` the header, `starts` the line each record starts on).
 * `countryCode` reads a country's name or code (see country-codes.ts).
 */
export function readShortTable(
  records: readonly string[][],
  starts: readonly number[],
  countryCode: (value: string) => string | undefined,
): ShortTable {
  const columns = shortColumns(records[0] ?? []);
  const problems: CsvProblem[] = [];
  const unknown = (records[0] ?? []).filter((_, i) => columns[i] === undefined && (records[0]?.[i] ?? '').trim());
  if (unknown.length > 0) problems.push({ line: 1, message: `unknown columns (ignored): ${unknown.join(', ')}` });
  const rows: ShortRow[] = [];
  let left = 0;
  records.slice(1).forEach((cells, i) => {
    const line = starts[i + 1] ?? i + 2;
    const cell = (column: ShortColumn) => (cells[columns.indexOf(column)] ?? '').trim();
    if (cells.every((value) => value.trim() === '')) return;
    const problem = (column: string, message: string) => problems.push({ line, column, message });
    const partner = cell('partner');
    const country = countryCode(cell('country'));
    if (!partner || !country) {
      left += 1;
      if (!partner) problem('Partnerort', 'the partner place is missing: the row is left out');
      else problem('Staat', `"${cell('country')}" is no country name or ISO code: the row is left out`);
      return;
    }
    const sinceText = cell('since');
    const year = /\b(1[89]\d\d|20\d\d)\b/u.exec(sinceText)?.[1];
    if (sinceText && !year) problem('seit', `"${sinceText}" holds no year (1800–2099): the year stays unknown`);
    const kindText = cell('kind');
    const kind = kindText ? KIND_WORDS[fold(kindText)] : 'partnership';
    if (!kind) problem('Art', `"${kindText}" is no kind of partnership: read as Städtepartnerschaft`);
    const statusText = cell('status');
    const status = statusText ? STATUS_WORDS[fold(statusText)] : 'active';
    if (!status) problem('Stand', `"${statusText}" is no status: read as aktiv`);
    const [lat, lon] = [decimal(cell('lat')), decimal(cell('lon'))];
    if ((cell('lat') || cell('lon')) && (lat === undefined || lon === undefined)) {
      problem('Breitengrad', `"${cell('lat')}", "${cell('lon')}" are no coordinates: the place is looked up by name`);
    }
    const optional = (['region', 'website', 'description', 'gemeinde'] as const).flatMap((column) =>
      cell(column) ? [[column, cell(column)]] : [],
    );
    rows.push({
      line,
      partner,
      country,
      since: year ? Number(year) : null,
      kind: kind ?? 'partnership',
      status: status ?? 'active',
      ...Object.fromEntries(optional),
      ...(lat !== undefined && lon !== undefined ? { coordinates: { lat, lon } } : {}),
    });
  });
  return { rows, problems, left };
}
