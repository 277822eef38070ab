/**
 * Datasets for the hardening suites: the small test fixture, and valid records made to order, into which a suite
 * puts bad or hostile values. Plain JSON values (what a server would send), never the elements' own types.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface DatasetJson extends JsonObject {
  schemaVersion: number;
  generated: string;
  sources: JsonObject[];
  partnerships: JsonObject[];
}

let fixture: DatasetJson | undefined;

/** test/fixtures/partnerships.json (8 partnerships in Sachsen-Anhalt and Sachsen), a fresh copy each time. */
export async function fixtureDataset(): Promise<DatasetJson> {
  fixture ??= (await (
    await fetch(new URL('../../fixtures/partnerships.json', import.meta.url))
  ).json()) as DatasetJson;
  return structuredClone(fixture);
}

const COUNTRIES = ['FR', 'PL', 'CZ', 'IT', 'NL', 'UA', 'US', 'JP'];

/** A valid Gemeinde-level partnership of Halberstadt (Landkreis Harz), numbered `i`. */
export function validRecord(i: number): JsonObject {
  return {
    id: `halberstadt--partnerort-${i}`,
    kind: 'partnership',
    status: 'active',
    since: 1960 + (i % 60),
    local: {
      name: 'Halberstadt',
      level: 'gemeinde',
      land: { name: 'Sachsen-Anhalt', slug: 'sachsen-anhalt', key: '15' },
      kreis: { name: 'Landkreis Harz', slug: 'harz', key: '15085' },
      gemeinde: { name: 'Halberstadt', slug: 'halberstadt', key: '15085135' },
    },
    partner: {
      name: `Partnerort ${i}`,
      level: 'city',
      country: COUNTRIES[i % COUNTRIES.length]!,
    },
    sources: [{ source: 'fixture', line: i + 1 }],
  };
}

/** A dataset around `partnerships` with the one source they cite. */
export function datasetOf(partnerships: Json[]): DatasetJson {
  return {
    schemaVersion: 1,
    generated: '2025-01-15',
    sources: [
      { id: 'fixture', title: 'Test fixture', publisher: 'partner-elements tests', covers: 'Sachsen-Anhalt' },
    ],
    partnerships: partnerships as JsonObject[],
  };
}
