import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../src/elements/partner-list/define.js';
import type { PartnerListElement } from '../../src/elements/partner-list/partner-list.js';
import { countryName, formatNumber, pluralCategory } from '../../src/i18n/intl.js';
import { declaredLang, LOCALES, matchLocale, resolveLocale, type Locale } from '../../src/i18n/locale.js';
import { loadCatalog, withLocale } from '../../src/i18n/msg.js';
import { partnershipCount } from '../../src/elements/shared/labels.js';
import { $$, text, FIXTURE_SRC as SRC } from '../fixtures/kit.js';
import { settled } from '../fixtures/settled.js';

const html_ = document.documentElement;

async function harz(lang?: string): Promise<PartnerListElement> {
  const el = await fixture<PartnerListElement>(
    html`<partner-list src=${SRC} kreis="harz" search lang=${lang ?? ''}></partner-list>`,
  );
  if (!lang) el.removeAttribute('lang');
  await settled(el);
  return el;
}

/** What a reader sees that depends on the language: summary, headings, countries, years, badges, search label. */
function visibleText(el: PartnerListElement) {
  return {
    summary: text(el.shadowRoot!.querySelector('[part~="summary"]')),
    headings: $$(el, '[part~="group-heading"]').map(text),
    countries: [...new Set($$(el, '[part~="country"]').map(text))].sort(),
    year: text($$(el, '[part~="year"]').find((node) => node.querySelector('time[datetime="1996"]'))),
    unknownYear: text($$(el, '[part~="year"]').find((node) => !node.querySelector('time'))),
    kinds: $$(el, '[part~="kind"]').map(text).sort(),
    statuses: $$(el, '[part~="status"]').map(text).sort(),
    label: text(el.shadowRoot!.querySelector('label')),
    lang: el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang'),
  };
}

/**
 * What the Harz list says in each of our languages (a new language gets its row here), and the count of
 * partnerships for numbers that take each of the language's plural forms (every CLDR category it has).
 */
const SPEAKS: Record<
  Locale,
  Omit<ReturnType<typeof visibleText>, 'lang'> & { plurals: Record<number, string> }
