// The builder page (/docs/builder.html) as a webmaster uses it: a place from the dataset or rows of one's own,
// the live preview, the problems of each row, and embed code that works pasted into a page under a recipe's strict
// Content-Security-Policy. Keyboard alone, axe in each state.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { axeViolations, loadPage, partnerElements, settledAll, type LoadedPage } from './page-harness.js';

let page: LoadedPage;
const $ = <T extends HTMLElement = HTMLElement>(selector: string) =>
  page.document.querySelector<T>(selector)!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Types into a field as a person does: focus, select what is there, type. */
async function type(selector: string, value: string): Promise<void> {
  const field = $<HTMLInputElement>(selector);
  field.focus();
  field.select();
  await sendKeys({ type: value });
}

/** The preview's element once it has loaded or failed. */
async function preview(): Promise<HTMLElement> {
  await waitUntil(() => $('#preview').firstElementChild, 'the preview shows an element');
  // Typing waits for a pause before the preview follows.
  await new Promise((r) => setTimeout(r, 500));
  const el = $('#preview').firstElementChild as HTMLElement;
  await settledAll(page, [el], 12000);
  return el;
}

const shown = (el: HTMLElement, selector: string) =>
  [...(el.shadowRoot?.querySelectorAll(selector) ?? [])].map((n) => text(n));

const axe = () => axeViolations(page);

/** The embed code a fixture page holds between its markers, as the builder must make it. */
async function embedOf(fixture: string): Promise<string> {
  const html = await (await fetch(`/test/recipes/${fixture}`)).text();
  return html.split(/<!-- embed:[^>]*-->\n/u)[1]!.split(/\n\s*<!-- \/embed -->/u)[0]!;
}

