// tools/lint-templates.mjs (run by `npm run lint`): it must catch each way of putting a style attribute or HTML from
// a string into an element, and the project's own sources must pass it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { ROOT } from './harness/server.js';

// Through a variable: the tool is plain JavaScript without type declarations.
const TOOL = new URL('../../tools/lint-templates.mjs', import.meta.url).href;
const { lintSource } = (await import(TOOL)) as { lintSource: (file: string, source: string) => string[] };

const BAD: Record<string, string> = {
  'a static style attribute': 'html`<span style="color: red">${x}</span>`',
  'a bound style attribute': 'html`<span style=${value}></span>`',
  'a style attribute in svg': "svg`<rect style='fill: red'></rect>`",
  styleMap: "html`<span style=${styleMap({ width: '1px' })}></span>`",
  unsafeHTML: 'html`<p>${unsafeHTML(name)}</p>`',
  unsafeSVG: 'svg`${unsafeSVG(shape)}`',
  unsafeStatic: 'const t = unsafeStatic(tag);',
  innerHTML: 'el.innerHTML = name;',
  outerHTML: 'el.outerHTML = name;',
  insertAdjacentHTML: "el.insertAdjacentHTML('beforeend', name);",
  setHTMLUnsafe: 'el.setHTMLUnsafe(name);',
  createContextualFragment: 'document.createRange().createContextualFragment(name);',
  DOMParser: "new DOMParser().parseFromString(name, 'text/html');",
  'document.write': 'document.write(name);',
  eval: 'eval(code);',
  'new Function': "new Function('return 1');",
  'a string timer': "setTimeout('run()', 10);",
};

describe('tools/lint-templates.mjs', () => {
  for (const [what, source] of Object.entries(BAD)) {
    it(`finds ${what}`, () => {
      const findings = lintSource('sample.ts', source);
      assert.ok(findings.length >= 1, `nothing found in ${source}`);
      for (const finding of findings) assert.match(finding, /^sample\.ts:1:\d+: /u);
    });
  }

  it('lets through what the elements do: bound attributes, text, CSSOM custom properties, the word "style" in text', () => {
    const good = [
      'html`<span class=${cls} part="bar" ${cssProperty("--_share", 0.5)}>${name}</span>`',
      'html`<p>Der style dieses Textes</p>`',
      "el.style.setProperty('--_share', '0.5');",
      'html`<a href=${url} rel="noopener noreferrer">${name}</a>`',
      'setTimeout(() => run(), 10);',
    ];
    for (const source of good) assert.deepEqual(lintSource('good.ts', source), [], source);
  });

  it('passes on src/', () => {
    const out = execFileSync(process.execPath, ['tools/lint-templates.mjs'], { cwd: ROOT, encoding: 'utf8' });
    assert.match(out, /no style attribute/u);
  });
});
