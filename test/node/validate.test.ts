/* eslint-disable @typescript-eslint/no-explicit-any -- records are broken field by field */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRequire } from 'node:module';
import type { Partnership } from '../../src/data/model.js';
import { COUNTRY_CODES } from '../../src/data/model.js';
import { allLocales } from '../../src/i18n/locale-codes.js';
import { validateDataset } from '../../src/data/validate.js';
import { baseDataset } from '../fixtures/record-cases.js';

const require = createRequire(import.meta.url);

/** The shared fixture's valid Gemeinde-level record (Halberstadt–Náchod). */
function record(): Partnership {
  return baseDataset().partnerships[0] as Partnership;
}

function dataset(partnerships: unknown[]) {
  return {
    schemaVersion: 1,
    generated: '2026-11-21',
    sources: [{ id: 'sachsen-anhalt', title: 'Liste', publisher: 'Land', covers: 'Sachsen-Anhalt' }],
    partnerships,
  };
}

const now = new Date('2026-11-21T12:00:00Z');

/** Validates one broken copy of the record and returns its problems. */
function problemsOf(change: (r: Record<string, any>) => void) {
  const r = structuredClone(record()) as Record<string, any>;
  change(r);
  const result = validateDataset(dataset([r]), { now });
  assert.equal(result.skipped, 1);
  assert.equal(result.dataset?.partnerships.length, 0);
  return result.problems;
}

test('a valid dataset passes untouched', () => {
  const result = validateDataset(dataset([record()]), { now });
  assert.deepEqual(result.problems, []);
  assert.deepEqual(result.warnings, []);
  assert.equal(result.skipped, 0);
  assert.deepEqual(result.dataset?.partnerships, [record()]);
});

test('each broken field is named with the record index, id and field', () => {
  const cases: [(r: Record<string, any>) => void, string, string][] = [
    [(r) => (r.partner.country = 'XX'), 'partner.country', '"XX" is not an ISO 3166-1 alpha-2 code'],
    [(r) => (r.partner.country = 'de'), 'partner.country', 'not an ISO 3166-1 alpha-2 code'],
    [(r) => (r.kind = 'twinning'), 'kind', 'is not one of partnership, friendship'],
    [(r) => (r.status = undefined), 'status', 'is missing'],
    [(r) => (r.since = 1850), 'since', '1850 is not a plausible year (1900..2026)'],
    [(r) => (r.since = 2031), 'since', '2031 is not a plausible year'],
    [(r) => (r.since = 1998.5), 'since', 'must be a whole year or null'],
    [(r) => (r.since = '1998'), 'since', 'must be a whole year or null, not "1998"'],
    [(r) => (r.local.level = 'dorf'), 'local.level', 'is not one of land, kreis'],
    [(r) => (r.local.kreis.key = '1508'), 'local.kreis.key', 'is not 5 digits'],
    [(r) => (r.local.gemeinde.key = '15084135'), 'local.gemeinde.key', 'does not lie in Kreis "15085"'],
    [(r) => (r.local.land.slug = 'Sachsen Anhalt'), 'local.land.slug', 'is not a slug'],
    [(r) => (r.local.coordinates.lat = 95), 'local.coordinates.lat', '95 is out of range (-90..90)'],
    [(r) => (r.partner.coordinates = { lat: 50 }), 'partner.coordinates.lon', 'is missing'],
    [(r) => (r.partner.level = 'village'), 'partner.level', 'is not one of city, municipality'],
    [(r) => (r.partner.wikidata = 'P31'), 'partner.wikidata', 'is not a Wikidata item id'],
    [(r) => (r.partner.nativeLang = 'de'), 'partner.nativeLang', 'is given without partner.nativeName'],
    [(r) => (r.partner.region = ''), 'partner.region', 'must not be empty'],
    [(r) => (r.partner.region = ' \t\n'), 'partner.region', 'must not be empty'],
    [(r) => (r.partner.region = '\u00a0\u2003\ufeff'), 'partner.region', 'must not be empty'],
    [(r) => (r.partner.name = '\u3000'), 'partner.name', 'must not be empty'],
    [(r) => (r.sources = []), 'sources', 'must name at least one source'],
    [(r) => (r.sources[0].source = 'elsewhere'), 'sources[0].source', 'is not listed in the dataset'],
    [(r) => (r.sources[0].line = 0), 'sources[0].line', 'must be a positive whole number'],
    [(r) => (r.id = 'Halberstadt Náchod'), 'id', 'is not an id of lower-case letters'],
    [(r) => (r.local.level = 'ortsteil'), 'local.ortsteile', 'is missing'],
    [(r) => delete r.local.gemeinde, 'local.gemeinde', 'is missing'],
    [(r) => (r.notes = ['ok', 3]), 'notes[1]', 'must be a non-empty string'],
    [
      (r) => (r.conflicts = [{ field: 'since', values: [], chosen: '1998', reason: 'x' }]),
      'conflicts[0].values',
      'at least two',
    ],
  ];
  for (const [change, field, text] of cases) {
    const problems = problemsOf(change);
    const problem = problems.find((p) => p.field === field);
    assert.ok(problem, `expected a problem on ${field}, got ${problems.map((p) => p.message).join(' | ')}`);
    assert.equal(problem.index, 0);
    assert.equal(problem.id === undefined || problem.id === 'halberstadt--nachod' || field === 'id', true);
    assert.ok(problem.message.startsWith('partnerships[0]'), problem.message);
    assert.ok(problem.message.includes(`${field} `), problem.message);
    assert.ok(problem.message.includes(text), `${problem.message} should say ${text}`);
  }
});