> = {
  de: {
    summary: '6 Partnerschaften',
    headings: ['Partnerschaften des Landkreises', 'Halberstadt', 'Quedlinburg'],
    countries: ['Frankreich', 'Polen', 'Slowakei', 'Tschechien'],
    year: 'seit 1996',
    unknownYear: 'Jahr unbekannt',
    kinds: ['Freundschaftliche Beziehung', 'Kooperationsvereinbarung'],
    statuses: ['beendet', 'ruht'],
    label: 'Partnerschaften durchsuchen',
    plurals: { 1: '1 Partnerschaft', 2: '2 Partnerschaften', 1000: '1.000 Partnerschaften' },
  },
  en: {
    summary: '6 partnerships',
    headings: ['Partnerships of the district', 'Halberstadt', 'Quedlinburg'],
    countries: ['Czechia', 'France', 'Poland', 'Slovakia'],
    year: 'since 1996',
    unknownYear: 'year unknown',
    kinds: ['Cooperation agreement', 'Friendship'],
    statuses: ['dormant', 'ended'],
    label: 'Search partnerships',
    plurals: { 1: '1 partnership', 2: '2 partnerships', 1000: '1,000 partnerships' },
  },
  fr: {
    summary: '6 partenariats',
    headings: ['Partenariats de l’arrondissement', 'Halberstadt', 'Quedlinburg'],
    countries: ['France', 'Pologne', 'Slovaquie', 'Tchéquie'],
    year: 'depuis 1996',
    unknownYear: 'année inconnue',
    kinds: ['Accord de coopération', 'Relation d’amitié'],
    statuses: ['en sommeil', 'terminé'],
    label: 'Rechercher un partenariat',
    plurals: { 1: '1 partenariat', 2: '2 partenariats', 1000000: '1 000 000 de partenariats' },
  },
  pl: {
    summary: '6 partnerstw',
    headings: ['Partnerstwa powiatu', 'Halberstadt', 'Quedlinburg'],
    countries: ['Czechy', 'Francja', 'Polska', 'Słowacja'],
    year: 'od 1996',
    unknownYear: 'rok nieznany',
    kinds: ['Porozumienie o współpracy', 'Stosunki przyjaźni'],
    statuses: ['zakończone', 'zawieszone'],
    label: 'Szukaj partnerstw',
    plurals: {
      1: '1 partnerstwo',
      3: '3 partnerstwa',
      5: '5 partnerstw',
      22: '22 partnerstwa',
      1.5: '1,5 partnerstwa',
    },
  },
  ar: {
    summary: '6 شراكات',
    headings: ['شراكات المقاطعة', 'Halberstadt', 'Quedlinburg'],
    countries: ['التشيك', 'بولندا', 'سلوفاكيا', 'فرنسا'],
    year: 'منذ 1996',
    unknownYear: 'السنة غير معروفة',
    kinds: ['اتفاقية تعاون', 'علاقة صداقة'],
    statuses: ['متوقفة مؤقتًا', 'منتهية'],
    label: 'البحث في الشراكات',
    plurals: { 0: '0 شراكة', 1: '1 شراكة', 2: '2 شراكتان', 3: '3 شراكات', 11: '11 شراكة', 100: '100 شراكة' },
  },
  cs: {
    summary: '6 partnerství',
    headings: ['Partnerství zemského okresu', 'Halberstadt', 'Quedlinburg'],
    countries: ['Francie', 'Polsko', 'Slovensko', 'Česko'],
    year: 'od 1996',
    unknownYear: 'rok neznámý',
    kinds: ['Dohoda o spolupráci', 'Přátelské vztahy'],
    statuses: ['pozastaveno', 'ukončeno'],
    label: 'Hledat partnerství',
    plurals: { 1: '1 partnerství', 2: '2 partnerství', 5: '5 partnerství', 1.5: '1,5 partnerství' },
  },
  es: {
    summary: '6 asociaciones',
    headings: ['Asociaciones del distrito', 'Halberstadt', 'Quedlinburg'],
    countries: ['Chequia', 'Eslovaquia', 'Francia', 'Polonia'],
    year: 'desde 1996',
    unknownYear: 'año desconocido',
    kinds: ['Acuerdo de cooperación', 'Relación de amistad'],
    statuses: ['en pausa', 'finalizada'],
    label: 'Buscar asociaciones',
    plurals: { 1: '1 asociación', 2: '2 asociaciones', 1000000: '1.000.000 de asociaciones' },
  },
  hu: {
    summary: '6 partnerkapcsolat',
    headings: ['A járás partnerkapcsolatai', 'Halberstadt', 'Quedlinburg'],
    countries: ['Csehország', 'Franciaország', 'Lengyelország', 'Szlovákia'],
    year: '1996 óta',
    unknownYear: 'ismeretlen év',
    kinds: ['Baráti kapcsolat', 'Együttműködési megállapodás'],
    statuses: ['megszűnt', 'szünetel'],
    label: 'Partnerkapcsolatok keresése',
    plurals: { 1: '1 partnerkapcsolat', 2: '2 partnerkapcsolat' },
  },
  it: {
    summary: '6 partenariati',
    headings: ['Partenariati del circondario', 'Halberstadt', 'Quedlinburg'],
    countries: ['Cechia', 'Francia', 'Polonia', 'Slovacchia'],
    year: 'dal 1996',
    unknownYear: 'anno sconosciuto',
    kinds: ['Accordo di cooperazione', 'Relazione di amicizia'],
    statuses: ['concluso', 'sospeso'],
    label: 'Cerca partenariati',
    plurals: { 1: '1 partenariato', 2: '2 partenariati', 1000000: '1.000.000 di partenariati' },
  },
  nl: {
    summary: '6 partnerschappen',
    headings: ['Partnerschappen van het district', 'Halberstadt', 'Quedlinburg'],
    countries: ['Frankrijk', 'Polen', 'Slowakije', 'Tsjechië'],
    year: 'sinds 1996',
    unknownYear: 'jaar onbekend',
    kinds: ['Samenwerkingsovereenkomst', 'Vriendschapsband'],
    statuses: ['beëindigd', 'slapend'],
    label: 'Partnerschappen zoeken',
    plurals: { 1: '1 partnerschap', 2: '2 partnerschappen' },
  },
  tr: {
    summary: '6 ortaklık',
    headings: ['İlçenin ortaklıkları', 'Halberstadt', 'Quedlinburg'],
    countries: ['Fransa', 'Polonya', 'Slovakya', 'Çekya'],
    year: '1996 yılından beri',
    unknownYear: 'yıl bilinmiyor',
    kinds: ['Dostluk ilişkisi', 'İş birliği anlaşması'],
    statuses: ['askıda', 'sona erdi'],
    label: 'Ortaklıklarda ara',
    plurals: { 1: '1 ortaklık', 2: '2 ortaklık' },
  },
  uk: {
    summary: '6 партнерств',
    headings: ['Партнерства району', 'Halberstadt', 'Quedlinburg'],
    countries: ['Польща', 'Словаччина', 'Франція', 'Чехія'],
    year: 'з 1996 року',
    unknownYear: 'рік невідомий',
    kinds: ['Дружні відносини', 'Угода про співпрацю'],
    statuses: ['завершене', 'призупинене'],
    label: 'Шукати партнерства',
    plurals: { 1: '1 партнерство', 3: '3 партнерства', 5: '5 партнерств', 1.5: '1,5 партнерства' },
  },
};

