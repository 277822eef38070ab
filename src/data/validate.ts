/**
 * Validation of a partnership dataset, shared by the browser loader and the data command line, made from the table
 * of fields (fields.ts) that the JSON Schema is made from too, so that both give the same verdict; the few rules a
 * schema cannot state are in `RULES_BEYOND_SCHEMA` and below.
 * Pure: no DOM, no Node APIs, never throws. An unusable payload gives `dataset: null`; otherwise every invalid record
 * is skipped (and counted) with one problem per faulty field, so that one bad row never hides the good ones.
 * An address that is not http(s) (a website, a source's url) is a warning, not an error: the record stays, and every
 * element shows such an address as text, never as a link.
 */
import {
  DATASET_FIELDS,
  PARTNERSHIP_FIELDS,
  SOURCE_FIELDS,
  fieldTree,
  presence,
  type FieldNode,
  type FieldType,
  type Presence,
} from './fields.js';
import {
  KEY_DIGITS,
  LOCAL_LEVELS,
  SCHEMA_VERSION,
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
  /** The line of the table the record (or row) was read from, where it was read from a CSV. */
  line?: number;
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

/** A real calendar day in YYYY-MM-DD (2026-02-30 is none). */
function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * A field's node, with what its checks need made once: a pattern's RegExp, an enum's Set, an object's shape. Every
 * rule has every property (undefined where it has none): objects of one shape keep the validator's property reads
 * fast, and it runs over every record of a dataset.
 */
interface Rule {
  node: FieldNode;
  key: string;
  type: FieldType;
  /** Whether the field must be there: as such, or (where it depends on the level) per level. */
  present: Presence;
  byLevel: Map<LocalLevel | undefined, Presence> | undefined;
  curation: boolean;
  /** The sibling's key that must be given with this field. */
  requires: string | undefined;
  /** Dotted path, or where it lies below a list its last part only (the item's path is put in front). */
  path: string;
  children: Rule[];
  pattern: RegExp | undefined;
  values: Set<string> | undefined;
  /** "{name, slug, key?}", for a message on a value that is no object. */
  shape: string;
}

function compile(node: FieldNode, inList: boolean): Rule {
  const { field } = node;
  const { type } = field;
  const children = node.children.map((child) => compile(child, inList || type.type === 'array'));
  const { required } = field;
  return {
    node,
    key: node.key,
    type,
    present: presence(field, undefined),
    byLevel:
      typeof required === 'object'
        ? new Map(LOCAL_LEVELS.map((level) => [level, presence(field, level)]))
        : undefined,
    curation: field.curation === true,
    requires: field.requires?.split('.').pop(),
    path: inList ? node.key : field.path,
    children,
    pattern: type.type === 'pattern' ? new RegExp(type.pattern, 'u') : undefined,
    values: type.type === 'enum' ? new Set(type.values) : undefined,
    shape: `{${children.map((c) => `${c.key}${c.present === 'required' ? '' : '?'}`).join(', ')}}`,
  };
}

const RECORD = compile(fieldTree(PARTNERSHIP_FIELDS), false);
const SOURCE = compile(fieldTree(SOURCE_FIELDS), false);
const DATASET = compile(fieldTree(DATASET_FIELDS), false);
/** The top level's own checks: `generated`, and no field the table lacks (sources and records are checked apart). */
const TOP = { ...DATASET, children: DATASET.children.filter((rule) => rule.node.key === 'generated') };
const LEVELS: ReadonlySet<string> = new Set(LOCAL_LEVELS);
/** A joint holder's key has as many digits as its level has (8 where the level is not known). */
const KEY_BY_DIGITS = new Map(Object.values(KEY_DIGITS).map((n) => [n, new RegExp(`^[0-9]{${n}}$`, 'u')]));

/** Collects the issues of one object, each field named by its dotted path. */
class Checker {
  readonly issues: Issue[] = [];
  readonly warnings: Issue[] = [];

  constructor(
    /** Check a record's curation trail too (`validateDataset`), or only what the elements read. */
    readonly full: boolean,
    readonly latestYear: number,
    /** The local side's level, on which some of its fields' presence depends. */
    public level: LocalLevel | undefined = undefined,
  ) {}

  add(field: string, detail: string): void {
    this.issues.push({ field, detail });
  }

  /** Checks an object's fields against the rule's children; `prefix` is the path of a list item it lies in. */
  object(obj: Obj, rule: Rule, prefix: string | undefined): void {
    const { children } = rule;
    let known = 0;
    for (let i = 0; i < children.length; i++) {
      const child = children[i] as Rule;
      const value = obj[child.key];
      if (value !== undefined) known++;
      if (child.curation && !this.full) continue;
      const present = child.byLevel ? (child.byLevel.get(this.level) ?? 'optional') : child.present;
      if (value === undefined) {
        if (present === 'required') this.add(at(prefix, child), child.node.field.missing ?? 'is missing');
        continue;
      }
      if (present === 'absent') {
        this.add(at(prefix, child), `must be left out for a partnership at level ${this.level}`);
        continue;
      }
      this.value(value, child, prefix, present === 'optional', obj);
      if (child.requires !== undefined && obj[child.requires] === undefined) {
        this.add(at(prefix, child), `is given without ${child.node.field.requires}`);
      }
    }
    // More fields than it has of the table's: one the table lacks (told apart only then, the rare case). An error
    // for a maintainer, as in the schema; an element shows the record and names the field in the console, as a
    // file made for a later version of the format may hold fields this one does not know.
    if (Object.keys(obj).length > known) {
      for (const key in obj) {
        if (rule.node.keys.has(key)) continue;
        const issue = { field: join(at(prefix, rule), key), detail: 'is not a field of the data model' };
        (this.full ? this.issues : this.warnings).push(issue);
      }
    }
  }

  /** The path is made only for a field that fails: the usual record has none. */
  private fail(prefix: string | undefined, rule: Rule, detail: string): void {
    this.add(at(prefix, rule), detail);
  }

  /** A non-blank string; returns it when valid. */
  private text(value: unknown, prefix: string | undefined, rule: Rule, optional: boolean): string | undefined {
    if (typeof value !== 'string') {
      this.fail(prefix, rule, `must be a string, not ${typeName(value)}`);
      return undefined;
    }
    if (isBlank(value)) {
      this.fail(prefix, rule, optional ? 'must not be empty (leave it out instead)' : 'must not be empty');
      return undefined;
    }
    return value;
  }

  private value(value: unknown, rule: Rule, prefix: string | undefined, optional: boolean, parent: Obj): void {
    const { type } = rule;
    switch (type.type) {
      case 'text':
        this.text(value, prefix, rule, optional);
        return;
      case 'pattern':
      case 'key-by-level': {
        const text = this.text(value, prefix, rule, optional);
        const pattern =
          rule.pattern ?? KEY_BY_DIGITS.get(KEY_DIGITS[parent.level as LocalLevel] ?? KEY_DIGITS.gemeinde);
        if (text === undefined || pattern?.test(text)) return;
        const expected = type.type === 'pattern' ? type.expected : 'the key its level has';
        this.fail(prefix, rule, `${show(text)} is not ${expected}`);
        return;
      }
      case 'enum': {
        const text = this.text(value, prefix, rule, optional);
        if (text === undefined || rule.values?.has(text)) return;
        this.fail(prefix, rule, `${show(text)} is not ${type.expected ?? `one of ${type.values.join(', ')}`}`);
        return;
      }
      case 'url': {
        const text = this.text(value, prefix, rule, optional);
        if (text !== undefined && safeHttpUrl(text) === undefined) {
          this.warnings.push({ field: at(prefix, rule), detail: `${show(text)} is not an http(s) URL (kept, shown as text)` });
        }
        return;
      }
      case 'date': {
        const text = this.text(value, prefix, rule, optional);
        if (text !== undefined && !isIsoDate(text)) this.fail(prefix, rule, `${show(text)} is not a date (YYYY-MM-DD)`);
        return;
      }
      case 'string':
        if (typeof value !== 'string') this.fail(prefix, rule, `must be a string, not ${typeName(value)}`);
        return;
      case 'year':
        if (value === null) return;
        if (typeof value !== 'number' || !Number.isInteger(value)) {
          this.fail(prefix, rule, `must be a whole year or null, not ${show(value)}`);
        } else if (value < type.minimum || value > this.latestYear) {
          this.fail(prefix, rule, `${value} is not a plausible year (${type.minimum}..${this.latestYear})`);
        }
        return;
      case 'integer':
        if (typeof value !== 'number' || !Number.isInteger(value) || value < type.minimum) {
          const expected = type.minimum === 1 ? 'a positive whole number' : `a whole number ≥ ${type.minimum}`;
          this.fail(prefix, rule, `must be ${expected}, not ${show(value)}`);
        }
        return;
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value)) {
          this.fail(prefix, rule, `must be a number, not ${show(value)}`);
        } else if (value < type.minimum || value > type.maximum) {
          this.fail(prefix, rule, `${value} is out of range (${type.minimum}..${type.maximum})`);
        }
        return;
      case 'const':
        if (value !== type.value) this.fail(prefix, rule, `must be ${type.value}, not ${show(value)}`);
        return;
      case 'object':
        if (isObject(value)) this.object(value, rule, prefix);
        else this.fail(prefix, rule, `must be an object ${rule.shape}, not ${typeName(value)}`);
        return;
      case 'list':
      case 'array': {
        if (!Array.isArray(value)) {
          const what = type.type === 'list' ? 'an array of strings' : 'an array';
          this.fail(prefix, rule, `must be ${what}, not ${typeName(value)}`);
          return;
        }
        if (value.length < type.minItems) {
          this.fail(prefix, rule, rule.node.field.tooFew ?? 'must not be empty (leave it out instead)');
        }
        const items: unknown[] = value;
        for (let i = 0; i < items.length; i++) {
          const item = items[i];
          if (type.type === 'list') {
            if (typeof item !== 'string' || isBlank(item)) {
              this.add(`${at(prefix, rule)}[${i}]`, `must be a non-empty string, not ${show(item)}`);
            }
          } else if (isObject(item)) this.object(item, rule, `${at(prefix, rule)}[${i}]`);
          else this.add(`${at(prefix, rule)}[${i}]`, `must be an object ${rule.shape}, not ${typeName(item)}`);
        }
        return;
      }
    }
  }
}

