/**
 * The one shared loader. However many elements show the same dataset, the page makes one request for it: requests
 * live in the page's pool (request-pool.ts) keyed by absolute URL, kept after success and dropped after failure (so a
 * retry asks again). Every payload is validated (the rules an element needs: `validateForDisplay`); invalid records
 * are skipped and counted, an unusable payload is an error. Each attempt has a timeout; network errors and 5xx
 * responses are retried with backoff, nothing else is.
 * A request that no element needs any more (the last one left the page) is aborted.
 *
 * `src` is a URL (relative to the page), `#id` of an inline `<script type="application/json">` or
 * `<script type="text/csv">`, or empty for the package's own dataset. A CSV (by extension, content type, or content)
 * is read by csv-source.ts, a chunk loaded only then; a short-form table takes its German place from the element's
 * area, so each area gets its own dataset from the one request. Of the package's own dataset, an element that shows
 * one Land, Kreis or town reads only the part that holds it (its shard; see shards.ts) unless another element on the
 * page reads the whole anyway.
 */
import type { Dataset } from './model.js';
import { DEFAULT_SHARDS, DEFAULT_SRC } from './default-src.js';
import { requestPool, withTimeout, type Held } from './request-pool.js';
import { indexPartFor, shardByKey, shardFor, type AreaFilter } from './shards.js';
import type { DatasetProblem } from './problem-report.js';
import { validateForDisplay, type ValidationProblem, type ValidationResult } from './validate.js';
import type { TableRead } from './csv-source.js';

export interface LoadedDataset {
  dataset: Dataset;
  /** Records left out because they are invalid. */
  skipped: number;
  /** Why: each faulty field of a record (or source) left out, with its value and line where known. */
  problems: DatasetProblem[];
  /** Kept with a fault: an address that is not http(s), shown as text. */
  warnings: ValidationProblem[];
}

export type LoadErrorReason =
  | 'network'
  | 'timeout'
  | 'http'
  | 'not-json'
  | 'invalid'
  | 'missing-inline'
  | 'aborted'
  | 'invalid-src';

