#!/usr/bin/env node
// Keeps the elements' rendering safe under a strict Content-Security-Policy with Trusted Types, and data always text:
//  - no `style` attribute in an html`` or svg`` template, bound or static (also not through styleMap, whose first
//    render writes the attribute): `style-src 'self'` blocks it, and the element silently loses that styling;
//  - no HTML from strings: unsafeHTML, unsafeSVG, unsafeStatic, innerHTML, outerHTML, insertAdjacentHTML,
//    setHTMLUnsafe, createContextualFragment, DOMParser, document.write;
//  - no code from strings: eval, new Function, string timers.
// Set custom properties through the CSS object model instead (`el.style.setProperty`, as a directive does).
// Usage: node tools/lint-templates.mjs [files or folders...]   (default: src/); exit 1 on any finding.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const FORBIDDEN_NAMES = new Map([
  ['unsafeHTML', 'renders a string as HTML'],
  ['unsafeSVG', 'renders a string as SVG'],
  ['unsafeStatic', 'puts a string into the template itself'],
  ['innerHTML', 'parses a string as HTML (a Trusted Types sink)'],
  ['outerHTML', 'parses a string as HTML (a Trusted Types sink)'],
  ['insertAdjacentHTML', 'parses a string as HTML (a Trusted Types sink)'],
  ['setHTMLUnsafe', 'parses a string as HTML'],
  ['createContextualFragment', 'parses a string as HTML (a Trusted Types sink)'],
  ['DOMParser', 'parses a string as HTML'],
  ['styleMap', "writes a style attribute on first render, which style-src 'self' blocks"],
  ['eval', 'runs a string as code'],
]);

/** Generated translation modules are data, not templates we write. */
const SKIP = [/src\/i18n\/locales\//u];

function filesIn(path) {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) =>
    entry.name === 'node_modules' ? [] : filesIn(join(path, entry.name)),
  );
}

/** The literal text of a template (the parts between the `${}`), which is what the browser parses as markup. */
function templateText(template) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return template.text;
  return [template.head.text, ...template.templateSpans.map((span) => span.literal.text)].join('${…}');
}

export function lintSource(fileName, source) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const findings = [];
  const report = (node, message) => {
    const { line, character } = file.getLineAndCharacterOfPosition(node.getStart(file));
    findings.push(`${fileName}:${line + 1}:${character + 1}: ${message}`);
  };
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      ['html', 'svg'].includes(node.tag.text)
    ) {
      if (/\sstyle\s*=/iu.test(templateText(node.template))) {
        report(
          node,
          `a style attribute in an ${node.tag.text}\`\` template: a strict CSP blocks it; set custom properties through the CSSOM`,
        );
      }
    }
    if (ts.isIdentifier(node) && FORBIDDEN_NAMES.has(node.text)) {
      report(node, `${node.text} ${FORBIDDEN_NAMES.get(node.text)}`);
    }
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Function') {
      report(node, 'new Function runs a string as code');
    }
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      ['setTimeout', 'setInterval'].includes(node.expression.text) &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      report(node, `${node.expression.text} with a string runs it as code`);
    }
    if (
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'document' &&
      ['write', 'writeln'].includes(node.name.text)
    ) {
      report(node, `document.${node.name.text} parses a string as HTML`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return findings;
}

function main(args) {
  const roots = args.length > 0 ? args : ['src'];
  const files = roots
    .flatMap(filesIn)
    .filter((file) => /\.(?:ts|js|mjs)$/u.test(file) && !/\.d\.ts$/u.test(file))
    .filter((file) => !SKIP.some((re) => re.test(file.replaceAll('\\', '/'))));
  const findings = files.flatMap((file) =>
    lintSource(relative(process.cwd(), file), readFileSync(file, 'utf8')),
  );
  for (const finding of findings) console.error(finding);
  if (findings.length > 0) {
    console.error(`lint-templates: ${findings.length} finding(s) in ${files.length} files.`);
    return 1;
  }
  console.log(`lint-templates: ${files.length} files, no style attribute, no HTML or code from strings.`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
