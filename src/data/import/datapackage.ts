/**
 * data/datapackage.json: the dataset as a Frictionless Data Package, with the JSON file (described by schema.json)
 * and the CSV file (described by a Table Schema) as its two resources.
 */
import { CSV_COLUMNS, type CsvColumn } from '../csv.js';
import { KINDS, LOCAL_LEVELS, PARTNER_LEVELS, STATUSES, type Dataset } from '../model.js';
import { EARLIEST_YEAR, COUNTRY_CODES } from '../validate.js';

type Field = { type: string; description: string; constraints?: Record<string, unknown>; format?: string };

const str = (description: string, constraints?: Record<string, unknown>): Field => ({
  type: 'string',
  description,
  ...(constraints ? { constraints } : {}),
});
const required = { required: true };
const slugPattern = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
const areaFields = (prefix: string, label: string, digits: number): Record<string, Field> => ({
  [`${prefix}_name`]: str(`${label}: name as published`),
  [`${prefix}_slug`]: str(`${label}: slug`, { pattern: slugPattern }),
  [`${prefix}_key`]: str(`${label}: official key (${digits} digits)`, { pattern: `^[0-9]{${digits}}$` }),
});

const FIELDS: Record<CsvColumn, Field> = {
  id: str('Stable readable id: <local slug>--<partner slug>', { required: true, unique: true }),
  kind: str('Kind of partnership', { required: true, enum: [...KINDS] }),
  status: str('Status', { required: true, enum: [...STATUSES] }),
  since: { type: 'integer', description: 'Year the partnership began; empty where no source gives one', constraints: { minimum: EARLIEST_YEAR } },
  since_text: str("The source's wording for the year where it is unusual (\"unbekannt\")"),
  local_name: str('The German side as the source names it', required),
  local_level: str('Level of the German side', { required: true, enum: [...LOCAL_LEVELS] }),
  ...(areaFields('land', 'Land', 2) as Record<'land_name' | 'land_slug' | 'land_key', Field>),
  ...(areaFields('kreis', 'Kreis (or the kreisfreie Stadt)', 5) as Record<'kreis_name' | 'kreis_slug' | 'kreis_key', Field>),
  ...(areaFields('verbandsgemeinde', 'Verbandsgemeinde', 9) as Record<
    'verbandsgemeinde_name' | 'verbandsgemeinde_slug' | 'verbandsgemeinde_key',
    Field
  >),
  ...(areaFields('gemeinde', 'Gemeinde', 8) as Record<'gemeinde_name' | 'gemeinde_slug' | 'gemeinde_key', Field>),
  ortsteile: { type: 'array', description: 'Ortsteile holding the partnership, a JSON array of names' },
  joint_with: { type: 'array', description: 'Other German bodies holding it jointly, a JSON array of {name, slug, key, level}' },
  local_lat: { type: 'number', description: 'Latitude of the German side (WGS 84)', constraints: { minimum: -90, maximum: 90 } },
  local_lon: { type: 'number', description: 'Longitude of the German side (WGS 84)', constraints: { minimum: -180, maximum: 180 } },
  partner_name: str('Partner name as published (German exonym where the source uses one)', required),
  partner_native_name: str("Partner name in the partner's own language, where it differs"),
  partner_native_lang: str('BCP 47 language of partner_native_name'),
  partner_level: str('Level of the partner', { required: true, enum: [...PARTNER_LEVELS] }),
  partner_country: str('ISO 3166-1 alpha-2 country of the partner (XK for Kosovo)', { required: true, enum: [...COUNTRY_CODES] }),
  partner_region: str('Region as published'),
  partner_lat: { type: 'number', description: 'Latitude of the partner (WGS 84)', constraints: { minimum: -90, maximum: 90 } },
  partner_lon: { type: 'number', description: 'Longitude of the partner (WGS 84)', constraints: { minimum: -180, maximum: 180 } },
  partner_wikidata: str('Wikidata item id', { pattern: '^Q[1-9][0-9]*$' }),
  partner_website: { type: 'string', format: 'uri', description: 'Website of the partner (http or https)' },
  partner_description: str("A source's description of the partner (German)"),
  sources: str('Sources that state the partnership: space-separated source:line pairs', { required: true, pattern: '^\\S+:[0-9]+( \\S+:[0-9]+)*$' }),
  notes: { type: 'array', description: 'Notes, a JSON array of strings' },
  conflicts: { type: 'array', description: 'Where sources disagree, a JSON array of {field, values, chosen, reason}' },
  corrections: { type: 'array', description: 'Source typos corrected by curation, a JSON array of {field, source, line, original, corrected, reason}' },
};

export function datapackage(dataset: Dataset): Record<string, unknown> {
  return {
    profile: 'data-package',
    name: 'partner-elements-partnerships',
    title: 'Twin-town partnerships of German municipalities and counties',
    description:
      'Partnerships (Städtepartnerschaften, Kommunalpartnerschaften) as stated by public pages of a Land, a Landkreis and two cities, merged into one record per partnership with the sources that state it. See import-report.md for how every source line was used.',
    created: dataset.generated,
    sources: dataset.sources.map((s) => ({ title: `${s.publisher}: ${s.title}`, ...(s.url ? { path: s.url } : {}) })),
    resources: [
      {
        profile: 'data-resource',
        name: 'partnerships-json',
        path: 'partnerships.json',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        description: 'The dataset as published for the elements: sources and partnerships, nested.',
        schema: 'schema.json',
      },
      {
        profile: 'tabular-data-resource',
        name: 'partnerships-csv',
        path: 'partnerships.csv',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        description: 'One row per partnership, nested fields flattened; JSON arrays in cells where a field holds a list.',
        dialect: { delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: {
          fields: CSV_COLUMNS.map((name) => ({ name, ...FIELDS[name] })),
          primaryKey: 'id',
          missingValues: [''],
        },
      },
    ],
  };
}
