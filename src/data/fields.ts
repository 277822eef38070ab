/**
 * The dataset's fields, as one table: the single description from which the validator (validate.ts), the JSON
 * Schema (formats/json-schema.ts), the CSV columns and their Table Schema (formats/csv.ts, formats/datapackage.ts),
 * the key order of the published JSON (formats/canonical.ts) and the docs page's tables are made. A field added or
 * changed here changes all of them; `model.ts` holds the TypeScript types, and a check below keeps the two in step.
 * Each field's description is in field-words.ts, keyed by the same paths (the types make it complete there too):
 * the browser loads this table to validate, and not the words. Pure data, no runtime dependencies.
 */
import {
  COUNTRY_CODES,
  EARLIEST_YEAR,
  KEY_DIGITS,
  KINDS,
  LOCAL_LEVELS,
  PARTNER_LEVELS,
  SCHEMA_VERSION,
  SOURCE_KINDS,
  STATUSES,
  type Dataset,
  type LocalLevel,
  type Partnership,
  type SourceInfo,
} from './model.js';

/** What a value must be. Every type but `string` is a non-blank string where it is text. */
export type FieldType =
  | { type: 'text' }
  /** Text that must match `pattern`; `expected` completes "… is not ___" in a message. */
  | { type: 'pattern'; pattern: string; expected: string }
  /** The official key of an area whose level is the object's own `level` field (a joint holder's). */
  | { type: 'key-by-level' }
  | { type: 'enum'; values: readonly string[]; expected?: string }
  /** Text shown as a link only where it is an http(s) URL; any other address is kept and shown as text. */
  | { type: 'url' }
  /** A calendar date, YYYY-MM-DD. */
  | { type: 'date' }
  /** Any string, the empty one included (a source's value in a conflict). */
  | { type: 'string' }
  /** A year from `minimum` to the current year, or null where it is unknown. */
  | { type: 'year'; minimum: number }
  | { type: 'integer'; minimum: number }
  | { type: 'number'; minimum: number; maximum: number }
  | { type: 'const'; value: number }
  | { type: 'object' }
  /** A list of texts. */
  | { type: 'list'; minItems: number }
  /** A list of objects, whose fields are the rows under `<path>[]`. */
  | { type: 'array'; minItems: number };

/** How a CSV cell holds a field that is not a plain value: a JSON array, or `source:line` pairs. */
export type CsvCell = 'json' | 'refs';

/**
 * Whether a field must be there: always, never needed, or as a function of the German side's `local.level`
 * (required at the levels named, to be left out at the levels named `absent`, optional at the others).
 */
export type Requirement = boolean | { levels: readonly LocalLevel[]; absent?: readonly LocalLevel[] };

export interface Field<Path extends string = string> {
  /** Dotted path in the record (`partner.country`); `[]` stands for each item of a list (`sources[].line`). */
  path: Path;
  type: FieldType;
  required: Requirement;
  /** The CSV column that holds it (in `partnerships.csv`), and how its cell is written where it is not a value. */
  csv?: string;
  cell?: CsvCell;
  /** A sibling field that must be given with this one. */
  requires?: string;
  /** Part of a record's curation trail: checked for maintainers, never read by an element (`validateForDisplay`). */
  curation?: true;
  /** Wording for "is missing" or "too few items" where a general one would not tell what to do. */
  missing?: string;
  tooFew?: string;
}

