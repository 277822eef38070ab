/**
 * data/datapackage.json: the dataset as a Frictionless Data Package, with the JSON file (described by schema.json)
 * and the CSV file (described by a Table Schema) as its two resources.
 */
import { PARTNERSHIP_WORDS, requirementText } from '../field-words.js';
import type { Field } from '../fields.js';
import { COLUMN_FIELDS } from './csv-rows.js';
import type { Dataset } from '../model.js';

/** A Table Schema field for a CSV column: its type and the constraints a Table Schema can state. */
function column(field: Field & { csv: string }): Record<string, unknown> {
  const { type } = field;
  const constraints: Record<string, unknown> = {};
  if (field.required === true) constraints.required = true;
  if (field.path === 'id') constraints.unique = true;
  if (type.type === 'enum') constraints.enum = [...type.values];
  if (type.type === 'pattern') constraints.pattern = type.pattern;
  if (type.type === 'year' || type.type === 'number') constraints.minimum = type.minimum;
  if (type.type === 'number') constraints.maximum = type.maximum;
  if (field.cell === 'refs') constraints.pattern = '^\\S+:[0-9]+( \\S+:[0-9]+)*$';
  const tableType =
    field.cell === 'json' ? 'array' : type.type === 'year' ? 'integer' : type.type === 'number' ? 'number' : 'string';
  // What a Table Schema cannot state (required at some levels only, or only with another column) is said in words.
  const when = typeof field.required === 'object' || field.requires ? ` (required: ${requirementText(field)})` : '';
  return {
    name: field.csv,
    type: tableType,
    description: `${PARTNERSHIP_WORDS[field.path as keyof typeof PARTNERSHIP_WORDS]}${when}`,
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

export function datapackage(dataset: Dataset): Record<string, unknown> {
  return {
    profile: 'data-package',
    name: 'partner-elements-partnerships',
    title: 'Twin-town partnerships of German municipalities and counties',
    description:
      'Partnerships (Städtepartnerschaften, Kommunalpartnerschaften) as stated by the public pages of Länder, Kreise and towns and by compiled lists, merged into one record per partnership with the sources that state it; German places keyed and placed by the Gemeindeverzeichnis, partner places by GeoNames. See import-report.md for how every source line was used.',
    created: dataset.generated,
    // Share-alike: records derived from a CC BY-SA source make the whole CC BY-SA; every source's credit is kept.
    ...(dataset.sources.some((s) => s.licence === 'CC BY-SA 4.0')
      ? { licenses: [{ name: 'CC-BY-SA-4.0', path: 'https://creativecommons.org/licenses/by-sa/4.0/', title: 'Creative Commons Attribution-ShareAlike 4.0' }] }
      : {}),
    sources: dataset.sources.map((s) => ({
      title: `${s.publisher}: ${s.title}`,
      ...(s.url ? { path: s.url } : {}),
      ...(s.kind ? { kind: s.kind } : {}),
      ...(s.licence ? { licenses: [{ title: s.licence }] } : {}),
      ...(s.attribution ? { attribution: s.attribution } : {}),
    })),
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
          fields: COLUMN_FIELDS.map(column),
          primaryKey: 'id',
          missingValues: [''],
        },
      },
    ],
  };
}
