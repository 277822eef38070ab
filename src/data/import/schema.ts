/** data/schema.json: the dataset as a JSON Schema (2020-12), derived from the data model's constants. */
import { KINDS, LOCAL_LEVELS, PARTNER_LEVELS, SCHEMA_VERSION, STATUSES } from '../model.js';
import { EARLIEST_YEAR, COUNTRY_CODES } from '../validate.js';

const text = { type: 'string', minLength: 1, pattern: '\\S' };
const slug = { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' };
const digits = (n: number) => ({ type: 'string', pattern: `^[0-9]{${n}}$` });

function object(properties: Record<string, unknown>, required: string[], description?: string) {
  return {
    type: 'object',
    ...(description ? { description } : {}),
    properties,
    required,
    additionalProperties: false,
  };
}

const area = (key: number, description: string) =>
  object({ name: text, slug: { $ref: '#/$defs/slug' }, key: digits(key) }, ['name', 'slug'], description);

export function datasetSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://unpkg.com/partner-elements/data/schema.json',
    title: 'partner-elements partnership dataset',
    description:
      'Twin-town partnerships of German municipalities and counties. Generated from src/data/model.ts; the validator (partner-data validate) also checks what a schema cannot: that ids are unique, that sources cited are listed, that a year is not in the future.',
    type: 'object',
    properties: {
      schemaVersion: { const: SCHEMA_VERSION },
      generated: { type: 'string', format: 'date' },
      sources: { type: 'array', items: { $ref: '#/$defs/source' } },
      partnerships: { type: 'array', items: { $ref: '#/$defs/partnership' } },
    },
    required: ['schemaVersion', 'generated', 'sources', 'partnerships'],
    additionalProperties: false,
    $defs: {
      slug,
      text,
      coordinates: object(
        { lat: { type: 'number', minimum: -90, maximum: 90 }, lon: { type: 'number', minimum: -180, maximum: 180 } },
        ['lat', 'lon'],
        'WGS 84 degrees',
      ),
      source: object(
        {
          id: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$' },
          title: text,
          publisher: text,
          covers: text,
          url: { type: 'string', format: 'uri', pattern: '^https?://' },
          retrieved: { type: 'string', format: 'date' },
        },
        ['id', 'title', 'publisher', 'covers'],
      ),
      local: object(
        {
          name: text,
          level: { enum: [...LOCAL_LEVELS] },
          land: area(2, 'Land: 2-digit key'),
          kreis: area(5, 'Kreis (or the kreisfreie Stadt itself): 5-digit Kreisschlüssel'),
          verbandsgemeinde: area(9, 'Verbandsgemeinde: 9-digit Gemeindeverbandsschlüssel'),
          gemeinde: area(8, 'Gemeinde: 8-digit Amtlicher Gemeindeschlüssel'),
          ortsteile: { type: 'array', items: text, minItems: 1 },
          jointWith: {
            type: 'array',
            minItems: 1,
            items: object(
              { name: text, slug: { $ref: '#/$defs/slug' }, key: { type: 'string', pattern: '^[0-9]{2,9}$' }, level: { enum: [...LOCAL_LEVELS] } },
              ['name', 'slug', 'level'],
            ),
          },
          coordinates: { $ref: '#/$defs/coordinates' },
        },
        ['name', 'level', 'land'],
        'The German side',
      ),
      partner: object(
        {
          name: text,
          nativeName: text,
          nativeLang: { type: 'string', pattern: '^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$' },
          level: { enum: [...PARTNER_LEVELS] },
          country: { enum: [...COUNTRY_CODES], description: 'ISO 3166-1 alpha-2 (and XK for Kosovo)' },
          region: text,
          coordinates: { $ref: '#/$defs/coordinates' },
          wikidata: { type: 'string', pattern: '^Q[1-9][0-9]*$' },
          website: { type: 'string', format: 'uri', pattern: '^https?://' },
          description: text,
        },
        ['name', 'level', 'country'],
        'The partner abroad (or the other German town)',
      ),
      partnership: object(
        {
          id: { type: 'string', pattern: '^[a-z0-9]+(?:-{1,2}[a-z0-9]+)*$' },
          kind: { enum: [...KINDS] },
          status: { enum: [...STATUSES] },
          since: { type: ['integer', 'null'], minimum: EARLIEST_YEAR },
          sinceText: text,
          local: { $ref: '#/$defs/local' },
          partner: { $ref: '#/$defs/partner' },
          sources: {
            type: 'array',
            minItems: 1,
            items: object(
              { source: { type: 'string', minLength: 1 }, line: { type: 'integer', minimum: 1 } },
              ['source', 'line'],
            ),
          },
          notes: { type: 'array', items: text, minItems: 1 },
          conflicts: {
            type: 'array',
            minItems: 1,
            items: object(
              {
                field: text,
                values: {
                  type: 'array',
                  minItems: 2,
                  items: object({ source: text, value: { type: 'string' } }, ['source', 'value']),
                },
                chosen: text,
                reason: text,
              },
              ['field', 'values', 'chosen', 'reason'],
            ),
          },
          corrections: {
            type: 'array',
            minItems: 1,
            items: object(
              {
                field: text,
                source: text,
                line: { type: 'integer', minimum: 1 },
                original: text,
                corrected: text,
                reason: text,
              },
              ['field', 'source', 'line', 'original', 'corrected', 'reason'],
            ),
          },
        },
        ['id', 'kind', 'status', 'since', 'local', 'partner', 'sources'],
      ),
    },
  };
}