describe('languages', () => {
  const original = html_.getAttribute('lang');
  afterEach(() => {
    if (original === null) html_.removeAttribute('lang');
    else html_.setAttribute('lang', original);
  });

  it('resolves a tag to one of our languages', () => {
    expect(matchLocale('en-GB')).to.equal('en');
    expect(matchLocale('PL')).to.equal('pl');
    expect(matchLocale('fr_CH')).to.equal('fr');
    expect(matchLocale('sw')).to.equal(undefined);
    expect(matchLocale('')).to.equal(undefined);
  });

  it('takes the element’s lang, else the closest [lang] (through shadow roots), else <html lang>, else German', async () => {
    html_.setAttribute('lang', 'fr');
    const outer = fixtureSync<HTMLDivElement>(
      html`<div lang="pl">
        <span><i></i></span>
      </div>`,
    );
    const i = outer.querySelector('i')!;
    expect(resolveLocale(i)).to.equal('pl');
    i.setAttribute('lang', 'en-US');
    expect(resolveLocale(i)).to.equal('en');
    const shadowHost = document.createElement('div');
    shadowHost.setAttribute('lang', 'en');
    const inner = document.createElement('b');
    shadowHost.attachShadow({ mode: 'open' }).append(inner);
    outer.append(shadowHost);
    expect(declaredLang(inner)).to.equal('en');
    outer.removeAttribute('lang');
    i.removeAttribute('lang');
    expect(resolveLocale(i)).to.equal('fr');
    html_.removeAttribute('lang');
    expect(resolveLocale(i)).to.equal('de');
    html_.setAttribute('lang', 'sw');
    expect(resolveLocale(i)).to.equal('de'); // no Swahili translation: German, the source language
  });

  for (const lang of LOCALES) {
    it(`speaks ${lang}`, async () => {
      const expected: Partial<(typeof SPEAKS)[Locale]> = { ...SPEAKS[lang] };
      delete expected.plurals;
      expect(visibleText(await harz(lang))).to.deep.equal({ ...expected, lang });
    });

    it(`counts in the plural forms of ${lang} (${new Intl.PluralRules(lang).resolvedOptions().pluralCategories.join(', ')})`, async () => {
      const { plurals } = SPEAKS[lang];
      await loadCatalog(lang);
      const said = withLocale(lang, () =>
        Object.fromEntries(Object.keys(plurals).map((n) => [n, partnershipCount(Number(n))])),
      );
      expect(said).to.deep.equal(plurals);
      // Every plural category the language has is among the counts checked.
      const categories = new Set(Object.keys(plurals).map((n) => pluralCategory(Number(n), lang)));
      expect([...categories].sort()).to.deep.equal(
        [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort(),
      );
    });
  }

  it('counts in a rendered list, in Polish', async () => {
    const el = await harz('pl');
    el.setAttribute('gemeinde', 'halberstadt');
    await settled(el);
    expect(text(el.shadowRoot!.querySelector('[part~="summary"]'))).to.equal('4 partnerstwa');
    el.setAttribute('gemeinde', 'quedlinburg');
    await settled(el);
    expect(text(el.shadowRoot!.querySelector('[part~="summary"]'))).to.equal('1 partnerstwo');
  });

  it('lets two elements on one page speak different languages', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(
      html`<div>
        <partner-list src=${SRC} gemeinde="quedlinburg" lang="en"></partner-list>
        <partner-list src=${SRC} gemeinde="quedlinburg" lang="pl"></partner-list>
      </div>`,
    );
    const [en, pl] = [...wrapper.querySelectorAll('partner-list')];
    await Promise.all([settled(en!), settled(pl!)]);
    expect(text(en!.shadowRoot!.querySelector('[part~="country"]'))).to.equal('France');
    expect(text(pl!.shadowRoot!.querySelector('[part~="country"]'))).to.equal('Francja');
    expect(text(en!.shadowRoot!.querySelector('[part~="status"]'))).to.equal('ended');
    expect(text(pl!.shadowRoot!.querySelector('[part~="status"]'))).to.equal('zakończone');
  });

  it('re-renders when <html lang>, an ancestor’s lang or its own lang changes', async () => {
    html_.setAttribute('lang', 'de');
    const wrapper = fixtureSync<HTMLDivElement>(
      html`<div><partner-list src=${SRC} gemeinde="quedlinburg"></partner-list></div>`,
    );
    const el = wrapper.querySelector('partner-list')!;
    await settled(el);
    const country = () => text(el.shadowRoot!.querySelector('[part~="country"]'));
    expect(country()).to.equal('Frankreich');
    html_.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve)); // MutationObserver callbacks run as microtasks
    await el.updateComplete;
    expect(country()).to.equal('France');
    wrapper.setAttribute('lang', 'fr');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(country()).to.equal('France');
    expect(text(el.shadowRoot!.querySelector('[part~="status"]'))).to.equal('terminé');
    el.lang = 'pl';
    await el.updateComplete;
    expect(country()).to.equal('Francja');
    el.removeAttribute('lang');
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[part~="status"]'))).to.equal('terminé');
  });

  it('formats with cached Intl objects per locale', () => {
    expect(countryName('CZ', 'de')).to.equal('Tschechien');
    expect(countryName('cz', 'pl')).to.equal('Czechy');
    expect(countryName('not a code', 'de')).to.equal('not a code');
    expect(pluralCategory(3, 'pl')).to.equal('few');
    expect(pluralCategory(5, 'pl')).to.equal('many');
    expect(formatNumber(1234, 'de')).to.equal('1.234');
  });

  it('writes numbers as Intl.NumberFormat does, without building one for the small whole numbers', () => {
    for (const locale of [...LOCALES, 'de-AT', 'en-GB']) {
      const intl = new Intl.NumberFormat(locale);
      for (const value of [0, 1, 7, 42, 183, 999, 1000, 1234, 10_000, 12_345, 1_000_000, 2.5, -3]) {
        expect(formatNumber(value, locale), `${value} in ${locale}`).to.equal(intl.format(value));
      }
    }
  });
});
