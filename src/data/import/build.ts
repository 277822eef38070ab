/**
 * The whole import as one pure function: source texts + curation → dataset, per-source line accounting, and every
 * problem. The command line only reads and writes the files.
 */
import { SCHEMA_VERSION, type Correction, type Dataset, type SourceInfo } from '../model.js';
import { validateDataset } from '../validate.js';
import { canonicalDataset, canonicalSource } from '../formats/canonical.js';
import type { CorrectionEntry, Curation } from './curation.js';
import { compareText, merge, type Resolved } from './merge.js';
import { PARSERS } from './parsers.js';
import {
  applyCorrections,
  findPartnerPlace,
  resolveCountry,
  resolveLocal,
  type CountryCode,
  type Problem,
} from './resolve.js';
import type { ImportResult } from './types.js';

export interface SourceInput {
  info: SourceInfo;
  /** Which parser reads the page (see PARSERS). */
  format: string;
  text: string;
}

export interface BuildInput {
  sources: SourceInput[];
  curation: Curation;
  /** German country name → ISO 3166-1 alpha-2 (the command line passes i18n-iso-countries). */
  countryCode: CountryCode;
}

export interface BuildResult {
  dataset: Dataset;
  imports: ImportResult[];
  problems: Problem[];
  /** Places shown on the map without coordinates: "local: …" or "partner: …". */
  missingCoordinates: string[];
  /** Partnerships whose country no source and no curation gives. */
  missingCountry: string[];
}

function parse(input: SourceInput, problems: Problem[]): ImportResult {
  const parser = PARSERS[input.format];
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

function resolveAll(imports: ImportResult[], input: BuildInput, problems: Problem[]): Resolved[] {
  const { curation } = input;
  const used = new Set<CorrectionEntry>();
  const resolved: Resolved[] = [];
  for (const result of imports) {
    for (const raw of result.records) {
      const at = { source: raw.source, line: raw.lines[0] ?? 0 };
      const { record, corrections } = applyCorrections(raw, curation.corrections, used);
      const local = resolveLocal(record.local, curation);
      if (typeof local === 'string') {
        problems.push({ ...at, message: local });
        continue;
      }
      let country: string | undefined;
      if (record.partner.country !== undefined) {
        country = resolveCountry(record.partner.country, curation, input.countryCode);
        if (country === undefined) {
          problems.push({ ...at, message: `country "${record.partner.country}" has no ISO 3166-1 code` });
        }
      }
      const place = findPartnerPlace(curation, record.partner.name, country);
      if (typeof place === 'string') {
        problems.push({ ...at, message: place });
        continue;
      }
      resolved.push({
        raw: record,
        corrections: corrections as Correction[],
        local: local.local,
        localKey: local.key,
        localSlug: local.slug,
        place,
        ...(country !== undefined ? { country } : {}),
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
  const resolved = resolveAll(imports, input, problems);
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
    sources: sources.map((s) => canonicalSource(s.info)),
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
  };
}
