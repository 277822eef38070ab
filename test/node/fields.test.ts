import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { RULES_BEYOND_SCHEMA } from '../../src/data/field-words.js';
import { PARTNERSHIP_FIELDS, presence, type FieldsMatchTypes } from '../../src/data/fields.js';
import { LOCAL_LEVELS } from '../../src/data/model.js';
import { validateDataset, validateForDisplay } from '../../src/data/validate.js';
import { RECORD_CASES, caseDataset } from '../fixtures/record-cases.js';
import { DATA_DIR } from './support.js';

// A compile-time check: `tsc --noEmit` fails here when the table and the model's types name different fields.
const typesAgree: FieldsMatchTypes = [true, true, true];

const ajv = new Ajv2020.default({ allErrors: true, strict: true });
addFormats.default(ajv);
const schemaAccepts = ajv.compile(JSON.parse(readFileSync(join(DATA_DIR, 'schema.json'), 'utf8')));
const now = new Date('2026-11-21T12:00:00Z');

test('the table of fields and the TypeScript types name the same fields', () => {
  assert.deepEqual(typesAgree, [true, true, true]);
});

test('the validator and data/schema.json give the same verdict on every shared case', () => {
  assert.ok(RECORD_CASES.length >= 43, `${RECORD_CASES.length} cases`);
  const disagreements: string[] = [];
  for (const c of RECORD_CASES) {
    const dataset = caseDataset(c);
    const schema = schemaAccepts(dataset);
    const validator = validateDataset(dataset, { now }).problems.length === 0;
    const expectedBySchema = c.beyondSchema ? true : c.valid;
    if (validator !== c.valid || schema !== expectedBySchema) {
      disagreements.push(`${c.name}: expected ${c.valid}, validator ${validator}, schema ${schema}`);
    }
  }
  assert.deepEqual(disagreements, []);
});

test('what only the validator checks is said in the schema, one rule per case that shows it', () => {
  const schema = JSON.parse(readFileSync(join(DATA_DIR, 'schema.json'), 'utf8')) as { description: string };
  for (const rule of RULES_BEYOND_SCHEMA) assert.ok(schema.description.includes(rule), rule);
  assert.ok(RECORD_CASES.filter((c) => c.beyondSchema).length >= RULES_BEYOND_SCHEMA.length);
});

test('which areas a record names follows from its level', () => {
  const at = (path: string) => PARTNERSHIP_FIELDS.find((f) => f.path === path)!;
  const rows = LOCAL_LEVELS.map((level) =>
    [
      level,
      ...['local.kreis', 'local.verbandsgemeinde', 'local.gemeinde', 'local.ortsteile'].map((p) =>
        presence(at(p), level),
      ),
    ].join(' '),
  );
  assert.deepEqual(rows, [
    'land absent optional absent optional',
    'kreis required optional absent optional',
    'kreisfreie-stadt required optional required optional',
    'gemeinde required optional required optional',
    'verbandsgemeinde required required absent optional',
    'ortsteil required optional required required',
  ]);
});

test('a field the table lacks: an error for a maintainer, a warning for an element, which shows the record', () => {
  const dataset = caseDataset(RECORD_CASES.find((c) => c.name === 'a misspelt field')!);
  const full = validateDataset(dataset, { now });
  assert.deepEqual(
    full.problems.map((p) => p.detail),
    ['partner.websit is not a field of the data model'],
  );
  const shown = validateForDisplay(dataset, { now });
  assert.deepEqual(shown.problems, []);
  assert.equal(shown.dataset?.partnerships.length, 1);
  assert.deepEqual(
    shown.warnings.map((w) => w.message),
    ['partnerships[0] (halberstadt--nachod): partner.websit is not a field of the data model'],
  );
});
