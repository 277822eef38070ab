/**
 * English Wikipedia's lists of twin towns, as the Hekman/twincities scraper wrote them (CSV: `city1, country1,
 * lat1, lng1, city2, country2, lat2, lng2`): one pair a line, the German side or sides by the country "Germany"
 * ("Brandenburg, Germany" too). No year, no kind, no status: the record says only that the pair is listed. The
 * gazetteers resolve the names (mentions.ts for the German side, places-abroad.ts for the partner).
 */
// The browser build: the same parser, and it runs in the browser too (test/data/import-in-browser.test.ts).
import { parse } from 'csv-parse/browser/esm/sync';
import type { Coordinates, SourceInfo } from '../model.js';
import { LineLog, splitLines } from './lines.js';
import type { ImportResult, RawRecord } from './types.js';

const HEADER = ['city1', 'country1', 'lat1', 'lng1', 'city2', 'country2', 'lat2', 'lng2'];

const isGermany = (country: string) => country === 'Germany' || country.endsWith(', Germany');

function point(lat: string | undefined, lon: string | undefined): Coordinates | undefined {
  const la = Number(lat);
  const lo = Number(lon);
  if (!lat?.trim() || !lon?.trim() || !Number.isFinite(la) || !Number.isFinite(lo)) return undefined;
  return Math.abs(la) <= 90 && Math.abs(lo) <= 180 ? { lat: la, lon: lo } : undefined;
}

export function parseWikipediaTwinTowns(text: string, source: SourceInfo): ImportResult {
  const log = new LineLog(splitLines(text));
  const records: RawRecord[] = [];
  const rows = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: false }) as unknown as {
    record: string[];
    info: { lines: number };
  }[];
  for (const [index, { record, info }] of rows.entries()) {
    const line = info.lines;
    if (index === 0) {
      const same = HEADER.every((name, i) => record[i] === name);
      log.set(line, same ? 'chrome' : 'problem', same ? 'header' : `the header is not ${HEADER.join(',')}`);
      continue;
    }
    if (record.length !== HEADER.length) {
      log.set(line, 'problem', `has ${record.length} fields, the header ${HEADER.length}`);
      continue;
    }
    const [city1 = '', country1 = '', lat1, lon1, city2 = '', country2 = '', lat2, lon2] = record.map((c) => c.trim());
    const sides = [
      { name: city1, country: country1, coordinates: point(lat1, lon1) },
      { name: city2, country: country2, coordinates: point(lat2, lon2) },
    ];
    const german = sides.filter((side) => isGermany(side.country));
    const [local, partner] = isGermany(country1) ? sides : [sides[1], sides[0]];
    if (german.length === 0 || !local || !partner) {
      log.set(line, 'problem', 'neither side is in Germany');
      continue;
    }
    if (local.name === '' || partner.name === '') {
      log.set(line, 'problem', 'a side has no name');
      continue;
    }
    const mention = (side: typeof local) => ({
      name: side.name,
      ...(side.coordinates ? { coordinates: side.coordinates } : {}),
    });
    records.push({
      source: source.id,
      lines: [line],
      local: { level: 'gemeinde', name: local.name, mention: mention(local) },
      partner: {
        name: partner.name,
        country: partner.country,
        ...(partner.coordinates ? { coordinates: partner.coordinates } : {}),
        ...(german.length === 2 ? { mention: mention(partner) } : {}),
      },
      notes: [],
    });
    log.set(line, 'record', german.length === 2 ? 'a pair of two German places' : 'a pair');
  }
  return { source, lines: log.result(), records, findings: [] };
}
