/* global document, location, Option */
// What every demo page has in its header, written once: the navigation between the pages (the same on each, the
// current page marked for assistive technology) and the switch of the page's language (<html lang>), which every
// element follows. Built with DOM methods and textContent, so it runs under the pages' strict CSP with Trusted Types.
// The demo needs JavaScript anyway: its subject is custom elements.
import { LOCALES, languageName } from '../dist/i18n/languages.js';

const PAGES = [
  ['/demo/index.html', 'Liste'],
  ['/demo/map.html', 'Karte'],
  ['/demo/timeline.html', 'Zeitleiste'],
  ['/demo/stats.html', 'Statistik'],
  ['/demo/anniversaries.html', 'Jubiläen'],
  ['/demo/card.html', 'Karte eines Partners'],
  // Not a demo page but what a webmaster comes for next: code for the own page, own rows included.
  ['/docs/builder.html', 'Baukasten'],
];

/** Every language the elements speak (lit-localize.json's list, as built), each by its own name. */
const LANGUAGES = LOCALES.map((locale) => [locale, languageName(locale)]);

function navigation() {
  const nav = document.createElement('nav');
  nav.className = 'page-nav';
  nav.setAttribute('aria-label', 'Demo-Seiten');
  const list = document.createElement('ul');
  const here = location.pathname === '/demo/' ? '/demo/index.html' : location.pathname;
  for (const [href, text] of PAGES) {
    const link = document.createElement('a');
    link.href = href;
    link.textContent = text;
    if (href === here) link.setAttribute('aria-current', 'page');
    const item = document.createElement('li');
    item.append(link);
    list.append(item);
  }
  nav.append(list);
  return nav;
}

function languageSwitch() {
  const label = document.createElement('label');
  label.className = 'language';
  const code = document.createElement('code');
  code.textContent = '<html lang>';
  const select = document.createElement('select');
  for (const [value, text] of LANGUAGES) select.add(new Option(text, value));
  select.value = document.documentElement.lang;
  select.addEventListener('change', () => {
    document.documentElement.lang = select.value;
  });
  label.append('Sprache der Seite (', code, ') ', select);
  return label;
}

document.querySelector('.page-header').append(navigation(), languageSwitch());
