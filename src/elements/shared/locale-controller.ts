import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { observeLang } from '../../i18n/lang-observer.js';
import { resolveLocale, SOURCE_LOCALE, type Locale } from '../../i18n/locale.js';
import { isCatalogLoaded, loadCatalog, withLocale } from '../../i18n/msg.js';

/**
 * Keeps an element's language current: its own `lang`, else the closest `[lang]`, else `<html lang>`, else German.
 * Re-renders the host when that changes (one MutationObserver for the whole page, see lang-observer.ts).
 * `run()` makes every `msg()` inside it speak the host's language; `ready` says whether its translation is loaded.
 */
export class LocaleController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #locale: Locale = SOURCE_LOCALE;
  #unobserve: (() => void) | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** The language the host renders in. */
  get locale(): Locale {
    return this.#locale;
  }

  hostConnected(): void {
    this.#unobserve = observeLang(() => this.refresh());
    this.refresh();
  }

  hostDisconnected(): void {
    this.#unobserve?.();
    this.#unobserve = undefined;
  }

  /** Whether the translation of `locale` is loaded, so that the host can show text in its language. */
  get ready(): boolean {
    return isCatalogLoaded(this.#locale);
  }

  /** Re-resolve the language (the host calls this when its own `lang` changes); re-renders only on a change. */
  refresh(): void {
    const next = resolveLocale(this.#host);
    if (next === this.#locale) return;
    this.#locale = next;
    this.#host.requestUpdate();
    if (!this.ready) void loadCatalog(next).then(() => this.#host.requestUpdate());
  }

  /** Run `render` with the host's language for every `msg()` call inside it. */
  run<T>(render: () => T): T {
    return withLocale(this.#locale, render);
  }
}
