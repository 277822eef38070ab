/** data/schema.json: the dataset as a JSON Schema (2020-12), made from the table of fields as the validator is. */
import { DATASET_WORDS, PARTNERSHIP_WORDS, RULES_BEYOND_SCHEMA, SOURCE_WORDS } from '../field-words.js';
import { DATASET_FIELDS, PARTNERSHIP_FIELDS, SOURCE_FIELDS, fieldTree, presence, type FieldNode } from '../fields.js';
import { KEY_DIGITS, LOCAL_LEVELS, type LocalLevel } from '../model.js';

type Schema = Record<string, unknown>;
/** A table's descriptions, by path. */
type Words = Record<string, string>;

const TEXT: Schema = { $ref: '#/$defs/text' };

function valueSchema(node: FieldNode, words: Words): Schema {
  const { type } = node.field;
  switch (type.type) {
    case 'text':
    case 'url':
      return TEXT;
    case 'pattern':
      return { type: 'string', pattern: type.pattern };
    case 'key-by-level':
      return { type: 'string', pattern: '^[0-9]+$' };
    case 'enum':
      return { enum: [...type.values] };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'string':
      return { type: 'string' };
    case 'year':
      return { type: ['integer', 'null'], minimum: type.minimum };
    case 'integer':
      return { type: 'integer', minimum: type.minimum };
    case 'number':
      return { type: 'number', minimum: type.minimum, maximum: type.maximum };
    case 'const':
      return { const: type.value };
    case 'object':
      return objectSchema(node, words);
    case 'list':
      return { type: 'array', minItems: type.minItems, items: TEXT };
    case 'array':
      return { type: 'array', minItems: type.minItems, items: objectSchema(node, words) };
  }
}

/** Levels that ask the same of an object's fields, each with the fields it requires and those it excludes. */
function levelRules(node: FieldNode): Schema[] {
  const byLevel = node.children.filter((c) => typeof c.field.required === 'object');
  if (byLevel.length === 0) return [];
  const groups = new Map<string, { levels: LocalLevel[]; required: string[]; absent: string[] }>();
  for (const level of LOCAL_LEVELS) {
    const required = byLevel.filter((c) => presence(c.field, level) === 'required').map((c) => c.key);
    const absent = byLevel.filter((c) => presence(c.field, level) === 'absent').map((c) => c.key);
    const id = `${required.join()}|${absent.join()}`;
    const group = groups.get(id) ?? { levels: [], required, absent };
    group.levels.push(level);
    groups.set(id, group);
  }
  return [...groups.values()]
    .filter((g) => g.required.length > 0 || g.absent.length > 0)
    .map((g) => ({
      if: { properties: { level: { enum: g.levels } }, required: ['level'] },
      // `true` for a required field says "defined" to strict validators (Ajv's strictRequired); `false` excludes one.
      then: {
        properties: Object.fromEntries([...g.required.map((key) => [key, true]), ...g.absent.map((key) => [key, false])]),
        ...(g.required.length ? { required: g.required } : {}),
      },
    }));
}

/** A key whose length depends on the object's own level (a joint holder): one rule per length. */
function keyRules(node: FieldNode): Schema[] {
  const key = node.children.find((c) => c.field.type.type === 'key-by-level');
  if (!key) return [];
  const lengths = new Map<number, LocalLevel[]>();
  for (const level of LOCAL_LEVELS) lengths.set(KEY_DIGITS[level], [...(lengths.get(KEY_DIGITS[level]) ?? []), level]);
  return [...lengths].map(([digits, levels]) => ({
    if: { properties: { level: { enum: levels } }, required: ['level'] },
    then: { properties: { [key.key]: { type: 'string', pattern: `^[0-9]{${digits}}$` } } },
  }));
}

function objectSchema(node: FieldNode, words: Words): Schema {
  const properties = Object.fromEntries(
    node.children.map((c) => [c.key, { ...valueSchema(c, words), description: words[c.field.path] }]),
  );
  const dependent = node.children.filter((c) => c.field.requires);
  const rules = [...levelRules(node), ...keyRules(node)];
  return {
    type: 'object',
    properties,
    required: node.children.filter((c) => c.field.required === true).map((c) => c.key),
    ...(dependent.length
      ? { dependentRequired: Object.fromEntries(dependent.map((c) => [c.key, [c.field.requires?.split('.').pop()]])) }
      : {}),
    ...(rules.length ? { allOf: rules } : {}),
    additionalProperties: false,
  };
}

export function datasetSchema(): Schema {
  const top = objectSchema(fieldTree(DATASET_FIELDS), DATASET_WORDS) as { properties: Record<string, Schema> };
  const items: Record<string, string> = { sources: '#/$defs/source', partnerships: '#/$defs/partnership' };
  for (const [key, ref] of Object.entries(items)) {
    top.properties[key] = { ...top.properties[key], items: { $ref: ref } };
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://unpkg.com/partner-elements/data/schema.json',
    title: 'partner-elements partnership dataset',
    description: `Twin-town partnerships of German municipalities and counties, made from the table of fields in src/data/fields.ts, as the validator (partner-data validate) is. The validator also checks what a schema cannot: ${RULES_BEYOND_SCHEMA.join('; ')}.`,
    ...top,
    $defs: {
      text: { type: 'string', minLength: 1, pattern: '\\S', description: 'Text that is not empty or blank' },
      source: objectSchema(fieldTree(SOURCE_FIELDS), SOURCE_WORDS),
      partnership: objectSchema(fieldTree(PARTNERSHIP_FIELDS), PARTNERSHIP_WORDS),
    },
  };
}
