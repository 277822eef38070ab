/**
 * Parser for the City of Osnabrück's page: its partner cities are named in one sentence ("… unterhält: A, B, … und K."),
 * the first partnership's year in another; the rest is captions, navigation and sidebar.
 */
import type { SourceInfo } from '../model.js';
import { LineLog, clean, isBlank, splitLines } from './lines.js';
import { germanNumber } from './numbers.js';
import type { Finding, ImportResult, RawRecord } from './types.js';

const LIST = /(?:Kontakte|Beziehungen) zu (\p{L}+) Städten[^:]*:\s*(.+?)\.(?:\s|$)/u;
const FIRST = /(?:^|\s)(\d{4}) als die Stadt ihren ersten Partnerschaftsvertrag mit der (?:\p{L}+ )?Stadt (\p{Lu}[\p{L}-]*)/u;
const BREADCRUMB = /^Startseite\s*>/u;

export function parseOsnabrueck(text: string, source: SourceInfo): ImportResult {
  const texts = splitLines(text).map(clean);
  const log = new LineLog(texts);
  const records: RawRecord[] = [];
  const findings: Finding[] = [];
  const city = source.covers;
  const firstLine = texts.findIndex((t) => FIRST.test(t)) + 1;
  const first = firstLine > 0 ? FIRST.exec(texts[firstLine - 1] ?? '') : null;
  const end = texts.findIndex((t) => BREADCRUMB.test(t));
  let title = false;

  texts.forEach((text, index) => {
    const line = index + 1;
    if (isBlank(text)) return log.set(line, 'chrome', 'blank line');
    if (end >= 0 && index >= end) return log.set(line, 'chrome', 'navigation and sidebar');
    const list = LIST.exec(text);
    if (list?.[1] && list[2]) {
      const names = list[2].split(/\s*,\s*|\s+und\s+/u).filter((n) => n !== '');
      const expected = germanNumber(list[1]);
      if (expected !== undefined && expected !== names.length) {
        findings.push({ line, message: `the text speaks of ${expected} cities but names ${names.length}` });
      }
      for (const name of names) {
        const isFirst = first?.[2] === name;
        records.push({
          source: source.id,
          lines: isFirst ? [line, firstLine] : [line],
          local: { level: 'kreisfreie-stadt', name: city, kreis: city, gemeinde: city },
          partner: { name },
          ...(isFirst ? { kind: 'partnership' as const } : {}),
          since: isFirst ? Number(first[1]) : null,
          notes: [],
        });
      }
      return log.set(line, 'record', `${names.length} partner cities named`);
    }
    if (line === firstLine) return log.set(line, 'record', `year of the first partnership (${first?.[2]})`);
    if (!title && /^[^.!?]+$/u.test(text) && text.split(' ').length > 3) {
      title = true;
      return log.set(line, 'heading', 'page title');
    }
    if (/[.!?]$/u.test(text) && text.split(' ').length > 8) return log.set(line, 'note', 'text, not a partnership');
    return log.set(line, 'chrome', 'caption');
  });

  return { source, lines: log.result(), records, findings };
}