/** Why a dataset could not be used. `status` is the HTTP status, or 0 where there was no response. */
export class DatasetLoadError extends Error {
  override readonly name = 'DatasetLoadError';
  constructor(
    readonly reason: LoadErrorReason,
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface LoaderOptions {
  /** Milliseconds one attempt may take before it counts as failed. */
  timeout: number;
  /** Delays in milliseconds before the 2nd, 3rd, ... attempt; its length is the number of retries. */
  retryDelays: number[];
}

const options: LoaderOptions = { timeout: 15_000, retryDelays: [500, 2_000] };

/** Change the timeout and retry schedule for every later request (slow networks, tests). */
export function configureLoader(changes: Partial<LoaderOptions>): void {
  Object.assign(options, changes);
}

/** One element's hold on a dataset request (its `key`: see `datasetKey`); `release()` when no longer needed. */
export type DatasetRequest = Held<LoadedDataset>;

/** What a source reads as: a dataset, or a short-form table still to be given its German place (csv-source.ts). */
type Read = LoadedDataset | TableRead;

/** The area an element shows, and whether it draws a map (whose partners a table must place). */
export type DatasetNeeds = AreaFilter & { coordinates?: boolean };

const requests = requestPool<Read>(fetchDataset);

/** Where `src` points, as the cache key: an absolute URL or `#id`. */
export function resolveSrc(src: string | null | undefined): string {
  const value = src?.trim() ?? '';
  if (value === '') return DEFAULT_SRC;
  if (value.startsWith('#')) return value;
  try {
    return new URL(value, document.baseURI).href;
  } catch {
    throw new DatasetLoadError('invalid-src', 0, `Invalid src "${src}".`);
  }
}

/**
 * What identifies the data an element reads: the absolute URL of `src`, or `#id` for inline data, and the area the
 * element shows, which decides the shard it reads of the package's own dataset and the place of a short table.
 */
export function datasetKey(src: string | null | undefined, area: DatasetNeeds = {}): string {
  const key = resolveSrc(src);
  const shown = [area.gemeinde, area.kreis, area.land].map((value) => value?.trim() ?? '');
  if (!src?.trim()) return shown.some(Boolean) ? `${key}#${shown.join('|')}` : key;
  // Another source may be a short-form table, whose records take the element's place (and a map's, positions).
  if (area.coordinates) shown.push('map');
  return shown.some(Boolean) ? `${key} ${shown.join('|')}` : key;
}

/**
 * Whether two keys ask the same file or inline block, only for another place: an element keeps showing what it has
 * meanwhile, since the answer is the same dataset unless the source is a short-form table.
 */
export function sameSource(a: string, b: string): boolean {
  return (a.includes(' ') || b.includes(' ')) && a.split(' ')[0] === b.split(' ')[0];
}

/**
 * Ask for the dataset at `src`. `root` is where an inline `#id` is looked up (the element's document or shadow
 * root; the document as a fallback); `area` is the element's `gemeinde`, `kreis` and `land`.
 */
export function requestDataset(src: string | null | undefined, root?: Node, area: DatasetNeeds = {}): DatasetRequest {
  const key = datasetKey(src, area);
  const where = resolveSrc(src);
  if (!src?.trim()) return where === key ? (requests.hold(key) as DatasetRequest) : requestPart(key, area);
  const held: Held<Read> = where.startsWith('#')
    ? { key: where, promise: readInline(where.slice(1), root), release: () => {} }
    : requests.hold(where);
  const promise = held.promise.then((read) => ('table' in read ? read.datasetFor(area) : read));
  promise.catch(() => {});
  return { key, promise, release: () => held.release() };
}

/** The parts of the package's shard index, each asked for once a page; where one cannot be had, the whole answers. */
const indexParts = new Map<string, Promise<unknown>>();

function loadIndexPart(part: string): Promise<unknown> {
  let promise = indexParts.get(part);
  if (!promise) {
    promise = fetch(`${DEFAULT_SHARDS}index/${part}.json`, { signal: withTimeout(options.timeout) })
      .then((response) => (response.ok ? response.json() : undefined))
      .catch(() => undefined);
    indexParts.set(part, promise);
  }
  return promise;
}

/**
 * The package's own dataset for an element that shows `area`: the shard that holds it (a key names it, a slug is
 * looked up in its index part), or the whole dataset where no shard does or another element on the page already
 * asked for the whole (by the time the index part arrives, every element of the page has asked).
 */
function requestPart(key: string, area: AreaFilter): DatasetRequest {
  let part: Held<Read> | undefined;
  let released = false;
  const hold = (url: string) => {
    if (released) throw aborted();
    part?.release();
    part = requests.hold(url);
    // The package's own data is JSON: never a table.
    return part.promise as Promise<LoadedDataset>;
  };
  const byKey = shardByKey(area);
  const indexName = byKey === undefined ? indexPartFor(area) : undefined;
  const found: Promise<string | undefined> =
    byKey !== undefined
      ? Promise.resolve(byKey)
      : indexName !== undefined
        ? loadIndexPart(indexName).then((index) => shardFor(index, area))
        : Promise.resolve(undefined);
  const promise = found.then((shard) => {
    if (!shard || requests.has(DEFAULT_SRC)) return hold(DEFAULT_SRC);
    return hold(`${DEFAULT_SHARDS}${shard}.json`).catch((error: unknown) => {
      // A shard the server does not have or cannot give (part of data/ uploaded, a Kreis without partnerships): the
      // whole dataset still answers. Without a connection it could not either: that error stands, and retry asks again.
      const unreachable = error instanceof DatasetLoadError && ['network', 'timeout', 'aborted'].includes(error.reason);
      if (unreachable) throw error;
      return hold(DEFAULT_SRC);
    });
  });
  promise.catch(() => {});
  return {
    key,
    promise,
    release() {
      released = true;
      part?.release();
      part = undefined;
    },
  };
}

/** Forget every cached dataset (tests; a page that knows its data changed). Running requests are not aborted. */
export function clearDatasetCache(): void {
  requests.clear();
  indexParts.clear();
}

/** Waits `ms`, or fails as soon as `signal` aborts. */
async function sleep(ms: number, signal: AbortSignal): Promise<void> {
  const over = withTimeout(ms, signal);
  await new Promise((resolve) => over.addEventListener('abort', resolve));
  if (signal.aborted) throw aborted();
}

const aborted = () => new DatasetLoadError('aborted', 0, 'The request was aborted: no element needs it any more.');

async function fetchDataset(url: string, signal: AbortSignal): Promise<Read> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await attemptFetch(url, signal);
    } catch (error) {
      const retryable =
        error instanceof DatasetLoadError &&
        (error.reason === 'network' || (error.reason === 'http' && error.status >= 500));
      const delay = options.retryDelays[attempt];
      if (!retryable || delay === undefined || signal.aborted) throw error;
      await sleep(delay, signal);
    }
  }
}

/** A table by its name or its content type. */
const isCsv = (url: string, response: Response) =>
  /\.csv$/iu.test(new URL(url).pathname) ||
  /^(?:text\/csv|application\/csv|text\/comma-separated-values)\b/iu.test(response.headers.get('content-type') ?? '');

