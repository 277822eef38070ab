/**
 * What a source page parser produces: every line classified, and the partnerships it states as raw records that
 * still carry the source's own wording. Curation and merge (see build.ts) turn raw records into the dataset.
 */
import type { Kind, LocalLevel, SourceInfo } from '../model.js';

/**
 * - record: the line states (part of) a partnership
 * - heading: the line sets context (Land, Kreis, Gemeinde, Verbandsgemeinde, a section, a country in a list)
 * - note: text that is not a partnership, kept (in the report, or as a record's note or description)
 * - chrome: menu, navigation, contact details, captions, blank lines
 * - problem: a line the parser could not place; the import reports it with its line number
 */
export type LineClass = 'record' | 'heading' | 'note' | 'chrome' | 'problem';

export interface ClassifiedLine {
  /** 1-based line number in the source text. */
  line: number;
  text: string;
  class: LineClass;
  /** Why the line got its class (a heading's level, a note's purpose, a problem's cause). */
  reason: string;
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
}

export interface RawPartner {
  name: string;
  /** The country as the source words it ("Vereinigte Staaten"), absent where the source names none. */
  country?: string;
  region?: string;
  /** As the source writes it; curation turns it into an http(s) URL. */
  website?: string;
  description?: string;
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
