/**
 * What a source page parser produces: every line classified, and the partnerships it states as raw records that
 * still carry the source's own wording. Curation and merge (see build.ts) turn raw records into the dataset.
 */
import type { Coordinates, Kind, LocalLevel, SourceInfo } from '../model.js';

/**
 * - record: the line states (part of) a partnership
 * - heading: the line sets context (Land, Kreis, Gemeinde, Verbandsgemeinde, a section, a country in a list)
 * - note: text that is not a partnership, kept (in the report, or as a record's note or description)
 * - chrome: menu, navigation, contact details, captions, blank lines
 * - problem: a line the parser could not place; the import reports it with its line number
 * - place: a gazetteer's line that defines a place (a Land, Kreis, Gemeinde): it states no partnership
 */
export type LineClass = 'record' | 'heading' | 'note' | 'chrome' | 'problem' | 'place';

export interface ClassifiedLine {
  /** 1-based line number in the source text. */
  line: number;
  text: string;
  class: LineClass;
  /** Why the line got its class (a heading's level, a note's purpose, a problem's cause). */
  reason: string;
}

/**
 * A German place as a compiled list writes it ("Cologne", "Berlin – Mitte", "Herford (district)"), with the list's
 * coordinates: the gazetteer resolves it (gazetteer.ts), where the seed pages' places are resolved by curation.
 */
export interface PlaceMention {
  name: string;
  coordinates?: Coordinates;
}

/** The German side as the source words it; curation resolves the names to official areas. */
export interface RawLocal {
  level: LocalLevel;
  /** The place as the source names it ("Ortsteil Brehna", "Stadt Halberstadt", "Landkreis Harz"). */
  name: string;
  land?: string;
  kreis?: string;
  verbandsgemeinde?: string;
  gemeinde?: string;
  ortsteile?: string[];
  /** Other German bodies holding the partnership jointly, as the source names them. */
  jointWith?: { name: string; level: LocalLevel }[];
  /** Set by a compiled list: resolve the place by the gazetteer from its name and coordinates. */
  mention?: PlaceMention;
}

export interface RawPartner {
  name: string;
  /** The country as the source words it ("Vereinigte Staaten"), absent where the source names none. */
  country?: string;
  region?: string;
  /** As the source writes it; curation turns it into an http(s) URL. */
  website?: string;
  description?: string;
  /** The source's own coordinates (a compiled list's), the last resort where no gazetteer places the partner. */
  coordinates?: Coordinates;
  /** A partner in Germany as a compiled list writes it: resolved by the gazetteer, like a local mention. */
  mention?: PlaceMention;
}

export interface RawRecord {
  source: string;
  /** The lines that state this record, the main one first. */
  lines: number[];
  local: RawLocal;
  partner: RawPartner;
  /** Absent where the source does not say what kind of partnership it is. */
  kind?: Kind;
  /** A year; null where the source says the year is unknown or lists the partnership without one; absent where the
   * format never states years. */
  since?: number | null;
  sinceText?: string;
  notes: string[];
}

/** Something in a source worth a reader's attention that is not a line-level problem (a count that does not add up). */
export interface Finding {
  line: number;
  message: string;
}

export interface ImportResult {
  source: SourceInfo;
  lines: ClassifiedLine[];
  records: RawRecord[];
  findings: Finding[];
}

export type Parser = (text: string, source: SourceInfo) => ImportResult;
