/**
 * Turning a raw record's wording into dataset values with curation: corrections of typos, country names to ISO
 * codes, German place names to official areas, partner names to curated partner places.
 */
import type { Area, Coordinates, Correction, LocalLevel, LocalSide } from '../model.js';
import type { CorrectionEntry, Curation, GemeindeEntry, KreisEntry, PartnerPlace } from './curation.js';
import type { RawLocal, RawRecord } from './types.js';

export interface Problem {
  source?: string;
  line?: number;
  id?: string;
  message: string;
}

/** Applies the corrections that name this record's source and line; returns the corrected copy and what changed. */
export function applyCorrections(
  record: RawRecord,
  entries: readonly CorrectionEntry[],
  used: Set<CorrectionEntry>,
): { record: RawRecord; corrections: Correction[] } {
  const copy: RawRecord = structuredClone(record);
  const corrections: Correction[] = [];
  for (const entry of entries) {
    if (entry.source !== record.source || !record.lines.includes(entry.line)) continue;
    let applied = false;
    if (entry.field === 'local.ortsteile') {
      const index = copy.local.ortsteile?.indexOf(entry.original) ?? -1;
      if (copy.local.ortsteile && index >= 0) {
        copy.local.ortsteile[index] = entry.corrected;
        copy.local.name = copy.local.name.replace(entry.original, entry.corrected);
        applied = true;
      }
    } else {
      const key = entry.field.slice('partner.'.length) as 'name' | 'country' | 'region' | 'website';
      if (copy.partner[key] === entry.original) {
        copy.partner[key] = entry.corrected;
        applied = true;
      }
    }
    if (applied) {
      used.add(entry);
      corrections.push({
        field: entry.field,
        source: entry.source,
        line: entry.line,
        original: entry.original,
        corrected: entry.corrected,
        reason: entry.reason,
      });
    }
  }
  return { record: copy, corrections };
}

/** A country's name in a language (`de`, `en`) → its ISO 3166-1 alpha-2 code. */
export type CountryCode = (name: string, language: string) => string | undefined;

/**
 * The ISO code of a country as a source writes it: curation's aliases first ("England" → GB), then the library;
 * "Scotland, United Kingdom" and "Brandenburg, Germany" by their parts where the whole is unknown.
 */
export function resolveCountry(
  name: string,
  curation: Curation,
  lookup: (name: string) => string | undefined,
): string | undefined {
  const one = (text: string) => curation.countries.aliases.find((a) => a.name === text)?.code ?? lookup(text);
  const parts = name.split(',').map((part) => part.trim());
  return one(name) ?? (parts.length > 1 ? (one(parts[0] ?? '') ?? one(parts.at(-1) ?? '')) : undefined);
}

function named<T extends { name: string; aliases?: string[] }>(list: readonly T[], name: string): T[] {
  return list.filter((entry) => entry.name === name || (entry.aliases ?? []).includes(name));
}

function area(entry: { name: string; slug: string; key?: string }, key = entry.key): Area {
  return key !== undefined ? { name: entry.name, slug: entry.slug, key } : { name: entry.name, slug: entry.slug };
}

export interface ResolvedLocal {
  local: LocalSide;
  /** Identity of the German side for the merge: the Kreis, Verbandsgemeinde or Gemeinde that holds the partnership. */
  key: string;
  /** The slug that starts the partnership's id. */
  slug: string;
}

function findKreis(curation: Curation, name: string): KreisEntry | undefined {
  return named(curation.areas.kreise, name)[0];
}

