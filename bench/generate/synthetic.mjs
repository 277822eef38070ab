// A seeded generator of synthetic partnership datasets in the real schema, for measuring the elements at 1,000,
// 10,000 and 50,000 partnerships (Germany has 6,500-7,200 municipal partnerships, Europe tens of thousands).
// The same seed and count always give the same bytes, so runs on different days compare. The shape follows the
// published dataset: Länder with official keys, Kreise and Gemeinden with keys that nest, partner names with the
// diacritics search has to fold (Łódź, Náchod, Besançon), native names in other scripts, regions, unknown years,
// Ortsteile, joint holders, notes; the file is written as the importer writes it (one record per line).
//
//   node --import tsx bench/generate/synthetic.mjs 10000 [seed] > out.json

import { datasetJson } from '../../src/data/formats/canonical.ts';
import { slugify } from '../../src/data/slug.ts';

/** mulberry32: small, fast, good enough for test data, and identical on every platform. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LAENDER = [
  ['01', 'Schleswig-Holstein'],
  ['02', 'Hamburg'],
  ['03', 'Niedersachsen'],
  ['04', 'Bremen'],
  ['05', 'Nordrhein-Westfalen'],
  ['06', 'Hessen'],
  ['07', 'Rheinland-Pfalz'],
  ['08', 'Baden-Württemberg'],
  ['09', 'Bayern'],
  ['10', 'Saarland'],
  ['11', 'Berlin'],
  ['12', 'Brandenburg'],
  ['13', 'Mecklenburg-Vorpommern'],
  ['14', 'Sachsen'],
  ['15', 'Sachsen-Anhalt'],
  ['16', 'Thüringen'],
];

// Syllables with the letters a German and a foreign search have to handle.
const GERMAN_SYLLABLES = [
  'ber',
  'burg',
  'dorf',
  'feld',
  'hau',
  'sen',
  'stein',
  'bach',
  'wal',
  'lin',
  'gen',
  'ro',
  'mün',
  'kö',
  'tal',
  'heim',
  'ha',
  'wer',
  'nau',
  'stadt',
  'brück',
  'schön',
  'grü',
  'weiß',
  'roß',
  'lau',
  'kir',
  'chen',
  'holz',
  'au',
];
const PARTNER_SYLLABLES = {
  FR: ['be', 'san', 'çon', 'vil', 'le', 'mont', 'é', 'ri', 'gny', 'sur', 'seine', 'lou', 'ar', 'mé'],
  PL: ['łó', 'dź', 'wro', 'cław', 'gi', 'życ', 'ko', 'sz', 'czyn', 'ów', 'ka', 'zie', 'lo', 'na'],
  CZ: ['ná', 'chod', 'ře', 'čin', 'bu', 'dě', 'jo', 'vi', 'ce', 'ost', 'ra', 'va', 'pí', 'sek'],
  IT: ['fi', 'ren', 'ze', 'mo', 'de', 'na', 'ca', 'sti', 'glio', 'ne', 'vo', 'ri', 'lla', 'pe'],
  GB: ['ash', 'ford', 'ton', 'bury', 'well', 'ing', 'ham', 'shire', 'wick', 'dale', 'mere', 'stow'],
  US: ['spring', 'field', 'port', 'land', 'ville', 'green', 'wood', 'lake', 'city', 'mill', 'rock'],
  AT: ['st', 'pöl', 'ten', 'gmun', 'den', 'vil', 'lach', 'wels', 'krems', 'lienz', 'hall', 'au'],
  NL: ['dor', 'drecht', 'hui', 'zen', 'ven', 'lo', 'ijs', 'sel', 'gou', 'da', 'wijk', 'aa'],
  HU: ['szé', 'kes', 'fe', 'hér', 'vár', 'győr', 'pécs', 'ő', 'ba', 'ja', 'gö', 'döl'],
  RO: ['ti', 'mi', 'șoa', 'ra', 'sibi', 'iu', 'bra', 'șov', 'ia', 'și', 'cluj', 'deva'],
  LT: ['kau', 'nas', 'šiau', 'liai', 'pa', 'ne', 'vė', 'žys', 'ute', 'na', 'ma', 'rijam'],
  DK: ['ål', 'borg', 'ø', 'by', 'næs', 'ved', 'sk', 'ør', 'rup', 'holm', 'vej', 'le'],
  RU: ['omsk', 'ko', 'lo', 'mna', 'tver', 'vla', 'di', 'mir', 'ka', 'lu', 'ga', 'ster'],
  UA: ['lviv', 'cher', 'ni', 'hiv', 'za', 'po', 'rizh', 'zhia', 'ri', 'vne', 'lutsk', 'sum'],
  CN: ['qing', 'dao', 'shen', 'yang', 'wu', 'han', 'nan', 'jing', 'chang', 'sha', 'xi', 'an'],
  TR: ['yal', 'o', 'va', 'ş', 'bur', 'sa', 'iz', 'mir', 'çan', 'kı', 'ğ', 'lı'],
};
const NATIVE = {
  RU: { lang: 'ru', letters: 'абвгдежзиклмнопрстуфхцчшщыэюя' },
  UA: { lang: 'uk', letters: 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя' },
  CN: { lang: 'zh', letters: '青岛沈阳武汉南京长沙西安州市' },
};
/** Partner countries weighted roughly as in German twinnings (France and Poland first). */
const COUNTRY_WEIGHTS = [
  ['FR', 30],
  ['PL', 20],
  ['CZ', 6],
  ['IT', 6],
  ['GB', 6],
  ['US', 5],
  ['AT', 5],
  ['NL', 3],
  ['HU', 3],
  ['RO', 2],
  ['LT', 2],
  ['DK', 2],
  ['RU', 4],
  ['UA', 3],
  ['CN', 2],
  ['TR', 1],
];
const COUNTRY_BOXES = {
  FR: [43, 50, -1, 7],
  PL: [49.5, 54.5, 14.5, 23.5],
  CZ: [49, 51, 12.5, 18.5],
  IT: [38, 46, 7.5, 16],
  GB: [50.5, 57, -5, 1.5],
  US: [30, 47, -120, -75],
  AT: [46.5, 48.7, 9.7, 17],
  NL: [51, 53.3, 3.5, 7],
  HU: [45.8, 48.5, 16.2, 22.8],
  RO: [44, 48, 21, 29],
  LT: [54, 56.3, 21, 26.5],
  DK: [54.6, 57.6, 8.2, 12.6],
  RU: [50, 60, 30, 90],
  UA: [45, 52, 23, 40],
  CN: [22, 42, 100, 122],
  TR: [36, 42, 26, 44],
};
const REGION_WORDS = ['Region', 'Provinz', 'Departement', 'Woiwodschaft', 'County', 'Oblast', 'Bezirk'];
const KINDS = [
  ['partnership', 70],
  ['friendship', 15],
  ['cooperation', 7],
  ['project', 4],
  ['solidarity', 2],
  ['contact', 2],
];
const STATUSES = [
  ['active', 80],
  ['unknown', 12],
  ['dormant', 5],
  ['ended', 3],
];

