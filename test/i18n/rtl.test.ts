import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../../src/elements/partner-anniversaries/define.js';
import '../../src/elements/partner-card/define.js';
import '../../src/elements/partner-list/define.js';
import '../../src/elements/partner-stats/define.js';
import '../../src/elements/partner-timeline/define.js';
import { isRightToLeft } from '../../src/i18n/locale.js';
import { attach } from '../fixtures/attach.js';
import { $, $$, FIXTURE_SRC as SRC, freshLoader } from '../fixtures/kit.js';
import { settled } from '../fixtures/settled.js';
import { mapFixture } from '../partner-map/helpers.js';

/**
 * Arabic is written right to left: every element lays itself out from the right, while a German element next to
 * it, even on a right-to-left page, stays left to right. The map's drawing is geography and never mirrors.
 */

const base = (el: Element) => $(el, '[part~="base"]')!;
const box = (node: Element) => node.getBoundingClientRect();

/** Where the text of `block` stands in its box: `right` when it begins at the right edge (short text only). */
function textSide(block: Element): 'left' | 'right' {
  const range = document.createRange();
  range.selectNodeContents(block);
  const text = range.getBoundingClientRect();
  const outer = box(block);
  expect(text.width, 'the text is shorter than its line').to.be.below(outer.width - 20);
  return outer.right - text.right < text.left - outer.left ? 'right' : 'left';
}

/** An Arabic and a German `<tag>` side by side, on a page part that is itself Arabic and right to left. */
async function pair<T extends LitElement>(tag: string, attributes: string, width = 480): Promise<[T, T]> {
  const wrapper = attach<HTMLDivElement>(
    `<div dir="rtl" style="width: ${width}px"><${tag} lang="ar" ${attributes}></${tag}>` +
      `<${tag} lang="de" ${attributes}></${tag}></div>`,
    'ar',
  );
  const [ar, de] = [...wrapper.children] as T[];
  await Promise.all([settled(ar!), settled(de!)]);
  return [ar!, de!];
}

/** The toolbar's icons (map-toolbar.ts), by what they show. */
const ICON_NAMES: Record<string, string> = {
  'M5 12h14M12 5v14': '+',
  'M5 12h14': '−',
  'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5': 'all',
  'M15 5l-7 7 7 7': '←',
  'M5 15l7-7 7 7': '↑',
  'M5 9l7 7 7-7': '↓',
  'M9 5l7 7-7 7': '→',
  'M8 6h12M8 12h12M8 18h12M4 6h.01M4 12h.01M4 18h.01': 'list',
};

