/**
 * Which of our languages an element speaks. An element's language is its own `lang`, else the closest `[lang]`
 * (across shadow roots), else `<html lang>`, else German, the source language. A language we have no translation
 * for falls back to German rather than to a guess, so the UI text and the country names always agree.
 */
import { allLocales, sourceLocale } from './locale-codes.js';

export type Locale = (typeof allLocales)[number];

export const SOURCE_LOCALE: Locale = sourceLocale;
export const LOCALES: readonly Locale[] = allLocales;

/** `en-GB` → `en`, `PL` → `pl`, `it` → undefined. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/u)[0];
  return LOCALES.find((locale) => locale === primary);
}

/** The language declared for `element`: the nearest non-empty `lang` on it or an ancestor, through shadow roots. */
export function declaredLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return undefined;
}

/**
 * Whether `locale` is written right to left: Arabic, and the other right-to-left languages we might translate to.
 * A short list, not Intl's `getTextInfo()`: every page would carry that code, and Firefox has no such method.
 */
export const isRightToLeft = (locale: string): boolean => /^(ar|fa|he|ur)\b/.test(locale);

export function resolveLocale(element: Element): Locale {
  return matchLocale(declaredLang(element)) ?? SOURCE_LOCALE;
}
