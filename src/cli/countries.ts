/** Country names → ISO 3166-1 alpha-2, from i18n-iso-countries (Node only: the locale data stays out of the browser bundle). */
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/de.json') as countries.LocaleData);
countries.registerLocale(require('i18n-iso-countries/langs/en.json') as countries.LocaleData);

/** The code of a country named in `language` (`de`, `en`): the library knows official and common names. */
export function countryCode(name: string, language: string): string | undefined {
  return countries.getAlpha2Code(name, language);
}
