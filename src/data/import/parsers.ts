/** The parser for each source format, by the `format` name that data/sources/sources.json gives each page. */
import { parseBrandenburg } from './brandenburg.js';
import { parseDortmund } from './dortmund.js';
import { parseHarz } from './harz.js';
import { parseOsnabrueck } from './osnabrueck.js';
import { parseSachsenAnhalt } from './sachsen-anhalt.js';
import type { Parser } from './types.js';
import { parseWikipediaTwinTowns } from './wikipedia.js';

export const PARSERS: Record<string, Parser> = {
  'sachsen-anhalt-list': parseSachsenAnhalt,
  'harz-page': parseHarz,
  'osnabrueck-page': parseOsnabrueck,
  'brandenburg-statement': parseBrandenburg,
  'dortmund-page': parseDortmund,
  'wikipedia-twin-towns': parseWikipediaTwinTowns,
};

export { parseBrandenburg, parseDortmund, parseHarz, parseOsnabrueck, parseSachsenAnhalt };
