// A host page that uses @lit/localize for its own strings (English source, German translation).
import { configureLocalization, msg } from '@lit/localize';

export function configureHost(): { setLocale: (locale: string) => Promise<void>; greeting: () => string } {
  const { setLocale } = configureLocalization({
    sourceLocale: 'en',
    targetLocales: ['de'],
    loadLocale: async () => ({ templates: { 'host-greeting': 'Willkommen' } }),
  });
  // Called through a plainly typed alias, so that our own string extraction does not take the host's string.
  const hostMsg = msg as (template: string, options: { id: string }) => string;
  return { setLocale, greeting: () => hostMsg('Welcome', { id: 'host-greeting' }) };
}
