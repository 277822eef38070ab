/** Line handling shared by the parsers: numbering, blank detection, and a log that classifies each line once. */
import type { ClassifiedLine, LineClass } from './types.js';

/** Splits on LF, CRLF or CR; line numbers are the index + 1. A final newline does not make an extra line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/u);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Blank, or only (non-breaking) spaces, which the pages use as separators. */
export function isBlank(text: string): boolean {
  return /^[\s\u00a0\u200b\ufeff]*$/u.test(text);
}

/** Collapses runs of (non-breaking) white space and trims: the form in which the parsers read a line. */
export function clean(text: string): string {
  return text.replace(/[\s\u00a0]+/gu, ' ').trim();
}

/** Records exactly one class per line; a second classification of the same line is a programming error. */
export class LineLog {
  readonly entries: (ClassifiedLine | undefined)[];

  constructor(readonly texts: readonly string[]) {
    this.entries = texts.map(() => undefined);
  }

  set(line: number, cls: LineClass, reason: string): void {
    const index = line - 1;
    if (this.entries[index] !== undefined) throw new Error(`line ${line} classified twice`);
    this.entries[index] = { line, text: this.texts[index] ?? '', class: cls, reason };
  }

  has(line: number): boolean {
    return this.entries[line - 1] !== undefined;
  }

  /** Every line, in order; lines a parser left alone become problems so that nothing is silently dropped. */
  result(): ClassifiedLine[] {
    return this.entries.map(
      (entry, index) =>
        entry ?? { line: index + 1, text: this.texts[index] ?? '', class: 'problem', reason: 'not classified by the parser' },
    );
  }
}
