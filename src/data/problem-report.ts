/**
 * What the loader tells a webmaster about a dataset it reads with faults, in a chunk of its own: only a page whose
 * data has a record (or source) the elements cannot use downloads it. Each problem gets the value the file holds
 * and the line of the file where its record starts, and the console one message that lists them, a line each:
 *
 * ```text
 * partner-elements: 2 invalid records in https://example.org/daten/partner.json are left out (not shown):
 * - partnerships[3] (id "halberstadt--nachod", line 41): partner.name must be a string, not a number (value: 42)
 * - partnerships[7] (no id, line 77): since 1066 is not a plausible year (1200..2026)
 * ```
 */
import { locateJson } from './json-lines.js';
import type { ValidationProblem } from './validate.js';

/** A problem of the dataset as a page script gets it (`partner-load`'s `detail.problems`). */
export interface DatasetProblem extends ValidationProblem {
  /** The faulty value as the file holds it; absent where the field is missing. */
  value?: unknown;
  /**
   * The line of the file on which the faulty record starts. A problem that carries its line already (a CSV row's,
   * which only the CSV reader knows) keeps it; in JSON text it is found here.
   */
  line?: number;
  /** The whole sentence, as the console shows it: which record (index, id, line), which field, what is wrong. */
  message: string;
}

type Obj = Record<string, unknown>;

/** How many problems the console lists at most. */
const SHOWN = 50;

const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null;

/** The value at a problem's dotted path (`partner.coordinates.lat`, `sources[1].url`) below `root`. */
function valueAt(root: unknown, path: string): unknown {
  let value = root;
  for (const key of path.replace(/\[(\d+)\]/gu, '.$1').split('.')) {
    if (key === '') continue;
    if (!isObject(value) || !Object.hasOwn(value, key)) return undefined;
    value = value[key];
  }
  return value;
}

/** A value as a message shows it, a string as the validator quotes it: short, never a long text or a big object whole. */
function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    // Nested too deep to write out.
  }
  text ??= Array.isArray(value) ? 'an array' : 'an object';
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * Logs the problems of the dataset read from `where` (its text and parsed `payload`; `skipped` records left out)
 * as one console warning, and returns them with their values, lines and full sentences.
 */
export function reportProblems(
  where: string,
  payload: unknown,
  /** As the validator gives them; a reader that knows a record's line (CSV) may set it on its problems. */
  problems: readonly (ValidationProblem & { line?: number })[],
  skipped: number,
  text: string,
): DatasetProblem[] {
  const records = isObject(payload) && Array.isArray(payload.partnerships) ? payload.partnerships : [];
  let lines: readonly number[] | undefined;
  const report = problems.map((problem): DatasetProblem => {
    const { index, field } = problem;
    const inRecord = index !== undefined;
    const root = inRecord ? records[index] : payload;
    const value = field === undefined ? (inRecord ? root : undefined) : valueAt(root, field);
    const line = problem.line ?? (inRecord ? (lines ??= locateJson(text).records)[index] : undefined);
    // A record's detail names the field; a source's or the top level's does not, its message does.
    const detail = inRecord ? (problem.detail ?? problem.message) : problem.message;
    const about = [problem.id === undefined ? 'no id' : `id ${JSON.stringify(problem.id)}`];
    if (line !== undefined) about.push(`line ${line}`);
    const place = inRecord ? `partnerships[${index}] (${about.join(', ')}): ` : '';
    // The value, where the sentence does not quote it already ("must be a string, not a number").
    const quoted = value === undefined || detail.includes(shown(value));
    const message = `${place}${detail}${quoted ? '' : ` (value: ${shown(value)})`}`;
    return {
      ...problem,
      ...(value !== undefined ? { value } : {}),
      ...(line !== undefined ? { line } : {}),
      message,
    };
  });
  const count = skipped === 1 ? '1 invalid record' : `${skipped} invalid records`;
  const head =
    skipped > 0
      ? `${count} in ${where} ${skipped === 1 ? 'is' : 'are'} left out (not shown):`
      : `${where} holds what the elements cannot use (left out; every record is shown):`;
  // A file broken throughout (a spreadsheet saved with its columns shifted) would fill the console: the first ones
  // show what is wrong, partner-load's detail has them all.
  const listed = report.slice(0, SHOWN).map((problem) => `- ${problem.message}`);
  if (report.length > SHOWN) listed.push(`- and ${report.length - SHOWN} more (partner-load's detail.problems lists all)`);
  console.warn(`partner-elements: ${head}\n${listed.join('\n')}`);
  return report;
}
