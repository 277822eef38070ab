/**
 * Validation of a partnership dataset, shared by the browser loader and the data command line.
 * Pure: no DOM, no Node APIs, never throws. An unusable payload gives `dataset: null`; otherwise every invalid record
 * is skipped (and counted) with one problem per faulty field, so that one bad row never hides the good ones.
 * An address that is not http(s) (a website, a source's url) is a warning, not an error: the record stays, and every
 * element shows such an address as text, never as a link.
 */
import {
  KINDS,
  LOCAL_LEVELS,
  PARTNER_LEVELS,
  SCHEMA_VERSION,
  STATUSES,
  type Dataset,
  type LocalLevel,
  type Partnership,
  type SourceInfo,
} from './model.js';
import { safeHttpUrl } from './url.js';

export interface ValidationProblem {
  /** Index of the record in `partnerships[]`. */
  index?: number;
  id?: string;
  /** Dotted path of the faulty field within the record (`partner.country`) or the dataset (`sources[1].url`). */
  field?: string;
  /** The full, self-contained message: where, which field, what is wrong. */
  message: string;
  /** The message without its location prefix, for callers that name the place themselves (a CSV line). */
  detail?: string;
}

export interface ValidationResult {
  dataset: Dataset | null;
  /** What made records (or sources) be left out, or the dataset unusable. */
  problems: ValidationProblem[];
  /** What is kept but cannot be used as it is meant: an address that is not http(s) is shown as text. */
  warnings: ValidationProblem[];
  /** Number of records left out because they are invalid. */
  skipped: number;
}

export interface ValidationOptions {
  /** The moment against which `since` must not lie in the future; defaults to now. */
  now?: Date;
}

/**
 * The country codes a partner may have: the 249 officially assigned ISO 3166-1 alpha-2 codes, and XK for Kosovo,
 * which has none. XK is user-assigned, but the EU, CLDR (so `Intl.DisplayNames`) and German municipal lists use it,
 * and towns have partners there; other user-assigned codes (EU, ZZ, ...) are not countries. Written by first letter
 * (`A:DE` is AD and AE), as ISO's decoding table reads: the same codes in less than half the bytes the browser loads.
 */
export const COUNTRY_CODES: readonly string[] = (
  'A:DEFGILMOQRSTUWXZ B:ABDEFGHIJLMNOQRSTVWYZ C:ACDFGHIKLMNORUVWXYZ D:EJKMOZ E:CEGHRST F:IJKMOR ' +
  'G:ABDEFGHILMNPQRSTUWY H:KMNRTU I:DELMNOQRST J:EMOP K:EGHIMNPRWYZ L:ABCIKRSTUVY ' +
  'M:ACDEFGHKLMNOPQRSTUVWXYZ N:ACEFGILOPRUZ O:M P:AEFGHKLMNRSTWY Q:A R:EOSUW S:ABCDEGHIJKLMNORSTVXYZ ' +
  'T:CDFGHJKLMNORTVWZ U:AGMSYZ V:ACEGINU W:FS X:K Y:ET Z:AMW'
)
  .split(' ')
  .flatMap((group) => [...group.slice(2)].map((second) => `${group[0]}${second}`));
const COUNTRY_CODE_SET = new Set(COUNTRY_CODES);

export function isCountryCode(code: string): boolean {
  return COUNTRY_CODE_SET.has(code);
}

/** The earliest year accepted for `since`: the first twinnings date from the 1920s. */
export const EARLIEST_YEAR = 1900;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ID = /^[a-z0-9]+(?:-{1,2}[a-z0-9]+)*$/;
const SOURCE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const ISO_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const WIKIDATA = /^Q[1-9]\d*$/;
/** Official key length per level: Land 2, Kreis 5, Gemeindeverband 9, Gemeinde (AGS) 8 digits. */
const KEY_DIGITS = { land: 2, kreis: 5, verbandsgemeinde: 9, gemeinde: 8 } as const;
const KEY_DIGITS_BY_LEVEL: Record<LocalLevel, number> = {
  land: 2,
  kreis: 5,
  'kreisfreie-stadt': 5,
  verbandsgemeinde: 9,
  gemeinde: 8,
  ortsteil: 8,
};

