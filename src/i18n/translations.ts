/**
 * Each translation's module, by language. A bundler needs every file named, so this is the one line a new language
 * adds besides its XLIFF file and lit-localize.json's list; TypeScript reports a language of that list without it.
 * msg.ts loads this table with the first translation an element needs: a German page downloads neither.
 */
import type { TemplateMap } from '@lit/localize';
import type { targetLocales } from './locale-codes.js';

export type TargetLocale = (typeof targetLocales)[number];

export const translations: Record<TargetLocale, () => Promise<{ templates: TemplateMap }>> = {
  ar: () => import('./locales/ar.js'),
  cs: () => import('./locales/cs.js'),
  en: () => import('./locales/en.js'),
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  hu: () => import('./locales/hu.js'),
  it: () => import('./locales/it.js'),
  nl: () => import('./locales/nl.js'),
  pl: () => import('./locales/pl.js'),
  tr: () => import('./locales/tr.js'),
  uk: () => import('./locales/uk.js'),
};
