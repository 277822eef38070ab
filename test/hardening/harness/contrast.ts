/**
 * Text contrast where axe cannot decide it (text over the map's shapes, a marker, a bar): measured on the screen. The
 * page's glyphs are made transparent for a moment and the boxes of the text photographed, so the screenshot holds
 * exactly what lies behind the letters; each of those pixels is compared with the text's colour by the WCAG formula.
 * Large text (24 px, or 18.66 px bold) needs 3 : 1, other text 4.5 : 1 (WCAG 1.4.3).
 */
import type { Page } from 'playwright-core';
import { decodePng } from './png.js';

export interface ContrastMeasure {
  /** The text, shortened. */
  text: string;
  /** The ratio required of this text. */
  required: number;
  /** The lowest ratio against any pixel behind the text, and the share of those pixels that meet `required`. */
  lowest: number;
  meeting: number;
}

type Rgb = [number, number, number];
interface Resolver {
  resolveContrastPath: typeof resolve;
}

/** WCAG 2 relative luminance of an sRGB colour with 0–255 channels. */
function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Measures the text of the node at `path` (selectors from the document into nested shadow roots, as axe names a
 * node); null where there is no such node or it has no box on screen.
 */
export async function measureContrast(page: Page, path: string[]): Promise<ContrastMeasure | null> {
  // The lookup is needed in two page functions; a page function cannot call a function of this module.
  await page.evaluate(`globalThis.resolveContrastPath = ${resolve.toString()}`);
  const found = await page.evaluate((selectors) => {
    const node = (globalThis as unknown as Resolver).resolveContrastPath(selectors);
    if (!node) return null;
    node.scrollIntoView({ block: 'center', inline: 'center' });
    const style = getComputedStyle(node);
    // SVG text is painted with its fill, HTML text with its colour.
    const paint = node instanceof SVGElement ? style.fill : style.color;
    const color = paint.match(/[\d.]+/gu)?.map(Number) ?? [];
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    // Every glyph of the page invisible for a moment (not the colour: borders, icons and swatches drawn in the text's
    // colour stay), so that the screenshot holds exactly what lies behind the letters.
    const hide = new CSSStyleSheet();
    hide.replaceSync(
      '* { -webkit-text-fill-color: transparent !important; text-shadow: none !important; ' +
        'text-decoration-color: transparent !important } text, tspan { fill: transparent !important; stroke: none !important }',
    );
    const roots: (Document | ShadowRoot)[] = [document];
    for (let el: Node | null = node; el; el = el.parentNode ?? (el as ShadowRoot).host ?? null) {
      if (el instanceof ShadowRoot) roots.push(el);
    }
    for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, hide];
    (globalThis as unknown as { contrastHide: () => void }).contrastHide = () => {
      for (const root of roots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== hide);
    };
    // The boxes of the node's own text, not of the element (a legend's swatch beside the words is not behind them).
    const boxes: { x: number; y: number; width: number; height: number }[] = [];
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      if (!text.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(text);
      for (const r of range.getClientRects())
        boxes.push({ x: r.x, y: r.y, width: r.width, height: r.height });
    }
    return {
      text: (node.textContent ?? '').trim().slice(0, 40),
      color: color.slice(0, 3) as [number, number, number],
      alpha: color[3] ?? 1,
      required: large ? 3 : 4.5,
      boxes: boxes.filter((b) => b.width >= 1 && b.height >= 1),
    };
  }, path);
  if (!found) return null;
  try {
    if (found.boxes.length === 0) return null;
    let lowest = Infinity;
    let meeting = 0;
    let pixels = 0;
    for (const box of found.boxes) {
      const shot = await page.screenshot({
        clip: {
          x: Math.floor(box.x),
          y: Math.floor(box.y),
          width: Math.max(1, Math.floor(box.width)),
          height: Math.max(1, Math.floor(box.height)),
        },
        animations: 'disabled',
        caret: 'hide',
      });
      const { data } = decodePng(shot);
      for (let i = 0; i < data.length; i += 4) {
        const behind: Rgb = [data[i]!, data[i + 1]!, data[i + 2]!];
        // A translucent text colour shows the background through it.
        const text = found.color.map((c, k) => c * found.alpha + behind[k]! * (1 - found.alpha)) as Rgb;
        const ratio = contrastRatio(text, behind);
        lowest = Math.min(lowest, ratio);
        if (ratio >= found.required) meeting += 1;
        pixels += 1;
      }
    }
    return { text: found.text, required: found.required, lowest, meeting: meeting / pixels };
  } finally {
    await page.evaluate(() => (globalThis as unknown as { contrastHide: () => void }).contrastHide());
  }
}

/** In the page: the node at the end of `selectors`, each looked up in the shadow root (or subtree) of the last. */
function resolve(selectors: string[]): HTMLElement | SVGElement | null {
  let root: Document | ShadowRoot | Element = document;
  let node: Element | null = null;
  for (const selector of selectors) {
    node = root.querySelector(selector);
    if (!node) return null;
    root = node.shadowRoot ?? node;
  }
  return node instanceof HTMLElement || node instanceof SVGElement ? node : null;
}