interface Issue {
  field: string;
  detail: string;
}

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Empty or only white space, without a trimmed copy of every string of the dataset: only a string that starts or
 * ends with white space (a control character or space, or something beyond ASCII such as U+00A0) can be blank.
 */
function isBlank(value: string): boolean {
  if (value === '') return true;
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  return (first <= 32 || first > 126 || last <= 32 || last > 126) && value.trim() === '';
}

/** A short, safe rendering of any value for a message (long strings cut, objects named, never serialised). */
function show(value: unknown): string {
  if (typeof value === 'string') {
    const cut = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(cut);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Collects the issues of one object, each field named by its dotted path. */
class Checker {
  readonly issues: Issue[] = [];
  readonly warnings: Issue[] = [];

  add(field: string, detail: string): void {
    this.issues.push({ field, detail });
  }

  /** A required (or, with `optional`, possibly absent) non-empty string; returns it when valid. */
  text(obj: Obj, key: string, path: string, optional = false): string | undefined {
    const value = obj[key];
    if (value === undefined) {
      if (!optional) this.add(path, 'is missing');
      return undefined;
    }
    if (typeof value !== 'string') {
      this.add(path, `must be a string, not ${typeName(value)}`);
      return undefined;
    }
    if (isBlank(value)) {
      this.add(path, optional ? 'must not be empty (leave it out instead)' : 'must not be empty');
      return undefined;
    }
    return value;
  }

  oneOf(obj: Obj, key: string, path: string, allowed: readonly string[]): void {
    const value = this.text(obj, key, path);
    if (value !== undefined && !allowed.includes(value)) {
      this.add(path, `${show(value)} is not one of ${allowed.join(', ')}`);
    }
  }

  pattern(
    obj: Obj,
    key: string,
    path: string,
    re: RegExp,
    expected: string,
    optional = false,
  ): string | undefined {
    const value = this.text(obj, key, path, optional);
    if (value !== undefined && !re.test(value)) {
      this.add(path, `${show(value)} is not ${expected}`);
      return undefined;
    }
    return value;
  }

  stringList(obj: Obj, key: string, path: string, optional = true): void {
    const value = obj[key];
    if (value === undefined) {
      if (!optional) this.add(path, 'is missing');
      return;
    }
    if (!Array.isArray(value)) {
      this.add(path, `must be an array of strings, not ${typeName(value)}`);
      return;
    }
    if (value.length === 0) this.add(path, 'must not be empty (leave it out instead)');
    value.forEach((item: unknown, i) => {
      if (typeof item !== 'string' || item.trim() === '') {
        this.add(`${path}[${i}]`, `must be a non-empty string, not ${show(item)}`);
      }
    });
  }

  coordinates(obj: Obj, key: string, path: string): void {
    const value = obj[key];
    if (value === undefined) return;
    if (!isObject(value)) {
      this.add(path, `must be an object {lat, lon}, not ${typeName(value)}`);
      return;
    }
    this.degrees(value, 'lat', `${path}.lat`, 90);
    this.degrees(value, 'lon', `${path}.lon`, 180);
  }

  private degrees(obj: Obj, key: string, path: string, limit: number): void {
    const value = obj[key];
    if (value === undefined) this.add(path, 'is missing');
    else if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.add(path, `must be a number, not ${show(value)}`);
    } else if (value < -limit || value > limit) {
      this.add(path, `${value} is out of range (-${limit}..${limit})`);
    }
  }

  url(obj: Obj, key: string, path: string): void {
    const value = this.text(obj, key, path, true);
    if (value !== undefined && safeHttpUrl(value) === undefined) {
      this.warnings.push({ field: path, detail: `${show(value)} is not an http(s) URL (kept, shown as text)` });
    }
  }

  languageTag(obj: Obj, key: string, path: string): void {
    const value = this.text(obj, key, path, true);
    if (value !== undefined && !isLanguageTag(value)) {
      this.add(path, `${show(value)} is not a BCP 47 language tag`);
    }
  }

  /** An Area; returns its key when the key is valid, for the prefix checks between levels. */
  area(obj: Obj, key: string, path: string, digits: number, optional: boolean): { key?: string } | undefined {
    const value = obj[key];
    if (value === undefined) {
      if (!optional) this.add(path, 'is missing');
      return undefined;
    }
    if (!isObject(value)) {
      this.add(path, `must be an object {name, slug, key?}, not ${typeName(value)}`);
      return undefined;
    }
    this.text(value, 'name', `${path}.name`);
    this.pattern(value, 'slug', `${path}.slug`, SLUG, 'a slug (lower-case letters, digits, single hyphens)');
    const areaKey = this.pattern(value, 'key', `${path}.key`, keyPattern(digits), `${digits} digits`, true);
    return { key: areaKey };
  }
}

/** Official keys have 2, 5, 8 or 9 digits: one pattern each, made once (the validator runs per record). */
const keyPatterns = new Map<number, RegExp>();
function keyPattern(digits: number): RegExp {
  let pattern = keyPatterns.get(digits);
  if (!pattern) {
    pattern = new RegExp(`^\\d{${digits}}$`);
    keyPatterns.set(digits, pattern);
  }
  return pattern;
}

/** A dataset uses a handful of languages on thousands of records: each tag is checked by Intl once. */
const languageTags = new Map<string, boolean>();
function isLanguageTag(value: string): boolean {
  let valid = languageTags.get(value);
  if (valid === undefined) {
    try {
      valid = Intl.getCanonicalLocales(value).length === 1;
    } catch {
      valid = false;
    }
    languageTags.set(value, valid);
  }
  return valid;
}

function checkLocal(c: Checker, local: Obj): void {
  c.text(local, 'name', 'local.name');
  c.oneOf(local, 'level', 'local.level', LOCAL_LEVELS);
  const level = typeof local.level === 'string' ? local.level : undefined;
  const land = c.area(local, 'land', 'local.land', KEY_DIGITS.land, false);
  const kreis = c.area(local, 'kreis', 'local.kreis', KEY_DIGITS.kreis, level === 'land');
  c.area(
    local,
    'verbandsgemeinde',
    'local.verbandsgemeinde',
    KEY_DIGITS.verbandsgemeinde,
    level !== 'verbandsgemeinde',
  );
  const needsGemeinde = level === 'gemeinde' || level === 'ortsteil' || level === 'kreisfreie-stadt';
  const gemeinde = c.area(local, 'gemeinde', 'local.gemeinde', KEY_DIGITS.gemeinde, !needsGemeinde);
  c.stringList(local, 'ortsteile', 'local.ortsteile', level !== 'ortsteil');
  c.coordinates(local, 'coordinates', 'local.coordinates');

  if (
    (level === 'land' || level === 'kreis' || level === 'verbandsgemeinde') &&
    local.gemeinde !== undefined
  ) {
    c.add('local.gemeinde', `must be left out for a partnership at level ${level}`);
  }
  if (level === 'land' && local.kreis !== undefined)
    c.add('local.kreis', 'must be left out for a Land-level partnership');
  if (land?.key && kreis?.key && !kreis.key.startsWith(land.key)) {
    c.add('local.kreis.key', `${show(kreis.key)} does not lie in Land ${show(land.key)}`);
  }
  if (kreis?.key && gemeinde?.key && !gemeinde.key.startsWith(kreis.key)) {
    c.add('local.gemeinde.key', `${show(gemeinde.key)} does not lie in Kreis ${show(kreis.key)}`);
  }

  const joint = local.jointWith;
  if (joint === undefined) return;
  if (!Array.isArray(joint)) {
    c.add('local.jointWith', `must be an array, not ${typeName(joint)}`);
    return;
  }
  if (joint.length === 0) c.add('local.jointWith', 'must not be empty (leave it out instead)');
  joint.forEach((item: unknown, i) => {
    const path = `local.jointWith[${i}]`;
    if (!isObject(item)) {
      c.add(path, `must be an object {name, slug, key?, level}, not ${typeName(item)}`);
      return;
    }
    c.oneOf(item, 'level', `${path}.level`, LOCAL_LEVELS);
    const digits = KEY_DIGITS_BY_LEVEL[item.level as LocalLevel] ?? 8;
    c.area({ item }, 'item', path, digits, false);
  });
}

function checkPartner(c: Checker, partner: Obj): void {
  c.text(partner, 'name', 'partner.name');
  c.text(partner, 'nativeName', 'partner.nativeName', true);
  c.languageTag(partner, 'nativeLang', 'partner.nativeLang');
  if (partner.nativeLang !== undefined && partner.nativeName === undefined) {
    c.add('partner.nativeLang', 'is given without partner.nativeName');
  }
  c.oneOf(partner, 'level', 'partner.level', PARTNER_LEVELS);
  const country = c.text(partner, 'country', 'partner.country');
  if (country !== undefined && !COUNTRY_CODE_SET.has(country)) {
    c.add('partner.country', `${show(country)} is not an ISO 3166-1 alpha-2 code`);
  }
  c.text(partner, 'region', 'partner.region', true);
  c.coordinates(partner, 'coordinates', 'partner.coordinates');
  c.pattern(partner, 'wikidata', 'partner.wikidata', WIKIDATA, 'a Wikidata item id ("Q1234")', true);
  c.url(partner, 'website', 'partner.website');
  c.text(partner, 'description', 'partner.description', true);
}

function checkSources(c: Checker, record: Obj, knownSources: Set<string> | null): void {
  const refs = record.sources;
  if (refs === undefined) {
    c.add('sources', 'is missing (every record names the source that states it)');
    return;
  }
  if (!Array.isArray(refs)) {
    c.add('sources', `must be an array, not ${typeName(refs)}`);
    return;
  }
  if (refs.length === 0) c.add('sources', 'must name at least one source');
  refs.forEach((ref: unknown, i) => {
    const path = `sources[${i}]`;
    if (!isObject(ref)) {
      c.add(path, `must be an object {source, line}, not ${typeName(ref)}`);
      return;
    }
    const id = c.text(ref, 'source', `${path}.source`);
    if (id !== undefined && knownSources && !knownSources.has(id)) {
      c.add(`${path}.source`, `${show(id)} is not listed in the dataset's sources`);
    }
    const line = ref.line;
    if (line === undefined) c.add(`${path}.line`, 'is missing');
    else if (typeof line !== 'number' || !Number.isInteger(line) || line < 1) {
      c.add(`${path}.line`, `must be a positive whole number, not ${show(line)}`);
    }
  });
}

function checkConflicts(c: Checker, record: Obj): void {
  const conflicts = record.conflicts;
  if (conflicts === undefined) return;
  if (!Array.isArray(conflicts)) {
    c.add('conflicts', `must be an array, not ${typeName(conflicts)}`);
    return;
  }
  if (conflicts.length === 0) c.add('conflicts', 'must not be empty (leave it out instead)');
  conflicts.forEach((conflict: unknown, i) => {
    const path = `conflicts[${i}]`;
    if (!isObject(conflict)) {
      c.add(path, `must be an object {field, values, chosen, reason}, not ${typeName(conflict)}`);
      return;
    }
    c.text(conflict, 'field', `${path}.field`);
    c.text(conflict, 'chosen', `${path}.chosen`);
    c.text(conflict, 'reason', `${path}.reason`);
    const values = conflict.values;
    if (!Array.isArray(values) || values.length < 2) {
      c.add(`${path}.values`, 'must list at least two sources and their values');
      return;
    }
    values.forEach((value: unknown, j) => {
      if (!isObject(value))
        c.add(`${path}.values[${j}]`, `must be an object {source, value}, not ${typeName(value)}`);
      else {
        c.text(value, 'source', `${path}.values[${j}].source`);
        if (typeof value.value !== 'string') {
          c.add(`${path}.values[${j}].value`, `must be a string, not ${typeName(value.value)}`);
        }
      }
    });
  });
}

function checkCorrections(c: Checker, record: Obj): void {
  const corrections = record.corrections;
  if (corrections === undefined) return;
  if (!Array.isArray(corrections)) {
    c.add('corrections', `must be an array, not ${typeName(corrections)}`);
    return;
  }
  if (corrections.length === 0) c.add('corrections', 'must not be empty (leave it out instead)');
  corrections.forEach((correction: unknown, i) => {
    const path = `corrections[${i}]`;
    if (!isObject(correction)) {
      c.add(path, `must be an object {field, source, line, original, corrected, reason}, not ${typeName(correction)}`);
      return;
    }
    for (const key of ['field', 'source', 'original', 'corrected', 'reason']) c.text(correction, key, `${path}.${key}`);
    const line = correction.line;
    if (typeof line !== 'number' || !Number.isInteger(line) || line < 1) {
      c.add(`${path}.line`, line === undefined ? 'is missing' : `must be a positive whole number, not ${show(line)}`);
    }
  });
}

/** Extra checks of a record beyond what the elements need (see `validateForDisplay`). */
type RecordCheck = (c: Checker, record: Obj) => void;

/** The curation trail of a record: checked for maintainers (command line, import); no element reads it. */
function checkCurationTrail(c: Checker, record: Obj): void {
  checkConflicts(c, record);
  checkCorrections(c, record);
}

function checkPartnership(
  record: unknown,
  knownSources: Set<string> | null,
  latestYear: number,
  extra: RecordCheck | undefined,
): Checker {
  const c = new Checker();
  if (!isObject(record)) {
    c.add('', `must be an object, not ${typeName(record)}`);
    return c;
  }
  c.pattern(
    record,
    'id',
    'id',
    ID,
    'an id of lower-case letters, digits and hyphens ("halberstadt--nachod")',
  );
  c.oneOf(record, 'kind', 'kind', KINDS);
  c.oneOf(record, 'status', 'status', STATUSES);
  const since = record.since;
  if (since === undefined) c.add('since', 'is missing (use null where the year is unknown)');
  else if (since !== null) {
    if (typeof since !== 'number' || !Number.isInteger(since)) {
      c.add('since', `must be a whole year or null, not ${show(since)}`);
    } else if (since < EARLIEST_YEAR || since > latestYear) {
      c.add('since', `${since} is not a plausible year (${EARLIEST_YEAR}..${latestYear})`);
    }
  }
  c.text(record, 'sinceText', 'sinceText', true);
  if (isObject(record.local)) checkLocal(c, record.local);
  else
    c.add(
      'local',
      record.local === undefined ? 'is missing' : `must be an object, not ${typeName(record.local)}`,
    );
  if (isObject(record.partner)) checkPartner(c, record.partner);
  else {
    c.add(
      'partner',
      record.partner === undefined ? 'is missing' : `must be an object, not ${typeName(record.partner)}`,
    );
  }
  checkSources(c, record, knownSources);
  c.stringList(record, 'notes', 'notes');
  extra?.(c, record);
  return c;
}

function checkSourceInfo(value: unknown): Checker {
  const c = new Checker();
  if (!isObject(value)) {
    c.add('', `must be an object, not ${typeName(value)}`);
    return c;
  }
  c.pattern(value, 'id', 'id', SOURCE_ID, 'a source id (letters, digits, "_", "." and "-")');
  c.text(value, 'title', 'title');
  c.text(value, 'publisher', 'publisher');
  c.text(value, 'covers', 'covers');
  c.url(value, 'url', 'url');
  c.pattern(value, 'retrieved', 'retrieved', ISO_DATE, 'an ISO date (YYYY-MM-DD)', true);
  return c;
}

function joinPath(prefix: string, field: string): string {
  if (field === '') return prefix;
  return field.startsWith('[') ? `${prefix}${field}` : `${prefix}.${field}`;
}

function validateSources(
  raw: unknown,
  problems: ValidationProblem[],
  warnings: ValidationProblem[],
): { sources: SourceInfo[]; ids: Set<string> | null } {
  if (raw === undefined || !Array.isArray(raw)) {
    const detail = raw === undefined ? 'is missing' : `must be an array, not ${typeName(raw)}`;
    problems.push({ field: 'sources', message: `sources ${detail}`, detail });
    return { sources: [], ids: null };
  }
  const sources: SourceInfo[] = [];
  const ids = new Set<string>();
  raw.forEach((entry: unknown, i) => {
    const { issues, warnings: kept } = checkSourceInfo(entry);
    const id = isObject(entry) && typeof entry.id === 'string' ? entry.id : undefined;
    if (id !== undefined && issues.length === 0 && ids.has(id)) {
      issues.push({ field: 'id', detail: `${show(id)} is listed twice` });
    }
    const report = (into: ValidationProblem[]) => (issue: Issue) => {
      const field = joinPath(`sources[${i}]`, issue.field);
      const detail = issue.detail;
      into.push({ field, message: `${field} ${detail}`, detail });
    };
    issues.forEach(report(problems));
    kept.forEach(report(warnings));
    if (issues.length === 0 && id !== undefined) {
      ids.add(id);
      sources.push(entry as unknown as SourceInfo);
    }
  });
  return { sources, ids };
}

function unusable(message: string, field?: string): ValidationResult {
  return {
    dataset: null,
    problems: [{ ...(field ? { field } : {}), message, detail: message }],
    warnings: [],
    skipped: 0,
  };
}

/** Every rule of the data model: for the command line, the import and anyone checking a file before publishing. */
export function validateDataset(payload: unknown, options: ValidationOptions = {}): ValidationResult {
  return validateWith(payload, options, checkCurationTrail);
}

/**
 * What the elements need to show a dataset: every rule of `validateDataset` except those of a record's curation
 * trail (`conflicts`, `corrections`), which no element reads. A slip there does not hide a partnership from a
 * town's page, and the browser does not download those checks.
 */
export function validateForDisplay(payload: unknown, options: ValidationOptions = {}): ValidationResult {
  return validateWith(payload, options, undefined);
}

function validateWith(payload: unknown, options: ValidationOptions, extra: RecordCheck | undefined): ValidationResult {
  try {
    return validate(payload, (options.now ?? new Date()).getFullYear(), extra);
  } catch (error) {
    // Only exotic inputs get here (throwing getters, revoked proxies): still an answer, never an exception.
    return unusable(
      `the dataset could not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function validate(payload: unknown, latestYear: number, extra: RecordCheck | undefined): ValidationResult {
  if (!isObject(payload)) return unusable(`the dataset must be a JSON object, not ${typeName(payload)}`);
  if (payload.schemaVersion !== SCHEMA_VERSION) {
    const found =
      payload.schemaVersion === undefined ? 'is missing' : `${show(payload.schemaVersion)} is not supported`;
    return unusable(`schemaVersion ${found} (expected ${SCHEMA_VERSION})`, 'schemaVersion');
  }
  if (!Array.isArray(payload.partnerships)) {
    const found =
      payload.partnerships === undefined
        ? 'is missing'
        : `must be an array, not ${typeName(payload.partnerships)}`;
    return unusable(`partnerships ${found}`, 'partnerships');
  }

  const problems: ValidationProblem[] = [];
  const warnings: ValidationProblem[] = [];
  let generated = '';
  if (typeof payload.generated === 'string' && ISO_DATE.test(payload.generated))
    generated = payload.generated;
  else {
    const detail =
      payload.generated === undefined
        ? 'is missing'
        : `${show(payload.generated)} is not an ISO date (YYYY-MM-DD)`;
    problems.push({ field: 'generated', message: `generated ${detail}`, detail });
  }
  const { sources, ids: knownSources } = validateSources(payload.sources, problems, warnings);

  const partnerships: Partnership[] = [];
  const seen = new Map<string, number>();
  let skipped = 0;
  const records: unknown[] = payload.partnerships;
  for (let index = 0; index < records.length; index++) {
    const record = records[index];
    const { issues, warnings: kept } = checkPartnership(record, knownSources, latestYear, extra);
    const id = isObject(record) && typeof record.id === 'string' && record.id !== '' ? record.id : undefined;
    if (id !== undefined) {
      const first = seen.get(id);
      if (first !== undefined)
        issues.push({ field: 'id', detail: `${show(id)} repeats the id of partnerships[${first}]` });
      else if (issues.length === 0) seen.set(id, index);
    }
    if (issues.length === 0) partnerships.push(record as unknown as Partnership);
    else skipped++;
    // The messages only for a record that has something to say (the usual record has not: 10,000 of them).
    if (issues.length === 0 && kept.length === 0) continue;
    const where = `partnerships[${index}]${id !== undefined ? ` (${show(id).slice(1, -1)})` : ''}`;
    const report = (into: ValidationProblem[]) => (issue: Issue) => {
      const detail = issue.field === '' ? issue.detail : `${issue.field} ${issue.detail}`;
      into.push({
        index,
        ...(id !== undefined ? { id } : {}),
        ...(issue.field !== '' ? { field: issue.field } : {}),
        message: `${where}: ${detail}`,
        detail,
      });
    };
    issues.forEach(report(problems));
    kept.forEach(report(warnings));
  }
  return {
    dataset: { schemaVersion: SCHEMA_VERSION, generated, sources, partnerships },
    problems,
    warnings,
    skipped,
  };
}
