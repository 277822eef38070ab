/**
 * The shape of data/curation/*.json: what a curator adds to the sources. Every entry that changes something the
 * sources say carries a `reason`, so that a reviewer can judge it.
 */
import type { Coordinates, GermanPlace, Kind, PartnerLevel, Status } from '../model.js';

/** Where a coordinate pair comes from ("curated": looked up by hand, town centre, about 0.01°). */
export interface Placed {
  coordinates?: Coordinates;
  coordinatesFrom?: string;
}

export interface CountryCuration {
  /** Country names as the sources write them that the German country-name library does not know. */
  aliases: { name: string; code: string; reason: string }[];
}

export interface CorrectionEntry {
  source: string;
  line: number;
  field: 'partner.name' | 'partner.country' | 'partner.region' | 'partner.website' | 'local.ortsteile';
  original: string;
  corrected: string;
  reason: string;
}

export interface LandEntry {
  name: string;
  slug: string;
  key?: string;
}

export interface KreisEntry extends Placed {
  name: string;
  aliases?: string[];
  slug: string;
  key?: string;
  land: string;
  /** A kreisfreie Stadt: Kreis and Gemeinde at once. */
  kreisfrei?: boolean;
  /** For a kreisfreie Stadt: its Gemeinde key (AGS). */
  gemeindeKey?: string;
}

export interface VerbandsgemeindeEntry extends Placed {
  name: string;
  aliases?: string[];
  slug: string;
  key?: string;
  kreis: string;
}

export interface GemeindeEntry extends Placed {
  name: string;
  aliases?: string[];
  slug: string;
  key?: string;
  kreis: string;
  verbandsgemeinde?: string;
  reason?: string;
}

export interface OrtsteilEntry extends Placed {
  name: string;
  gemeinde: string;
  reason?: string;
}

export interface LocalAreas {
  lands: LandEntry[];
  kreise: KreisEntry[];
  verbandsgemeinden: VerbandsgemeindeEntry[];
  gemeinden: GemeindeEntry[];
  ortsteile: OrtsteilEntry[];
}

export interface PartnerPlace extends Placed {
  name: string;
  /** Other spellings in the sources that name the same partner; `aliasReason` says why they are one. */
  aliases?: string[];
  aliasReason?: string;
  country: string;
  level: PartnerLevel;
  nativeName?: string;
  nativeLang?: string;
  wikidata?: string;
  note?: string;
  /** For a partner in Germany: its areas, from the gazetteer. */
  german?: GermanPlace;
  /** Where its coordinates come from, where that is not a gazetteer or curation: shown in `partner.coordinatesFrom`. */
  coordinatesFallback?: string;
  /** GeoNames id, where the partner gazetteer knows the place: the same id is the same place in every source. */
  geonames?: number;
}

export interface RecordCuration {
  /** The ids of the partnerships this decision applies to. */
  ids: string[];
  kind?: Kind;
  status?: Status;
  notes?: string[];
  reason: string;
}

export interface ConflictDecision {
  id: string;
  field: string;
  chosen: string;
  reason: string;
}

export interface RecordsCuration {
  /** `compiledStatus`: the status of a partnership that only compiled lists state (they keep ended ones too). */
  defaults: { kind: Kind; status: Status; compiledStatus: Status; reason: string };
  records: RecordCuration[];
  conflicts: ConflictDecision[];
}

/** Names of German places in other languages, as the compiled lists write them (`Cologne` → `Köln`). */
export interface ExonymCuration {
  names: Record<string, string>;
}

export interface Curation {
  countries: CountryCuration;
  exonyms: ExonymCuration;
  corrections: CorrectionEntry[];
  areas: LocalAreas;
  partners: PartnerPlace[];
  records: RecordsCuration;
}
