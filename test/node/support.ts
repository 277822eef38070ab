/** Shared by the node tests: the project's own source copies and curation, read as the command line reads them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceInfo } from '../../src/data/model.js';
import type { ImportResult, LineClass } from '../../src/data/import/types.js';
import { DATA_DIR, readSourceEntries, sourceInfo } from '../../src/cli/files.js';

export { DATA_DIR };

export function source(id: string): { info: SourceInfo; text: string } {
  const entry = readSourceEntries().find((e) => e.id === id);
  if (!entry?.file) throw new Error(`no source file ${id}`);
  return { info: sourceInfo(entry), text: readFileSync(join(DATA_DIR, 'sources', entry.file), 'utf8') };
}

export function info(covers: string, id = 'test'): SourceInfo {
  return { id, title: 'Test', publisher: 'Test', covers };
}

export function counts(result: ImportResult): Record<LineClass, number> {
  const out: Record<LineClass, number> = { record: 0, heading: 0, note: 0, chrome: 0, problem: 0, place: 0 };
  for (const line of result.lines) out[line.class]++;
  return out;
}

export function lineClass(result: ImportResult, line: number): string | undefined {
  return result.lines[line - 1]?.class;
}

export function recordAt(result: ImportResult, line: number) {
  const found = result.records.find((r) => r.lines[0] === line);
  if (!found) throw new Error(`no record at line ${line}`);
  return found;
}