function join(prefix: string, key: string): string {
  return prefix === '' ? key : `${prefix}.${key}`;
}

/** A rule's path: its own, or below the list item it lies in. */
function at(prefix: string | undefined, rule: Rule): string {
  return prefix === undefined ? rule.path : join(prefix, rule.path);
}

/** The rules a schema cannot state (`RULES_BEYOND_SCHEMA`), for one record that the table's checks let through. */
function checkBeyondSchema(c: Checker, record: Obj, knownSources: Set<string> | null): void {
  const local = record.local as Obj;
  const keyOf = (name: string) => {
    const area = local[name];
    return isObject(area) && typeof area.key === 'string' ? area.key : undefined;
  };
  const [land, kreis, gemeinde] = [keyOf('land'), keyOf('kreis'), keyOf('gemeinde')];
  if (land && kreis && !kreis.startsWith(land)) {
    c.add('local.kreis.key', `${show(kreis)} does not lie in Land ${show(land)}`);
  }
  if (kreis && gemeinde && !gemeinde.startsWith(kreis)) {
    c.add('local.gemeinde.key', `${show(gemeinde)} does not lie in Kreis ${show(kreis)}`);
  }
  if (!knownSources) return;
  (record.sources as Obj[]).forEach((ref, i) => {
    if (typeof ref.source === 'string' && !knownSources.has(ref.source)) {
      c.add(`sources[${i}].source`, `${show(ref.source)} is not listed in the dataset's sources`);
    }
  });
}

