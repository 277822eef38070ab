import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets one custom property on an element through the CSS object model (`el.style.setProperty`), which a strict
 * Content-Security-Policy allows. Lit's `styleMap` writes a `style` attribute on first render, which
 * `style-src 'self'` blocks, so a bar would lose its length on exactly the pages we promise to work on.
 *
 * `<span ${cssProperty('--_share', 0.42)}></span>`
 */
class CssPropertyDirective extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT)
      throw new Error('cssProperty() goes on an element, not in an attribute.');
  }

  /** Only types the call: an element part shows nothing, update() does the work. */
  render(...args: [name: string, value: string | number]): typeof nothing {
    void args;
    return nothing;
  }

  override update(part: ElementPart, [name, value]: [string, string | number]): typeof noChange {
    (part.element as HTMLElement).style.setProperty(name, String(value));
    return noChange;
  }
}

export const cssProperty = directive(CssPropertyDirective);
