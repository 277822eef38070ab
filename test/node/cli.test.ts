import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DATA_DIR } from './support.js';

const CLI = join(DATA_DIR, '..', 'src', 'cli', 'partner-data.ts');
/** tsx by its resolved location, since the command runs outside the package. */
const TSX = import.meta.resolve('tsx');
const work = mkdtempSync(join(tmpdir(), 'partner-data-'));

/** Runs the command line from an unrelated directory, as a maintainer would. */
function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', TSX, CLI, ...args], { cwd: work, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const publishedJson = join(DATA_DIR, 'partnerships.json');

test('--help lists the commands', () => {
  const r = run('--help');
  assert.equal(r.code, 0);
  for (const command of ['import', 'validate FILE', 'csv-to-json IN OUT', 'json-to-csv IN OUT'])
    assert.ok(r.out.includes(command));
});

test('an unknown command or a missing argument is a usage error', () => {
  assert.equal(run('frobnicate').code, 2);
  const r = run('validate');
  assert.equal(r.code, 2);
  assert.match(r.err, /validate needs a FILE/);
});

test('validate accepts the published dataset (JSON and CSV)', () => {
  const json = run('validate', publishedJson);
  assert.equal(json.code, 0, json.err);
  assert.match(json.out, /valid, 183 partnerships/);
  const csv = run('validate', join(DATA_DIR, 'partnerships.csv'));
  assert.equal(csv.code, 0, csv.err);
});

test('validate rejects a broken JSON dataset, naming record and field', () => {
  const data = JSON.parse(readFileSync(publishedJson, 'utf8'));
  data.partnerships[12].partner.country = 'XX';
  data.partnerships[40].since = 1789;
  const broken = join(work, 'broken.json');
  writeFileSync(broken, JSON.stringify(data));
  const r = run('validate', broken);
  assert.equal(r.code, 1);
  const id12 = data.partnerships[12].id as string;
  assert.ok(
    r.err.includes(`partnerships[12] (${id12}): partner.country "XX" is not an ISO 3166-1 alpha-2 code`),
    r.err,
  );
  assert.match(r.err, /partnerships\[40\] \([a-z0-9-]+\): since 1789 is not a plausible year/);
  assert.match(r.err, /2 error\(s\); 181 valid record\(s\), 2 invalid/);
  writeFileSync(broken, '{"schemaVersion": 1, "partnerships": [');
  const syntax = run('validate', broken);
  assert.equal(syntax.code, 1);
  assert.match(syntax.err, /not valid JSON/);
});

test('validate keeps a record whose website is not http(s) and warns with the line and column', () => {
  const data = JSON.parse(readFileSync(publishedJson, 'utf8'));
  data.partnerships[7].partner.website = 'javascript:alert(1)';
  const id7 = data.partnerships[7].id as string;
  const json = join(work, 'script-link.json');
  writeFileSync(json, JSON.stringify(data, null, 2));
  const r = run('validate', json);
  assert.equal(r.code, 0, 'a warning, not an error: the record is shown, its address as text');
  assert.match(r.out, /valid, 183 partnerships, 1 warning\(s\)/);
  // The record's `{` is the line before its id (1-based: the id's 0-based index).
  const line = readFileSync(json, 'utf8')
    .split('\n')
    .findIndex((text) => text.includes(`"id": "${id7}"`));
  assert.ok(
    r.err.includes(
      `warning: ${json}:${line}: partnerships[7] (${id7}): partner.website "javascript:alert(1)" is not an http(s) URL`,
    ),
    r.err,
  );
  const csv = join(work, 'script-link.csv');
  assert.equal(run('json-to-csv', json, csv).code, 0);
  const fromCsv = run('validate', csv);
  assert.equal(fromCsv.code, 0, fromCsv.err);
  assert.match(
    fromCsv.err,
    /^warning: .*script-link\.csv:9 \([a-z0-9-]+\): column partner_website: partner\.website "javascript:/mu,
  );
});

test('validate rejects a broken CSV, naming the CSV line and column', () => {
  const lines = readFileSync(join(DATA_DIR, 'partnerships.csv'), 'utf8').split('\n');
  lines[3] = (lines[3] ?? '').replace(',partnership,active,', ',partnership,sleeping,');
  const broken = join(work, 'broken.csv');
  writeFileSync(broken, lines.join('\n'));
  const r = run('validate', broken);
  assert.equal(r.code, 1);
  assert.match(
    r.err,
    /broken\.csv:4 \([a-z0-9-]+\): column status: status "sleeping" is not one of active, dormant, ended, unknown/,
  );
});

test('json-to-csv and csv-to-json round trip, also through a spreadsheet export', () => {
  const csv = join(work, 'out.csv');
  const excel = join(work, 'excel.csv');
  const json = join(work, 'back.json');
  assert.equal(run('json-to-csv', publishedJson, csv).code, 0);
  assert.equal(readFileSync(csv, 'utf8'), readFileSync(join(DATA_DIR, 'partnerships.csv'), 'utf8'));
  assert.equal(run('json-to-csv', publishedJson, excel, '--excel').code, 0);
  assert.ok(readFileSync(excel, 'utf8').startsWith('\ufeffid;kind;'));
  const back = run('csv-to-json', excel, json);
  assert.equal(back.code, 0, back.err);
  assert.equal(readFileSync(json, 'utf8'), readFileSync(publishedJson, 'utf8'));
});
