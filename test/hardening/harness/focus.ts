/**
 * What has the keyboard focus, through shadow roots, and whether a sighted keyboard user can see it: the focused
 * element's outline or box-shadow (or, for SVG, a stroke drawn on focus), read from the computed style.
 */
import type { Page } from 'playwright-core';

export interface FocusStop {
  /** The element (host id) the focus is in, or the light-DOM element's id. */
  host: string;
  /** The focused element: tag, part and accessible label or text. */
  what: string;
  /** How the focus shows, or '' when it does not. */
  indicator: string;
  /** Focused element's box, in CSS pixels. */
  width: number;
  height: number;
}

export async function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    let host: Element | null = null;
    while (active?.shadowRoot?.activeElement) {
      host = active;
      active = active.shadowRoot.activeElement;
    }
    const el = active as HTMLElement | SVGElement | null;
    if (!el) return { host: 'none', what: 'none', indicator: '', width: 0, height: 0 };
    const style = getComputedStyle(el);
    const indicators: string[] = [];
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) {
      indicators.push(`outline ${style.outlineWidth} ${style.outlineStyle}`);
    }
    if (style.boxShadow !== 'none') indicators.push('box-shadow');
    // SVG controls (map markers) draw their ring with a stroke on a child shape.
    for (const shape of el.querySelectorAll?.('circle, rect, path') ?? []) {
      const s = getComputedStyle(shape);
      if (s.strokeWidth !== '0px' && s.stroke !== 'none' && s.visibility !== 'hidden' && s.opacity !== '0') {
        indicators.push(`stroke ${s.strokeWidth}`);
        break;
      }
    }
    const label =
      el.getAttribute('aria-label') ?? (el.textContent ?? '').replace(/\s+/gu, ' ').trim().slice(0, 40);
    const part = el.getAttribute('part');
    const rect = el.getBoundingClientRect();
    return {
      host: host?.id || host?.localName || el.id || el.localName,
      what: `${el.localName}${part ? `[part=${part}]` : ''} "${label}"`,
      indicator: el.matches(':focus-visible') ? indicators.join(', ') : '',
      width: Math.round(rect.width),
      height: Math.round(rect.height),
    };
  });
}
