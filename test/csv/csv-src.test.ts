// A webmaster's own table as `src`: the short form typed in a spreadsheet and saved by Excel as semicolon CSV in
// Windows-1252, the full column set, inline CSV; on the real gazetteers in data/gazetteer/.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { routeFetch, type RoutedFetch } from '../fixtures/fetch-stub.js';
import { $, $$, freshLoader, show, text } from '../fixtures/kit.js';

/** The table as Excel's "CSV (Trennzeichen-getrennt)" saves it on a German Windows: `;`, CRLF, Windows-1252. */
const EXCEL = [
  'Partnerort;Staat;seit;Art;Region;Website',
  'Mödling;Österreich;seit 1985;Städtepartnerschaft;Niederösterreich;https://www.moedling.at',
  'Clamart;Frankreich;1963;;;',
  'Tartu;Estland;;Freundschaft;;',
  'Viborg;Dänemark;2001;;Midtjylland;',
].join('\r\n');

/** Windows-1252 bytes of a text in its Latin-1 range (every character here), as Excel writes them. */
const windows1252 = (value: string) => Uint8Array.from(value, (ch) => ch.charCodeAt(0));

let stub: RoutedFetch | undefined;
/** Serves `body` at /uploads/<name> as a web server would (its content type by the extension). */
function serve(name: string, body: BodyInit, type = 'text/csv'): string {
  stub = routeFetch((url) =>
    url.pathname === `/uploads/${name}`
      ? new Response(body, { headers: { 'content-type': type } })
      : undefined,
  );
  return `/uploads/${name}`;
}