function pickWeighted(random, weighted) {
  const total = weighted.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [value, w] of weighted) {
    r -= w;
    if (r < 0) return value;
  }
  return weighted[weighted.length - 1][0];
}

const pick = (random, list) => list[Math.floor(random() * list.length)];
const capitalize = (word) => word.charAt(0).toLocaleUpperCase('de') + word.slice(1);
const round2 = (x) => Math.round(x * 100) / 100;

function word(random, syllables, min = 2, max = 3) {
  const n = min + Math.floor(random() * (max - min + 1));
  let text = '';
  for (let i = 0; i < n; i++) text += pick(random, syllables);
  return capitalize(text);
}

/** Names unique within `taken` (by slug), so ids and filter slugs stay unambiguous like the real ones. */
function uniqueName(random, make, taken) {
  for (;;) {
    const name = make();
    const slug = slugify(name);
    if (slug && !taken.has(slug)) {
      taken.add(slug);
      return name;
    }
  }
}

/**
 * The German side: 16 Länder, about one Kreis per 25 partnerships (at least 2 per Land) and one Gemeinde per
 * 2.5 partnerships, so groups by Gemeinde have the small sizes of real data.
 */
function germanAreas(random, count) {
  const taken = new Set();
  const kreisCount = Math.max(32, Math.round(count / 25));
  const gemeindeCount = Math.max(kreisCount, Math.round(count / 2.5));
  const kreise = [];
  for (let i = 0; i < kreisCount; i++) {
    const [landKey, landName] = LAENDER[i % LAENDER.length];
    const land = { name: landName, slug: slugify(landName), key: landKey };
    const base = uniqueName(random, () => word(random, GERMAN_SYLLABLES), taken);
    const number = String(Math.floor(i / LAENDER.length) + 1).padStart(3, '0');
    kreise.push({
      land,
      kreis: { name: `Landkreis ${base}`, slug: slugify(base), key: `${landKey}${number}` },
      lat: 47.5 + random() * 7,
      lon: 6 + random() * 8.5,
    });
  }
  const gemeinden = [];
  for (let i = 0; i < gemeindeCount; i++) {
    const home = kreise[i % kreise.length];
    const name = uniqueName(random, () => word(random, GERMAN_SYLLABLES), taken);
    const number = String(Math.floor(i / kreise.length) + 1).padStart(3, '0');
    gemeinden.push({
      ...home,
      gemeinde: { name, slug: slugify(name), key: `${home.kreis.key}${number}` },
      lat: round2(home.lat + random() * 0.6 - 0.3),
      lon: round2(home.lon + random() * 0.6 - 0.3),
    });
  }
  return { kreise, gemeinden };
}