test('an address that is not http(s) keeps its record, unchanged, with a warning naming the field', () => {
  const websites = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,x',
  ];
  websites.push('vbscript:msgbox(1)', 'ftp://example.org/', '//example.org/', 'www.example.org');
  for (const website of websites) {
    const r = { ...record(), partner: { ...record().partner, website } };
    const result = validateDataset(dataset([r]), { now });
    assert.deepEqual(result.problems, [], website);
    assert.equal(result.skipped, 0);
    assert.deepEqual(result.dataset?.partnerships, [r], 'kept as it is: the elements show it as text');
    assert.equal(result.warnings.length, 1);
    const [warning] = result.warnings;
    assert.equal(warning?.index, 0);
    assert.equal(warning?.id, 'halberstadt--nachod');
    assert.equal(warning?.field, 'partner.website');
    assert.ok(warning?.message.startsWith('partnerships[0] (halberstadt--nachod): partner.website '));
    assert.ok(warning?.message.endsWith('is not an http(s) URL (kept, shown as text)'), warning?.message);
  }
  const sources = [
    {
      id: 'sachsen-anhalt',
      title: 'Liste',
      publisher: 'Land',
      covers: 'Sachsen-Anhalt',
      url: 'javascript:x',
    },
  ];
  const result = validateDataset({ ...dataset([record()]), sources }, { now });
  assert.deepEqual(result.problems, []);
  assert.deepEqual(result.dataset?.sources, sources, 'the source stays, with its address as text');
  assert.equal(
    result.warnings[0]?.message,
    'sources[0].url "javascript:x" is not an http(s) URL (kept, shown as text)',
  );
});

test('a skipped record still names its non-http(s) address among the warnings', () => {
  const r = { ...record(), kind: 'nope', partner: { ...record().partner, website: 'javascript:x' } };
  const result = validateDataset(dataset([r]), { now });
  assert.equal(result.skipped, 1);
  assert.equal(result.problems[0]?.field, 'kind');
  assert.equal(result.warnings[0]?.field, 'partner.website');
});

test('the message names the record as partnerships[i] (id)', () => {
  const [problem] = problemsOf((r) => (r.partner.country = 'XX'));
  assert.equal(
    problem?.message,
    'partnerships[0] (halberstadt--nachod): partner.country "XX" is not an ISO 3166-1 alpha-2 code',
  );
  assert.equal(problem?.detail, 'partner.country "XX" is not an ISO 3166-1 alpha-2 code');
});

