/**
 * The merge: raw records that name the same German body and the same partner place become one partnership, with
 * every source that states it. Where the sources disagree, the record carries a conflict and curation says which
 * value stands; a disagreement curation has not decided is reported as a problem.
 */
import type { Conflict, Correction, Kind, LocalSide, Partner, Partnership, SourceRef } from '../model.js';
import { slugify } from '../slug.js';
import type { Curation, PartnerPlace } from './curation.js';
import { distanceKm } from './gazetteer.js';
import { nameForms } from './places-abroad.js';
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
  /** Stated by a compiled list (an encyclopedia), not by the place's own page. */
  compiled: boolean;
  /** A compiled list's German namesakes its coordinates did not choose (their merge identities). */
  namesakes?: string[];
  /** For two German places: the partner's side as a German side of its own (the record seen from its page). */
  pair?: { key: string; local: { local: LocalSide; key: string; slug: string }; asPartner: PartnerPlace };
}

/** Two partners of one German side in one country this close (km) are one place written two ways. */
const SAME_PARTNER_KM = 8;

/** The record seen from the other German town of a pair. */
function swap(r: Resolved): Resolved {
  if (!r.pair) return r;
  return {
    ...r,
    raw: { ...r.raw, partner: { ...r.raw.partner, name: r.raw.local.mention?.name ?? r.pair.asPartner.name } },
    local: r.pair.local.local,
    localKey: r.pair.key,
    localSlug: r.pair.local.slug,
    place: r.pair.asPartner,
    pair: { key: r.localKey, local: { local: r.local, key: r.localKey, slug: r.localSlug }, asPartner: r.place },
  };
}

/** Whether two records name the same partner: the same curated place, GeoNames id or name, or the same spot. */
function samePartner(a: Resolved, b: Resolved): boolean {
  if (a.place === b.place) return true;
  if (a.place.geonames !== undefined && a.place.geonames === b.place.geonames) return true;
  if (!a.compiled && !b.compiled) return a.place.name === b.place.name;
  const forms = new Set(nameForms(a.place.name));
  if (nameForms(b.place.name).some((form) => forms.has(form))) return true;
  const [p, q] = [a.place.coordinates, b.place.coordinates];
  return p !== undefined && q !== undefined && distanceKm(p, q) <= SAME_PARTNER_KM;
}

/**
 * Groups the records that state one partnership: a pair of German places by their two keys in either order, a
 * partner abroad by the German side, the country and `samePartner`. Records come in source order, so a group's
 * first record is the most official one.
 */
function groupRecords(resolved: Resolved[]): Resolved[][] {
  const groups: Resolved[][] = [];
  const byKey = new Map<string, Resolved[][]>();
  const keyOf = (localKey: string, r: Resolved) =>
    r.pair ? `pair:${[localKey, r.pair.key].sort().join('|')}` : `${localKey}|${r.place.country}`;
  const find = (key: string, r: Resolved) => {
    const candidates = byKey.get(key) ?? [];
    return r.pair ? candidates[0] : candidates.find((g) => g.some((x) => samePartner(x, r)));
  };
  for (const r of resolved) {
    const key = keyOf(r.localKey, r);
    const candidates = byKey.get(key) ?? [];
    // A list's coordinates can be a namesake's (Burg in the Eifel for Burg bei Magdeburg): where a place's own page
    // states the same partner for another Gemeinde of the name, the list means that one.
    const official = (r.namesakes ?? [])
      .map((other) => find(keyOf(other, r), r))
      .find((g) => g?.some((x) => !x.compiled));
    const group = official ?? find(key, r);
    if (group) group.push(r);
    else {
      const created = [r];
      candidates.push(created);
      byKey.set(key, candidates);
      groups.push(created);
    }
  }
  return groups.map((group) => {
    const first = group[0];
    if (!first?.pair) return group;
    // One German town's side faces the other: the official source's, else the lower key's.
    const official = group.find((r) => !r.compiled);
    const facing = official?.localKey ?? [first.localKey, first.pair.key].sort()[0];
    return group.map((r) => (r.localKey === facing ? r : swap(r)));
  });
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
  if (place.coordinates && place.coordinatesFallback !== undefined) partner.coordinatesFrom = place.coordinatesFallback;
  if (place.wikidata !== undefined) partner.wikidata = place.wikidata;
  const website = group.map((r) => r.raw.partner.website).find((v) => v !== undefined);
  if (website !== undefined) partner.website = website;
  const description = group.map((r) => r.raw.partner.description).find((v) => v !== undefined);
  if (description !== undefined) partner.description = description;
  if (place.german) partner.german = place.german;
  return partner;
}

function draft(group: Resolved[], curation: Curation, order: SourceOrder, problems: Problem[]): Draft {
  const first = group[0];
  if (!first) throw new Error('empty merge group');
  const open: Draft['open'] = [];
  // Where the place's own page and a compiled list disagree, the own page stands; between lists, the first listing.
  const mixed = !first.compiled && group.some((r) => r.compiled);
  const automatic = mixed
    ? "the place's own page stands over the compiled list"
    : first.compiled
      ? 'the compiled lists write it differently; the first listing stands'
      : undefined;
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
      reason: first.place.aliasReason ?? automatic,
    });
  }
  const countries = valuesOf((r) => r.country);
  const stated = distinct(countries.map((v) => v.value));
  if (stated.length > 1) {
    open.push({ field: 'partner.country', values: countries, fallback: first.place.country, reason: automatic });
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
  if (localShapes.length > 1) {
    open.push({ field: 'local', values: localNames, fallback: first.local.name, reason: automatic });
  }

  const sinceText = group.map((r) => r.raw.sinceText).find((v) => v !== undefined);
  const partnership: Partnership = {
    id: '',
    kind,
    status: group.every((r) => r.compiled) ? curation.records.defaults.compiledStatus : curation.records.defaults.status,
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
  const drafts = groupRecords(resolved).map((group) => {
    group.sort((a, b) => order(a.raw.source) - order(b.raw.source) || (a.raw.lines[0] ?? 0) - (b.raw.lines[0] ?? 0));
    return draft(group, curation, order, problems);
  });
  drafts.sort((a, b) => compareKeys(orderKey(a.partnership), orderKey(b.partnership)));

  // Ids: a place's own page's records first, so that a compiled list's namesake never renumbers them.
  const used = new Map<string, number>();
  const official = (d: Draft) => d.group.some((r) => !r.compiled);
  for (const d of [...drafts.filter(official), ...drafts.filter((d) => !official(d))]) {
    const base = `${d.group[0]?.localSlug ?? 'unknown'}--${slugify(d.partnership.partner.name)}`;
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    d.partnership.id = count === 1 ? base : `${base}-${count}`;
  }
  for (const d of drafts) {
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
