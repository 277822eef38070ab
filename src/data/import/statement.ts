/**
 * The Sachsen-Anhalt list's partnership statement: `Partner – Land (Region). Seit JAHR (Zusatz)`, in all the
 * variants the list uses: no region, nested parentheses in the region, a trailing dot, no year, `Seit „unbekannt“`,
 * no space before the dash.
 */

export interface Statement {
  /** Everything before the dash: the partner, possibly with a local prefix ("Ortsteil Brehna mit Semoy"). */
  head: string;
  country: string;
  region?: string;
  /** null where no year is given or the year is given as unknown. */
  since: number | null;
  /** The source's wording where the year is not a number ("unbekannt"). */
  sinceText?: string;
  /** The parenthesised addition after the year ("Kooperationsvereinbarung"). */
  addition?: string;
}

export type StatementResult = { ok: true; statement: Statement } | { ok: false; error: string };

const DASH = '–';

/** Reads a balanced parenthesised group at the start of `text`; returns its content and the remaining text. */
function readParenthesised(text: string): { content: string; rest: string } | null {
  if (!text.startsWith('(')) return null;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') {
      depth--;
      if (depth === 0) return { content: text.slice(1, i).trim(), rest: text.slice(i + 1).trim() };
    }
  }
  return null;
}

/** Returns null when the line has no dash and so is no statement at all. */
export function parseStatement(line: string): StatementResult | null {
  const dash = line.indexOf(DASH);
  if (dash < 0) return null;
  const head = line.slice(0, dash).trim();
  let rest = line.slice(dash + 1).trim();
  if (head === '') return { ok: false, error: 'no partner before the dash' };

  const countryPart = /^[^().]*/u.exec(rest)?.[0] ?? '';
  const country = countryPart.trim();
  if (country === '') return { ok: false, error: 'no country after the dash' };
  rest = rest.slice(countryPart.length).trim();

  let region: string | undefined;
  if (rest.startsWith('(')) {
    const group = readParenthesised(rest);
    if (!group) return { ok: false, error: 'unbalanced parentheses in the region' };
    region = group.content;
    rest = group.rest;
  }
  rest = rest.replace(/^\.\s*/u, '');

  let since: number | null = null;
  let sinceText: string | undefined;
  if (/^Seit\b/u.test(rest)) {
    const year = /^Seit\s+(\d{4})\s*\.?\s*/u.exec(rest);
    const quoted = /^Seit\s+[„“"']([^“”"']+)[“”"']\s*\.?\s*/u.exec(rest);
    if (year?.[1]) {
      since = Number(year[1]);
      rest = rest.slice(year[0].length);
    } else if (quoted?.[1]) {
      sinceText = quoted[1].trim();
      rest = rest.slice(quoted[0].length);
    } else {
      return { ok: false, error: `"Seit" is not followed by a year: "${rest}"` };
    }
  }

  let addition: string | undefined;
  if (rest.startsWith('(')) {
    const group = readParenthesised(rest);
    if (!group) return { ok: false, error: 'unbalanced parentheses in the addition' };
    addition = group.content;
    rest = group.rest.replace(/^\.\s*/u, '');
  }
  if (rest !== '') return { ok: false, error: `unexpected text after the statement: "${rest}"` };

  const statement: Statement = { head, country, since };
  if (region !== undefined && region !== '') statement.region = region;
  if (sinceText !== undefined) statement.sinceText = sinceText;
  if (addition !== undefined && addition !== '') statement.addition = addition;
  return { ok: true, statement };
}
