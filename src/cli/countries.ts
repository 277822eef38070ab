/** German country names → ISO 3166-1 alpha-2, from i18n-iso-countries (Node only: the locale data stays out of the browser bundle). */
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/de.json') as countries.LocaleData);

export function germanCountryCode(name: string): string | undefined {
  return countries.getAlpha2Code(name, 'de');
}
