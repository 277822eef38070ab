import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { clearDatasetCache, configureLoader } from '../../src/data/loader.js';
import type { Dataset } from '../../src/data/model.js';
import { filterPartnerships } from '../../src/data/queries.js';
import type { PartnerSelectEvent } from '../../src/events.js';
import { clearGeometryCache } from '../../src/map/geometry.js';
import {
  $,
  $$,
  centre,
  focused,
  hangFetch,
  mapFixture,
  markers,
  scaleOf,
  text,
  translationOf,
} from './helpers.js';
import { LOCALES, type Locale } from '../../src/i18n/locale.js';
import { litWarnings } from '../fixtures/kit.js';

let dataset: Dataset;

before(async () => {
  dataset = (await (await fetch('/data/partnerships.json')).json()) as Dataset;
});

beforeEach(() => {
  clearDatasetCache();
  clearGeometryCache();
  configureLoader({ timeout: 3000, retryDelays: [10] });
});

afterEach(async () => {
  await resetMouse();
  await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
});

/** What kreis="harz" shows, as the elements' own query selects it (partners in Germany facing the Harz). */
const harz = () => filterPartnerships(dataset.partnerships, { kreis: 'harz' });

describe('<partner-map> on the real dataset', () => {
  it('shows Harz and all its partners: one marker and one line per partnership, the German places, partner countries', async () => {
    const el = await mapFixture('kreis="harz"');
    const expected = harz();
    expect(markers(el)).to.have.length(expected.length);
    expect($$(el, '[part~="line"]')).to.have.length(expected.length);
    const germanPlaces = new Set(
      expected.map((p) => `${p.local.coordinates!.lat},${p.local.coordinates!.lon}`),
    );
    expect($$(el, '[part~="local-marker"]')).to.have.length(germanPlaces.size);
    const highlighted = $$(el, '[part~="land-partner"]').length;
    // Germany is drawn as home, also where it holds partners (Wolfsburg for Halberstadt).
    const abroad = new Set(expected.map((p) => p.partner.country).filter((code) => code !== 'DE'));
    expect(highlighted).to.equal(abroad.size);
    expect($$(el, '[part~="land-home"]')).to.have.length(1);
    expect(text($(el, '[part~="summary"]'))).to.equal(`${expected.length} Partnerschaften`);
  });

  it('announces partner, country, German side and year on every marker', async () => {
    const el = await mapFixture('kreis="harz"');
    const labels = markers(el).map((m) => m.getAttribute('aria-label')!);
    const nachod = labels.find((label) => label.startsWith('Náchod'));
    expect(nachod).to.equal('Náchod, Tschechien: Partner von Halberstadt, seit 1998');
    for (const p of harz()) {
      const label = labels.find((l) => l.startsWith(`${p.partner.name},`));
      expect(label, p.id).to.be.a('string');
      expect(label).to.contain(new Intl.DisplayNames(['de'], { type: 'region' }).of(p.partner.country)!);
      expect(label).to.contain(p.since === null ? 'Jahr unbekannt' : `seit ${p.since}`);
    }
    for (const marker of markers(el)) {
      expect(marker.getAttribute('role')).to.equal('button');
      expect(marker.getAttribute('aria-expanded')).to.equal('false');
    }
  });

  it('gives every marker a hit area of at least 24 x 24 px, also at 280 px wide, without overflowing', async () => {
    const el = await mapFixture('kreis="harz"', { width: 280 });
    for (const marker of markers(el)) {
      const hit = marker.querySelector('.hit')!.getBoundingClientRect();
      expect(hit.width).to.be.at.least(24);
      expect(hit.height).to.be.at.least(24);
    }
    expect(el.scrollWidth).to.be.at.most(280);
    expect(el.getBoundingClientRect().width).to.equal(280);
    for (const button of $$(el, '[part~="control"]')) {
      const r = button.getBoundingClientRect();
      expect(r.right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      expect(Math.min(r.width, r.height)).to.be.at.least(24);
    }
    await expect(el).to.be.accessible();
  });

  it('fits the view to a town in Europe and to the world for all partnerships', async () => {
    const town = await mapFixture('gemeinde="halberstadt"');
    const all = await mapFixture('');
    expect(scaleOf(town)).to.be.greaterThan(scaleOf(all) * 3);
    // Every marker lies inside its frame.
    for (const el of [town, all]) {
      const frame = $(el, '[part~="frame"]')!.getBoundingClientRect();
      for (const marker of markers(el)) {
        const [x, y] = centre(marker.querySelector('.dot')!);
        expect(x).to.be.within(frame.left, frame.right);
        expect(y).to.be.within(frame.top, frame.bottom);
      }
    }
  });
});

describe('<partner-map> keyboard', () => {
  it('Tab reaches the map, then one marker (roving tabindex); arrows move between markers by direction', async () => {
    const el = await mapFixture('kreis="harz"');
    document.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal($(el, '[part~="frame"]'));
    await sendKeys({ press: 'Tab' });
    const first = markers(el)[0]!;
    expect(focused(el)).to.equal(first);
    expect(markers(el).filter((m) => m.getAttribute('tabindex') === '0')).to.deep.equal([first]);

    const x = (m: Element | null) => m!.getBoundingClientRect().left;
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const second = focused(el)!;
    expect(second).to.not.equal(first);
    expect(x(second)).to.be.at.least(x(first));
    expect(second.getAttribute('tabindex')).to.equal('0');
    expect(first.getAttribute('tabindex')).to.equal('-1');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(focused(el)).to.equal(first);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focused(el)).to.equal(markers(el).at(-1));
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused(el)!.getAttribute('part')).to.contain('marker');
    // Tab leaves the markers in one step: the next stop is the toolbar, not the next marker.
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal($(el, '[part~="control"]'));
  });

  it('visits every marker with arrow keys', async () => {
    const el = await mapFixture('gemeinde="halberstadt"');
    markers(el)[0]!.focus();
    const seen = new Set<Element>([markers(el)[0]!]);
    for (let i = 1; i < markers(el).length; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      seen.add(focused(el)!);
    }
    expect(seen.size).to.equal(markers(el).length);
  });

  it('Enter selects (partner-select with the id) and opens details; Escape closes them and focus stays on the marker', async () => {
    const el = await mapFixture('gemeinde="halberstadt"');
    const marker = markers(el)[1]!;
    marker.focus();
    const selected = oneEvent(el, 'partner-select') as Promise<PartnerSelectEvent>;
    await sendKeys({ press: 'Enter' });
    const event = await selected;
    await el.updateComplete;
    const id = event.detail.id;
    const p = harz().find((q) => q.id === id)!;
    expect(marker.getAttribute('aria-label')).to.contain(p.partner.name);
    expect(event.bubbles && event.composed).to.equal(true);
    const popup = $(el, '[part~="popup"]')!;
    expect(popup.getAttribute('role')).to.equal('dialog');
    expect(text($(el, '[part~="popup-title"]'))).to.contain(p.partner.name);
    expect(marker.getAttribute('aria-expanded')).to.equal('true');
    expect(marker.getAttribute('aria-controls')).to.equal('popup');
    expect($$(el, '[part~="line-selected"]')).to.have.length(1);
    expect(focused(el)).to.equal(marker);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '[part~="popup"]')).to.equal(null);
    expect(focused(el)).to.equal(marker);
    expect(marker.getAttribute('aria-expanded')).to.equal('false');
  });

  it('does not trap focus in the details: Tab goes in and on out; Escape from inside returns to the marker', async () => {
    const el = await mapFixture('gemeinde="halberstadt"');
    const marker = markers(el)[0]!;
    marker.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    const inside = focused(el) as HTMLElement;
    expect($(el, '[part~="popup"]')!.contains(inside)).to.equal(true);
    // Tab onwards leaves the popup without closing it.
    const stops: Element[] = [];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Tab' });
      stops.push(focused(el) ?? document.activeElement!);
    }
    expect(stops.some((stop) => !$(el, '[part~="popup"]')!.contains(stop))).to.equal(true);
    inside.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '[part~="popup"]')).to.equal(null);
    expect(focused(el)).to.equal(marker);
  });

  it('Space also selects; selecting again closes; a cancelled partner-select opens nothing', async () => {
    const el = await mapFixture('gemeinde="halberstadt"');
    const marker = markers(el)[0]!;
    marker.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect($(el, '[part~="popup"]')).to.be.instanceOf(Element);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '[part~="popup"]')).to.equal(null);
    el.addEventListener('partner-select', (e) => e.preventDefault(), { once: true });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '[part~="popup"]')).to.equal(null);
  });

  it('+ and - zoom, arrows pan while the map itself has the focus', async () => {
    const el = await mapFixture('kreis="harz"');
    $(el, '[part~="frame"]')!.focus();
    const k = scaleOf(el);
    await sendKeys({ press: '+' });
    await el.updateComplete;
    expect(scaleOf(el)).to.be.closeTo(k * 1.5, 1e-6);
    await sendKeys({ press: '-' });
    await el.updateComplete;
    expect(scaleOf(el)).to.be.closeTo(k, 1e-6);
    await sendKeys({ press: '+' });
    await el.updateComplete;
    const [x, y] = translationOf(el);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(translationOf(el)[0]).to.be.greaterThan(x);
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(translationOf(el)[1]).to.be.greaterThan(y);
  });

  it('moving to a marker outside the zoomed-in frame pans it into view', async () => {
    const el = await mapFixture('kreis="harz"');
    $(el, '[part~="frame"]')!.focus();
    for (let i = 0; i < 4; i++) await sendKeys({ press: '+' });
    await el.updateComplete;
    markers(el)[0]!.focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    const frame = $(el, '[part~="frame"]')!.getBoundingClientRect();
    const [cx, cy] = centre(markers(el).at(-1)!.querySelector('.dot')!);
    expect(cx).to.be.within(frame.left, frame.right);
    expect(cy).to.be.within(frame.top, frame.bottom);
  });
});

