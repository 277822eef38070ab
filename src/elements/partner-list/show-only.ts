import type { Partnership } from '../../data/model.js';
import type { PartnershipGroup } from '../../data/queries.js';

/**
 * Shows only the partnerships a search found by hiding the others where they are, instead of rendering a new list.
 * A keystroke then changes a few attributes rather than removing and creating thousands of nodes: removing the
 * 10,000 items of a complete list alone takes longer than a frame. What is hidden leaves the accessibility tree
 * and loses its part name (`item`, `group`), so "every partnership shown is one `<li part="item">`" stays true and
 * `::part(item)` styles only what is shown.
 *
 * `root` holds the list as rendered from `groups` (items `li.item` and group wrappers `div.group` in document
 * order; of a long list possibly only the first items so far). `wanted` is the search result, or null for all.
 */
export function showOnly(
  root: ParentNode,
  groups: readonly PartnershipGroup[],
  wanted: ReadonlySet<Partnership> | null,
): void {
  const items = root.querySelectorAll<HTMLElement>('li.item');
  const wrappers = root.querySelectorAll<HTMLElement>('div.group');
  let next = 0;
  groups.forEach((group, index) => {
    if (next >= items.length) return;
    let any = false;
    for (const p of group.partnerships) {
      const item = items[next];
      if (!item) break;
      next += 1;
      const show = wanted === null || wanted.has(p);
      any ||= show;
      setShown(item, show, 'item');
    }
    const wrapper = wrappers[index];
    if (wrapper) setShown(wrapper, any, 'group');
  });
}

function setShown(element: HTMLElement, show: boolean, part: string): void {
  if (element.hidden === !show) return;
  element.hidden = !show;
  element.part.toggle(part, show);
}