const SLUG = { type: 'pattern', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', expected: 'a slug (lower-case letters, digits, single hyphens)' } as const;
const TEXT = { type: 'text' } as const;
/** A BCP 47 language tag, for a `lang` attribute. */
const LANGUAGE_TAG: FieldType = { type: 'pattern', pattern: '^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$', expected: 'a BCP 47 language tag ("uk", "sr-Latn")' };
const OBJECT = { type: 'object' } as const;
const digits = (n: number) => ({ type: 'pattern', pattern: `^[0-9]{${n}}$`, expected: `${n} digits` }) as const;
const degrees = (limit: number) => ({ type: 'number', minimum: -limit, maximum: limit }) as const;

/** A German area (Land, Kreis, Verbandsgemeinde, Gemeinde): name, slug, official key, in three CSV columns. */
function area<N extends 'land' | 'kreis' | 'verbandsgemeinde' | 'gemeinde'>(
  name: N,
  required: Requirement,
): [Field<`local.${N}`>, Field<`local.${N}.name`>, Field<`local.${N}.slug`>, Field<`local.${N}.key`>] {
  const path = `local.${name}` as const;
  const key = KEY_DIGITS[name];
  return [
    { path, type: OBJECT, required },
    { path: `${path}.name`, csv: `${name}_name`, type: TEXT, required: true },
    { path: `${path}.slug`, csv: `${name}_slug`, type: SLUG, required: true },
    { path: `${path}.key`, csv: `${name}_key`, type: digits(key), required: false },
  ];
}

/** A German partner's area (`partner.german.kreis`): in the record's JSON cell, so no columns of its own. */
function germanArea<N extends 'land' | 'kreis' | 'gemeinde'>(
  name: N,
  required: boolean,
): [
  Field<`partner.german.${N}`>,
  Field<`partner.german.${N}.name`>,
  Field<`partner.german.${N}.slug`>,
  Field<`partner.german.${N}.key`>,
] {
  const path = `partner.german.${name}` as const;
  return [
    { path, type: OBJECT, required },
    { path: `${path}.name`, type: TEXT, required: true },
    { path: `${path}.slug`, type: SLUG, required: true },
    { path: `${path}.key`, type: digits(KEY_DIGITS[name]), required: false },
  ];
}

/** WGS 84 coordinates, in two CSV columns. */
function coordinates<P extends 'local' | 'partner'>(
  side: P,
): [Field<`${P}.coordinates`>, Field<`${P}.coordinates.lat`>, Field<`${P}.coordinates.lon`>] {
  const path = `${side}.coordinates` as const;
  return [
    { path, type: OBJECT, required: false },
    { path: `${path}.lat`, csv: `${side}_lat`, type: degrees(90), required: true },
    { path: `${path}.lon`, csv: `${side}_lon`, type: degrees(180), required: true },
  ];
}

/** The rows as written, their paths kept as literal types for the check against the model's types below. */
const fields = <const T extends readonly Field[]>(rows: T): T => rows;

/** A partnership's fields, in the key order of the published JSON and the column order of the CSV. */
const partnershipRows = fields([
  {
    path: 'id',
    csv: 'id',
    type: { type: 'pattern', pattern: '^[a-z0-9]+(?:-{1,2}[a-z0-9]+)*$', expected: 'an id of lower-case letters, digits and hyphens ("halberstadt--nachod")' },
    required: true,
  },
  { path: 'kind', csv: 'kind', type: { type: 'enum', values: KINDS }, required: true },
  { path: 'status', csv: 'status', type: { type: 'enum', values: STATUSES }, required: true },
  {
    path: 'since',
    csv: 'since',
    type: { type: 'year', minimum: EARLIEST_YEAR },
    required: true,
    missing: 'is missing (use null where the year is unknown)',
  },
  { path: 'sinceText', csv: 'since_text', type: TEXT, required: false },
  { path: 'local', type: OBJECT, required: true },
  { path: 'local.name', csv: 'local_name', type: TEXT, required: true },
  { path: 'local.level', csv: 'local_level', type: { type: 'enum', values: LOCAL_LEVELS }, required: true },
  ...area('land', true),
  ...area('kreis', { levels: ['kreis', 'kreisfreie-stadt', 'verbandsgemeinde', 'gemeinde', 'ortsteil'], absent: ['land'] }),
  ...area('verbandsgemeinde', { levels: ['verbandsgemeinde'] }),
  ...area('gemeinde', { levels: ['kreisfreie-stadt', 'gemeinde', 'ortsteil'], absent: ['land', 'kreis', 'verbandsgemeinde'] }),
  { path: 'local.ortsteile', csv: 'ortsteile', cell: 'json', type: { type: 'list', minItems: 1 }, required: { levels: ['ortsteil'] } },
  { path: 'local.jointWith', csv: 'joint_with', cell: 'json', type: { type: 'array', minItems: 1 }, required: false },
  { path: 'local.jointWith[].name', type: TEXT, required: true },
  { path: 'local.jointWith[].slug', type: SLUG, required: true },
  { path: 'local.jointWith[].key', type: { type: 'key-by-level' }, required: false },
  { path: 'local.jointWith[].level', type: { type: 'enum', values: LOCAL_LEVELS }, required: true },
  ...coordinates('local'),
  { path: 'partner', type: OBJECT, required: true },
  { path: 'partner.name', csv: 'partner_name', type: TEXT, required: true },
  { path: 'partner.nativeName', csv: 'partner_native_name', type: TEXT, required: false },
  {
    path: 'partner.nativeLang',
    csv: 'partner_native_lang',
    type: LANGUAGE_TAG,
    required: false,
    requires: 'partner.nativeName',
  },
  { path: 'partner.level', csv: 'partner_level', type: { type: 'enum', values: PARTNER_LEVELS }, required: true },
  {
    path: 'partner.country',
    csv: 'partner_country',
    type: { type: 'enum', values: COUNTRY_CODES, expected: 'an ISO 3166-1 alpha-2 code' },
    required: true,
  },
  { path: 'partner.region', csv: 'partner_region', type: TEXT, required: false },
  ...coordinates('partner'),
  { path: 'partner.coordinatesFrom', csv: 'partner_coordinates_from', type: TEXT, required: false, requires: 'partner.coordinates', curation: true },
  { path: 'partner.wikidata', csv: 'partner_wikidata', type: { type: 'pattern', pattern: '^Q[1-9][0-9]*$', expected: 'a Wikidata item id ("Q1234")' }, required: false },
  { path: 'partner.website', csv: 'partner_website', type: { type: 'url' }, required: false },
  { path: 'partner.description', csv: 'partner_description', type: TEXT, required: false },
  { path: 'partner.german', csv: 'partner_german', cell: 'json', type: OBJECT, required: false },
  { path: 'partner.german.level', type: { type: 'enum', values: LOCAL_LEVELS }, required: true },
  ...germanArea('land', true),
  ...germanArea('kreis', false),
  ...germanArea('gemeinde', false),
  {
    path: 'sources',
    csv: 'sources',
    cell: 'refs',
    type: { type: 'array', minItems: 1 },
    required: true,
    missing: 'is missing (every record names the source that states it)',
    tooFew: 'must name at least one source',
  },
  { path: 'sources[].source', type: TEXT, required: true },
  { path: 'sources[].line', type: { type: 'integer', minimum: 1 }, required: true },
  { path: 'notes', csv: 'notes', cell: 'json', type: { type: 'list', minItems: 1 }, required: false },
  { path: 'conflicts', csv: 'conflicts', cell: 'json', type: { type: 'array', minItems: 1 }, required: false, curation: true },
  { path: 'conflicts[].field', type: TEXT, required: true, curation: true },
  { path: 'conflicts[].values', type: { type: 'array', minItems: 2 }, required: true, curation: true, tooFew: 'must list at least two sources and their values' },
  { path: 'conflicts[].values[].source', type: TEXT, required: true, curation: true },
  { path: 'conflicts[].values[].value', type: { type: 'string' }, required: true, curation: true },
  { path: 'conflicts[].chosen', type: TEXT, required: true, curation: true },
  { path: 'conflicts[].reason', type: TEXT, required: true, curation: true },
  { path: 'corrections', csv: 'corrections', cell: 'json', type: { type: 'array', minItems: 1 }, required: false, curation: true },
  { path: 'corrections[].field', type: TEXT, required: true, curation: true },
  { path: 'corrections[].source', type: TEXT, required: true, curation: true },
  { path: 'corrections[].line', type: { type: 'integer', minimum: 1 }, required: true, curation: true },
  { path: 'corrections[].original', type: { type: 'string' }, required: true, curation: true },
  { path: 'corrections[].corrected', type: TEXT, required: true, curation: true },
  { path: 'corrections[].reason', type: TEXT, required: true, curation: true },
]);

/** A source's fields, as listed in the dataset's `sources`. */
const sourceRows = fields([
  { path: 'id', type: { type: 'pattern', pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$', expected: 'a source id (letters, digits, "_", "." and "-")' }, required: true },
  { path: 'kind', type: { type: 'enum', values: SOURCE_KINDS }, required: false },
  { path: 'title', type: TEXT, required: true },
  { path: 'publisher', type: TEXT, required: true },
  { path: 'covers', type: TEXT, required: true },
  { path: 'url', type: { type: 'url' }, required: false },
  { path: 'retrieved', type: { type: 'date' }, required: false },
  { path: 'licence', type: TEXT, required: false },
  { path: 'attribution', type: TEXT, required: false },
  { path: 'language', type: LANGUAGE_TAG, required: false },
]);

/** The dataset's top level. */
const datasetRows = fields([
  { path: 'schemaVersion', type: { type: 'const', value: SCHEMA_VERSION }, required: true },
  { path: 'generated', type: { type: 'date' }, required: true },
  { path: 'sources', type: { type: 'array', minItems: 0 }, required: true },
  { path: 'partnerships', type: { type: 'array', minItems: 0 }, required: true },
]);

export const PARTNERSHIP_FIELDS: readonly Field[] = partnershipRows;
export const SOURCE_FIELDS: readonly Field[] = sourceRows;
export const DATASET_FIELDS: readonly Field[] = datasetRows;

export type Presence = 'required' | 'optional' | 'absent';

/** Whether a field is required, optional or to be left out at a level (`undefined`: the level is not known). */
export function presence(field: Field, level: LocalLevel | undefined): Presence {
  const { required } = field;
  if (typeof required === 'boolean') return required ? 'required' : 'optional';
  if (level === undefined) return 'optional';
  if (required.levels.includes(level)) return 'required';
  return required.absent?.includes(level) ? 'absent' : 'optional';
}

/** A field with the fields inside it: an object's, or each item's of a list of objects. */
export interface FieldNode {
  /** The last part of the path (`country`), '' for the root. */
  key: string;
  field: Field;
  children: FieldNode[];
  /** The children's keys, for telling a field the table lacks. */
  keys: Set<string>;
}

/** The rows of a table as a tree, in their order: what the validator, the schema and the key order walk. */
export function fieldTree(rows: readonly Field[]): FieldNode {
  const root: FieldNode = { key: '', field: { path: '', type: OBJECT, required: true }, children: [], keys: new Set() };
  const byPath = new Map<string, FieldNode>([['', root]]);
  for (const field of rows) {
    const dot = field.path.lastIndexOf('.');
    const parent = byPath.get(dot < 0 ? '' : field.path.slice(0, dot).replace(/\[\]$/u, ''));
    if (!parent) throw new Error(`${field.path}: its parent comes later in the table`);
    const node: FieldNode = { key: field.path.slice(dot + 1), field, children: [], keys: new Set() };
    parent.children.push(node);
    parent.keys.add(node.key);
    byPath.set(field.path, node);
  }
  return root;
}

// ---- The table and the TypeScript types agree: a field the types have and the table lacks (or the other way
// round) is a compile error here. ----

/** Every field's path in a type, in the table's form (`local.land.key`, `sources[].line`). */
export type FieldPaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]-?: NonNullable<T[K]> extends readonly (infer Item)[]
    ? Item extends object
      ? `${Prefix}${K}` | FieldPaths<Item, `${Prefix}${K}[].`>
      : `${Prefix}${K}`
    : NonNullable<T[K]> extends object
      ? `${Prefix}${K}` | FieldPaths<NonNullable<T[K]>, `${Prefix}${K}.`>
      : `${Prefix}${K}`;
}[keyof T & string];

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Paths<T extends readonly Field[]> = T[number]['path'];

/** `[true, true, true]` only while the table and the types name the same fields (test/node/fields.test.ts). */
export type FieldsMatchTypes = [
  Same<Paths<typeof partnershipRows>, FieldPaths<Partnership>>,
  Same<Paths<typeof sourceRows>, FieldPaths<SourceInfo>>,
  Same<Paths<typeof datasetRows>, keyof Dataset>,
];