async function attemptFetch(url: string, signal: AbortSignal): Promise<Read> {
  const within = withTimeout(options.timeout, signal);
  let response: Response;
  let text: string;
  let csv = false;
  try {
    response = await fetch(url, { signal: within });
    csv = response.ok && isCsv(url, response);
    // A table is read as bytes by its chunk, for a spreadsheet's Windows-1252 to be told from UTF-8.
    if (!response.ok) text = '';
    else text = csv ? await (await import('./csv-source.js')).responseText(response) : await readText(response);
  } catch {
    if (signal.aborted) throw aborted();
    if (within.aborted) throw new DatasetLoadError('timeout', 0, `No answer from ${url} within ${options.timeout} ms.`);
    throw new DatasetLoadError('network', 0, `Could not reach ${url} (network error).`);
  }
  if (!response.ok) {
    throw new DatasetLoadError('http', response.status, `${url} answered HTTP ${response.status}.`);
  }
  return csv ? readCsv(text, url, response.status) : parse(text, url, response.status);
}

/** A CSV, read by its chunk (loaded only here): a dataset, or a short-form table for each element's place. */
async function readCsv(text: string, where: string, status: number): Promise<Read> {
  return (await import('./csv-source.js')).readCsvText(text, where, status);
}

/**
 * The body as text, decoded chunk by chunk while it arrives. `response.text()` gives the same string (UTF-8, a BOM
 * dropped) but decodes only after the last byte: for 10,000 partnerships (10 MB) that is about 100 ms more between
 * the download's end and the list on screen.
 */
async function readText(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** Not JSON, not HTML, and a first line with a `;` or `,`: a table, whatever its name says. */
const looksLikeCsv = (text: string) => /^\ufeff?[^{[<\s][^\n]*[;,]/u.test(text);

/**
 * The error of a file or page that the webmaster must fix, said in the console too: there they look, and the
 * element's alert names neither the file nor the place in it.
 */
export function unusable(reason: LoadErrorReason, status: number, message: string): DatasetLoadError {
  console.error(`partner-elements: ${message}`);
  return new DatasetLoadError(reason, status, message);
}

async function parse(text: string, where: string, status: number): Promise<Read> {
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    if (looksLikeCsv(text)) return readCsv(text, where, status);
    if (/^\s*</u.test(text)) {
      throw unusable('not-json', status, `${where} returned an HTML page, not the JSON dataset.`);
    }
    // Where the webmaster's file breaks (a trailing comma, a missing quote): JSON.parse names no line. The scanner
    // is loaded only here, on the way to this error, so no page that reads good data downloads it.
    const { locateJson } = await import('./json-lines.js');
    const at = locateJson(text).error;
    const position = at ? ` at line ${at.line}, column ${at.column}: ${at.message}` : '';
    throw unusable('not-json', status, `${where} is not valid JSON${position}.`);
  }
  return validated(payload, where, status, text);
}

/**
 * A payload as the elements take it: validated, invalid records left out and counted, each named in the console
 * (a table first adds the rows it could not read, and the lines of its records: `adjust`).
 */
export async function validated(
  payload: unknown,
  where: string,
  status: number,
  text: string,
  adjust: (result: ValidationResult) => ValidationResult = (result) => result,
): Promise<LoadedDataset> {
  const { dataset, problems: found, warnings, skipped } = adjust(validateForDisplay(payload));
  if (!dataset) {
    const reason = found[0]?.message ?? 'not a partnership dataset';
    throw unusable('invalid', status, `${where} is not a usable partnership dataset: ${reason}`);
  }
  let problems: DatasetProblem[] = found;
  if (found.length > 0) {
    // Which record, field and value, and the line the record starts on: in a chunk of its own, which a page whose
    // data has nothing to leave out never downloads.
    problems = await import('./problem-report.js').then(
      (report) => report.reportProblems(where, payload, found, skipped, text),
      () => {
        console.warn(`partner-elements: ${skipped} invalid record(s) in ${where} left out.`, found);
        return found;
      },
    );
  }
  if (warnings.length > 0) {
    console.warn(`partner-elements: ${warnings.length} address(es) in ${where} are not http(s), shown as text.`, warnings);
  }
  return { dataset, skipped, problems, warnings };
}

/** Inline data is parsed once per script element and text, however many elements read it. */
const inlineCache = new WeakMap<Element, { text: string; promise: Promise<Read> }>();

function readInline(id: string, root: Node | undefined): Promise<Read> {
  const scope = root?.getRootNode() as Document | ShadowRoot | undefined;
  const script = scope?.getElementById?.(id) ?? document.getElementById(id);
  const type = script instanceof HTMLScriptElement ? script.type.toLowerCase() : '';
  if (!(script instanceof HTMLScriptElement) || (type !== 'application/json' && type !== 'text/csv')) {
    return Promise.reject(
      unusable(
        'missing-inline',
        0,
        `No <script type="application/json"> or <script type="text/csv"> with id="${id}" on the page.`,
      ),
    );
  }
  const text = script.textContent ?? '';
  const cached = inlineCache.get(script);
  if (cached && cached.text === text) return cached.promise;
  const where = `<script id="${id}">`;
  const promise = type === 'text/csv' ? readCsv(text.trim(), where, 0) : parse(text, where, 0);
  inlineCache.set(script, { text, promise });
  return promise;
}
