import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSachsenAnhalt } from '../../src/data/import/sachsen-anhalt.js';
import { parseStatement } from '../../src/data/import/statement.js';
import { counts, info, lineClass, recordAt, source } from './support.js';

const page = source('sachsen-anhalt');
const result = parseSachsenAnhalt(page.text, page.info);

test('the Land list: every line classified, exact counts', () => {
  assert.equal(result.lines.length, 512);
  assert.deepEqual(counts(result), { record: 154, heading: 85, note: 3, chrome: 270, problem: 0, place: 0 });
  assert.equal(result.records.length, 154);
  assert.equal(result.records.filter((r) => r.local.level === 'kreis').length, 11);
  assert.equal(result.records.filter((r) => r.local.level === 'kreisfreie-stadt').length, 19);
  assert.equal(result.records.filter((r) => r.local.level === 'ortsteil').length, 20);
  assert.equal(result.records.filter((r) => r.local.level === 'verbandsgemeinde').length, 5);
});

test('the Land list: headings, notes and chrome', () => {
  assert.equal(lineClass(result, 1), 'chrome'); // Menu
  assert.equal(lineClass(result, 2), 'chrome'); // menu
  assert.equal(lineClass(result, 20), 'chrome'); // a non-breaking space as separator
  for (const line of [4, 6, 56, 58, 78, 86, 114, 210, 328])
    assert.equal(lineClass(result, line), 'heading', `line ${line}`);
  for (const line of [178, 510, 512]) assert.equal(lineClass(result, line), 'note', `line ${line}`);
});

test('the Land list: odd lines on the real page', () => {
  const puschkin = recordAt(result, 108);
  assert.equal(puschkin.partner.name, 'Puschkin (St. Petersburg)');
  assert.equal(puschkin.partner.country, 'Russland');
  assert.equal(puschkin.partner.region, undefined);
  assert.equal(recordAt(result, 68).since, 2001); // "Seit 2001."
  assert.equal(recordAt(result, 236).partner.region, 'Zentralvietnam (Annam)');
  assert.equal(recordAt(result, 396).partner.region, 'Aydın (Provinz)');
  const trakai = recordAt(result, 388);
  assert.equal(trakai.since, null);
  assert.equal(trakai.sinceText, 'unbekannt');
  assert.equal(recordAt(result, 162).since, null); // no year at all
  assert.equal(recordAt(result, 332).partner.name, 'Powiat Giżycki'); // no space before the dash
  assert.equal(recordAt(result, 226).partner.name, 'Villars (Vaucluse)');
  assert.equal(recordAt(result, 156).kind, 'cooperation');
  assert.equal(recordAt(result, 394).kind, 'friendship');
  assert.equal(recordAt(result, 506).kind, 'friendship');
  const rizhao = recordAt(result, 248);
  assert.equal(rizhao.kind, 'friendship');
  assert.equal(rizhao.partner.name, 'Kreis Ju Verwaltungsgebiet Rizhao');
});

test('the Land list: county level, Ortsteile, Verbandsgemeinden and joint partnerships', () => {
  const armawir = recordAt(result, 168);
  assert.deepEqual(armawir.local, {
    land: 'Sachsen-Anhalt',
    kreis: 'Burgenlandkreis',
    level: 'kreis',
    name: 'Burgenlandkreis',
  });
  assert.equal(armawir.partner.name, 'Region Armawir');
  assert.equal(recordAt(result, 330).local.level, 'kreis'); // "Landkreispartnerschaften" without colon
  assert.equal(recordAt(result, 334 + 2).local.level, 'gemeinde'); // the block ends at the next Gemeinde
  const teuchern = recordAt(result, 194);
  assert.deepEqual(teuchern.local.ortsteile, ['Gröben', 'Krauschwitz', 'Nessa', 'Teuchern', 'Trebnitz']);
  assert.equal(teuchern.local.gemeinde, 'Teuchern');
  assert.equal(recordAt(result, 132).local.ortsteile?.[0], 'Rottmersleben'); // "Ortschaft"
  const omsk = recordAt(result, 158);
  assert.equal(omsk.local.gemeinde, 'Barleben');
  assert.deepEqual(omsk.local.jointWith, [{ name: 'LK Börde', level: 'kreis' }]);
  assert.equal(omsk.kind, 'cooperation');
  const juebar = recordAt(result, 80);
  assert.equal(juebar.local.gemeinde, 'Jübar');
  assert.equal(juebar.local.verbandsgemeinde, 'Verbandsgemeinde Beetzendorf-Diesdorf');
  assert.equal(recordAt(result, 322).local.gemeinde, 'Kelbra'); // "Stadt Kelbra mit"
  const lehavim = recordAt(result, 200);
  assert.equal(lehavim.local.level, 'verbandsgemeinde');
  assert.equal(recordAt(result, 412).local.ortsteile?.[0], 'Groß'); // the typo stays for curation to correct
});

/** Parses crafted lines in a minimal page. */
function craft(...lines: string[]) {
  return parseSachsenAnhalt(
    ['Landkreise', 'Landkreis Test', 'Testdorf', ...lines].join('\n'),
    info('Sachsen-Anhalt'),
  );
}

