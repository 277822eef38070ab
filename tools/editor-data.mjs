// `npm run editor-data`: what editors know about the elements, generated from custom-elements.json (never written
// twice): VS Code's HTML and CSS custom data (completion and hover for tags, attributes, custom properties and
// ::part()) and JetBrains' web-types. Generated and committed; `npm run check:generated` fails when they are stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { elementsOf, readJson, ROOT } from './manifest.mjs';

const pkg = readJson('package.json');
const elements = elementsOf(readJson('custom-elements.json'));

/** The docs page's section for an element, where the package names a public home for its docs. */
function docUrl(tag) {
  return pkg.homepage ? `${pkg.homepage.replace(/\/$/, '')}/docs/#${tag}` : undefined;
}

function list(title, entries, name = (e) => `\`${e.name}\``) {
  if (entries.length === 0) return '';
  return `\n\n**${title}:**\n${entries.map((e) => `- ${name(e)}${e.description ? `: ${e.description}` : ''}`).join('\n')}`;
}

/** One markdown text per element for hovers: what it is, then what a template author styles or listens to. */
function elementDoc(element) {
  const intro = [element.summary, element.description].filter(Boolean).join('\n\n');
  return (
    intro +
    list('Events', element.events) +
    list('Slots', element.slots, (s) => (s.name ? `\`${s.name}\`` : '(default)')) +
    list('CSS parts', element.cssParts, (p) => `\`::part(${p.name})\``) +
    list('CSS custom properties', element.cssProperties)
  );
}

function isBoolean(attribute) {
  return attribute.type?.text === 'boolean';
}

/** String-literal unions (`'asc' | 'desc'`) become completion values; plain strings have none. */
function literalValues(attribute) {
  const text = attribute.type?.text ?? '';
  const parts = text.split('|').map((t) => t.trim());
  return parts.length > 0 && parts.every((t) => /^'[^']*'$/.test(t)) ? parts.map((t) => t.slice(1, -1)) : [];
}

function htmlCustomData() {
  return {
    $schema:
      'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((element) => {
      const url = docUrl(element.tag);
      return {
        name: element.tag,
        description: { kind: 'markdown', value: elementDoc(element) },
        attributes: element.attributes.map((a) => {
          const values = literalValues(a);
          return {
            name: a.name,
            description: a.description ?? '',
            ...(isBoolean(a) ? { valueSet: 'v' } : {}),
            ...(values.length > 0 ? { values: values.map((name) => ({ name })) } : {}),
          };
        }),
        ...(url ? { references: [{ name: 'Documentation', url }] } : {}),
      };
    }),
  };
}

/** Properties and parts of all elements; a part name several elements share is one entry naming each. */
function cssCustomData() {
  const parts = new Map();
  for (const element of elements) {
    for (const part of element.cssParts) {
      const line = `\`<${element.tag}>\`: ${part.description ?? ''}`;
      parts.set(part.name, [...(parts.get(part.name) ?? []), line]);
    }
  }
  return {
    $schema:
      'https://raw.githubusercontent.com/microsoft/vscode-css-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    properties: elements.flatMap((element) =>
      element.cssProperties.map((p) => ({
        name: p.name,
        description: { kind: 'markdown', value: `\`<${element.tag}>\`: ${p.description ?? ''}` },
      })),
    ),
    pseudoElements: [...parts].map(([name, lines]) => ({
      name: `::part(${name})`,
      description: { kind: 'markdown', value: lines.join('\n\n') },
    })),
  };
}

function webTypes() {
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/v2-preview/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'js-types-syntax': 'typescript',
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((element) => {
          const url = docUrl(element.tag);
          return {
            name: element.tag,
            description: elementDoc(element),
            ...(url ? { 'doc-url': url } : {}),
            source: {
              module: `./${element.definePath.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js')}`,
              symbol: element.className,
            },
            attributes: element.attributes.map((a) => {
              const values = literalValues(a);
              return {
                name: a.name,
                description: a.description ?? '',
                value: {
                  type: a.type?.text ?? 'string',
                  ...(a.default !== undefined ? { default: a.default } : {}),
                },
                ...(values.length > 0 ? { values: values.map((name) => ({ name })) } : {}),
              };
            }),
            slots: element.slots.map((s) => ({ name: s.name, description: s.description ?? '' })),
            js: {
              properties: element.properties.map((p) => ({
                name: p.name,
                description: p.description ?? '',
                ...(p.type?.text ? { type: p.type.text } : {}),
              })),
              events: element.events.map((e) => ({ name: e.name, description: e.description ?? '' })),
            },
            css: {
              properties: element.cssProperties.map((p) => ({
                name: p.name,
                description: p.description ?? '',
              })),
              parts: element.cssParts.map((p) => ({ name: p.name, description: p.description ?? '' })),
            },
          };
        }),
      },
    },
  };
}

const outputs = {
  'vscode.html-custom-data.json': htmlCustomData(),
  'vscode.css-custom-data.json': cssCustomData(),
  'web-types.json': webTypes(),
};
for (const [file, data] of Object.entries(outputs)) {
  const path = join(ROOT, file);
  const options = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(path, await prettier.format(JSON.stringify(data), { ...options, filepath: path }));
}
console.log(`Editor data for ${elements.length} elements: ${Object.keys(outputs).join(', ')}.`);
