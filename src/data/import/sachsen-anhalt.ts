/**
 * Parser for the State of Sachsen-Anhalt's list of municipal partnerships: sections (kreisfreie Städte, Landkreise),
 * Kreis lines, Verbandsgemeinde and Gemeinde lines, county-level blocks, and one statement per partnership.
 */
import type { Kind } from '../model.js';
import { LineLog, clean, isBlank, splitLines } from './lines.js';
import { parseStatement, type Statement } from './statement.js';
import type { Finding, ImportResult, RawLocal, RawRecord } from './types.js';
import type { SourceInfo } from '../model.js';

interface Context {
  section?: 'kreisfrei' | 'landkreise';
  kreis?: string;
  verbandsgemeinde?: string;
  gemeinde?: string;
  /** Inside a "Landkreispartnerschaft(en)" block: plain statements belong to the Kreis. */
  kreisLevel: boolean;
}

/** What the part before the dash says about the German side and the kind. */
interface Head {
  partner: string;
  local: 'context' | 'kreis' | 'ortsteile' | 'gemeinde' | 'joint';
  name?: string;
  ortsteile?: string[];
  gemeinde?: string;
  jointKreis?: string;
  kind?: Kind;
}

const KREIS_LINE = /^(?:Landkreis\s+\S.*|\S*kreis(?:\s+\S.*)?)$/u;
const COUNTY_BLOCK = /^Landkreispartnerschaft(?:en)?\s*:?$/u;
/** A place name line: a capital first, letters, spaces, parentheses, dots, slashes, hyphens; at most six words. */
const PLACE_LINE = /^\p{Lu}[\p{L}\p{M} ()./'’-]*$/u;

function isPlaceLine(text: string): boolean {
  return PLACE_LINE.test(text) && text.split(' ').length <= 6;
}

function readHead(head: string): Head {
  let m = /^Landkreispartnerschaft(?:en)?\s*:\s*(.+)$/u.exec(head);
  if (m?.[1]) return { partner: m[1], local: 'kreis' };
  m = /^Gemeinsam mit\s+(LK\s+.+?|Landkreis\s+.+?)\s+mit\s+(.+)$/u.exec(head);
  if (m?.[1] && m[2]) return { partner: m[2], local: 'joint', jointKreis: m[1] };
  m = /^Die\s+(Ortschaften\s+(.+?))\s+mit\s+(.+)$/u.exec(head);
  if (m?.[1] && m[2] && m[3]) {
    const ortsteile = m[2].split(/\s*,\s*|\s+und\s+/u).filter((name) => name !== '');
    return { partner: m[3], local: 'ortsteile', name: m[1], ortsteile };
  }
  m = /^((?:Ortsteil|Ortschaft)\s+(.+?))\s+mit\s+(.+)$/u.exec(head);
  if (m?.[1] && m[2] && m[3]) return { partner: m[3], local: 'ortsteile', name: m[1], ortsteile: [m[2]] };
  m = /^((?:Gemeinde|Stadt)\s+(.+?))\s+mit\s+(.+)$/u.exec(head);
  if (m?.[1] && m[2] && m[3]) return { partner: m[3], local: 'gemeinde', name: m[1], gemeinde: m[2] };
  m = /^Freundschaftliche Kontakte zu\s+(.+)$/u.exec(head);
  if (m?.[1]) return { partner: m[1], local: 'context', kind: 'friendship' };
  return { partner: head, local: 'context' };
}

function kindOfAddition(addition: string): Kind | undefined {
  if (/Kooperationsvereinbarung/iu.test(addition)) return 'cooperation';
  if (/freundschaftlich/iu.test(addition)) return 'friendship';
  return undefined;
}

/** The German side of a statement in its context, or the reason why it has none. */
function localSide(head: Head, ctx: Context, land: string): RawLocal | string {
  const { kreis, verbandsgemeinde, gemeinde } = ctx;
  if (!kreis) return 'partnership line before any Kreis or kreisfreie Stadt';
  const base = { land, kreis };
  if (head.local === 'kreis' || (head.local === 'context' && ctx.kreisLevel)) {
    if (ctx.section !== 'landkreise') return 'county-level partnership outside a Landkreis';
    return { ...base, level: 'kreis', name: kreis };
  }
  if (ctx.section === 'kreisfrei') {
    if (head.local !== 'context') return `"${head.name ?? head.partner}" form inside a kreisfreie Stadt`;
    return { ...base, level: 'kreisfreie-stadt', name: kreis, gemeinde: kreis };
  }
  const vg = verbandsgemeinde ? { verbandsgemeinde } : {};
  switch (head.local) {
    case 'ortsteile':
      if (!gemeinde && !verbandsgemeinde) return 'Ortsteil partnership before any Gemeinde line';
      return {
        ...base,
        ...vg,
        ...(gemeinde ? { gemeinde } : {}),
        level: 'ortsteil',
        name: head.name ?? '',
        ortsteile: head.ortsteile ?? [],
      };
    case 'gemeinde':
      return { ...base, ...vg, level: 'gemeinde', name: head.name ?? '', gemeinde: head.gemeinde ?? '' };
    case 'joint':
      if (!gemeinde) return 'joint partnership before any Gemeinde line';
      return {
        ...base,
        level: 'gemeinde',
        name: gemeinde,
        gemeinde,
        jointWith: [{ name: head.jointKreis ?? '', level: 'kreis' }],
      };
    default:
      if (gemeinde) return { ...base, ...vg, level: 'gemeinde', name: gemeinde, gemeinde };
      if (verbandsgemeinde) return { ...base, level: 'verbandsgemeinde', name: verbandsgemeinde, verbandsgemeinde };
      return 'partnership line before any Gemeinde line';
  }
}

function toRecord(statement: Statement, head: Head, local: RawLocal, source: string, line: number): RawRecord {
  const notes: string[] = [];
  let kind: Kind = head.kind ?? 'partnership';
  if (statement.addition !== undefined) {
    const fromAddition = kindOfAddition(statement.addition);
    if (fromAddition) kind = fromAddition;
    else notes.push(statement.addition);
  }
  const record: RawRecord = {
    source,
    lines: [line],
    local,
    partner: { name: head.partner, country: statement.country },
    kind,
    since: statement.since,
    notes,
  };
  if (statement.region !== undefined) record.partner.region = statement.region;
  if (statement.sinceText !== undefined) record.sinceText = statement.sinceText;
  return record;
}

export function parseSachsenAnhalt(text: string, source: SourceInfo): ImportResult {
  const texts = splitLines(text);
  const log = new LineLog(texts);
  const records: RawRecord[] = [];
  const findings: Finding[] = [];
  const land = source.covers;
  const ctx: Context = { kreisLevel: false };

  texts.forEach((raw, index) => {
    const line = index + 1;
    const text = clean(raw);
    if (isBlank(raw)) return log.set(line, 'chrome', 'blank line');
    if (/^menu$/iu.test(text)) return log.set(line, 'chrome', 'site menu');
    if (text === 'Kreisfreie Städte' || text === 'Landkreise') {
      Object.assign(ctx, { section: text === 'Landkreise' ? 'landkreise' : 'kreisfrei', kreisLevel: false });
      Object.assign(ctx, { kreis: undefined, verbandsgemeinde: undefined, gemeinde: undefined });
      return log.set(line, 'heading', `section: ${text}`);
    }

    const parsed = parseStatement(text);
    if (parsed && !parsed.ok) return log.set(line, 'problem', parsed.error);
    if (parsed) {
      const head = readHead(parsed.statement.head);
      const local = localSide(head, ctx, land);
      if (typeof local === 'string') return log.set(line, 'problem', local);
      const record = toRecord(parsed.statement, head, local, source.id, line);
      if (record.notes.length > 0) {
        findings.push({ line, message: `unknown addition "${parsed.statement.addition}" kept as a note` });
      }
      records.push(record);
      return log.set(line, 'record', `${local.level}: ${local.name} – ${head.partner}`);
    }

    if (COUNTY_BLOCK.test(text)) {
      if (ctx.section !== 'landkreise' || !ctx.kreis) return log.set(line, 'problem', 'county block outside a Landkreis');
      Object.assign(ctx, { kreisLevel: true, gemeinde: undefined, verbandsgemeinde: undefined });
      return log.set(line, 'heading', `county-level partnerships of ${ctx.kreis}`);
    }
    if (/[:]$/u.test(text) || /^["„“]/u.test(text)) return log.set(line, 'note', 'quotation, not a partnership');
    if (ctx.section === 'landkreise' && KREIS_LINE.test(text) && isPlaceLine(text)) {
      Object.assign(ctx, { kreis: text, verbandsgemeinde: undefined, gemeinde: undefined, kreisLevel: false });
      return log.set(line, 'heading', 'Kreis');
    }
    if (ctx.section === 'kreisfrei' && isPlaceLine(text)) {
      Object.assign(ctx, { kreis: text, gemeinde: undefined, verbandsgemeinde: undefined, kreisLevel: false });
      return log.set(line, 'heading', 'kreisfreie Stadt');
    }
    if (ctx.section === 'landkreise' && ctx.kreis && /^Verbandsgemeinde\s/u.test(text) && isPlaceLine(text)) {
      Object.assign(ctx, { verbandsgemeinde: text, gemeinde: undefined, kreisLevel: false });
      return log.set(line, 'heading', 'Verbandsgemeinde');
    }
    if (ctx.section === 'landkreise' && ctx.kreis && isPlaceLine(text)) {
      Object.assign(ctx, { gemeinde: text, verbandsgemeinde: undefined, kreisLevel: false });
      return log.set(line, 'heading', 'Gemeinde');
    }
    if (/[.!?]$/u.test(text) && text.split(' ').length > 6) {
      return log.set(line, 'note', `remark${ctx.gemeinde ? ` on ${ctx.gemeinde}` : ''}, not a partnership`);
    }
    return log.set(line, 'problem', 'neither a heading nor a partnership statement');
  });

  return { source, lines: log.result(), records, findings };
}
