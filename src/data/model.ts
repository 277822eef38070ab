/**
 * The partnership dataset's data model: the one contract between the importer (Node), the published files
 * (data/partnerships.json and .csv) and the elements (browser). Pure types and constants, no runtime dependencies.
 */

/** Bumped on any incompatible change; the loader rejects a payload of another version. */
export const SCHEMA_VERSION = 1;

export const KINDS = ['partnership', 'friendship', 'cooperation', 'project', 'solidarity', 'contact'] as const;
/** Städtepartnerschaft, freundschaftliche Beziehung, Kooperationsvereinbarung, Projekt-, Solidaritätspartnerschaft, Kontakt. */
export type Kind = (typeof KINDS)[number];

export const STATUSES = ['active', 'dormant', 'ended', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

export const LOCAL_LEVELS = [
  'land',
  'kreis',
  'kreisfreie-stadt',
  'gemeinde',
  'verbandsgemeinde',
  'ortsteil',
] as const;
export type LocalLevel = (typeof LOCAL_LEVELS)[number];

export const PARTNER_LEVELS = ['city', 'municipality', 'district', 'region'] as const;
export type PartnerLevel = (typeof PARTNER_LEVELS)[number];

/** Official key length per level: Land 2, Kreis 5, Gemeinde (AGS) 8, Gemeindeverband 9 digits. */
export const KEY_DIGITS: Record<LocalLevel, number> = {
  land: 2,
  kreis: 5,
  'kreisfreie-stadt': 5,
  gemeinde: 8,
  verbandsgemeinde: 9,
  ortsteil: 8,
};

/** The earliest year accepted for `since`: the first twinnings date from the 1920s. */
export const EARLIEST_YEAR = 1900;

/**
 * The country codes a partner may have: the 249 officially assigned ISO 3166-1 alpha-2 codes, and XK for Kosovo,
 * which has none. XK is user-assigned, but the EU, CLDR (so `Intl.DisplayNames`) and German municipal lists use it,
 * and towns have partners there; other user-assigned codes (EU, ZZ, ...) are not countries. Written by first letter
 * (`A:DE` is AD and AE), as ISO's decoding table reads: the same codes in less than half the bytes the browser loads.
 */
export const COUNTRY_CODES: readonly string[] = (
  'A:DEFGILMOQRSTUWXZ B:ABDEFGHIJLMNOQRSTVWYZ C:ACDFGHIKLMNORUVWXYZ D:EJKMOZ E:CEGHRST F:IJKMOR ' +
  'G:ABDEFGHILMNPQRSTUWY H:KMNRTU I:DELMNOQRST J:EMOP K:EGHIMNPRWYZ L:ABCIKRSTUVY ' +
  'M:ACDEFGHKLMNOPQRSTUVWXYZ N:ACEFGILOPRUZ O:M P:AEFGHKLMNRSTWY Q:A R:EOSUW S:ABCDEGHIJKLMNORSTVXYZ ' +
  'T:CDFGHJKLMNORTVWZ U:AGMSYZ V:ACEGINU W:FS X:K Y:ET Z:AMW'
)
  .split(' ')
  .flatMap((group) => [...group.slice(2)].map((second) => `${group[0]}${second}`));

/** WGS 84 degrees. */
export interface Coordinates {
  lat: number;
  lon: number;
}

/** A German administrative area: its name as published, its slug, and its official key where known. */
export interface Area {
  name: string;
  /** Lower case, ä→ae ö→oe ü→ue ß→ss, other non-alphanumerics → '-', leading "Landkreis "/"Kreis "/"Landeshauptstadt " dropped. */
  slug: string;
  /** Land: 2 digits ("15"); Kreis: 5 digits ("15085"); Gemeinde: 8-digit AGS ("15085135"). */
  key?: string;
}

/** The German side of a partnership. */
export interface LocalSide {
  /** The place as the source names it ("Halberstadt", "Ortsteil Brehna", "Landkreis Harz"). */
  name: string;
  level: LocalLevel;
  land: Area;
  /** The Kreis, or for a kreisfreie Stadt the city itself. Absent only for a Land-level partnership. */
  kreis?: Area;
  /** The Verbandsgemeinde a Gemeinde belongs to, where the source names one. */
  verbandsgemeinde?: Area;
  /** The Gemeinde (or kreisfreie Stadt). Absent for Kreis- and Land-level partnerships. */
  gemeinde?: Area;
  /** For an Ortsteil (Ortschaft) partnership: the Ortsteile as the source lists them, one or several. */
  ortsteile?: string[];
  /** Other German bodies that hold the partnership jointly (e.g. the Landkreis together with the Gemeinde). */
  jointWith?: (Area & { level: LocalLevel })[];
  coordinates?: Coordinates;
}

/**
 * Where a German partner lies, for a partnership between two German places: the queries find the record from
 * either town's page, and show it there facing that town (queries.ts `facing`).
 */
export interface GermanPlace {
  level: LocalLevel;
  land: Area;
  kreis?: Area;
  gemeinde?: Area;
}

/** The partner abroad (or, for a partnership within Germany, the other German town). */
export interface Partner {
  /** Name as published, German exonym where the source uses one ("Saporischschja", "Kreis Iași"). */
  name: string;
  /** Name in the partner's own language where it differs from `name`. */
  nativeName?: string;
  /** BCP 47 language of `nativeName` (for the `lang` attribute). */
  nativeLang?: string;
  level: PartnerLevel;
  /** ISO 3166-1 alpha-2, upper case (XK for Kosovo, which has no assigned code). */
  country: string;
  /** Region as published ("Woiwodschaft Schlesien"). */
  region?: string;
  coordinates?: Coordinates;
  /** Where the coordinates come from where no gazetteer or curator placed the partner (a compiled list's own). */
  coordinatesFrom?: string;
  /** Wikidata item id ("Q1234"). */
  wikidata?: string;
  /** http(s) URL where a source gives one. */
  website?: string;
  /** A source's description of the partner (German). */
  description?: string;
  /** For a partner in Germany (`country` DE): its areas, so that its own page lists the partnership too. */
  german?: GermanPlace;
}

/** Where a record comes from: the source id and the 1-based line in that source's text. */
export interface SourceRef {
  source: string;
  line: number;
}

/** Two sources that disagree on a field, and which value stands. */
export interface Conflict {
  field: string;
  values: { source: string; value: string }[];
  chosen: string;
  reason: string;
}

/** A source's typo or variant spelling that curation corrected; the source's original wording is kept here. */
export interface Correction {
  /** Dotted path of the corrected field ("partner.name", "partner.country", "local.ortsteile"). */
  field: string;
  source: string;
  line: number;
  original: string;
  corrected: string;
  reason: string;
}

export interface Partnership {
  /** Stable, readable: "<local slug>--<partner slug>" with a numeric suffix only where needed. */
  id: string;
  kind: Kind;
  status: Status;
  /** Year the partnership began, or null where the sources give none or say it is unknown. */
  since: number | null;
  /** The source's own wording for `since` where it is unusual ("unbekannt"). */
  sinceText?: string;
  local: LocalSide;
  partner: Partner;
  sources: SourceRef[];
  notes?: string[];
  conflicts?: Conflict[];
  /** Typos and variant spellings of the sources that curation corrected, with the original wording. */
  corrections?: Correction[];
}

/**
 * What a source is: the publisher's own page (a town's, Kreis's or Land's list of its partnerships), a list
 * compiled by others from many places (an encyclopedia), or a gazetteer that gives places their keys and
 * coordinates but states no partnership. Elements say so where a record rests only on compiled lists.
 */
export const SOURCE_KINDS = ['official', 'compiled', 'gazetteer'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface SourceInfo {
  id: string;
  /** Absent: `official`, the publisher's own page (what a town's own data file is). */
  kind?: SourceKind;
  title: string;
  publisher: string;
  /** The place the page covers ("Sachsen-Anhalt", "Landkreis Harz"). */
  covers: string;
  url?: string;
  /** ISO date the page was retrieved. */
  retrieved?: string;
  /** The licence it is published under ("CC BY-SA 4.0"), where it names one. */
  licence?: string;
  /** The credit its licence asks for, to be shown wherever its records are ("Wikipedia contributors, CC BY-SA 4.0"). */
  attribution?: string;
  /** The language it is written in (its title; the country names it uses), BCP 47; German where absent. */
  language?: string;
}

export interface Dataset {
  schemaVersion: typeof SCHEMA_VERSION;
  /** ISO date: the newest source's retrieval date, so that a rebuild is byte-identical. */
  generated: string;
  sources: SourceInfo[];
  partnerships: Partnership[];
}