describe('<partner-map> pointer and buttons', () => {
  it('a click on a marker selects it and opens its details; a click on the map closes them', async () => {
    const el = await mapFixture('gemeinde="halberstadt"');
    const marker = markers(el)[0]!;
    const [x, y] = centre(marker.querySelector('.hit')!);
    const selected = oneEvent(el, 'partner-select') as Promise<PartnerSelectEvent>;
    await sendMouse({ type: 'click', position: [x + 10, y] }); // inside the 24 px target, outside the dot
    expect((await selected).detail.id).to.be.a('string');
    await el.updateComplete;
    expect($(el, '[part~="popup"]')).to.be.instanceOf(Element);
    const frame = $(el, '[part~="frame"]')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(frame.left + 3), Math.round(frame.top + 3)] });
    await el.updateComplete;
    expect($(el, '[part~="popup"]')).to.equal(null);
  });

  it('a mouse drag pans the map and selects nothing', async () => {
    const el = await mapFixture('kreis="harz"');
    $<HTMLButtonElement>(el, '[part~="control"]')!.click(); // zoom in first: the fitted view may touch the world's edge
    await el.updateComplete;
    const frame = $(el, '[part~="frame"]')!.getBoundingClientRect();
    const [x0, y0] = translationOf(el);
    let selects = 0;
    el.addEventListener('partner-select', () => selects++);
    const start: [number, number] = [Math.round(frame.left + frame.width / 2), Math.round(frame.top + 40)];
    await sendMouse({ type: 'move', position: start });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [start[0] - 60, start[1] + 30] });
    await sendMouse({ type: 'move', position: [start[0] - 120, start[1] + 60] });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    const [x1, y1] = translationOf(el);
    expect(x1 - x0).to.be.closeTo(-120, 1);
    expect(y1 - y0).to.be.closeTo(60, 1);
    expect(selects).to.equal(0);
  });

  it('a double click zooms in where it happens, but not on a marker', async () => {
    const el = await mapFixture('gemeinde="halberstadt"');
    const frame = $(el, '[part~="frame"]')!.getBoundingClientRect();
    const k = scaleOf(el);
    const dblclick = (target: Element, [clientX, clientY]: [number, number]) =>
      target.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true, clientX, clientY }));
    dblclick(markers(el)[0]!, centre(markers(el)[0]!));
    await el.updateComplete;
    expect(scaleOf(el)).to.equal(k);
    dblclick($(el, '[part~="frame"]')!, [Math.round(frame.left + 20), Math.round(frame.top + 20)]);
    await el.updateComplete;
    expect(scaleOf(el)).to.be.closeTo(k * 1.5, 1e-6);
  });

  it('the wheel scrolls the page unless Ctrl/Cmd is held or the map has the focus', async () => {
    const el = await mapFixture('kreis="harz"');
    const frame = $(el, '[part~="frame"]')!;
    const [x, y] = centre(frame);
    const wheel = (init: WheelEventInit) => {
      const event = new WheelEvent('wheel', {
        deltaY: -200,
        clientX: x,
        clientY: y,
        bubbles: true,
        cancelable: true,
        composed: true,
        ...init,
      });
      frame.dispatchEvent(event);
      return event;
    };
    const k = scaleOf(el);
    expect(wheel({}).defaultPrevented).to.equal(false);
    await el.updateComplete;
    expect(scaleOf(el)).to.equal(k);
    expect(wheel({ ctrlKey: true }).defaultPrevented).to.equal(true);
    await el.updateComplete;
    expect(scaleOf(el)).to.be.greaterThan(k);
    const k2 = scaleOf(el);
    frame.focus();
    expect(wheel({ deltaY: 200 }).defaultPrevented).to.equal(true);
    await el.updateComplete;
    expect(scaleOf(el)).to.be.lessThan(k2);
  });

  it('has zoom, reset, pan and list buttons in one toolbar stop, arrow keys inside it', async () => {
    const el = await mapFixture('kreis="harz"');
    const toolbar = $(el, '[part~="controls"]')!;
    expect(toolbar.getAttribute('role')).to.equal('toolbar');
    const buttons = $$<HTMLButtonElement>(el, '[part~="control"]');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Vergrößern',
      'Verkleinern',
      'Alle Partnerorte zeigen',
      'Nach links verschieben',
      'Nach oben verschieben',
      'Nach unten verschieben',
      'Nach rechts verschieben',
      'Als Liste zeigen',
    ]);
    expect(buttons.filter((b) => b.tabIndex === 0)).to.have.length(1);
    const k = scaleOf(el);
    buttons[0]!.click();
    await el.updateComplete;
    expect(scaleOf(el)).to.be.closeTo(k * 1.5, 1e-6);
    const [x] = translationOf(el);
    buttons[3]!.click();
    await el.updateComplete;
    expect(translationOf(el)[0]).to.be.greaterThan(x);
    buttons[2]!.click();
    await el.updateComplete;
    expect(scaleOf(el)).to.be.closeTo(k, 1e-6);
    buttons[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal(buttons[1]);
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal(buttons[7]);
    // The list button shows the list that is otherwise there for screen readers only.
    const section = $(el, '[part~="list-section"]')!;
    expect(section.getBoundingClientRect().height).to.be.at.most(1);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(buttons[7]!.getAttribute('aria-expanded')).to.equal('true');
    expect(section.getBoundingClientRect().height).to.be.greaterThan(100);
    await expect(el).to.be.accessible();
  });
});