function checkPartnership(record: unknown, knownSources: Set<string> | null, c: Checker): Checker {
  if (!isObject(record)) {
    c.add('', `must be an object, not ${typeName(record)}`);
    return c;
  }
  const level = isObject(record.local) ? record.local.level : undefined;
  c.level = typeof level === 'string' && LEVELS.has(level) ? (level as LocalLevel) : undefined;
  c.object(record, RECORD, undefined);
  if (c.issues.length === 0) checkBeyondSchema(c, record, knownSources);
  return c;
}

function joinPath(prefix: string, field: string): string {
  if (field === '' || prefix === '') return prefix || field;
  return field.startsWith('[') ? `${prefix}${field}` : `${prefix}.${field}`;
}

/** Reports the issues of the top level or of a source, each named by its path (`sources[1].url`). */
function reporter(into: ValidationProblem[], prefix = '') {
  return (issue: Issue) => {
    const field = joinPath(prefix, issue.field);
    into.push({ field, message: `${field} ${issue.detail}`, detail: issue.detail });
  };
}

function validateSources(
  raw: unknown,
  problems: ValidationProblem[],
  warnings: ValidationProblem[],
  checker: () => Checker,
): { sources: SourceInfo[]; ids: Set<string> | null } {
  if (raw === undefined || !Array.isArray(raw)) {
    const detail = raw === undefined ? 'is missing' : `must be an array, not ${typeName(raw)}`;
    problems.push({ field: 'sources', message: `sources ${detail}`, detail });
    return { sources: [], ids: null };
  }
  const sources: SourceInfo[] = [];
  const ids = new Set<string>();
  raw.forEach((entry: unknown, i) => {
    const c = checker();
    if (isObject(entry)) c.object(entry, SOURCE, undefined);
    else c.add('', `must be an object, not ${typeName(entry)}`);
    const { issues, warnings: kept } = c;
    const id = isObject(entry) && typeof entry.id === 'string' ? entry.id : undefined;
    if (id !== undefined && issues.length === 0 && ids.has(id)) {
      issues.push({ field: 'id', detail: `${show(id)} is listed twice` });
    }
    issues.forEach(reporter(problems, `sources[${i}]`));
    kept.forEach(reporter(warnings, `sources[${i}]`));
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
  return validateWith(payload, options, true);
}

/**
 * What the elements need to show a dataset: every rule of `validateDataset` except those of a record's curation
 * trail (`conflicts`, `corrections`), which no element reads, and with a field the table lacks as a warning, not an
 * error. A slip there does not hide a partnership from a town's page.
 */
export function validateForDisplay(payload: unknown, options: ValidationOptions = {}): ValidationResult {
  return validateWith(payload, options, false);
}

function validateWith(payload: unknown, options: ValidationOptions, full: boolean): ValidationResult {
  try {
    return validate(payload, (options.now ?? new Date()).getFullYear(), full);
  } catch (error) {
    // Only exotic inputs get here (throwing getters, revoked proxies): still an answer, never an exception.
    return unusable(
      `the dataset could not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function validate(payload: unknown, latestYear: number, full: boolean): ValidationResult {
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
  const top = new Checker(full, latestYear);
  top.object(payload, TOP, undefined);
  top.issues.forEach(reporter(problems));
  top.warnings.forEach(reporter(warnings));
  const generated = top.issues.some((issue) => issue.field === 'generated') ? '' : (payload.generated as string);
  const { sources, ids: knownSources } = validateSources(payload.sources, problems, warnings, () => new Checker(full, latestYear));

  const partnerships: Partnership[] = [];
  const seen = new Map<string, number>();
  let skipped = 0;
  const records: unknown[] = payload.partnerships;
  for (let index = 0; index < records.length; index++) {
    const record = records[index];
    const { issues, warnings: kept } = checkPartnership(record, knownSources, new Checker(full, latestYear));
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
