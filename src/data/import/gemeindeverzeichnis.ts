/**
 * The Federal Statistical Office's Gemeindeverzeichnis (GV-ISys extract, CSV): every Land, Kreis, Gemeindeverband
 * and Gemeinde with its official key, the Gemeinden with their centre and population. It states no partnership:
 * it is the German side's gazetteer for every source (gazetteer.ts), and each of its lines is accounted for here.
 */
// The browser build: the same parser, and it runs in the browser too (test/data/import-in-browser.test.ts).
import { parse } from 'csv-parse/browser/esm/sync';
import type { Coordinates, SourceInfo } from '../model.js';
import { LineLog, splitLines } from './lines.js';
import type { ImportResult } from './types.js';

/** The columns the gazetteer reads, by the file's header names. */
const COLUMNS = ['satzart', 'textkennzeichen', 'land', 'rb', 'kreis', 'vb', 'gemeinde', 'gemeindename'] as const;

/** `textkennzeichen` of a Kreis that is a town (kreisfreie Stadt, Stadtkreis): Kreis and Gemeinde at once. */
const KREISFREI = new Set(['41', '42']);
/** `textkennzeichen` of a Gemeinde that is a town: a partner in Germany of level city, not municipality. */
const TOWN = new Set(['61', '62', '63']);
/** Gemeindeverbände that are bodies of their own (Amt, Samtgemeinde, Verbandsgemeinde, …), not "verbandsfrei". */
const VERBAND_KINDS: Record<string, string> = {
  '51': 'Amt',
  '52': 'Samtgemeinde',
  '53': 'Verbandsgemeinde',
  '54': 'Verwaltungsgemeinschaft',
  '55': 'Kirchspielslandgemeinde',
  '56': 'Verwaltungsverband',
  '58': 'Erfüllende Gemeinde',
};

export interface GazetteerLand {
  key: string;
  name: string;
  line: number;
}

export interface GazetteerKreis {
  key: string;
  /** As published, without the title after the comma: "Harz", "Magdeburg", "Region Hannover". */
  name: string;
  /** The published name with its title ("Magdeburg, Landeshauptstadt"). */
  published: string;
  kreisfrei: boolean;
  line: number;
}

export interface GazetteerVerband {
  /** Regionalschlüssel of the Verband: Land, Regierungsbezirk, Kreis and Verband, 9 digits. */
  key: string;
  name: string;
  kind: string;
  line: number;
}

export interface GazetteerGemeinde {
  /** AGS, 8 digits. */
  key: string;
  name: string;
  published: string;
  /** The Verband it belongs to (9 digits), where that is a body of its own. */
  verband?: string;
  town: boolean;
  /** Absent for the uninhabited areas (gemeindefreie Gebiete), which have no centre in the file. */
  coordinates?: Coordinates;
  population: number;
  line: number;
}

export interface Gazetteer {
  source: string;
  lands: Map<string, GazetteerLand>;
  kreise: Map<string, GazetteerKreis>;
  verbaende: Map<string, GazetteerVerband>;
  gemeinden: Map<string, GazetteerGemeinde>;
}

/** "Gifhorn, Stadt" → "Gifhorn"; "Halle (Saale), Stadt" → "Halle (Saale)"; "Harz" stays. */
export function withoutTitle(published: string): string {
  const comma = published.indexOf(',');
  return (comma < 0 ? published : published.slice(0, comma)).trim();
}

/** "9,43751" → 9.43751; rounded to 5 decimals (about 1 m), as the file gives them. */
function degrees(text: string | undefined): number | undefined {
  const value = Number((text ?? '').trim().replace(',', '.'));
  return (text ?? '').trim() === '' || !Number.isFinite(value) ? undefined : Math.round(value * 1e5) / 1e5;
}

/** "3 669 491" → 3669491 (spaces as thousands separators); blank → 0. */
function count(text: string | undefined): number {
  const value = Number((text ?? '').replace(/\s/gu, ''));
  return Number.isFinite(value) ? value : 0;
}

export function parseGemeindeverzeichnis(text: string, source: SourceInfo): ImportResult & { gazetteer: Gazetteer } {
  const texts = splitLines(text);
  const log = new LineLog(texts);
  const gazetteer: Gazetteer = {
    source: source.id,
    lands: new Map(),
    kreise: new Map(),
    verbaende: new Map(),
    gemeinden: new Map(),
  };
  const rows = parse(text, { bom: true, info: true, relax_column_count: true }) as unknown as {
    record: string[];
    info: { lines: number };
  }[];
  const header = rows[0]?.record ?? [];
  const at = Object.fromEntries([...header.entries()].map(([i, name]) => [name, i]));
  const missing = COLUMNS.filter((name) => at[name] === undefined);
  if (missing.length > 0) {
    for (const row of rows) log.set(row.info.lines, 'problem', `the header lacks ${missing.join(', ')}`);
    return { source, lines: log.result(), records: [], findings: [], gazetteer };
  }
  if (rows[0]) log.set(rows[0].info.lines, 'chrome', 'header');
  for (const { record, info } of rows.slice(1)) {
    const line = info.lines;
    const cell = (name: string) => (record[at[name] ?? -1] ?? '').trim();
    const [satzart, kennzeichen, land, rb, kreis, vb, gemeinde] = COLUMNS.slice(0, 7).map(cell);
    const published = cell('gemeindename');
    const kreisKey = `${land}${rb}${kreis}`;
    switch (satzart) {
      case '10':
        gazetteer.lands.set(land ?? '', { key: land ?? '', name: published, line });
        log.set(line, 'place', 'Land');
        break;
      case '20':
      case '30':
        log.set(line, 'heading', satzart === '20' ? 'Regierungsbezirk (not an area of the data model)' : 'Region');
        break;
      case '40':
        gazetteer.kreise.set(kreisKey, {
          key: kreisKey,
          name: withoutTitle(published),
          published,
          kreisfrei: KREISFREI.has(kennzeichen ?? ''),
          line,
        });
        log.set(line, 'place', 'Kreis');
        break;
      case '50': {
        const kind = VERBAND_KINDS[kennzeichen ?? ''];
        if (kind) {
          const key = `${kreisKey}${vb}`;
          gazetteer.verbaende.set(key, { key, name: withoutTitle(published), kind, line });
          log.set(line, 'place', kind);
        } else {
          log.set(line, 'heading', 'Gemeindeverband without a body of its own (verbandsfrei)');
        }
        break;
      }
      case '60': {
        const key = `${kreisKey}${gemeinde}`;
        const lon = degrees(cell('laengengrad'));
        const lat = degrees(cell('breitengrad'));
        const verband = `${kreisKey}${vb}`;
        gazetteer.gemeinden.set(key, {
          key,
          name: withoutTitle(published),
          published,
          ...(gazetteer.verbaende.has(verband) ? { verband } : {}),
          town: TOWN.has(kennzeichen ?? ''),
          ...(lat !== undefined && lon !== undefined ? { coordinates: { lat, lon } } : {}),
          population: count(cell('bevoelkerung')),
          line,
        });
        log.set(line, 'place', lat === undefined ? 'Gemeinde (uninhabited area, no centre)' : 'Gemeinde');
        break;
      }
      default:
        log.set(line, 'problem', `unknown Satzart "${satzart ?? ''}"`);
    }
  }
  for (const [index, value] of texts.entries()) {
    if (!log.has(index + 1) && value.trim() === '') log.set(index + 1, 'chrome', 'blank');
  }
  return { source, lines: log.result(), records: [], findings: [], gazetteer };
}
