/**
 * Parser for the City of Dortmund's page: a bullet list "Name, Land seit JAHR", a partnership within Germany, an
 * introduction that counts the partners, article text, captions, the office contact, and teasers of related pages
 * (one of them names a project partnership).
 */
import type { Kind, SourceInfo } from '../model.js';
import { LineLog, clean, isBlank, splitLines } from './lines.js';
import { germanNumber } from './numbers.js';
import type { Finding, ImportResult, RawRecord } from './types.js';

const BULLET = /^•\s*(.+)$/u;
const WITH_YEAR = /^(.+?),\s*(.+?)\s+seit\s+(\d{4})$/u;
const DOMESTIC = /^(.+?),\s*innerdeutsche (?:Partnerschaft|Städtefreundschaft)$/u;
const PROJECT = /^Projektpartnerschaft mit (?:der Stadt )?(.+?),\s*(\p{L}[\p{L} -]*)$/u;
const COUNT = /Beziehungen zu (\p{L}+) Städten/u;
const FRIENDSHIP = /Mit der Stadt (\p{Lu}[\p{L}-]*).*Städtefreundschaft/u;
const CAPTION = /^(?:Foto\b|Bild:)/u;
const ARTICLE_START = 'Städtepartnerschaften';

export function parseDortmund(text: string, source: SourceInfo): ImportResult {
  const texts = splitLines(text).map(clean);
  const log = new LineLog(texts);
  const records: RawRecord[] = [];
  const findings: Finding[] = [];
  const city = source.covers;
  const start = texts.indexOf(ARTICLE_START);
  const contact = texts.indexOf('Kontakt');
  const introLine = texts.findIndex((t) => COUNT.test(t)) + 1;
  const intro = texts[introLine - 1] ?? '';
  const friend = FRIENDSHIP.exec(intro)?.[1];

  const add = (line: number, name: string, country: string, kind: Kind, since: number | null, notes: string[]) => {
    const record: RawRecord = {
      source: source.id,
      lines: [line],
      local: { level: 'kreisfreie-stadt', name: city, kreis: city, gemeinde: city },
      partner: { name, country },
      kind,
      since,
      notes,
    };
    records.push(record);
    return record;
  };

  texts.forEach((text, index) => {
    const line = index + 1;
    if (log.has(line)) return;
    if (isBlank(text)) return log.set(line, 'chrome', 'blank line');
    if (index < start) return log.set(line, 'chrome', 'breadcrumb');
    const project = PROJECT.exec(text);
    if (project?.[1] && project[2]) {
      const known = records.find((r) => r.partner.name === project[1] && r.kind === 'project');
      if (known) return log.set(line, 'note', `teaser repeating the project partnership of line ${known.lines[0]}`);
      add(line, project[1], project[2], 'project', null, []);
      return log.set(line, 'record', `project partnership: ${project[1]}`);
    }
    if (contact >= 0 && index >= contact) {
      const named = records.find((r) => text.includes(r.partner.name));
      if (named) return log.set(line, 'note', `teaser of a page on the partnership with ${named.partner.name}`);
      return log.set(line, 'chrome', 'office contact and related pages');
    }
    if (index === start) return log.set(line, 'heading', 'page title');
    if (line === introLine) return log.set(line, 'record', 'introduction: the count of partners and a friendship');
    const bullet = BULLET.exec(text)?.[1];
    if (bullet !== undefined) {
      const withYear = WITH_YEAR.exec(bullet);
      if (withYear?.[1] && withYear[2] && withYear[3]) {
        add(line, withYear[1], withYear[2], 'partnership', Number(withYear[3]), []);
        return log.set(line, 'record', `partner city: ${withYear[1]}`);
      }
      const domestic = DOMESTIC.exec(bullet);
      if (domestic?.[1]) {
        const name = domestic[1];
        const isFriend = name === friend;
        const notes = isFriend ? ['Listed as "innerdeutsche Partnerschaft"; the introduction calls it an "innerdeutsche Städtefreundschaft".'] : [];
        const record = add(line, name, 'Deutschland', isFriend ? 'friendship' : 'partnership', null, notes);
        if (isFriend) record.lines.push(introLine);
        return log.set(line, 'record', `partnership within Germany: ${name}`);
      }
      return log.set(line, 'problem', 'bullet is not "Name, Land seit JAHR"');
    }
    if (CAPTION.test(text)) return log.set(line, 'chrome', 'image caption');
    if (!/[.!?:"]$/u.test(text) && text.split(' ').length <= 4) return log.set(line, 'heading', 'section heading');
    if (/:$/u.test(text) && text.split(' ').length <= 3) return log.set(line, 'heading', 'list heading');
    return log.set(line, 'note', 'article text, not a partnership');
  });

  const count = germanNumber(COUNT.exec(intro)?.[1] ?? '');
  const abroad = records.filter((r) => r.kind === 'partnership' && r.partner.country !== 'Deutschland').length;
  if (count !== undefined && count !== abroad) {
    findings.push({
      line: introLine,
      message: `the introduction speaks of ${count} partner cities, but the list names ${abroad} abroad (plus ${records.length - abroad} more: the partnership within Germany and the project partnership)`,
    });
  }
  return { source, lines: log.result(), records, findings };
}