test('invalid records are skipped, valid ones kept, duplicates after the first skipped', () => {
  const second = { ...record(), id: 'halberstadt--banska-bystrica' };
  const broken = { ...record(), id: 'broken', kind: 'nope' };
  const result = validateDataset(dataset([record(), broken, second, record()]), { now });
  assert.deepEqual(
    result.dataset?.partnerships.map((p) => p.id),
    ['halberstadt--nachod', 'halberstadt--banska-bystrica'],
  );
  assert.equal(result.skipped, 2);
  const duplicate = result.problems.find((p) => p.index === 3);
  assert.match(duplicate?.message ?? '', /repeats the id of partnerships\[0\]/);
});

test('an unusable payload gives no dataset and one clear problem', () => {
  const cases: [unknown, RegExp][] = [
    [null, /must be a JSON object, not null/],
    ['{"schemaVersion":1}', /must be a JSON object, not a string/],
    [42, /not a number/],
    [[record()], /not an array/],
    [{ schemaVersion: 2, partnerships: [] }, /schemaVersion 2 is not supported \(expected 1\)/],
    [{ partnerships: [] }, /schemaVersion is missing/],
    [{ schemaVersion: 1 }, /partnerships is missing/],
    [{ schemaVersion: 1, partnerships: {} }, /partnerships must be an array, not an object/],
  ];
  for (const [payload, message] of cases) {
    const result = validateDataset(payload);
    assert.equal(result.dataset, null);
    assert.equal(result.problems.length, 1);
    assert.match(result.problems[0]?.message ?? '', message);
  }
});

test('never throws on junk: deep nesting, huge payloads, hostile objects', () => {
  let deep: Record<string, unknown> = {};
  const root = deep;
  for (let i = 0; i < 100_000; i++) {
    const next = {};
    deep.local = next;
    deep.partner = next;
    deep = next;
  }
  const big = 'x'.repeat(10 * 1024 * 1024);
  const hostile = new Proxy(
    {},
    {
      get: () => {
        throw new Error('boom');
      },
    },
  );
  const junk: unknown[] = [
    undefined,
    big,
    { schemaVersion: 1, generated: big, sources: [root, big, null], partnerships: [root, big, [], 1, null] },
    {
      schemaVersion: 1,
      generated: '2026-11-21',
      sources: [],
      partnerships: Array.from({ length: 20_000 }, () => root),
    },
    {
      schemaVersion: 1,
      partnerships: [{ id: big, local: { land: [], kreis: 7, ortsteile: 'x', jointWith: [null] } }],
    },
    hostile,
    Object.create(null),
  ];
  for (const payload of junk) {
    const result = validateDataset(payload);
    assert.ok(Array.isArray(result.problems));
    for (const p of result.problems) assert.ok(p.message.length < 400, 'messages stay short');
  }
  assert.match(validateDataset(hostile).problems[0]?.message ?? '', /could not be read: boom/);
});

test('the inlined country codes are those of i18n-iso-countries: the 249 assigned ones and XK for Kosovo', () => {
  const library = Object.keys(
    (require('i18n-iso-countries') as { getAlpha2Codes(): object }).getAlpha2Codes(),
  );
  assert.deepEqual([...COUNTRY_CODES].sort(), library.sort());
  assert.equal(COUNTRY_CODES.length, 250);
});

test('a partner in Kosovo (XK) is valid, and named in every language', () => {
  const r = { ...record(), partner: { ...record().partner, name: 'Prizren', country: 'XK' } };
  const result = validateDataset(dataset([r]), { now });
  assert.deepEqual(result.problems, []);
  assert.equal(result.dataset?.partnerships.length, 1);
  for (const locale of allLocales) {
    const name = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of('XK');
    // Named, not shown as its code: Kosovo, Kosowo, Косово, كوسوفو.
    assert.ok(name && name !== 'XK', `${locale}: ${name}`);
  }
});
