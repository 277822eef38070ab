/**
 * Parser for the Städte- und Gemeindebund Brandenburg's statement: it states no partnership, so every line is a note
 * or blank; its figures on partnerships nationwide and in Brandenburg become findings for the import report.
 */
import type { SourceInfo } from '../model.js';
import { LineLog, clean, isBlank, splitLines } from './lines.js';
import type { Finding, ImportResult } from './types.js';

const FIGURES: { pattern: RegExp; message: (n: string) => string }[] = [
  {
    pattern: /mehr als ([\d.]+) Freundschaften/u,
    message: (n) =>
      `German municipalities maintain more than ${n.replace('.', ',')} friendships, partnerships and contacts with municipalities worldwide (Council of European Municipalities and Regions); this dataset holds only what its sources list`,
  },
  {
    pattern: /Brandenburg weist .*?(\d+) Initiativen/u,
    message: (n) => `the partnership database lists ${n} initiatives in Brandenburg; no Brandenburg partnership is in this dataset yet`,
  },
];

export function parseBrandenburg(text: string, source: SourceInfo): ImportResult {
  const texts = splitLines(text);
  const log = new LineLog(texts);
  const findings: Finding[] = [];
  // The title is the text before the first blank line.
  const titleEnd = texts.findIndex((t) => isBlank(t));
  texts.forEach((raw, index) => {
    const line = index + 1;
    if (isBlank(raw)) return log.set(line, 'chrome', 'blank line');
    const text = clean(raw);
    for (const figure of FIGURES) {
      const match = figure.pattern.exec(text);
      if (match?.[1]) findings.push({ line, message: figure.message(match[1]) });
    }
    const inTitle = titleEnd < 0 || index < titleEnd;
    return log.set(line, 'note', inTitle ? 'title' : 'statement text, no partnership');
  });
  return { source, lines: log.result(), records: [], findings };
}
