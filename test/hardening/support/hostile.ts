/**
 * Hostile strings and the record they go into: every free-text field of a partnership and of its source, so that a
 * test reaches every place an element shows data. Pure (fast-check arbitraries and JSON), no DOM.
 */
import fc from 'fast-check';
import type { DatasetJson, JsonObject } from './datasets.js';

/** Payloads that would run, load or restyle something if any of them were ever treated as markup or as a URL. */
export const PAYLOADS: readonly string[] = [
  '<script>window.__hostile=1</script>',
  '<img src=x onerror="window.__hostile=1">',
  '<svg onload=window.__hostile=1></svg>',
  '"><script>window.__hostile=1</script>',
  "'><img src=x onerror=alert(1)>",
  '</li></ul></div><h1>Gehackt</h1>',
  '<style>*{display:none!important}</style>',
  '<link rel=stylesheet href=https://evil.example/x.css>',
  '<iframe srcdoc="<script>parent.__hostile=1</script>"></iframe>',
  '<a href="javascript:window.__hostile=1">Klick</a>',
  'javascript:window.__hostile=1',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<template><script>window.__hostile=1</script></template>',
  '<!-- kommentar --><b>fett</b>',
  '<![CDATA[<script>window.__hostile=1</script>]]>',
  '<?lit$1234567$>',
  'lit$1234567$',
  '<!--?lit$1234567$-->',
  '${window.__hostile=1}',
  '{{constructor.constructor("window.__hostile=1")()}}',
  '&lt;b&gt;escaped&lt;/b&gt; &amp; &#x3C;script&#x3E;',
  'expression(alert(1)); background:url(javascript:alert(1))',
  '\u202Eevil.exe\u202C (RLO)',
  '\u2066isolated\u2069 \u2067rtl\u2069 \u2068first\u2069',
  '\u200F\u200E\u061C marks',
  'שלום עולם مرحبا',
  'Zürich \u0301\u0308 combining',
  'a\u0000nul and \u0007 bell',
  'lone \uD800 surrogate \uDFFF',
  'emoji 👩🏽‍🚀🇩🇪 zwj',
  '\uFEFFbom and \u00A0nbsp',
  'tab\tnew\nline\r\nbreak',
  ' leading and trailing spaces ',
  '__proto__',
  'constructor',
];

const dangerous = fc.constantFrom(...PAYLOADS);
const arbitrary = fc.string({ unit: 'binary', minLength: 1, maxLength: 60 });
const bidi = fc
  .array(
    fc.constantFrom(
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u200E',
      '\u200F',
      'a',
      'ب',
      'א',
      '1',
      ' ',
      '<',
      '>',
    ),
    {
      minLength: 1,
      maxLength: 30,
    },
  )
  .map((chars) => chars.join(''));
const mixed = fc.tuple(arbitrary, dangerous, arbitrary).map(([a, b, c]) => a + b + c);
const veryLong = fc
  .tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 10 }), fc.integer({ min: 500, max: 2000 }))
  .map(([text, times]) => text.repeat(times));

/** Any string the validator accepts as text (not blank), weighted towards what breaks things. */
export const hostileString: fc.Arbitrary<string> = fc
  .oneof(
    { arbitrary, weight: 4 },
    { arbitrary: dangerous, weight: 3 },
    { arbitrary: mixed, weight: 3 },
    { arbitrary: bidi, weight: 2 },
    { arbitrary: veryLong, weight: 1 },
  )
  .filter((text) => text.trim() !== '');

/** The free-text fields a record and its source have, in a fixed order. */
export const TEXT_FIELDS = [
  'local.name',
  'local.land.name',
  'local.kreis.name',
  'local.gemeinde.name',
  'local.ortsteile.0',
  'local.jointWith.0.name',
  'partner.name',
  'partner.nativeName',
  'partner.region',
  'partner.description',
  'sinceText',
  'notes.0',
  'source.title',
  'source.publisher',
  'source.covers',
] as const;

export type TextValues = Record<(typeof TEXT_FIELDS)[number], string>;

/** The level of the German side: an Ortsteil (with its Gemeinde, Kreis, Land), a Kreis, or a Land. */
export type LocalShape = 'ortsteil' | 'kreis' | 'land';

function localSide(text: TextValues, shape: LocalShape): JsonObject {
  const land = { name: text['local.land.name'], slug: 'sachsen-anhalt', key: '15' };
  const kreis = { name: text['local.kreis.name'], slug: 'harz', key: '15085' };
  const coordinates = { lat: 51.9, lon: 11.05 };
  switch (shape) {
    case 'land':
      return { name: text['local.name'], level: 'land', land, coordinates };
    case 'kreis':
      return {
        name: text['local.name'],
        level: 'kreis',
        land,
        kreis,
        jointWith: [
          { name: text['local.jointWith.0.name'], slug: 'halberstadt', key: '15085135', level: 'gemeinde' },
        ],
        coordinates,
      };
    case 'ortsteil':
      return {
        name: text['local.name'],
        level: 'ortsteil',
        land,
        kreis,
        gemeinde: { name: text['local.gemeinde.name'], slug: 'halberstadt', key: '15085135' },
        ortsteile: [text['local.ortsteile.0']],
        jointWith: [{ name: text['local.jointWith.0.name'], slug: 'harz', key: '15085', level: 'kreis' }],
        coordinates,
      };
  }
}

