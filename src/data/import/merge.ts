/**
 * The merge: raw records that name the same German body and the same partner place become one partnership, with
 * every source that states it. Where the sources disagree, the record carries a conflict and curation says which
 * value stands; a disagreement curation has not decided is reported as a problem.
 */
import type { Conflict, Correction, Kind, LocalSide, Partner, Partnership, SourceRef } from '../model.js';
import { slugify } from '../slug.js';
import type { Curation, PartnerPlace } from './curation.js';
import type { Problem } from './resolve.js';
import type { RawRecord } from './types.js';

/** A raw record after corrections and resolution, ready to merge. */
export interface Resolved {
  raw: RawRecord;
  corrections: Correction[];
  local: LocalSide;
  localKey: string;
  localSlug: string;
  place: PartnerPlace;
  /** ISO code as the source states it (after corrections), if it states one. */
  country?: string;
}

const LEVEL_RANK: Record<string, number> = {
  land: 0,
  kreis: 1,
  'kreisfreie-stadt': 2,
  verbandsgemeinde: 3,
  gemeinde: 4,
  ortsteil: 5,
};

/** Code-point order: independent of the machine's locale data, so that a rebuild is byte-identical. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function distinct<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Sources in the order the sources file lists them (the Land's list first); unknown ids last. */
type SourceOrder = (source: string) => number;

function refs(group: Resolved[], order: SourceOrder): SourceRef[] {
  const all = group.flatMap((r) => r.raw.lines.map((line) => ({ source: r.raw.source, line })));
  const seen = new Set<string>();
  return all
    .filter((ref) => {
      const key = `${ref.source}:${ref.line}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => order(a.source) - order(b.source) || a.line - b.line);
}

interface Draft {
  group: Resolved[];
  partnership: Partnership;
  /** Disagreements still to be decided once the record has its id. */
  open: { field: string; values: { source: string; value: string }[]; fallback: string; reason?: string }[];
}

function placePartner(place: PartnerPlace, group: Resolved[]): Partner {
  const partner: Partner = { name: place.name, level: place.level, country: place.country };
  if (place.nativeName !== undefined) partner.nativeName = place.nativeName;
  if (place.nativeLang !== undefined) partner.nativeLang = place.nativeLang;
  const region = group.map((r) => r.raw.partner.region).find((v) => v !== undefined);
  if (region !== undefined) partner.region = region;
  if (place.coordinates) partner.coordinates = { lat: place.coordinates.lat, lon: place.coordinates.lon };
  if (place.wikidata !== undefined) partner.wikidata = place.wikidata;
  const website = group.map((r) => r.raw.partner.website).find((v) => v !== undefined);
  if (website !== undefined) partner.website = website;
  const description = group.map((r) => r.raw.partner.description).find((v) => v !== undefined);
  if (description !== undefined) partner.description = description;
  return partner;
}

function draft(group: Resolved[], curation: Curation, order: SourceOrder, problems: Problem[]): Draft {
  const first = group[0];
  if (!first) throw new Error('empty merge group');
  const open: Draft['open'] = [];
  const valuesOf = (pick: (r: Resolved) => string | undefined) =>
    group.flatMap((r) => {
      const value = pick(r);
      return value === undefined ? [] : [{ source: r.raw.source, value }];
    });

  const names = valuesOf((r) => r.raw.partner.name);
  if (distinct(names.map((v) => v.value)).length > 1) {
    open.push({
      field: 'partner.name',
      values: names,
      fallback: first.place.name,
      reason: first.place.aliasReason,
    });
  }
  const countries = valuesOf((r) => r.country);
  const stated = distinct(countries.map((v) => v.value));
  if (stated.length > 1) {
    open.push({ field: 'partner.country', values: countries, fallback: first.place.country });
  } else if (stated[0] !== undefined && stated[0] !== first.place.country) {
    const at = countries[0]?.source ?? '';
    const line = group.find((r) => r.raw.source === at)?.raw.lines[0];
    problems.push({
      source: at,
      ...(line !== undefined ? { line } : {}),
      message: `the source places "${first.place.name}" in ${stated[0]}, curation in ${first.place.country}; add a correction that says why`,
    });
  }
  const kinds = valuesOf((r) => r.raw.kind);
  const kind = (kinds[0]?.value as Kind | undefined) ?? curation.records.defaults.kind;
  if (distinct(kinds.map((v) => v.value)).length > 1) open.push({ field: 'kind', values: kinds, fallback: kind });
  const years = valuesOf((r) => (typeof r.raw.since === 'number' ? String(r.raw.since) : undefined));
  if (distinct(years.map((v) => v.value)).length > 1) {
    open.push({ field: 'since', values: years, fallback: years[0]?.value ?? '' });
  }
  const localNames = valuesOf((r) => r.local.name);
  const localShapes = distinct(group.map((r) => `${r.local.level}|${(r.local.ortsteile ?? []).join(',')}`));
  if (localShapes.length > 1) open.push({ field: 'local', values: localNames, fallback: first.local.name });

  const sinceText = group.map((r) => r.raw.sinceText).find((v) => v !== undefined);
  const partnership: Partnership = {
    id: '',
    kind,
    status: curation.records.defaults.status,
    since: years[0] ? Number(years[0].value) : null,
    local: first.local,
    partner: placePartner(first.place, group),
    sources: refs(group, order),
  };
  if (partnership.since === null && sinceText !== undefined) partnership.sinceText = sinceText;
  const notes = distinct(group.flatMap((r) => r.raw.notes));
  if (first.place.note !== undefined) notes.push(first.place.note);
  if (notes.length > 0) partnership.notes = notes;
  const corrections = group.flatMap((r) => r.corrections);
  if (corrections.length > 0) partnership.corrections = corrections;
  return { group, partnership, open };
}

function orderKey(p: Partnership): string[] {
  const l = p.local;
  return [
    l.land.slug,
    l.kreis?.slug ?? '',
    String(LEVEL_RANK[l.level] === 1 ? 0 : 1),
    l.gemeinde?.slug ?? '',
    l.verbandsgemeinde?.slug ?? '',
    (l.ortsteile ?? []).join(','),
    slugify(p.partner.name),
    p.partner.country,
  ];
}

function compareKeys(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) {
    const c = compareText(a[i] ?? '', b[i] ?? '');
    if (c !== 0) return c;
  }
  return 0;
}

/** Decides the open disagreements with curation; an undecided one keeps the fallback and becomes a problem. */
function decide(d: Draft, curation: Curation, problems: Problem[]): void {
  const p = d.partnership;
  const conflicts: Conflict[] = [];
  for (const open of d.open) {
    const decision = curation.records.conflicts.find((c) => c.id === p.id && c.field === open.field);
    const chosen = decision?.chosen ?? open.fallback;
    const reason = decision?.reason ?? open.reason;
    if (reason === undefined) {
      problems.push({ id: p.id, message: `${p.id}: sources disagree on ${open.field} and curation does not decide` });
    }
    conflicts.push({ field: open.field, values: open.values, chosen, reason: reason ?? 'undecided: the first source' });
    if (open.field === 'kind') p.kind = chosen as Kind;
    if (open.field === 'since') p.since = Number(chosen);
    if (open.field === 'partner.country') p.partner.country = chosen;
    if (open.field === 'local') {
      const match = d.group.find((r) => r.local.name === chosen);
      if (match) p.local = match.local;
      else problems.push({ id: p.id, message: `${p.id}: the chosen local "${chosen}" is none of the sources' values` });
    }
  }
  if (conflicts.length > 0) p.conflicts = conflicts;
}

