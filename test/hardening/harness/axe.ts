/**
 * axe-core in a page of the page suites: injected from the installed package (the pages' own policy is not in the way:
 * the a11y pages have none), run against WCAG 2.0, 2.1 and 2.2 A/AA, and its findings attributed to the element
 * (and state) they belong to through the host's id, even deep inside a shadow root.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeFinding {
  /** The host element's id (`partner-list--loaded`), or `page` for the page around the elements. */
  cell: string;
  rule: string;
  impact: string;
  /** Where, as axe names it (shadow roots joined with ` >>> `), and what it says. */
  target: string;
  /** The same as selectors, each looked up in the shadow root of the node before (see contrast.ts). */
  path: string[];
  summary: string;
}

export interface AxeResult {
  violations: AxeFinding[];
  /** Checks axe could not decide (e.g. contrast over a gradient): for manual review, not failures. */
  incomplete: AxeFinding[];
  /** How many rules ran. */
  rules: number;
}

export async function injectAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => 'axe' in window)) return;
  await page.addScriptTag({ path: AXE });
}

export async function runAxe(page: Page): Promise<AxeResult> {
  await injectAxe(page);
  return page.evaluate(async (tags) => {
    type Node = { target: (string | string[])[]; failureSummary?: string; impact?: string };
    type Rule = { id: string; impact?: string; nodes: Node[] };
    const axe = (
      window as unknown as {
        axe: { run(context: unknown, options: unknown): Promise<Record<string, Rule[]>> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations', 'incomplete'],
    });
    const cellOf = (target: Node['target']) => {
      const first = target[0];
      const selector = Array.isArray(first) ? first[0] : first;
      const el = selector ? document.querySelector(selector) : null;
      return el?.closest('[data-state]')?.id ?? 'page';
    };
    const flatten = (rules: Rule[]) =>
      rules.flatMap((rule) =>
        rule.nodes.map((node) => ({
          cell: cellOf(node.target),
          rule: rule.id,
          impact: node.impact ?? rule.impact ?? '',
          target: node.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' >>> '),
          path: node.target.flatMap((t) => (Array.isArray(t) ? t : [t])),
          summary: (node.failureSummary ?? '').replace(/\s+/gu, ' ').slice(0, 300),
        })),
      );
    const count = (key: string) => (result[key] ?? []).length;
    return {
      violations: flatten(result.violations ?? []),
      incomplete: flatten(result.incomplete ?? []),
      rules: count('violations') + count('incomplete') + count('passes') + count('inapplicable'),
    };
  }, WCAG_TAGS);
}