describe('<partner-map> list for screen readers and fallback', () => {
  it('lists the same partnerships for screen readers (visually hidden), one li part="item" each', async () => {
    const el = await mapFixture('kreis="harz"');
    const items = $$(el, '[part~="item"]');
    expect(items).to.have.length(harz().length);
    expect(text($(el, '[part~="list-heading"]'))).to.equal('Partnerschaften als Liste');
    expect(items.map(text).find((t) => t.startsWith('Náchod'))).to.equal(
      'Náchod, Tschechien: Partner von Halberstadt, seit 1998',
    );
    // No focusable element hides in the invisible list.
    expect($$(el, '[part~="list-section"] a, [part~="list-section"] button')).to.have.length(0);
  });

  it('shows the list, a notice and a retry button when the geometry cannot be loaded', async () => {
    const el = await mapFixture('kreis="harz" geometry-src="/data/geo/missing.json"');
    expect($(el, '[part~="frame"]')).to.equal(null);
    expect(text($(el, '[part~="notice"]'))).to.contain('Die Karte konnte nicht geladen werden');
    const section = $(el, '[part~="list-section"]')!;
    expect(section.getBoundingClientRect().height).to.be.greaterThan(100);
    expect($$(el, '[part~="item"]')).to.have.length(harz().length);
    await expect(el).to.be.accessible();
    // Retry asks again (and fails again here): the notice stays, nothing breaks.
    $<HTMLButtonElement>(el, '[part~="notice"] button')!.click();
    await el.updateComplete;
    await waitUntil(() => $(el, '[part~="notice"]'), 'notice after retry');
  });

  it('shows markers while the geometry is still loading, the map marked busy, and is accessible', async () => {
    const restore = hangFetch('/data/geo/');
    try {
      const el = await mapFixture('gemeinde="halberstadt"', { until: 'data' });
      await waitUntil(() => markers(el).length > 0, 'markers before the geometry');
      const frame = $(el, '[part~="frame"]')!;
      expect(frame.getAttribute('aria-busy')).to.equal('true');
      expect(text($(el, '[part~="frame"] [role="status"]'))).to.equal('Karte wird geladen …');
      expect($(el, '[part~="land"]')).to.equal(null);
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });
});

// Loading, loaded, empty, error, their events and languages: test/contract/, as for every element.
describe('<partner-map> states', () => {
  it('loaded: accessible with the popup open as well', async () => {
    const el = await mapFixture('kreis="harz"');
    await expect(el).to.be.accessible();
    markers(el)[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('the popup says "laut Wikipedia" of a partnership only the encyclopedia knows, and nothing of a stated one', async () => {
    const popupAfterEnter = async (attributes: string, lang = 'de') => {
      const el = await mapFixture(attributes, { lang });
      markers(el)[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      return el;
    };
    const luneburg = await popupAfterEnter('gemeinde="lueneburg"');
    expect(text($(luneburg, '[part~="popup-provenance"]'))).to.equal('laut Wikipedia');
    await expect(luneburg).to.be.accessible();
    const english = await popupAfterEnter('gemeinde="lueneburg"', 'en');
    expect(text($(english, '[part~="popup-provenance"]'))).to.equal('according to Wikipedia');
    const osnabrueck = await popupAfterEnter('gemeinde="osnabrueck"');
    expect($(osnabrueck, '[part~="popup"]')).to.be.instanceOf(Element);
    expect($(osnabrueck, '[part~="popup-provenance"]')).to.equal(null);
  });
});

describe('<partner-map> languages', () => {
  const expected = {
    de: {
      frame: 'Karte der Partnerschaften',
      country: 'Tschechien',
      zoom: 'Vergrößern',
      partner: 'Partner von',
    },
    en: { frame: 'Map of the partnerships', country: 'Czechia', zoom: 'Zoom in', partner: 'partner of' },
    fr: {
      frame: 'Carte des partenariats',
      country: 'Tchéquie',
      zoom: 'Zoom avant',
      partner: 'partenaire de',
    },
    pl: { frame: 'Mapa partnerstw', country: 'Czechy', zoom: 'Przybliż', partner: 'partner' },
    ar: { frame: 'خريطة الشراكات', country: 'التشيك', zoom: 'تكبير', partner: 'شريك' },
    cs: { frame: 'Mapa partnerství', country: 'Česko', zoom: 'Přiblížit', partner: 'partnerství s' },
    es: { frame: 'Mapa de las asociaciones', country: 'Chequia', zoom: 'Acercar', partner: 'socio de' },
    hu: {
      frame: 'A partnerkapcsolatok térképe',
      country: 'Csehország',
      zoom: 'Nagyítás',
      partner: 'partnere',
    },
    it: { frame: 'Mappa dei partenariati', country: 'Cechia', zoom: 'Ingrandisci', partner: 'partner di' },
    nl: {
      frame: 'Kaart van de partnerschappen',
      country: 'Tsjechië',
      zoom: 'Inzoomen',
      partner: 'partner van',
    },
    tr: { frame: 'Ortaklıklar haritası', country: 'Çekya', zoom: 'Yakınlaştır', partner: 'ile ortak' },
    uk: { frame: 'Карта партнерств', country: 'Чехія', zoom: 'Збільшити', partner: 'партнер' },
  } satisfies Record<Locale, object>;
  for (const lang of LOCALES) {
    const words = expected[lang];
    it(`speaks ${lang}: labels, marker names and country names, and is accessible`, async () => {
      const el = await mapFixture('gemeinde="halberstadt"', { lang });
      expect($(el, '[part~="base"]')!.getAttribute('lang')).to.equal(lang);
      expect($(el, '[part~="frame"]')!.getAttribute('aria-label')).to.equal(words.frame);
      expect($(el, '[part~="control"]')!.getAttribute('aria-label')).to.equal(words.zoom);
      const nachod = markers(el)
        // Names are isolated from right-to-left text around them (U+2068 … U+2069): read without the marks.
        .map((m) => m.getAttribute('aria-label')!.replace(/[\u2066-\u2069]/gu, ''))
        .find((label) => label.startsWith('Náchod'))!;
      expect(nachod).to.contain(words.country);
      expect(nachod).to.contain(words.partner);
      expect(nachod).to.contain('1998');
      await expect(el).to.be.accessible();
      if (lang === 'de') return;
      // Every word the map shows or announces is translated: open the details and the list, then look for German.
      markers(el)[0]!.focus();
      await sendKeys({ press: 'Enter' });
      $<HTMLButtonElement>(el, '[part~="control"]:last-child')!.click();
      await el.updateComplete;
      const shown = [
        text($(el, '[part~="base"]')),
        ...$$(el, '[aria-label], [title]').flatMap((node) => [
          node.getAttribute('aria-label') ?? '',
          node.getAttribute('title') ?? '',
        ]),
      ].join(' ');
      const german =
        /\b(Karte|Partnerschaft\w*|Partnerort\w*|seit|verschieben|Legende|[Aa]ls Liste|Schließen|Land mit)\b/u;
      expect(shown.match(german)?.[0]).to.equal(undefined);
    });
  }
});

describe('<partner-map> media', () => {
  it('prints the list and leaves out the controls', async () => {
    const el = await mapFixture('gemeinde="halberstadt"');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle($(el, '[part~="controls"]')!).display).to.equal('none');
    expect($(el, '[part~="list-section"]')!.getBoundingClientRect().height).to.be.greaterThan(50);
  });

  it('respects reduced motion', async () => {
    const el = await mapFixture('gemeinde="halberstadt"');
    const dot = markers(el)[0]!.querySelector('.dot')!;
    expect(getComputedStyle(dot).transitionDuration).to.not.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(dot).transitionDuration).to.equal('0s');
  });

  it('gives forced-colors mode system colours for land, lines, markers and focus', async () => {
    const el = await mapFixture('gemeinde="halberstadt"');
    const rules = el
      .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
      .filter(
        (rule): rule is CSSMediaRule =>
          rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors'),
      )
      .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]);
    const colourOf = (selector: string, property: string) =>
      rules
        .find((rule) =>
          rule.selectorText
            .split(',')
            .map((s) => s.trim())
            .includes(selector),
        )
        ?.style.getPropertyValue(property);
    expect(colourOf('.marker .dot', 'fill')).to.equal('linktext');
    expect(colourOf('.line', 'stroke')).to.equal('canvastext');
    expect(colourOf('.land-partner', 'stroke')).to.equal('canvastext');
    expect(colourOf('.marker:focus-visible .ring', 'stroke')).to.equal('highlight');
  });
});

describe('<partner-map> requests', () => {
  it('asks only the page origin: the dataset and the geometry, once each for two maps', async () => {
    performance.clearResourceTimings();
    const one = await mapFixture('kreis="harz"');
    const two = await mapFixture('gemeinde="halberstadt"');
    expect(markers(one).length && markers(two).length).to.be.greaterThan(0);
    const requests = performance.getEntriesByType('resource').map((entry) => new URL(entry.name));
    expect(requests.filter((url) => url.origin !== location.origin)).to.deep.equal([]);
    expect(requests.filter((url) => url.pathname === '/data/geo/world.json')).to.have.length(1);
  });
});

describe('<partner-map> development warnings', () => {
  it('renders, zooms and selects without a Lit warning', async () => {
    const warnings = await litWarnings(async () => {
      const el = await mapFixture('kreis="harz"');
      $(el, '[part~="frame"]')!.focus();
      await sendKeys({ press: '+' });
      markers(el)[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([]);
  });
});
