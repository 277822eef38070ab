/**
 * The words of the table of fields (fields.ts): each field's description, keyed by its path, and what the validator
 * checks beyond the table. For the JSON Schema, the Table Schema and the docs page; the browser's validator needs
 * none of it, so it stays out of the elements' bytes. The types make each list name every field of its table.
 */
import { KEY_DIGITS, type Dataset, type Partnership, type SourceInfo } from './model.js';
import type { Field, FieldPaths } from './fields.js';

/** An area's four rows (the object, name, slug, key). */
function area<N extends 'land' | 'kreis' | 'verbandsgemeinde' | 'gemeinde'>(name: N, what: string) {
  return {
    [`local.${name}`]: what,
    [`local.${name}.name`]: 'Name as published',
    [`local.${name}.slug`]: `Slug, as the \`${name}\` attribute takes it`,
    [`local.${name}.key`]: `Official key, ${KEY_DIGITS[name]} digits`,
  } as Record<`local.${N}` | `local.${N}.${'name' | 'slug' | 'key'}`, string>;
}

function coordinates<P extends 'local' | 'partner'>(side: P, what: string) {
  return {
    [`${side}.coordinates`]: what,
    [`${side}.coordinates.lat`]: 'Latitude, WGS 84 degrees',
    [`${side}.coordinates.lon`]: 'Longitude, WGS 84 degrees',
  } as Record<`${P}.coordinates` | `${P}.coordinates.${'lat' | 'lon'}`, string>;
}

export const PARTNERSHIP_WORDS: Record<FieldPaths<Partnership>, string> = {
  id: 'Stable, readable, unique: `<local slug>--<partner slug>`, a number added only where needed',
  kind: 'Kind of relationship: Städtepartnerschaft, freundschaftliche Beziehung, Kooperation, Projekt, Solidarität, Kontakt',
  status: 'Whether it is lived today',
  since: 'Year it began; null (an empty cell) where no source gives one',
  sinceText: 'The source\'s wording for the year where it is unusual ("unbekannt")',
  local: 'The German side',
  'local.name': 'The German side as the source names it ("Halberstadt", "Landkreis Harz")',
  'local.level': 'Level of the German side; which areas a record names depends on it',
  ...area('land', 'The Land'),
  ...area('kreis', 'The Kreis, or a kreisfreie Stadt itself'),
  ...area('verbandsgemeinde', 'The Verbandsgemeinde (or Amt) a Gemeinde belongs to, where the source names one'),
  ...area('gemeinde', 'The Gemeinde, or a kreisfreie Stadt itself'),
  'local.ortsteile': 'The Ortsteile that hold the partnership, as the source lists them',
  'local.jointWith': 'Other German bodies that hold it jointly (a Gemeinde with its Landkreis)',
  'local.jointWith[].name': 'Name as published',
  'local.jointWith[].slug': 'Slug',
  'local.jointWith[].key': 'Official key, as many digits as its level has',
  'local.jointWith[].level': 'Its level',
  ...coordinates('local', 'Where the German side is'),
  partner: 'The partner abroad (or the other German town)',
  'partner.name': 'Name as published, the German exonym where the source uses one ("Saporischschja")',
  'partner.nativeName': "Name in the partner's own language, where it differs",
  'partner.nativeLang': 'BCP 47 language of the native name, for its `lang` attribute',
  'partner.level': 'Level of the partner',
  'partner.country': 'ISO 3166-1 alpha-2 code, upper case (XK for Kosovo)',
  'partner.region': 'Region as published ("Woiwodschaft Schlesien")',
  ...coordinates('partner', 'Where the partner is'),
  'partner.coordinatesFrom': 'Where the coordinates come from, where no gazetteer or curator placed the partner',
  'partner.wikidata': 'Wikidata item id',
  'partner.website': 'Website, where a source gives one; a link only where it is http(s)',
  'partner.description': "A source's description of the partner (German)",
  'partner.german': 'For a partner in Germany: its areas, so that its own page lists the partnership too (in the CSV, a JSON object)',
  'partner.german.level': 'Its level',
  'partner.german.land': 'Its Land',
  'partner.german.land.name': 'Name as published',
  'partner.german.land.slug': 'Slug',
  'partner.german.land.key': 'Official key, 2 digits',
  'partner.german.kreis': 'Its Kreis, or a kreisfreie Stadt itself',
  'partner.german.kreis.name': 'Name as published',
  'partner.german.kreis.slug': 'Slug',
  'partner.german.kreis.key': 'Official key, 5 digits',
  'partner.german.gemeinde': 'Its Gemeinde',
  'partner.german.gemeinde.name': 'Name as published',
  'partner.german.gemeinde.slug': 'Slug',
  'partner.german.gemeinde.key': 'Official key (AGS), 8 digits',
  sources: 'Each source that states it; in the CSV, `source:line` pairs separated by spaces',
  'sources[].source': 'The id of a source listed in the dataset',
  'sources[].line': "The line of that source's text",
  notes: 'What the sources say beyond the fields',
  conflicts: 'Where sources disagree, and which value stands',
  'conflicts[].field': 'The field they disagree on',
  'conflicts[].values': 'What each source says',
  'conflicts[].values[].source': 'The source',
  'conflicts[].values[].value': 'Its value, as text',
  'conflicts[].chosen': 'The value that stands',
  'conflicts[].reason': 'Why',
  corrections: "A source's typos and variant spellings that curation corrected",
  'corrections[].field': 'Dotted path of the corrected field ("partner.name")',
  'corrections[].source': 'The source',
  'corrections[].line': 'Its line',
  'corrections[].original': "The source's wording (empty where the source left the value out)",
  'corrections[].corrected': 'The corrected value',
  'corrections[].reason': 'Why',
};

export const SOURCE_WORDS: Record<FieldPaths<SourceInfo>, string> = {
  id: 'Unique id, cited by the records',
  kind: "official (the publisher's own page; the default), compiled (a list compiled by others, such as an encyclopedia) or gazetteer (gives places their keys and coordinates, states no partnership)",
  title: 'Title of the page or file',
  publisher: 'Who publishes it',
  covers: 'The place it covers ("Landkreis Harz")',
  url: 'Where it is published; a link only where it is http(s)',
  retrieved: 'The date it was retrieved',
  licence: 'The licence it is published under',
  attribution: 'The credit its licence asks for, shown wherever its records are',
  language: 'The language it is written in (BCP 47), for its title\'s `lang` attribute; German where absent',
};

export const DATASET_WORDS: Record<keyof Dataset, string> = {
  schemaVersion: 'The version of this format; a loader rejects any other',
  generated: "The newest source's retrieval date, so that a rebuild is byte-identical",
  sources: 'The sources the records cite',
  partnerships: 'The partnerships',
};

/** What the validator checks beyond what the table (and so the JSON Schema) can say. */
export const RULES_BEYOND_SCHEMA: readonly string[] = [
  'ids are unique',
  'every source a record cites is listed in `sources`, and listed once',
  '`since` is not in the future',
  "an area's key lies in the key of the area above it (a Gemeinde's AGS begins with its Kreis's key)",
];

/** When a field must be given, in words, for the docs and the Table Schema: "yes", "" or per level. */
export function requirementText(field: Field): string {
  const { required } = field;
  if (field.requires) return `only with ${field.requires}`;
  if (typeof required === 'boolean') return required ? 'yes' : '';
  const absent = required.absent?.length ? `; left out at ${required.absent.join(', ')}` : '';
  return `at level ${required.levels.join(', ')}${absent}`;
}