describe('right to left', () => {
  beforeEach(() => freshLoader());

  it('the direction comes from the language', () => {
    expect(['ar', 'ar-EG', 'he', 'fa'].map(isRightToLeft)).to.deep.equal([true, true, true, true]);
    expect(['de', 'en', 'tr', 'uk'].map(isRightToLeft)).to.deep.equal([false, false, false, false]);
  });

  it('<partner-list>: Arabic from the right, German from the left; accessible', async () => {
    const [ar, de] = await pair('partner-list', `src="${SRC}" kreis="harz"`);
    expect(base(ar).getAttribute('dir')).to.equal('rtl');
    expect(base(de).getAttribute('dir')).to.equal('ltr');
    expect(textSide($(ar, '[part~="summary"]')!)).to.equal('right');
    expect(textSide($(de, '[part~="summary"]')!)).to.equal('left');
    expect(textSide($$(ar, '[part~="group-heading"]')[0]!)).to.equal('right');
    await expect(ar).to.be.accessible();
  });

  it('<partner-timeline>: the decades run from right to left; German from left to right', async () => {
    const [ar, de] = await pair('partner-timeline', `src="${SRC}"`, 1000);
    expect(base(ar).getAttribute('dir')).to.equal('rtl');
    expect(base(de).getAttribute('dir')).to.equal('ltr');
    const [first, second] = $$(ar, '.decade');
    expect(box(first!).top).to.equal(box(second!).top);
    expect(box(first!).left).to.be.above(box(second!).left);
    const [deFirst, deSecond] = $$(de, '.decade');
    expect(box(deFirst!).left).to.be.below(box(deSecond!).left);
    // The line and its dots on the inline start: right of the entries in Arabic.
    expect(box($(ar, '.marker')!).left).to.be.above(box($(ar, '.year')!).left);
    expect(box($(de, '.marker')!).left).to.be.below(box($(de, '.year')!).left);
    await expect(ar).to.be.accessible();
  });

  it('<partner-timeline> narrow: the time line on the right', async () => {
    const [ar] = await pair('partner-timeline', `src="${SRC}"`, 320);
    const list = box($(ar, '.list')!);
    expect(box($(ar, '.marker')!).left).to.be.above(list.left + list.width / 2);
  });

  it('<partner-stats>: the bars grow from the right', async () => {
    const [ar, de] = await pair('partner-stats', `src="${SRC}"`);
    expect(base(ar).getAttribute('dir')).to.equal('rtl');
    expect(base(de).getAttribute('dir')).to.equal('ltr');
    // A bar shorter than its track, so that it shows which end it starts from.
    const bar = (el: Element) =>
      $$(el, '[part~="bar"]').find((node) => box(node).width < box(node.parentElement!).width - 4)!;
    const [arBar, deBar] = [bar(ar), bar(de)];
    expect(box(arBar).right).to.be.closeTo(box(arBar.parentElement!).right, 1);
    expect(box(arBar).left).to.be.above(box(arBar.parentElement!).left + 1);
    expect(box(deBar).left).to.be.closeTo(box(deBar.parentElement!).left, 1);
    await expect(ar).to.be.accessible();
  });

  it('<partner-anniversaries>: from the right', async () => {
    const [ar, de] = await pair('partner-anniversaries', `src="${SRC}" year="2026"`);
    expect(base(ar).getAttribute('dir')).to.equal('rtl');
    expect(base(de).getAttribute('dir')).to.equal('ltr');
    expect(textSide($(ar, '[part~="summary"]')!)).to.equal('right');
    expect(textSide($(de, '[part~="summary"]')!)).to.equal('left');
    await expect(ar).to.be.accessible();
  });

  it('<partner-card>: from the right', async () => {
    const [ar, de] = await pair('partner-card', `src="${SRC}" partnership="halberstadt--nachod"`);
    expect(base(ar).getAttribute('dir')).to.equal('rtl');
    expect(base(de).getAttribute('dir')).to.equal('ltr');
    const title = (el: Element) => $(el, '[part~="card"] :is(h1, h2, h3, h4, h5, h6)')!;
    expect(textSide(title(ar))).to.equal('right');
    expect(textSide(title(de))).to.equal('left');
    await expect(ar).to.be.accessible();
  });

  it('<partner-map>: toolbar and legend mirror, the drawing does not; the pan arrows still read ← ↑ ↓ →', async () => {
    const ar = await mapFixture(`src="${SRC}"`, { lang: 'ar' });
    const de = await mapFixture(`src="${SRC}"`, { lang: 'de' });
    expect(base(ar).getAttribute('dir')).to.equal('rtl');
    expect(base(de).getAttribute('dir')).to.equal('ltr');
    // The drawing is geography: every marker where it is on the German map (Poland east of France).
    const spots = (el: Element) => $$(el, '[part~="marker"]').map((m) => m.getAttribute('transform'));
    expect(spots(ar)).to.deep.equal(spots(de));
    const controls = $$(ar, '[part~="control"]');
    expect(box(controls[0]!).left, 'zoom in is the rightmost').to.be.above(box(controls[1]!).left);
    const legend = $$(ar, '.legend li');
    expect(box(legend[0]!).left).to.be.above(box(legend[1]!).left);
    // The buttons from left to right on the screen, by their icon.
    const onScreen = (el: Element) =>
      $$(el, '[part~="control"]')
        .sort((a, b) => box(a).left - box(b).left)
        .map((button) => ICON_NAMES[button.querySelector('path')!.getAttribute('d')!]);
    expect(onScreen(de)).to.deep.equal(['+', '−', 'all', '←', '↑', '↓', '→', 'list']);
    expect(onScreen(ar)).to.deep.equal(['list', '←', '↑', '↓', '→', 'all', '−', '+']);
    // The arrow keys follow the screen: Left goes on from zoom in (the rightmost) to zoom out.
    controls[0]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(ar.shadowRoot!.activeElement).to.equal(controls[1]);
    await sendKeys({ press: 'ArrowRight' });
    expect(ar.shadowRoot!.activeElement).to.equal(controls[0]);
    await expect(ar).to.be.accessible();
  });
});