function localSide(random, areas) {
  const roll = random();
  if (roll < 0.08) {
    const home = pick(random, areas.kreise);
    return {
      name: home.kreis.name,
      level: 'kreis',
      land: home.land,
      kreis: home.kreis,
      coordinates: { lat: round2(home.lat), lon: round2(home.lon) },
    };
  }
  const home = pick(random, areas.gemeinden);
  const coordinates = { lat: home.lat, lon: home.lon };
  const base = { land: home.land, kreis: home.kreis, gemeinde: home.gemeinde };
  if (roll < 0.14) {
    const ortsteil = word(random, GERMAN_SYLLABLES, 2, 2);
    return { name: `Ortsteil ${ortsteil}`, level: 'ortsteil', ...base, ortsteile: [ortsteil], coordinates };
  }
  const local = { name: home.gemeinde.name, level: 'gemeinde', ...base, coordinates };
  if (roll > 0.99) local.jointWith = [{ ...home.kreis, level: 'kreis' }];
  return local;
}

/** Partner names may repeat (as "Neustadt" does); an id that would repeat gets a number, as the importer does. */
function partnerSide(random) {
  const country = pickWeighted(random, COUNTRY_WEIGHTS);
  const name = word(random, PARTNER_SYLLABLES[country], 2, 4);
  const [latMin, latMax, lonMin, lonMax] = COUNTRY_BOXES[country];
  const partner = {
    name,
    level: random() < 0.7 ? 'city' : 'municipality',
    country,
    coordinates: {
      lat: round2(latMin + random() * (latMax - latMin)),
      lon: round2(lonMin + random() * (lonMax - lonMin)),
    },
  };
  const native = NATIVE[country];
  if (native) {
    const length = 3 + Math.floor(random() * 5);
    partner.nativeName = Array.from({ length }, () => pick(random, [...native.letters])).join('');
    partner.nativeLang = native.lang;
  }
  if (random() < 0.8)
    partner.region = `${pick(random, REGION_WORDS)} ${word(random, PARTNER_SYLLABLES[country], 2, 2)}`;
  if (random() < 0.03) partner.website = `https://www.${slugify(name)}.example/`;
  return partner;
}

/** A dataset of `count` partnerships that passes the project's validator; same seed and count, same dataset. */
export function generateDataset(count, seed = 20261121) {
  const random = seededRandom(seed ^ count);
  const areas = germanAreas(random, count);
  const sources = LAENDER.map(([key, name]) => ({
    id: `synthetic-${key}`,
    title: `Kommunalpartnerschaften in ${name} (synthetisch)`,
    publisher: 'partner-elements benchmark',
    covers: name,
    retrieved: '2026-11-21',
  }));
  const ids = new Set();
  const lines = new Map();
  const partnerships = [];
  for (let i = 0; i < count; i++) {
    const local = localSide(random, areas);
    const partner = partnerSide(random);
    const localSlug = local.gemeinde?.slug ?? local.kreis?.slug ?? local.land.slug;
    const baseId = `${localSlug}--${slugify(partner.name)}`;
    let id = baseId;
    for (let n = 2; ids.has(id); n++) id = `${baseId}-${n}`;
    ids.add(id);
    const source = `synthetic-${local.land.key}`;
    const line = (lines.get(source) ?? 0) + 1;
    lines.set(source, line);
    const known = random() > 0.14;
    const record = {
      id,
      kind: pickWeighted(random, KINDS),
      status: pickWeighted(random, STATUSES),
      since: known ? 1950 + Math.floor(random() * 75) : null,
      ...(known ? {} : { sinceText: 'unbekannt' }),
      local,
      partner,
      sources: [{ source, line }],
    };
    if (random() < 0.07) record.notes = [`Synthetischer Hinweis zu ${partner.name}.`];
    partnerships.push(record);
  }
  return { schemaVersion: 1, generated: '2026-11-21', sources, partnerships };
}

/** Written the way the importer writes data/partnerships.json, so bytes per record compare with the real file. */
export function serializeDataset(dataset) {
  return datasetJson(dataset);
}

// Run as a script (not when imported, also by browser tests, which have no `process`).
if (globalThis.process && import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 1000);
  const seed = process.argv[3] === undefined ? undefined : Number(process.argv[3]);
  process.stdout.write(serializeDataset(generateDataset(count, seed)));
}