export function merge(
  resolved: Resolved[],
  curation: Curation,
  problems: Problem[],
  sourceIds: readonly string[],
): Partnership[] {
  const order: SourceOrder = (source) => {
    const index = sourceIds.indexOf(source);
    return index < 0 ? sourceIds.length : index;
  };
  const groups = new Map<string, Resolved[]>();
  for (const r of resolved) {
    const key = `${r.localKey}|${r.place.country}|${r.place.name}`;
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  const drafts = [...groups.values()].map((group) => {
    group.sort((a, b) => order(a.raw.source) - order(b.raw.source) || (a.raw.lines[0] ?? 0) - (b.raw.lines[0] ?? 0));
    return draft(group, curation, order, problems);
  });
  drafts.sort((a, b) => compareKeys(orderKey(a.partnership), orderKey(b.partnership)));

  const used = new Map<string, number>();
  for (const d of drafts) {
    const base = `${d.group[0]?.localSlug ?? 'unknown'}--${slugify(d.partnership.partner.name)}`;
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    d.partnership.id = count === 1 ? base : `${base}-${count}`;
    decide(d, curation, problems);
    applyRecordCuration(d.partnership, curation, problems);
  }
  for (const id of curation.records.records.flatMap((entry) => entry.ids)) {
    if (!drafts.some((d) => d.partnership.id === id)) {
      problems.push({ id, message: `curation names record "${id}", which the sources do not state` });
    }
  }
  for (const decision of curation.records.conflicts) {
    const d = drafts.find((x) => x.partnership.id === decision.id);
    if (!d?.open.some((o) => o.field === decision.field)) {
      problems.push({ id: decision.id, message: `curation decides ${decision.field} of "${decision.id}", where no sources disagree` });
    }
  }
  return drafts.map((d) => d.partnership);
}

function applyRecordCuration(p: Partnership, curation: Curation, problems: Problem[]): void {
  const entries = curation.records.records.filter((r) => r.ids.includes(p.id));
  if (entries.length > 1) problems.push({ id: p.id, message: `curation names record "${p.id}" more than once` });
  for (const entry of entries) {
    if (entry.kind !== undefined) p.kind = entry.kind;
    if (entry.status !== undefined) p.status = entry.status;
    if (entry.notes !== undefined) p.notes = [...(p.notes ?? []), ...entry.notes];
  }
}
