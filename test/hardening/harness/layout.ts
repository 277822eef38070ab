/**
 * Layout checks that axe cannot make, measured in the page (through shadow roots) for the page-level suites:
 * reflow at 320 CSS pixels (WCAG 1.4.10), text spacing without loss of content (1.4.12), target size (2.5.8).
 */
import type { Page } from 'playwright-core';

/** WCAG 1.4.12's spacing, as the usual test bookmarklet sets it, applied to the page and inside every shadow root. */
export const TEXT_SPACING_CSS =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } ' +
  'p { margin-bottom: 2em !important; }';

/** Apply the text-spacing overrides everywhere (a user style sheet would reach shadow roots only by inheritance). */
export async function applyTextSpacing(page: Page): Promise<number> {
  return page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    let roots = 0;
    const apply = (root: Document | ShadowRoot) => {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      roots += 1;
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) apply(el.shadowRoot);
    };
    apply(document);
    return roots;
  }, TEXT_SPACING_CSS);
}

/** Where content sticks out of its element or of the viewport (horizontal scrolling), per element id. */
export async function reflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1) {
      problems.push(
        `the page scrolls sideways: ${document.documentElement.scrollWidth} px wide at ${width} px`,
      );
    }
    for (const host of document.querySelectorAll<HTMLElement>('[data-state]')) {
      const box = host.getBoundingClientRect();
      if (box.left < -1 || box.right > width + 1)
        problems.push(`${host.id}: ${Math.round(box.width)} px wide`);
      const walk = (root: ShadowRoot, clip: { scroller: Element | null }) => {
        for (const el of root.querySelectorAll<HTMLElement>('*')) {
          const rect = el.getBoundingClientRect();
          if (rect.width <= 1 || rect.height <= 1) continue; // visually hidden text
          // Inside a scroll or clip container, content may be wider: only two-dimensional content (a map, a table)
          // may scroll, and that is for the element's own design; report it if such a container itself sticks out.
          let scroller: Element | null = null;
          for (let a = el.parentElement; a; a = a.parentElement) {
            const o = getComputedStyle(a).overflowX;
            if (o !== 'visible') {
              scroller = a;
              break;
            }
          }
          if (scroller) continue;
          if (rect.right > box.right + 1 || rect.left < box.left - 1) {
            problems.push(
              `${host.id}: <${el.localName} part="${el.getAttribute('part') ?? ''}"> sticks out by ${Math.round(Math.max(rect.right - box.right, box.left - rect.left))} px`,
            );
          }
          if (el.shadowRoot) walk(el.shadowRoot, clip);
        }
      };
      if (host.shadowRoot) walk(host.shadowRoot, { scroller: null });
    }
    return [...new Set(problems)];
  });
}

/** Text cut off by its box: elements that clip (overflow hidden/clip) or hold fewer lines than their text needs. */
export async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const host of document.querySelectorAll<HTMLElement>('[data-state]')) {
      for (const el of host.shadowRoot?.querySelectorAll<HTMLElement>('*') ?? []) {
        if (!(el instanceof HTMLElement)) continue; // SVG has no text boxes to clip
        if (el.clientWidth <= 2 || el.clientHeight <= 2) continue; // visually hidden text is clipped on purpose
        if (!(el.textContent ?? '').trim()) continue;
        const style = getComputedStyle(el);
        const clipsX = style.overflowX === 'hidden' || style.overflowX === 'clip';
        const clipsY = style.overflowY === 'hidden' || style.overflowY === 'clip';
        const scrollsY = style.overflowY === 'auto' || style.overflowY === 'scroll';
        if (
          (clipsX && el.scrollWidth > el.clientWidth + 1) ||
          (clipsY && el.scrollHeight > el.clientHeight + 1)
        ) {
          problems.push(
            `${host.id}: <${el.localName} part="${el.getAttribute('part') ?? ''}"> clips its text`,
          );
        } else if (
          !scrollsY &&
          style.overflowY === 'visible' &&
          el.scrollHeight > el.clientHeight + 2 &&
          style.height !== 'auto'
        ) {
          // Spills out of a box whose height is fixed: it would overlap what follows.
          const fixed = el.style.height || /px$/u.test(getComputedStyle(el).maxHeight);
          if (fixed)
            problems.push(
              `${host.id}: <${el.localName} part="${el.getAttribute('part') ?? ''}"> spills out of its fixed height`,
            );
        }
        if (style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) {
          problems.push(
            `${host.id}: <${el.localName} part="${el.getAttribute('part') ?? ''}"> cuts its text with an ellipsis`,
          );
        }
      }
    }
    return [...new Set(problems)];
  });
}

export interface Target {
  host: string;
  what: string;
  width: number;
  height: number;
  /** Why a target under 24 × 24 px passes (WCAG 2.5.8's exceptions), or '' if it does not. */
  exception: string;
}

/** Every pointer target in the elements with its size, and whether it meets 24 × 24 px or one of the exceptions. */
export async function targets(page: Page): Promise<Target[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button, input, select, textarea, summary, [tabindex], [role="button"], [role="link"]';
    const found: { host: string; el: Element; rect: DOMRect }[] = [];
    for (const host of document.querySelectorAll<HTMLElement>('[data-state]')) {
      for (const el of host.shadowRoot?.querySelectorAll(selector) ?? []) {
        if (el.getAttribute('part')?.split(' ').includes('base')) continue; // takes the focus only after a retry
        const rect = el.getBoundingClientRect();
        if (rect.width === 0 && rect.height === 0) continue; // not rendered (a closed popup, a hidden list)
        if (getComputedStyle(el).visibility === 'hidden') continue;
        found.push({ host: host.id, el, rect });
      }
    }
    const small = (r: DOMRect) => r.width < 24 || r.height < 24;
    /** The 24 px circle of 2.5.8's spacing exception, centred on the target's box. */
    const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    const circleHitsRect = (c: { x: number; y: number }, r: DOMRect) => {
      const dx = Math.max(r.left - c.x, 0, c.x - r.right);
      const dy = Math.max(r.top - c.y, 0, c.y - r.bottom);
      return dx * dx + dy * dy < 12 * 12;
    };
    return found.map(({ host, el, rect }) => {
      let exception = '';
      if (small(rect)) {
        const display = getComputedStyle(el).display;
        const parentText =
          (el.parentElement?.textContent ?? '').trim().length > (el.textContent ?? '').trim().length;
        if (el.localName === 'a' && display === 'inline' && parentText)
          exception = 'inline link in a sentence';
        else {
          const c = centre(rect);
          const clear = found.every(
            (other) =>
              other.el === el ||
              other.el.contains(el) ||
              el.contains(other.el) ||
              (!circleHitsRect(c, other.rect) &&
                (!small(other.rect) ||
                  Math.hypot(centre(other.rect).x - c.x, centre(other.rect).y - c.y) >= 24)),
          );
          if (clear) exception = 'spacing: its 24 px circle meets no other target';
        }
      }
      const label =
        el.getAttribute('aria-label') ?? (el.textContent ?? '').replace(/\s+/gu, ' ').trim().slice(0, 30);
      return {
        host,
        what: `${el.localName}[part=${el.getAttribute('part') ?? ''}] "${label}"`,
        width: Math.round(rect.width * 10) / 10,
        height: Math.round(rect.height * 10) / 10,
        exception,
      };
    });
  });
}
