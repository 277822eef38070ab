/**
 * The languages the elements speak, named for people: the docs' and the demo's lists are made from this, so that a
 * language added to lit-localize.json (targetLocales) appears there without another edit. Not imported by the
 * elements: a page that shows them downloads none of it.
 */
import { LOCALES, SOURCE_LOCALE, type Locale } from './locale.js';

export { LOCALES, SOURCE_LOCALE, type Locale };

/** `pl` → `Polish` (in `en`), `Polski` (in `pl`, its own name when `inLanguage` is left out). */
export function languageName(locale: Locale, inLanguage: string = locale): string {
  const name =
    new Intl.DisplayNames([inLanguage], { type: 'language', fallback: 'code' }).of(locale) ?? locale;
  // Own names are written as a sentence begins them in a menu (`polski` → `Polski`).
  return inLanguage === locale ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : name;
}