describe('builder page (/docs/builder.html)', () => {
  before(async function () {
    this.timeout(30000);
    page = await loadPage('/docs/builder.html', { width: 1100, height: 1400 });
    await waitUntil(
      () => page.document.documentElement.hasAttribute('data-rendered'),
      'the builder is ready',
      {
        timeout: 15000,
      },
    );
  });
  after(() => page.remove());

  it('a place of the dataset: the preview shows it, the code is the script tag and the element', async function () {
    this.timeout(30000);
    $<HTMLSelectElement>('#element').focus();
    const select = $<HTMLSelectElement>('#element');
    select.value = 'partner-map';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const map = await preview();
    expect(map.localName).to.equal('partner-map');
    expect(page.loads.get(map)).to.equal(35);
    expect($<HTMLTextAreaElement>('#code').value).to.equal(await embedOf('builder-embed-harz.html'));
    expect($('#rows-section').hidden, 'no table of one’s own').to.equal(true);
    expect(await axe()).to.deep.equal([]);
  });

  it('the code for the Harz works pasted into a page under the plain HTML recipe’s policy', async function () {
    this.timeout(30000);
    const pasted = await loadPage('/recipe-tests/plain-html/builder-embed-harz.html');
    try {
      const [map] = partnerElements(pasted.document, ['partner-map']);
      await settledAll(pasted, [map!], 12000);
      expect(pasted.loads.get(map!)).to.equal(35);
      expect(pasted.violations).to.deep.equal([]);
    } finally {
      pasted.remove();
    }
  });

  it('rows of one’s own, by keyboard: the list shows them, each row’s problem is next to it', async function () {
    this.timeout(60000);
    $<HTMLSelectElement>('#element').value = 'partner-list';
    $<HTMLSelectElement>('#element').dispatchEvent(new Event('change', { bubbles: true }));
    $<HTMLInputElement>('input[name="data"][value="own"]').focus();
    await sendKeys({ press: 'Space' });
    expect($('#rows-section').hidden).to.equal(false);
    await type('#place', 'Bülstringen');
    const list = await preview();
    expect(shown(list, '[part~="name"]')).to.deep.equal(['Clamart', 'Mödling']);
    expect($<HTMLTextAreaElement>('#code').value).to.equal(await embedOf('builder-embed-own.html'));

    // A country no one knows: said under the row, the field marked, the row left out of the preview.
    await type('input[data-row="1"][data-column="1"]', 'Frankreichh');
    await waitUntil(() => text($('#problems-1')) !== '', 'the row’s problem is shown');
    expect(text($('#problems-1'))).to.contain('„Frankreichh“ ist kein Staat');
    expect($('input[data-row="1"][data-column="1"]').getAttribute('aria-invalid')).to.equal('true');
    expect($('input[data-row="1"][data-column="1"]').getAttribute('aria-describedby')).to.equal('problems-1');
    const fewer = await preview();
    expect(shown(fewer, '[part~="name"]')).to.deep.equal(['Mödling']);
    expect(await axe()).to.deep.equal([]);

    // Fixed again, and rows pasted from a spreadsheet (tabs between the cells) join the table.
    await type('input[data-row="1"][data-column="1"]', 'Frankreich');
    await type('#paste', 'Tartu\tEstland\t2001');
    $('#paste-apply').focus();
    await sendKeys({ press: 'Enter' });
    const more = await preview();
    expect(shown(more, '[part~="name"]')).to.deep.equal(['Clamart', 'Mödling', 'Tartu']);

    // In English, as a visitor of the English page would read it.
    $<HTMLInputElement>('input[name="lang"][value="en"]').focus();
    await sendKeys({ press: 'Space' });
    const english = await preview();
    expect(shown(english, '[part~="summary"]')).to.deep.equal(['3 partnerships']);
    expect($<HTMLTextAreaElement>('#code').value).to.contain(' lang="en"');
  });

  it('offers the rows as CSV for a spreadsheet and as the JSON the elements make of them', async function () {
    this.timeout(30000);
    const bytes = new Uint8Array(
      await (await fetch($<HTMLAnchorElement>('#download-csv').href)).arrayBuffer(),
    );
    expect([...bytes.slice(0, 3)], 'a byte order mark, for Excel').to.deep.equal([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    expect(csv.startsWith('Partnerort;Staat;seit;')).to.equal(true);
    expect(csv).to.contain('Tartu;Estland;2001').and.contain('\r\n');
    await waitUntil(() => $<HTMLAnchorElement>('#download-json').href, 'the JSON is made');
    const json = (await (await fetch($<HTMLAnchorElement>('#download-json').href)).json()) as {
      partnerships: {
        id: string;
        local: { gemeinde: { key: string } };
        partner: { coordinates?: unknown };
      }[];
    };
    expect(json.partnerships.map((p) => p.id).sort()).to.deep.equal([
      'buelstringen--clamart',
      'buelstringen--moedling',
      'buelstringen--tartu',
    ]);
    expect(json.partnerships[0]!.local.gemeinde.key).to.equal('15083115');
    expect(
      json.partnerships.every((p) => p.partner.coordinates),
      'placed for a map',
    ).to.equal(true);
  });

  it('the code for rows of one’s own works pasted into a page under the plain HTML recipe’s policy', async function () {
    this.timeout(30000);
    const pasted = await loadPage('/recipe-tests/plain-html/builder-embed-own.html');
    try {
      const [list] = partnerElements(pasted.document, ['partner-list']);
      await settledAll(pasted, [list!], 12000);
      expect(pasted.loads.get(list!)).to.equal(2);
      expect(shown(list as HTMLElement, '[part~="name"]')).to.deep.equal(['Clamart', 'Mödling']);
      expect(pasted.violations).to.deep.equal([]);
    } finally {
      pasted.remove();
    }
  });

  it('asks nothing of any other origin', () => {
    const others = page
      .requests()
      .filter((url) => !url.startsWith(location.origin) && !url.startsWith('blob:'));
    expect(others).to.deep.equal([]);
    expect(page.violations).to.deep.equal([]);
  });
});
