// The CDN bundle, built from tsc's output in dist/ (the npm build), so both builds share one compilation.
// dist/cdn/partner-elements.js is the one script tag a webmaster pastes. It registers every element, but loads an
// element's code only when the page uses that element (src/autoload.ts), and each translation only when an element
// speaks it: a page with one list downloads Lit, the shared machinery and the list, not the map or the charts.
//
// Lit and the shared machinery (everything the base class imports) form one shared chunk of their own rather than
// living in the entry, so that an entry loaded as `partner-elements.js?v=2` still shares one Lit, one dataset cache.
// Every file stays in dist/cdn/ itself: the default dataset and the map geometry are found relative to the module,
// two folders below the package root, so every chunk must sit at that depth.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { basename, dirname, resolve } from 'node:path';

const baseClass = resolve('dist/elements/shared/partner-element.js');
const elements = resolve('dist/elements') + '/';
/** What several elements may use besides the base class: their shared folder and Lit's directives. */
const alsoShared = [resolve('dist/elements/shared') + '/', resolve('node_modules/lit-html') + '/'];

/** The elements (their folders' names) that import a module, directly or through their shared modules. */
function elementsImporting(id, getModuleInfo, seen = new Set()) {
  const found = new Set();
  for (const importer of getModuleInfo(id)?.importers ?? []) {
    if (seen.has(importer)) continue;
    seen.add(importer);
    const folder = importer.startsWith(elements) ? importer.slice(elements.length).split('/')[0] : undefined;
    if (folder && folder !== 'shared') found.add(folder);
    else elementsImporting(importer, getModuleInfo, seen).forEach((name) => found.add(name));
  }
  return found;
}

/**
 * The static import graph of the base class, found once per build, and those modules in `alsoShared` that two or
 * more elements use: one chunk, so that an element's chunk needs no other chunk than this one, which the entry
 * fetches alongside it (one round trip). A shared module that one element alone uses (the map's roving tabindex, the
 * list's progressive rendering) goes with that element, so that no other page downloads it.
 */
let shared;
function sharedChunk(id, { getModuleInfo }) {
  if (!shared) {
    shared = new Set();
    const visit = (moduleId) => {
      if (shared.has(moduleId)) return;
      shared.add(moduleId);
      for (const imported of getModuleInfo(moduleId)?.importedIds ?? []) visit(imported);
    };
    visit(baseClass);
  }
  if (shared.has(id)) return 'partner-elements-shared';
  return alsoShared.some((folder) => id.startsWith(folder)) && elementsImporting(id, getModuleInfo).size > 1
    ? 'partner-elements-shared'
    : undefined;
}

/**
 * V8's explicit compile hint: a chunk is loaded because its element is on the page, and nearly all of its functions
 * run to render it, so V8 compiles them while the file streams in, off the main thread, instead of one by one on the
 * main thread at their first call (measured: ~16 ms of the first render). Browsers without it read a comment.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** A chunk is named after what it serves: partner-map-<hash>.js rather than define-<hash>.js. */
function chunkFileNames(chunk) {
  const facade = chunk.facadeModuleId;
  const name = facade && basename(facade) === 'define.js' ? basename(dirname(facade)) : chunk.name;
  return `${name}-[hash].js`;
}

const plugins = [
  nodeResolve({ exportConditions: ['production'] }),
  // Keeps the hint (a regular expression, not a function: terser runs in workers, where a function loses scope).
  terser({ ecma: 2022, module: true, format: { comments: new RegExp(`^${COMPILE_HINT.slice(2)}$`, 'u') } }),
];

export default [
  {
    input: 'dist/autoload.js',
    output: {
      dir: 'dist/cdn',
      format: 'es',
      sourcemap: true,
      entryFileNames: 'partner-elements.js',
      chunkFileNames,
      manualChunks: sharedChunk,
      banner: (chunk) => (chunk.isEntry ? '' : COMPILE_HINT),
    },
    plugins,
  },
  // The builder page's script (docs/builder.js) with the package's modules it reads and the CSV parser: one file,
  // two folders deep like the CDN bundle, so that it finds data/ as the elements do. The elements themselves it
  // takes from the CDN bundle the page loads.
  {
    input: 'docs/builder.js',
    output: { dir: 'dist/builder', format: 'es', sourcemap: true, entryFileNames: 'builder.js' },
    plugins,
  },
];
