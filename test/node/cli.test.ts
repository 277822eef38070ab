import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DATA_DIR } from './support.js';
import { CSV_COLUMNS } from '../../src/data/formats/csv.js';

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
const published = JSON.parse(readFileSync(publishedJson, 'utf8')) as { partnerships: unknown[] };

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
  assert.match(json.out, new RegExp(`valid, ${published.partnerships.length} partnerships`));
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
  assert.match(
    r.err,
    new RegExp(`2 error\\(s\\); ${published.partnerships.length - 2} valid record\\(s\\), 2 invalid`),
  );
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
  assert.match(r.out, new RegExp(`valid, ${published.partnerships.length} partnerships, 1 warning\\(s\\)`));
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
  lines[3] = (lines[3] ?? '').replace(/,partnership,(?:active|unknown),/u, ',partnership,sleeping,');
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

test('validate and csv-to-json date the dataset today where the sources file gives no retrieval date', () => {
  const sources = JSON.parse(readFileSync(join(DATA_DIR, 'sources', 'sources.json'), 'utf8')) as {
    sources: Record<string, unknown>[];
  };
  const undated = join(work, 'undated-sources.json');
  writeFileSync(
    undated,
    JSON.stringify({ sources: sources.sources.map((s) => ({ ...s, retrieved: undefined })) }),
  );
  const csv = join(DATA_DIR, 'partnerships.csv');
  const r = run('validate', csv, '--sources', undated);
  assert.equal(r.code, 0, r.err);
  const json = join(work, 'undated.json');
  assert.equal(run('csv-to-json', csv, json, '--sources', undated).code, 0);
  assert.equal(JSON.parse(readFileSync(json, 'utf8')).generated, new Date().toISOString().slice(0, 10));
});

test('a CSV that Excel saved in Windows-1252 is read as such: umlauts stay umlauts', () => {
  const data = JSON.parse(readFileSync(publishedJson, 'utf8'));
  // Records whose every character Windows-1252 holds where Latin-1 does (no Cyrillic, no ș): 'ö', 'ü', 'ß', 'á'.
  data.partnerships = data.partnerships.filter((p: unknown) =>
    [...JSON.stringify(p)].every(
      (c) => c.charCodeAt(0) < 0x80 || (c.charCodeAt(0) >= 0xa0 && c.charCodeAt(0) < 0x100),
    ),
  );
  assert.ok(data.partnerships.some((p: { local: { name: string } }) => /[äöüß]/u.test(p.local.name)));
  const utf8Json = join(work, 'latin.json');
  const utf8Csv = join(work, 'latin-utf8.csv');
  writeFileSync(utf8Json, JSON.stringify(data));
  assert.equal(run('json-to-csv', utf8Json, utf8Csv, '--excel').code, 0);
  const ansi = join(work, 'latin-ansi.csv');
  writeFileSync(ansi, Buffer.from(readFileSync(utf8Csv, 'utf8').replace(/^\ufeff/u, ''), 'latin1'));
  const r = run('validate', ansi);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /not UTF-8, read as Windows-1252/);
  const back = join(work, 'latin-back.json');
  assert.equal(run('csv-to-json', ansi, back).code, 0);
  const names = (file: string) =>
    (JSON.parse(readFileSync(file, 'utf8')).partnerships as { local: { name: string } }[]).map(
      (p) => p.local.name,
    );
  assert.deepEqual(names(back), names(utf8Json));
  writeFileSync(join(work, 'ansi.json'), Buffer.from(readFileSync(utf8Json, 'utf8'), 'latin1'));
  const json = run('validate', join(work, 'ansi.json'));
  assert.equal(json.code, 1);
  assert.match(json.err, /ansi\.json: not UTF-8; save the file as UTF-8/);
});

test('csv-to-json writes nothing when a row has an error, and says so', () => {
  const lines = readFileSync(join(DATA_DIR, 'partnerships.csv'), 'utf8').split('\n');
  lines[5] = (lines[5] ?? '').replace(/,partnership,(?:active|unknown),/u, ',partnership,sleeping,');
  const broken = join(work, 'broken-rows.csv');
  writeFileSync(broken, lines.join('\n'));
  const out = join(work, 'never-written.json');
  const r = run('csv-to-json', broken, out);
  assert.equal(r.code, 1);
  assert.match(r.err, /never-written\.json: not written, 1 error\(s\)/);
  assert.equal(existsSync(out), false);
  assert.doesNotMatch(r.out, /written/);
});

test('an unquoted comma in a value is one problem that says so, not one per shifted column', () => {
  const lines = readFileSync(join(DATA_DIR, 'partnerships.csv'), 'utf8').split('\n');
  const row = (lines[2] ?? '').split(',');
  row[5] = `${row[5]}, Stadt`; // local_name "Halberstadt, Stadt" without its quotes
  lines[2] = row.join(',');
  const broken = join(work, 'comma.csv');
  writeFileSync(broken, lines.join('\n'));
  const r = run('validate', broken);
  assert.equal(r.code, 1);
  const problems = r.err.split('\n').filter((line) => line.startsWith(`${broken}:3`));
  assert.deepEqual(problems, [
    `${broken}:3: has ${CSV_COLUMNS.length + 1} fields, the header ${CSV_COLUMNS.length}: a value with a comma or semicolon in it needs quotes`,
  ]);
  assert.match(r.err, new RegExp(`1 error\\(s\\); ${published.partnerships.length - 1} valid record\\(s\\)`));
});
