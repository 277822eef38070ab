/**
 * Parser for the Landkreis Harz page: its partner regions (a name line "X in Land", a website line "(url)",
 * description paragraphs), then its list of the towns' partnerships ("Stadt X:" and "- Land, Partner" lines, or a
 * country line followed by partner lines), then the office's contact block.
 */
import type { SourceInfo } from '../model.js';
import { isGermanCountryName } from './country-names.js';
import { LineLog, clean, isBlank, splitLines } from './lines.js';
import type { ImportResult, RawRecord } from './types.js';

const REGION_LINE = /^(.+?)\s+in\s+(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*)$/u;
const WEBSITE_LINE = /^\(([^()\s]+)\)$/u;
const TOWN_LIST = /Gemeindepartnerschaften.*:$/u;
const TOWN_LINE = /^(Stadt\s+.+?):$/u;
const ITEM_LINE = /^-\s*(.+)$/u;
const CONTACT_START = /^(?:Bei Fragen\b|Kontaktdaten:?$)/u;

/** "Land, Partner (remark)" or "Partner (remark)": the remark becomes a note. */
function readItem(item: string): { country?: string; name: string; note?: string } {
  let rest = item;
  let note: string | undefined;
  const remark = /^(.*?)\s*\(([^()]*)\)$/u.exec(rest);
  if (remark?.[1] && remark[2]) {
    rest = remark[1];
    note = remark[2];
  }
  const comma = rest.indexOf(',');
  const result: { country?: string; name: string; note?: string } =
    comma >= 0 ? { country: rest.slice(0, comma).trim(), name: rest.slice(comma + 1).trim() } : { name: rest.trim() };
  if (note !== undefined) result.note = note;
  return result;
}

export function parseHarz(text: string, source: SourceInfo): ImportResult {
  const texts = splitLines(text);
  const log = new LineLog(texts);
  const records: RawRecord[] = [];
  const kreis = source.covers;
  let part: 'intro' | 'regions' | 'towns' | 'contact' = 'intro';
  let region: RawRecord | undefined;
  let town: string | undefined;
  let country: string | undefined;

  texts.forEach((raw, index) => {
    const line = index + 1;
    const text = clean(raw);
    if (isBlank(raw)) return log.set(line, 'chrome', 'blank line');
    if (part === 'contact' || CONTACT_START.test(text)) {
      part = 'contact';
      return log.set(line, 'chrome', 'office contact');
    }
    if (TOWN_LIST.test(text)) {
      part = 'towns';
      return log.set(line, 'heading', 'section: the towns’ partnerships');
    }
    if (part !== 'towns') {
      const name = REGION_LINE.exec(text);
      if (name?.[1] && name[2] && isGermanCountryName(name[2])) {
        part = 'regions';
        region = {
          source: source.id,
          lines: [line],
          local: { level: 'kreis', name: kreis, kreis },
          partner: { name: name[1], country: name[2] },
          notes: [],
        };
        records.push(region);
        return log.set(line, 'record', `partner region of ${kreis}: ${name[1]}`);
      }
      const website = WEBSITE_LINE.exec(text);
      if (website?.[1] && region && region.lines.at(-1) === line - 1 && !region.partner.website) {
        region.partner.website = website[1];
        region.lines.push(line);
        return log.set(line, 'record', `website of ${region.partner.name}`);
      }
      if (part === 'intro') {
        return log.set(line, line === 1 ? 'heading' : 'note', line === 1 ? 'page title' : 'introduction');
      }
      if (region) {
        const description = region.partner.description;
        region.partner.description = description ? `${description}\n\n${text}` : text;
        return log.set(line, 'note', `description of ${region.partner.name}`);
      }
      return log.set(line, 'problem', 'text before any partner region');
    }

    const townLine = TOWN_LINE.exec(text);
    if (townLine?.[1]) {
      town = townLine[1];
      country = undefined;
      return log.set(line, 'heading', 'Gemeinde');
    }
    const itemLine = ITEM_LINE.exec(text);
    if (!itemLine?.[1]) return log.set(line, 'problem', 'neither a town nor a partner line');
    if (!town) return log.set(line, 'problem', 'partner line before any town');
    const item = readItem(itemLine[1]);
    if (item.country === undefined && isGermanCountryName(item.name)) {
      country = item.name;
      return log.set(line, 'heading', `country: ${item.name}`);
    }
    const itemCountry = item.country ?? country;
    if (itemCountry === undefined) return log.set(line, 'problem', 'partner line without a country');
    records.push({
      source: source.id,
      lines: [line],
      local: { level: 'gemeinde', name: town, kreis, gemeinde: town },
      partner: { name: item.name, country: itemCountry },
      notes: item.note !== undefined ? [item.note] : [],
    });
    return log.set(line, 'record', `gemeinde: ${town} – ${item.name}`);
  });

  return { source, lines: log.result(), records, findings: [] };
}