/**
 * One partnership whose every text field is set from `text` (with coordinates, so the map draws it), in a dataset
 * whose one source also carries text. Kind and status are the unusual ones, so badges show too.
 */
export function hostileDataset(
  text: TextValues,
  website = 'https://example.org/partnerstadt',
  shape: LocalShape = 'ortsteil',
): DatasetJson {
  const record: JsonObject = {
    id: 'halberstadt--feindlich',
    kind: 'friendship',
    status: 'dormant',
    since: 1990,
    sinceText: text.sinceText,
    local: localSide(text, shape),
    partner: {
      name: text['partner.name'],
      nativeName: text['partner.nativeName'],
      nativeLang: 'fr',
      level: 'city',
      country: 'FR',
      region: text['partner.region'],
      coordinates: { lat: 48.85, lon: 2.35 },
      website,
      description: text['partner.description'],
    },
    sources: [{ source: 'quelle', line: 7 }],
    notes: [text['notes.0']],
  };
  return {
    schemaVersion: 1,
    generated: '2025-01-15',
    sources: [
      {
        id: 'quelle',
        title: text['source.title'],
        publisher: text['source.publisher'],
        covers: text['source.covers'],
        url: 'https://example.org/quelle',
      },
    ],
    partnerships: [record],
  };
}

/**
 * Values for every text field. Elements may compare values (the map leaves out a Gemeinde's name that the Ortsteil's
 * name already contains), and placeholders keep which values are equal but not which contain others: so no value
 * contains another, different one.
 */
export const hostileValues: fc.Arbitrary<TextValues> = fc
  .record(
    Object.fromEntries(TEXT_FIELDS.map((field) => [field, hostileString])) as Record<
      (typeof TEXT_FIELDS)[number],
      fc.Arbitrary<string>
    >,
  )
  .filter((values) => {
    const distinct = [...new Set(Object.values(values))];
    return distinct.every((a) => distinct.every((b) => a === b || !a.includes(b)));
  });

/**
 * Harmless stand-ins for `values` that keep which values are equal (an element may treat a native name equal to the
 * name differently): `Q00Z`, `Q01Z`, ... one per distinct value. `restore` maps a rendering's text back.
 */
export function placeholdersFor(values: TextValues): { benign: TextValues; restore(text: string): string } {
  const distinct = [...new Set(Object.values(values))];
  const token = (i: number) => `Q${String(i).padStart(2, '0')}Z`;
  const benign = Object.fromEntries(
    Object.entries(values).map(([field, value]) => [field, token(distinct.indexOf(value))]),
  ) as TextValues;
  return {
    benign,
    restore: (text) => text.replace(/Q(\d\d)Z/gu, (_, i: string) => distinct[Number(i)] ?? ''),
  };
}

/** Scheme tricks that must never become a link. */
export const NON_HTTP_URLS: readonly string[] = [
  'javascript:window.__hostile=1',
  'JaVaScRiPt:window.__hostile=1',
  'java\tscript:window.__hostile=1',
  'java\nscript:window.__hostile=1',
  ' javascript:window.__hostile=1',
  '\u0001javascript:window.__hostile=1',
  'javascript&colon;window.__hostile=1',
  'data:text/html,<script>window.__hostile=1</script>',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19ob3N0aWxlPTE8L3NjcmlwdD4=',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'file:///etc/passwd',
  'ftp://example.org/',
  '//evil.example/',
  'https:evil.example',
  'https:/evil.example',
  '/relative/path',
];

/** http(s) URLs with hostile parts that are still URLs: each may be a link, to exactly this address. */
export const HOSTILE_HTTP_URLS: readonly string[] = [
  'https://example.org/"><script>window.__hostile=1</script>',
  "https://example.org/?q=<img src=x onerror='window.__hostile=1'>",
  'HTTPS://EXAMPLE.ORG/GROSS',
  'http://example.org/javascript:window.__hostile=1',
  'https://example.org/\u202Eevil',
  'https://example.org/#javascript:alert(1)',
  'https://xn--mnchen-3ya.example/',
];

/**
 * Many partnerships in one Kreis, one per payload (every text field of record i is `texts[i]`), at the three local
 * levels and in several Gemeinden, so that group headings, county sections and lists of several items meet them too.
 */
export function manyRecordsDataset(texts: readonly string[]): DatasetJson {
  const shapes: LocalShape[] = ['ortsteil', 'kreis', 'land'];
  const records = texts.map((text, i) => {
    const values = Object.fromEntries(TEXT_FIELDS.map((field) => [field, text])) as TextValues;
    const shape = shapes[i % shapes.length]!;
    const [record] = hostileDataset(values, `https://example.org/partner-${i}`, shape).partnerships as [
      JsonObject,
    ];
    const local = record.local as JsonObject;
    if (local.gemeinde)
      local.gemeinde = { ...(local.gemeinde as JsonObject), slug: `ort-${i}`, key: `15085${100 + i}` };
    return { ...record, id: `ort-${i}--partner-${i}`, since: 1950 + i };
  });
  const dataset = hostileDataset(
    Object.fromEntries(TEXT_FIELDS.map((field) => [field, texts[0] ?? 'x'])) as TextValues,
  );
  return { ...dataset, partnerships: records };
}
