/**
 * A text file's bytes as text: UTF-8 (a byte order mark is dropped), or, where the bytes are not UTF-8, Windows-1252,
 * which Excel's "CSV (Trennzeichen-getrennt)" writes on a German Windows. Read as UTF-8, such a file turns every
 * umlaut into "�" and still looks valid. With TextDecoder, so the same in Node and in the browser.
 */
export type TextEncodingName = 'utf-8' | 'windows-1252';

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
