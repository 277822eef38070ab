// The data command line on the bad-data suite's own files (support/bad-datasets.ts): `partner-data validate FILE`
// reports the same problems the elements count, each with the file's line number, the record's index and id, and
// the field; a file that is no JSON at all is named with its line and column. Exit code 1 every time.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { BAD_RECORDS, UNUSABLE_FILES } from './support/bad-datasets.js';
import { datasetOf, validRecord } from './support/datasets.js';
import { ROOT } from './harness/server.js';

const work = mkdtempSync(join(tmpdir(), 'partner-data-'));

function validate(name: string, text: string) {
  const file = join(work, name);
  writeFileSync(file, text);
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli/partner-data.ts', 'validate', file],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return { file, code: result.status, err: result.stderr };
}

/** The line each record of a pretty-printed dataset starts on, found in the text (not by the tool under test). */
function recordLines(text: string): number[] {
  const lines = text.split('\n');
  const open = lines.findIndex((l) => l === '  "partnerships": [');
  const starts: number[] = [];
  for (let n = open + 1; n < lines.length && !lines[n]!.startsWith('  ]'); n += 1) {
    if (/^ {4}[^ \]}]/u.test(lines[n]!)) starts.push(n + 1);
  }
  return starts;
}

describe('partner-data validate on bad data', () => {
  after(() => rmSync(work, { recursive: true, force: true }));

  for (const [n, file] of UNUSABLE_FILES.entries()) {
    const parses = (() => {
      try {
        JSON.parse(file.body);
        return true;
      } catch {
        return false;
      }
    })();
    it(`${file.name}: exit 1 with a message that says why${parses ? '' : ', at which line and column'}`, () => {
      const r = validate(`unusable-${n}.json`, file.body);
      assert.equal(r.code, 1, r.err);
      assert.ok(r.err.trim().length > 0);
      if (!parses)
        assert.match(
          r.err,
          new RegExp(`^${r.file.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}:\\d+:\\d+: not valid JSON: `, 'u'),
        );
      else assert.match(r.err, /schemaVersion|partnerships|must be a JSON object/u);
    });
  }

  for (const [n, bad] of BAD_RECORDS.entries()) {
    it(`${bad.name}: the ${bad.skipped} records the elements leave out, each named by line, index and field`, () => {
      const dataset = datasetOf([...[0, 1, 2].map(validRecord), ...bad.records()]);
      const text = JSON.stringify(dataset, null, 2);
      const r = validate(`bad-${n}.json`, text);
      assert.equal(r.code, 1, r.err);
      assert.match(r.err, new RegExp(`; 3 valid record\\(s\\), ${bad.skipped} invalid\\.`, 'u'));
      const lines = recordLines(text);
      const named = new Set<number>();
      for (const message of r.err.trim().split('\n').slice(0, -1)) {
        const m = /:(\d+): partnerships\[(\d+)\]/u.exec(message);
        assert.ok(m, `line and record in: ${message}`);
        const [line, index] = [Number(m[1]), Number(m[2])];
        assert.equal(line, lines[index], `record ${index} starts on line ${lines[index]}: ${message}`);
        named.add(index);
      }
      assert.equal(named.size, bad.skipped, 'every left-out record is named');
    });
  }

  it('deeply nested junk (50,000 levels): the two junk records named by line, nothing crashes', () => {
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    const valid = [0, 1, 2].map((i) => JSON.stringify(validRecord(i)));
    const junk = JSON.stringify({ ...validRecord(3), partner: 'X' }).replace('"X"', deep);
    const text = JSON.stringify(datasetOf([])).replace(
      '"partnerships":[]',
      `"partnerships":[\n${[...valid, junk, deep].join(',\n')}\n]`,
    );
    const r = validate('deep.json', text);
    assert.equal(r.code, 1, r.err.slice(0, 500));
    assert.match(r.err, /:5: partnerships\[3\] \(halberstadt--partnerort-3\): partner must be an object/u);
    assert.match(r.err, /:6: partnerships\[4\]: must be an object, not an array/u);
    assert.match(r.err, /3 valid record\(s\), 2 invalid/u);
  });
});
