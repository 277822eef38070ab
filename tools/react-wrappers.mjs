// `npm run react-wrappers`: one React component per element in custom-elements.json (src/react/<tag>.ts) and an
// index that re-exports them, made with @lit/react. Generated and committed, so a new element gets its wrapper from
// `npm run generate` and the generated-files check fails when someone forgets.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as prettier from 'prettier';
import { componentName, elementsOf, eventProp, readJson, ROOT } from './manifest.mjs';

const OUT = join(ROOT, 'src', 'react');
const HEADER =
  '// Generated from custom-elements.json by tools/react-wrappers.mjs (npm run generate); do not edit.';

/** `src/elements/partner-list/define.ts` -> `../elements/partner-list/define.js`, relative to src/react/. */
function importPath(manifestPath) {
  return relative('src/react', manifestPath).replace(/\.ts$/, '.js');
}

function wrapperModule(element) {
  const name = componentName(element.className);
  const events = element.events.map((e) => `    ${eventProp(e.name)}: eventName('${e.name}'),`).join('\n');
  return `${HEADER}
import { createComponent } from '@lit/react';
import React from 'react';
import { ${element.className} } from '${importPath(element.definePath)}';
import { eventName } from './event-name.js';

/**
 * \`<${element.tag}>\` as a React component.${element.summary ? ` ${element.summary}` : ''}
 * Importing it registers the element. Events are props: ${element.events.map((e) => `\`${eventProp(e.name)}\``).join(', ') || 'none'}.
 */
export const ${name} = /*#__PURE__*/ createComponent({
  react: React,
  tagName: '${element.tag}',
  elementClass: ${element.className},
  displayName: '${name}',
  events: {
${events}
  },
});
`;
}

function indexModule(elements) {
  const lines = elements.map((e) => `export { ${componentName(e.className)} } from './${e.tag}.js';`);
  return `${HEADER}
/**
 * React components for every element: \`import { PartnerList } from 'partner-elements/react'\`. Each module
 * registers only its own element, so a bundler keeps just the ones you use.
 */
${lines.join('\n')}
`;
}

async function format(path, text) {
  const options = (await prettier.resolveConfig(path)) ?? {};
  return prettier.format(text, { ...options, filepath: path });
}

const elements = elementsOf(readJson('custom-elements.json'));
const files = new Map(elements.map((e) => [join(OUT, `${e.tag}.ts`), wrapperModule(e)]));
files.set(join(OUT, 'index.ts'), indexModule(elements));

// Remove wrappers of elements that no longer exist (only generated files; hand-written helpers stay).
for (const file of readdirSync(OUT)) {
  const path = join(OUT, file);
  if (!files.has(path) && readFileSync(path, 'utf8').startsWith(HEADER)) rmSync(path);
}
for (const [path, text] of files) writeFileSync(path, await format(path, text));
console.log(`React wrappers: ${elements.map((e) => componentName(e.className)).join(', ')}.`);
