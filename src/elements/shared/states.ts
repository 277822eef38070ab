/**
 * The states every element shows the same way: loading (a polite status, the base marked busy by the caller),
 * error (an alert with a clear sentence, and a retry button where asking again may help), empty (a sentence, never
 * a blank box). Plus headings at a configurable level. Render inside the element's `render()` so `msg` speaks the
 * element's language.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DatasetLoadError } from '../../data/loader.js';
import type { SourceInfo } from '../../data/model.js';
import { formatNumber, plural } from '../../i18n/intl.js';
import { currentLocale, msg, str } from '../../i18n/msg.js';

export function renderLoading(): TemplateResult {
  return html`<p class="state" part="state loading" role="status">
    ${msg('Partnerschaften werden geladen …')}
  </p>`;
}

/**
 * "Details stehen in der Konsole des Browsers.": after a sentence on faulty data, where the webmaster reads what it
 * leaves out (the loader names the file, the line and column, the record, field and value there).
 */
const inConsole = () => msg('Details stehen in der Konsole des Browsers.');

function errorDetail(error: DatasetLoadError): string {
  switch (error.reason) {
    case 'network':
    case 'aborted':
      return msg('Der Server ist nicht erreichbar. Bitte prüfen Sie die Verbindung.');
    case 'timeout':
      return msg('Der Server hat nicht rechtzeitig geantwortet.');
    case 'http':
    case 'invalid-src':
      return error.status === 404 || error.reason === 'invalid-src'
        ? msg('Die Datendatei wurde nicht gefunden.')
        : msg(str`Der Server meldet einen Fehler (HTTP ${error.status}).`);
    case 'not-json':
    case 'invalid':
      // What is wrong and where (a line and column, a field) is for the webmaster, who finds it in the console.
      return `${msg('Die Datei enthält keine gültigen Partnerschaftsdaten.')} ${inConsole()}`;
    case 'missing-inline':
      return msg('Die eingebetteten Daten fehlen auf dieser Seite.');
  }
}

/**
 * Whether asking again may help: no connection, no answer in time, or a server that is busy or failing (HTTP 408,
 * 429, 5xx). A file that is missing (404, 403, 410) or no dataset, inline data not on the page, or a `src` that is no
 * address stay so however often one asks: a button would only promise what it cannot do.
 */
function mayRetry({ reason, status }: DatasetLoadError): boolean {
  return reason === 'http'
    ? status === 408 || status === 429 || status >= 500
    : ['network', 'timeout', 'aborted'].includes(reason);
}

export function renderError(error: DatasetLoadError, onRetry: () => void): TemplateResult {
  return html`<div class="state state--error" part="state error" role="alert">
    <p>${msg('Die Partnerschaften konnten nicht geladen werden.')} ${errorDetail(error)}</p>
    ${
      mayRetry(error)
        ? html`<button type="button" part="retry-button" @click=${onRetry}>
            ${msg('Erneut versuchen')}
          </button>`
        : nothing
    }
  </div>`;
}

export function renderEmpty(
  text: string = msg('Für diese Auswahl sind keine Partnerschaften verzeichnet.'),
): TemplateResult {
  return html`<p class="state" part="state empty">${text}</p>`;
}

/**
 * "Quellen: Wikipedia contributors (…), CC BY-SA 4.0; © Statistisches Bundesamt (Destatis) …": the credit the
 * licences of the shown data ask for, each in its source's language. Text, not links: a page with several elements
 * would otherwise gain several tab stops each (the card links its sources). Nothing where no source asks.
 */
export function renderCredit(sources: readonly SourceInfo[]): TemplateResult | typeof nothing {
  if (sources.length === 0) return nothing;
  return html`<p class="credit" part="credit">
    ${msg('Quellen:')}
    ${sources.map(
      (source, i) =>
        html`${i > 0 ? '; ' : ''}<span lang=${source.language ?? 'de'}>${source.attribution}</span>`,
    )}
  </p>`;
}

/**
 * "2 fehlerhafte Einträge der Datendatei werden nicht angezeigt. Details stehen in der Konsole des Browsers.":
 * records the validator left out are never dropped silently; the reader learns that the list is incomplete, the
 * webmaster where each record, field and value is named. Nothing when nothing was left out.
 */
export function renderSkipped(count: number): TemplateResult | typeof nothing {
  if (count <= 0) return nothing;
  const n = formatNumber(count, currentLocale());
  const text = plural(count, currentLocale(), {
    one: () =>
      msg(str`${n} fehlerhafter Eintrag der Datendatei wird nicht angezeigt.`, {
        id: 'skipped-records-one',
        desc: 'Invalid records in the dataset that are left out, plural form "one".',
      }),
    two: () =>
      msg(str`${n} fehlerhafte Einträge der Datendatei werden nicht angezeigt.`, {
        id: 'skipped-records-two',
        desc: 'Plural form "two" (e.g. Arabic 2).',
      }),
    few: () =>
      msg(str`${n} fehlerhafte Einträge der Datendatei werden nicht angezeigt.`, {
        id: 'skipped-records-few',
        desc: 'Plural form "few" (e.g. Polish 2-4).',
      }),
    many: () =>
      msg(str`${n} fehlerhafte Einträge der Datendatei werden nicht angezeigt.`, {
        id: 'skipped-records-many',
        desc: 'Plural form "many" (e.g. Polish 5-21).',
      }),
    other: () =>
      msg(str`${n} fehlerhafte Einträge der Datendatei werden nicht angezeigt.`, {
        id: 'skipped-records-other',
        desc: 'Plural form "other".',
      }),
  });
  return html`<p class="skipped" part="skipped">${text} ${inConsole()}</p>`;
}

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** A `heading-level` attribute value as a level from 1 to 6 (default 2). */
export function toHeadingLevel(value: unknown, fallback: HeadingLevel = 2): HeadingLevel {
  const level = Math.round(Number(value));
  return level >= 1 && level <= 6 ? (level as HeadingLevel) : fallback;
}

/** A real `<h1>`…`<h6>` (not role="heading"), so the page's outline and the reader's heading navigation include it. */
export function renderHeading(
  level: HeadingLevel,
  content: unknown,
  part = 'heading',
  id?: string,
): TemplateResult {
  const i = id ?? nothing;
  switch (level) {
    case 1:
      return html`<h1 part=${part} id=${i}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} id=${i}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${i}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${i}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${i}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} id=${i}>${content}</h6>`;
  }
}
