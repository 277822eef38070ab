// A host page's own use of @lit/localize (runtime mode, English source, a German translation): it configures the
// page-global localization, which may happen only once per page.
/* global document, window */
import { configureLocalization, msg } from '/vendor/lit-localize/lit-localize.js';

export async function configureHost() {
  const { getLocale, setLocale } = configureLocalization({
    sourceLocale: 'en',
    targetLocales: ['de'],
    loadLocale: async () => ({ templates: { 'host-greeting': 'Willkommen auf unserer Seite' } }),
  });
  const show = () => {
    document.getElementById('greeting').textContent = msg('Welcome to our site', { id: 'host-greeting' });
  };
  window.host = {
    getLocale,
    async setLocale(locale) {
      await setLocale(locale);
      show();
    },
  };
  await window.host.setLocale('de');
}