describe('CSV as src', () => {
  beforeEach(() => freshLoader());
  afterEach(() => stub?.restore());

  it('the short form from Excel (Windows-1252, ;) shows all four partners of a town the dataset lacks, umlauts right', async () => {
    const src = serve('partnerschaften.csv', windows1252(EXCEL), 'application/octet-stream');
    const list = await show('partner-list', `src="${src}" gemeinde="buelstringen"`);
    const names = $$(list, '[part~="name"]').map(text);
    expect(names).to.deep.equal(['Clamart', 'Mödling', 'Tartu', 'Viborg']);
    const modling = $$(list, 'li[part~="item"]').find((li) => text(li).startsWith('Mödling'))!;
    expect(text(modling.querySelector('[part~="country"]'))).to.equal('Österreich');
    expect(text(modling.querySelector('[part~="region"]'))).to.equal('Niederösterreich');
    expect(text(modling.querySelector('[part~="year"]'))).to.equal('seit 1985');
    expect(modling.querySelector('a')!.getAttribute('href')).to.equal('https://www.moedling.at');
    expect(text($(list, '[part~="summary"]'))).to.equal('4 Partnerschaften');
    expect($(list, '[part~="credit"]'), 'a table of one’s own asks for no credit').to.equal(null);
    await expect(list).to.be.accessible();

    const timeline = await show('partner-timeline', `src="${src}" gemeinde="buelstringen"`);
    expect($$(timeline, 'li[part~="entry"]').map(text).join(' | '))
      .to.contain('Mödling')
      .and.contain('Viborg');
    // The table's German place is the element's: another place, the same table, the same one request.
    timeline.setAttribute('gemeinde', 'ballenstedt');
    await waitUntil(
      () => $$(timeline, 'li[part~="entry"]').every((li) => text(li).includes('Partner von Ballenstedt')),
      'the timeline shows the table as Ballenstedt’s',
    );
    const map = await show('partner-map', `src="${src}" gemeinde="buelstringen"`);
    await waitUntil(() => $$(map, '[part~="marker"]').length === 4, 'four partners on the map', {
      timeout: 8000,
    });
    const labels = $$(map, '[part~="marker"]').map((m) => m.getAttribute('aria-label') ?? '');
    expect(labels.some((label) => label.includes('Mödling') && label.includes('Bülstringen'))).to.equal(true);
    // One request for the table, however many elements; the gazetteers only where needed.
    expect(stub!.count(src)).to.equal(1);
    const gazetteer = stub!.calls.map((c) => c.url.pathname).filter((p) => p.includes('/gazetteer/'));
    expect(gazetteer.filter((p) => p.includes('/de/'))).to.deep.equal(['/data/gazetteer/de/b.json']);
    expect(gazetteer.filter((p) => p.includes('/world/')).sort()).to.deep.equal(
      ['AT', 'DK', 'EE', 'FR'].map((c) => `/data/gazetteer/world/${c}.json`),
    );
  });

  it('by extension alone, UTF-8 with BOM and commas, English headers, the place by its key', async () => {
    const csv = '\ufeffPartner,Country,Since\nClamart,France,1963\n"Porto, Portugal",PT,\n';
    const src = serve('partners.csv', new TextEncoder().encode(csv), 'text/plain');
    const list = await show('partner-list', `src="${src}" gemeinde="15083115" lang="en"`, 'en');
    expect($$(list, '[part~="name"]').map(text)).to.deep.equal(['Clamart', 'Porto, Portugal']);
    expect(text($(list, '[part~="country"]'))).to.equal('France');
  });

  it('inline: <script type="text/csv">, with a Gemeinde column for a table of several towns', async () => {
    const script = document.createElement('script');
    script.type = 'text/csv';
    script.id = 'unsere-partner';
    script.textContent = '\nGemeinde;Partnerort;Staat\nBallenstedt;Clamart;FR\nBülstringen;Tartu;Estland\n';
    document.body.append(script);
    try {
      const list = await show('partner-list', 'src="#unsere-partner"');
      expect($$(list, '[part~="group-heading"]').map(text)).to.deep.equal(['Ballenstedt', 'Bülstringen']);
      const one = await show('partner-list', 'src="#unsere-partner" gemeinde="ballenstedt"');
      expect($$(one, '[part~="name"]').map(text)).to.deep.equal(['Clamart']);
    } finally {
      script.remove();
    }
  });

  it('a row it cannot read is left out, counted and named in the console with its line; the rest shows', async () => {
    const csv =
      'Partnerort;Staat;seit\nClamart;Frankreich;seit damals\n;Polen;1990\nTartu;Atlantis;\nViborg;DK;2001\n';
    const src = serve('fehler.csv', csv);
    const warned: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warned.push(args);
    try {
      const list = await show('partner-list', `src="${src}" gemeinde="buelstringen"`);
      expect($$(list, '[part~="name"]').map(text)).to.deep.equal(['Clamart', 'Viborg']);
      expect(text($(list, '[part~="year"]'))).to.equal('Jahr unbekannt');
      expect(text($(list, '[part~="skipped"]'))).to.contain('2 fehlerhafte Einträge');
      const said = JSON.stringify(warned);
      expect(said)
        .to.contain('line 3')
        .and.contain('line 4')
        .and.contain('Atlantis')
        .and.contain('seit damals');
    } finally {
      console.warn = warn;
    }
  });

  it('a short table without a German place, or with one no gazetteer knows: an error that says what to write', async () => {
    const src = serve('ohne-ort.csv', 'Partnerort;Staat\nClamart;FR\n');
    const errors: string[] = [];
    document.addEventListener('partner-error', (e) => errors.push((e as CustomEvent).detail.message));
    const none = await show('partner-list', `src="${src}"`);
    expect(text($(none, '[role="alert"]'))).to.contain('keine gültigen Partnerschaftsdaten');
    const wrong = await show('partner-list', `src="${src}" gemeinde="nirgendwo-am-see"`);
    expect(text($(wrong, '[role="alert"]'))).to.contain('keine gültigen Partnerschaftsdaten');
    expect(errors[0]).to.contain('gemeinde="…"');
    expect(errors[1]).to.contain('gemeinde="nirgendwo-am-see"');
  });

  it('the full column set of data/partnerships.csv reads as the JSON does', async () => {
    const csv = await (await fetch('/data/partnerships.csv')).text();
    const src = serve('alle.csv', csv);
    const fromCsv = await show('partner-list', `src="${src}" gemeinde="osnabrueck"`);
    const fromJson = await show('partner-list', 'gemeinde="osnabrueck"');
    expect($$(fromCsv, '[part~="item"]').map(text)).to.deep.equal($$(fromJson, '[part~="item"]').map(text));
    expect($$(fromCsv, '[part~="item"]')).to.have.length(11);
  });
});