/** Resolves the German side; returns a problem message where curation lacks a place. */
export function resolveLocal(raw: RawLocal, curation: Curation): ResolvedLocal | string {
  if (raw.kreis === undefined) return `no Kreis for "${raw.name}"`;
  const kreis = findKreis(curation, raw.kreis);
  if (!kreis) return `Kreis "${raw.kreis}" is not in the curated areas`;
  const land = curation.areas.lands.find((l) => l.name === (raw.land ?? kreis.land));
  if (!land) return `Land "${raw.land ?? kreis.land}" is not in the curated areas`;
  if (raw.land !== undefined && raw.land !== kreis.land) return `Kreis "${kreis.name}" does not lie in ${raw.land}`;

  const local: LocalSide = { name: raw.name, level: raw.level, land: area(land) };
  local.kreis = area(kreis);
  let coordinates: Coordinates | undefined = kreis.coordinates;
  let key = `kreis:${kreis.slug}`;
  let slug = kreis.slug;

  let gemeinde: GemeindeEntry | undefined;
  if (raw.level === 'kreisfreie-stadt') {
    if (!kreis.kreisfrei) return `"${kreis.name}" is not curated as a kreisfreie Stadt`;
    local.gemeinde = area(kreis, kreis.gemeindeKey);
    key = `gemeinde:${kreis.slug}`;
  } else if (raw.level !== 'kreis') {
    const vgName = raw.verbandsgemeinde;
    let ortsteilGemeinde: string | undefined;
    if (raw.gemeinde === undefined && raw.ortsteile?.length === 1) {
      const ortsteil = raw.ortsteile[0] ?? '';
      ortsteilGemeinde = curation.areas.ortsteile.find((o) => o.name === ortsteil)?.gemeinde;
    }
    const gemeindeName = raw.gemeinde ?? ortsteilGemeinde;
    if (gemeindeName !== undefined) {
      gemeinde = named(curation.areas.gemeinden, gemeindeName).find((g) => g.kreis === kreis.name);
      if (!gemeinde) return `Gemeinde "${gemeindeName}" in ${kreis.name} is not in the curated areas`;
    } else if (raw.level !== 'verbandsgemeinde') {
      return `no Gemeinde for "${raw.name}"`;
    }
    const vgOf = vgName ?? gemeinde?.verbandsgemeinde;
    if (vgOf !== undefined) {
      const vg = named(curation.areas.verbandsgemeinden, vgOf).find((v) => v.kreis === kreis.name);
      if (!vg) return `Verbandsgemeinde "${vgOf}" in ${kreis.name} is not in the curated areas`;
      if (gemeinde && gemeinde.verbandsgemeinde !== undefined && gemeinde.verbandsgemeinde !== vg.name) {
        return `Gemeinde "${gemeinde.name}" belongs to ${gemeinde.verbandsgemeinde}, not ${vg.name}`;
      }
      local.verbandsgemeinde = area(vg);
      coordinates = vg.coordinates;
      key = `vg:${kreis.slug}/${vg.slug}`;
      slug = vg.slug;
    }
    if (gemeinde) {
      local.gemeinde = area(gemeinde);
      coordinates = gemeinde.coordinates;
      key = `gemeinde:${kreis.slug}/${gemeinde.slug}`;
      slug = gemeinde.slug;
    }
  }
  if (raw.level === 'kreisfreie-stadt') slug = kreis.slug;

  if (raw.ortsteile !== undefined) {
    local.ortsteile = [...raw.ortsteile];
    if (raw.ortsteile.length === 1) {
      const entry = curation.areas.ortsteile.find(
        (o) => o.name === raw.ortsteile?.[0] && o.gemeinde === gemeinde?.name,
      );
      if (!entry) return `Ortsteil "${raw.ortsteile[0]}" of ${gemeinde?.name ?? '?'} is not in the curated areas`;
      coordinates = entry.coordinates;
    }
  }
  if (raw.jointWith !== undefined) {
    const joint: (Area & { level: LocalLevel })[] = [];
    for (const body of raw.jointWith) {
      const entry = body.level === 'kreis' ? findKreis(curation, body.name) : undefined;
      if (!entry) return `joint partner "${body.name}" is not a curated Kreis`;
      joint.push({ ...area(entry), level: body.level });
    }
    local.jointWith = joint;
  }
  if (coordinates) local.coordinates = { lat: coordinates.lat, lon: coordinates.lon };
  return { local, key, slug };
}

/**
 * The curated partner place for a published name (after corrections). The country tells places of the same name
 * apart; a source that states another country than curation does still finds its place, so that the merge can
 * show the disagreement instead of losing the record.
 */
export function findPartnerPlace(
  curation: Curation,
  name: string,
  country: string | undefined,
): PartnerPlace | string {
  const byName = named(curation.partners, name);
  const candidates = byName.length > 1 ? byName.filter((p) => p.country === country) : byName;
  if (candidates.length === 1 && candidates[0]) return candidates[0];
  if (candidates.length === 0) {
    return `partner "${name}"${country ? ` (${country})` : ''} is not in the curated partner places`;
  }
  return `partner "${name}" matches ${candidates.length} curated places; give the country`;
}