test('statement variants', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['A – Polen (Woiwodschaft X). Seit 2001', { country: 'Polen', region: 'Woiwodschaft X', since: 2001 }],
    ['A – Polen (Woiwodschaft X). Seit 2001.', { since: 2001 }],
    ['A – Russland. Seit 1994', { country: 'Russland', region: undefined, since: 1994 }],
    ['A – Rumänien (Galați).', { since: null, sinceText: undefined }],
    ['A – Slowakei (Trnavský kraj)', { since: null }],
    ['A – Litauen (R). Seit „unbekannt“', { since: null, sinceText: 'unbekannt' }],
    ['A – Litauen (R). Seit "unbekannt"', { since: null, sinceText: 'unbekannt' }],
    ['A (B) – Türkei (Aydın (Provinz)). Seit 1996', { head: 'A (B)', region: 'Aydın (Provinz)' }],
    ['Powiat Giżycki– Polen (W). Seit 2009', { head: 'Powiat Giżycki', country: 'Polen' }],
    ['A – Spanien (P). Seit 2014 (Kooperationsvereinbarung)', { addition: 'Kooperationsvereinbarung' }],
  ];
  for (const [line, expected] of cases) {
    const parsed = parseStatement(line);
    assert.ok(parsed?.ok, line);
    for (const [key, value] of Object.entries(expected)) {
      assert.deepEqual(
        (parsed.statement as unknown as Record<string, unknown>)[key],
        value,
        `${line}: ${key}`,
      );
    }
  }
  assert.equal(parseStatement('Testdorf'), null);
  for (const bad of [
    '– Polen. Seit 2000',
    'A – (X). Seit 2000',
    'A – Polen (X. Seit 2000',
    'A – Polen. Seit ca. 1990',
    'A – Polen. Seit 1990 und mehr',
  ]) {
    const parsed = parseStatement(bad);
    assert.equal(parsed?.ok, false, bad);
  }
});

test('crafted lines: local forms and kinds', () => {
  const r = craft(
    'Ortsteil Groß Ammensleben mit Y – Frankreich (R). Seit 2000',
    'Gemeinde Z mit Y2 – Frankreich (R). Seit 2000',
    'Stadt Z2 mit Y3 – Frankreich (R). Seit 2000',
    'Die Ortschaften A, B und C mit Y4 – Polen (R). Seit 1999',
    'Gemeinsam mit LK Test mit Y5 – Russland (R). Seit 2017 (Kooperationsvereinbarung)',
    'Freundschaftliche Kontakte zu Y6 – China (R). Seit 2010',
    'Y7 – USA (Texas). Seit 1995 (freundschaftlich verbunden)',
    'Y8 – Frankreich (R). Seit 2015 (freundschaftliche Kontakte)',
    'Y9 – Frankreich (R). Seit 2015 (Schulpartnerschaft)',
    'Landkreispartnerschaft: Region Q – Armenien (Provinz Q). Seit 2022',
    'Landkreispartnerschaften',
    'Powiat P – Polen (W). Seit 2004',
    'Verbandsgemeinde Vau',
    'Y10 – Israel (Süd). Seit 2013',
  );
  assert.equal(counts(r).problem, 0);
  const [
    ortsteil,
    gemeinde,
    stadt,
    ortschaften,
    joint,
    kontakte,
    verbunden,
    kontakte2,
    other,
    county,
    county2,
    vg,
  ] = r.records;
  assert.deepEqual(
    [ortsteil?.local.level, ortsteil?.local.ortsteile, ortsteil?.local.gemeinde],
    ['ortsteil', ['Groß Ammensleben'], 'Testdorf'],
  );
  assert.deepEqual(
    [gemeinde?.local.level, gemeinde?.local.gemeinde, gemeinde?.local.name],
    ['gemeinde', 'Z', 'Gemeinde Z'],
  );
  assert.equal(stadt?.local.gemeinde, 'Z2');
  assert.deepEqual(ortschaften?.local.ortsteile, ['A', 'B', 'C']);
  assert.deepEqual(
    [joint?.local.gemeinde, joint?.local.jointWith, joint?.kind],
    ['Testdorf', [{ name: 'LK Test', level: 'kreis' }], 'cooperation'],
  );
  assert.deepEqual([kontakte?.kind, kontakte?.partner.name], ['friendship', 'Y6']);
  assert.equal(verbunden?.kind, 'friendship');
  assert.equal(kontakte2?.kind, 'friendship');
  assert.deepEqual([other?.kind, other?.notes], ['partnership', ['Schulpartnerschaft']]);
  assert.deepEqual(
    r.findings.map((f) => f.line),
    [12],
  );
  assert.deepEqual([county?.local.level, county?.partner.name], ['kreis', 'Region Q']);
  assert.equal(county2?.local.level, 'kreis');
  assert.deepEqual(
    [vg?.local.level, vg?.local.verbandsgemeinde],
    ['verbandsgemeinde', 'Verbandsgemeinde Vau'],
  );
});

test('crafted lines: what cannot be placed is a problem with its line', () => {
  const r = parseSachsenAnhalt(
    [
      'A – Polen (W). Seit 2000',
      'Landkreise',
      'Landkreis Test',
      'B – Polen (W). Seit 2000',
      'x y z 123 ?',
      'C – Polen (W',
    ].join('\n'),
    info('Sachsen-Anhalt'),
  );
  assert.deepEqual(
    r.lines.filter((l) => l.class === 'problem').map((l) => [l.line, l.reason]),
    [
      [1, 'partnership line before any Kreis or kreisfreie Stadt'],
      [4, 'partnership line before any Gemeinde line'],
      [5, 'neither a heading nor a partnership statement'],
      [6, 'unbalanced parentheses in the region'],
    ],
  );
  assert.equal(r.records.length, 0);
});
