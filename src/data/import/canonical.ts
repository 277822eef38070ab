/**
 * One key order for every object of the dataset, as the data model lists the fields, so that the published JSON is
 * stable whatever built it (the importer, a CSV conversion, a maintainer's editor).
 */
import type { Area, Dataset, LocalSide, Partner, Partnership, SourceInfo } from '../model.js';

type Entry = [string, unknown];
type Obj = Record<string, unknown>;

/** Maps an array's object items; leaves anything else as it is, so that invalid input reaches the validator intact. */
function each(value: unknown, fn: (item: Obj) => unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((item: unknown) => (typeof item === 'object' && item !== null && !Array.isArray(item) ? fn(item as Obj) : item));
}

function copyList(value: unknown): unknown {
  return Array.isArray(value) ? [...(value as unknown[])] : value;
}

function pick(entries: Entry[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries) if (value !== undefined) out[key] = value;
  return out;
}

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function coords(c: unknown) {
  return isObj(c) ? { lat: c.lat, lon: c.lon } : c;
}

function area(a: unknown): Area | undefined {
  return isObj(a) ? (pick([['name', a.name], ['slug', a.slug], ['key', a.key]]) as unknown as Area) : (a as undefined);
}

function local(l: LocalSide): LocalSide {
  if (!isObj(l)) return l;
  return pick([
    ['name', l.name],
    ['level', l.level],
    ['land', area(l.land)],
    ['kreis', area(l.kreis)],
    ['verbandsgemeinde', area(l.verbandsgemeinde)],
    ['gemeinde', area(l.gemeinde)],
    ['ortsteile', copyList(l.ortsteile)],
    ['jointWith', each(l.jointWith, (j) => pick([['name', j.name], ['slug', j.slug], ['key', j.key], ['level', j.level]]))],
    ['coordinates', coords(l.coordinates)],
  ]) as unknown as LocalSide;
}

function partner(p: Partner): Partner {
  if (!isObj(p)) return p;
  return pick([
    ['name', p.name],
    ['nativeName', p.nativeName],
    ['nativeLang', p.nativeLang],
    ['level', p.level],
    ['country', p.country],
    ['region', p.region],
    ['coordinates', coords(p.coordinates)],
    ['wikidata', p.wikidata],
    ['website', p.website],
    ['description', p.description],
  ]) as unknown as Partner;
}

export function canonicalPartnership(p: Partnership): Partnership {
  return pick([
    ['id', p.id],
    ['kind', p.kind],
    ['status', p.status],
    ['since', p.since],
    ['sinceText', p.sinceText],
    ['local', local(p.local)],
    ['partner', partner(p.partner)],
    ['sources', each(p.sources, (s) => pick([['source', s.source], ['line', s.line]]))],
    ['notes', copyList(p.notes)],
    [
      'conflicts',
      each(p.conflicts, (c) =>
        pick([
          ['field', c.field],
          ['values', each(c.values, (v) => pick([['source', v.source], ['value', v.value]]))],
          ['chosen', c.chosen],
          ['reason', c.reason],
        ]),
      ),
    ],
    [
      'corrections',
      each(p.corrections, (c) =>
        pick([
          ['field', c.field],
          ['source', c.source],
          ['line', c.line],
          ['original', c.original],
          ['corrected', c.corrected],
          ['reason', c.reason],
        ]),
      ),
    ],
  ]) as unknown as Partnership;
}

export function canonicalSource(s: SourceInfo): SourceInfo {
  return pick([
    ['id', s.id],
    ['title', s.title],
    ['publisher', s.publisher],
    ['covers', s.covers],
    ['url', s.url],
    ['retrieved', s.retrieved],
  ]) as unknown as SourceInfo;
}

export function canonicalDataset(d: Dataset): Dataset {
  return {
    schemaVersion: d.schemaVersion,
    generated: d.generated,
    sources: d.sources.map(canonicalSource),
    partnerships: d.partnerships.map(canonicalPartnership),
  };
}

/**
 * The published text: one source and one partnership per line, without indentation, and a final newline. A change to
 * a record is a change to its line (a readable diff), and the browser decodes and parses 41 % fewer characters than
 * in indented JSON (and transfers 7 % fewer bytes after gzip; measured on the seed).
 */
export function datasetJson(d: Dataset): string {
  const list = (items: unknown[]) =>
    items.length === 0 ? '[]' : `[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]`;
  const fields = Object.entries(canonicalDataset(d)).map(
    ([key, value]) => `${JSON.stringify(key)}:${Array.isArray(value) ? list(value) : JSON.stringify(value)}`,
  );
  return `{${fields.join(',\n')}}\n`;
}
