/**
 * Our own `msg`: the same call shape and type as @lit/localize's `msg`, so `lit-localize extract` finds every string
 * (the extractor recognises a msg function by its type, not its import), but it looks up the templates of the locale
 * being rendered right now instead of one page-global locale.
 *
 * Why not `configureLocalization` or `configureReentrantLocalization`: both install a page-global implementation that
 * may be installed only once (lit/lit#1661). A host page that uses @lit/localize itself would then break us, or we
 * it, depending on which script runs first. This module never configures @lit/localize, so neither order matters,
 * and two elements on one page can speak different languages.
 *
 * A translation is loaded only when an element first speaks its language (`loadCatalog`), so a German page downloads
 * no translation at all; the elements wait for it in their loading state, which the dataset request needs anyway.
 */
import type { MsgFn, TemplateMap } from '@lit/localize';
// Deep import on purpose: @lit/localize has no exports map and the version is pinned. runtimeMsg is the lookup that
// @lit/localize's own runtime mode uses, so ids and placeholders behave exactly as the extractor expects.
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { SOURCE_LOCALE, type Locale } from './locale.js';
import type { TargetLocale } from './translations.js';

export { str } from '@lit/localize';

const catalogs: Partial<Record<Locale, TemplateMap>> = {};
const loading = new Map<Locale, Promise<void>>();

/** Whether `msg` can speak `locale` now (German, the source, always can). */
export function isCatalogLoaded(locale: Locale): boolean {
  return locale === SOURCE_LOCALE || catalogs[locale] !== undefined;
}

/**
 * Load the translation of `locale` once per page. Should it fail (a self-hoster who copied only some files), the
 * element speaks German rather than staying busy for ever, and says why in the console.
 */
export function loadCatalog(locale: Locale): Promise<void> {
  if (locale === SOURCE_LOCALE) return Promise.resolve();
  const known = loading.get(locale);
  if (known) return known;
  // The table of translations is a module of its own, loaded with the first translation: a German page downloads
  // neither, however many languages there are.
  const pending = import('./translations.js')
    .then(({ translations }) => translations[locale as TargetLocale]())
    .then(
      (module) => {
        catalogs[locale] = module.templates;
      },
      (error: unknown) => {
        catalogs[locale] = {};
        console.error(`partner-elements: the ${locale} translation could not be loaded`, error);
      },
    );
  loading.set(locale, pending);
  return pending;
}

let active: Locale = SOURCE_LOCALE;

/** Translate a string, `str` template or `html` template into the locale of the surrounding `withLocale` call. */
export const msg = ((template: Parameters<MsgFn>[0], options?: Parameters<MsgFn>[1]) =>
  runtimeMsg(catalogs[active], template, options)) as MsgFn;

/**
 * Run `render` with `locale` as the language of every `msg` call inside it. Elements wrap their whole `update()`
 * (render and commit, where directives such as `guard()` run their template functions); code that builds text
 * later (a timer, an event handler) wraps itself again.
 */
export function withLocale<T>(locale: Locale, render: () => T): T {
  const previous = active;
  active = locale;
  try {
    return render();
  } finally {
    active = previous;
  }
}

/** The locale of the innermost `withLocale` call (German outside any). */
export function currentLocale(): Locale {
  return active;
}
