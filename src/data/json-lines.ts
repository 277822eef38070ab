/**
 * Where things are in a dataset's JSON text, so that the data command line can name lines a maintainer can go to:
 * the line on which each record of the top-level `partnerships` array starts, and the line and column of a syntax
 * error (JSON.parse names neither). A small scanner over the JSON grammar: pure, iterative (deeply nested junk
 * cannot overflow the stack), never throws.
 */

export interface JsonLocations {
  /** 1-based line of each element of the top-level `partnerships` array, by index (as far as the scan got). */
  records: number[];
  /** The first syntax error, if the text is not JSON. */
  error?: { line: number; column: number; message: string };
}

interface Frame {
  kind: 'object' | 'array';
  /** This array is the dataset's `partnerships`: record where each element starts. */
  records: boolean;
  /** The object's key being read. */
  key?: string;
}

const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

class SyntaxStop extends Error {}

/** The slip a person most often makes in JSON by hand: a comma after the last item. */
const TRAILING_COMMA = (close: string) => `a comma before '${close}' (remove the comma)`;

export function locateJson(text: string): JsonLocations {
  const records: number[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const fail = (message: string): never => {
    throw new SyntaxStop(message);
  };
  const skipSpace = () => {
    for (; i < text.length; i += 1) {
      const c = text[i];
      if (c === '\n') {
        line += 1;
        lineStart = i + 1;
      } else if (c !== ' ' && c !== '\t' && c !== '\r') break;
    }
  };
  const readString = (): string => {
    const start = i;
    i += 1;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i += 1;
        return text.slice(start + 1, i - 1);
      }
      if (c === '\\') {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(text)) fail('a bad escape in a string');
        i = ESCAPE.lastIndex;
      } else if (c < ' ') fail(c === '\n' ? 'a string runs past the end of its line' : 'a control character in a string');
      else i += 1;
    }
    return fail('a string is not closed');
  };
  /** After `{` (not empty) or a comma: a `}` here can only follow a comma, the slip JSON does not forgive. */
  const readKey = (frame: Frame) => {
    skipSpace();
    if (text[i] === '}') fail(TRAILING_COMMA('}'));
    if (text[i] !== '"') fail('expected a property name in double quotes');
    frame.key = readString();
    skipSpace();
    if (text[i] !== ':') fail("expected ':' after the property name");
    i += 1;
  };

  const stack: Frame[] = [];
  let expectValue = true;
  /** The value expected is an array's next item, after a comma. */
  let afterComma = false;
  try {
    for (;;) {
      skipSpace();
      const top = stack.at(-1);
      const c = text[i];
      if (expectValue) {
        const comma = afterComma;
        afterComma = false;
        if (top?.records) records.push(line);
        if (c === '{' || c === '[') {
          const isRecords = c === '[' && stack.length === 1 && top?.kind === 'object' && top.key === 'partnerships';
          const frame: Frame = { kind: c === '{' ? 'object' : 'array', records: isRecords };
          stack.push(frame);
          i += 1;
          skipSpace();
          if (text[i] === (c === '{' ? '}' : ']')) {
            i += 1;
            stack.pop();
            expectValue = false;
          } else if (frame.kind === 'object') readKey(frame);
          continue;
        }
        if (c === '"') readString();
        else {
          if (c === ']' && comma) fail(TRAILING_COMMA(']'));
          LITERAL.lastIndex = i;
          if (!LITERAL.test(text)) {
            fail(
              i < text.length
                ? `unexpected ${JSON.stringify(c)}`
                : top
                  ? 'the file ends too early'
                  : 'the file is empty (or holds only white space)',
            );
          }
          i = LITERAL.lastIndex;
        }
        expectValue = false;
        continue;
      }
      if (!top) {
        if (i < text.length) fail(`unexpected ${JSON.stringify(c)} after the end of the dataset`);
        return { records };
      }
      if (c === ',') {
        i += 1;
        if (top.kind === 'object') readKey(top);
        expectValue = true;
        afterComma = top.kind === 'array';
      } else if (c === (top.kind === 'object' ? '}' : ']')) {
        i += 1;
        stack.pop();
      } else {
        fail(i >= text.length ? 'the file ends too early' : `expected ',' or '${top.kind === 'object' ? '}' : ']'}'`);
      }
    }
  } catch (error) {
    if (!(error instanceof SyntaxStop)) throw error;
    return { records, error: { line, column: i - lineStart + 1, message: error.message } };
  }
}
