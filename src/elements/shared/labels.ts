/**
 * Localized wording that several elements share: kinds, statuses, years, counts. Call inside a render (or another
 * `withLocale`), like `msg` itself.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Kind, Partnership, SourceInfo, Status } from '../../data/model.js';
import { formatList, formatNumber, plural } from '../../i18n/intl.js';
import { currentLocale, msg, str } from '../../i18n/msg.js';

export function kindLabel(kind: Kind): string {
  switch (kind) {
    case 'partnership':
      return msg('Städtepartnerschaft');
    case 'friendship':
      return msg('Freundschaftliche Beziehung');
    case 'cooperation':
      return msg('Kooperationsvereinbarung');
    case 'project':
      return msg('Projektpartnerschaft');
    case 'solidarity':
      return msg('Solidaritätspartnerschaft');
    case 'contact':
      return msg('Kontakt');
  }
}

export function statusLabel(status: Status): string {
  switch (status) {
    case 'active':
      return msg('aktiv');
    case 'dormant':
      return msg('ruht');
    case 'ended':
      return msg('beendet');
    case 'unknown':
      return msg('Stand unbekannt');
  }
}

/** "seit <time datetime="1992">1992</time>", or the wording for a year no source gives. */
export function renderSince(p: Partnership): TemplateResult | string {
  if (p.since === null) return msg('Jahr unbekannt');
  // The attribute's value in quotes, as the build's template minifier writes it: a translation is found by a hash of
  // the template's text, which must be the same in the source and in the built bundle.
  return msg(html`seit <time datetime="${p.since}">${p.since}</time>`);
}

/** "1 Partnerschaft", "2 partnerstwa", "5 partnerstw": the plural form that `count` takes in the current language. */
export function partnershipCount(count: number): string {
  const n = formatNumber(count, currentLocale());
  return plural(count, currentLocale(), {
    one: () => msg(str`${n} Partnerschaft`, { id: 'partnership-count-one', desc: 'Plural form "one".' }),
    two: () =>
      msg(str`${n} Partnerschaften`, {
        id: 'partnership-count-two',
        desc: 'Plural form "two" (e.g. Arabic 2).',
      }),
    few: () =>
      msg(str`${n} Partnerschaften`, {
        id: 'partnership-count-few',
        desc: 'Plural form "few" (e.g. Polish 2-4).',
      }),
    many: () =>
      msg(str`${n} Partnerschaften`, {
        id: 'partnership-count-many',
        desc: 'Plural form "many" (e.g. Polish 5-21).',
      }),
    other: () =>
      msg(str`${n} Partnerschaften`, { id: 'partnership-count-other', desc: 'Plural form "other".' }),
  });
}

/** "1990er Jahre", "1990s": a decade by its first year (years are never grouped as numbers: 1990, not 1.990). */
export function decadeLabel(decade: number): string {
  return msg(str`${decade}er Jahre`, {
    id: 'decade',
    desc: 'A decade, by its first year (1990 → the 1990s).',
  });
}

/** "1 Jahr", "5 lat", "22 lata": an age in years, in the plural form that `count` takes in the current language. */
export function yearCount(count: number): string {
  const n = formatNumber(count, currentLocale());
  return plural(count, currentLocale(), {
    one: () => msg(str`${n} Jahr`, { id: 'year-count-one', desc: 'An age in years, plural form "one".' }),
    two: () => msg(str`${n} Jahre`, { id: 'year-count-two', desc: 'Plural form "two" (e.g. Arabic 2).' }),
    few: () => msg(str`${n} Jahre`, { id: 'year-count-few', desc: 'Plural form "few" (e.g. Polish 2-4).' }),
    many: () =>
      msg(str`${n} Jahre`, { id: 'year-count-many', desc: 'Plural form "many" (e.g. Polish 5-21).' }),
    other: () => msg(str`${n} Jahre`, { id: 'year-count-other', desc: 'Plural form "other".' }),
  });
}

/**
 * "Halberstadt", "Halberstadt und Landkreis Harz", "Ortsteil Langenstein (Halberstadt)": the German side of a
 * partnership, every holder of one held jointly, and an Ortsteil with its Gemeinde unless its name says it. The one
 * wording every element uses for it. (Not stats-queries' `holdersOf`: this module is on every page, that one only
 * on the pages that count.)
 */
export function germanSide(p: Partnership): string {
  const { name, level, gemeinde, jointWith } = p.local;
  const own =
    level === 'ortsteil' && gemeinde && !name.includes(gemeinde.name) ? `${name} (${gemeinde.name})` : name;
  // Most partnerships have one holder: no list to format (a map or list of 10,000 asks for each at every render).
  return jointWith?.length ? formatList([own, ...jointWith.map((area) => area.name)], currentLocale()) : own;
}

/** "Partner von Halberstadt und Landkreis Harz": the German side as the label of a partnership. */
export function partnerOf(p: Partnership): string {
  return msg(str`Partner von ${germanSide(p)}`);
}

/** The partner's name as published and, where it differs, its native form marked with its language. */
export function renderPartnerName(p: Partnership): TemplateResult | string {
  const { name, nativeName, nativeLang } = p.partner;
  // Most names have no native form: plain text then, no template of its own (a list renders thousands).
  return nativeName && nativeName !== name
    ? html`${name} (<span lang=${nativeLang ?? nothing}>${nativeName}</span>)`
    : name;
}

/** "laut Wikipedia": a partnership known only from lists compiled by others, named by their publishers. */
export function provenance(sources: readonly SourceInfo[]): string {
  const publishers = formatList(
    sources.map((source) => source.publisher),
    currentLocale(),
  );
  return msg(str`laut ${publishers}`, {
    id: 'provenance',
    desc: 'A partnership known only from a list compiled by others, not from the town\'s own page: "according to Wikipedia".',
  });
}
