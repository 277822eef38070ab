// Serves the recipes as the CMS would: each recipe page with the Content-Security-Policy header that the recipe's
// own configuration file produces (TYPO3's csp.yaml, WordPress's functions.php, the Apache lines for Drupal and
// plain HTML), and the self-hosted files at the URL where that CMS puts them (TYPO3's fileadmin, a WordPress or
// Drupal theme folder, a folder of a static site). Behind each of those URLs are exactly the files of the self-host
// zip, dist/cdn and data. Also serves the docs page under the reference policy.
//
// Used as middleware by `npm start` (so a webmaster can open /recipes/) and by the browser tests. Files are served
// as they are on disk, untouched by the dev server's module rewriting, as a plain web server would.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A recipe: where its policy is written, how to read it, and where the CMS serves the uploaded files from. */
export const RECIPES = {
  typo3: {
    policyFile: 'recipes/typo3/config/sites/stadt/csp.yaml',
    policy: (text) => policyFromTypo3Yaml(text),
    uploads: '/fileadmin/partner-elements/',
  },
  wordpress: {
    policyFile: 'recipes/wordpress/functions.php',
    policy: (text) => matchOne(text, /header\(\s*"Content-Security-Policy: ([^"]+)"/),
    uploads: '/wp-content/themes/stadt/partner-elements/',
  },
  drupal: {
    policyFile: 'recipes/drupal/apache-csp.conf',
    policy: (text) => matchOne(text, /^\s*Header always set Content-Security-Policy "([^"]+)"/m),
    uploads: '/themes/custom/stadt/partner-elements/',
  },
  'plain-html': {
    policyFile: 'recipes/plain-html/.htaccess',
    policy: (text) => matchOne(text, /^\s*Header always set Content-Security-Policy "([^"]+)"/m),
    uploads: '/partner-elements/',
  },
};
/** The policy of the recipes' index and the docs page: the plain HTML recipe's, the strictest a page can have. */
const REFERENCE = 'plain-html';
/**
 * The builder page: the reference policy, and blob: for fetch, since its preview reads the rows typed there as a file
 * made in the page (nothing leaves the page). Its own meta element says the same for a static copy.
 */
const BUILDER = '/docs/builder.html';
const builderPolicy = (policy) => policy?.replace(/connect-src ([^;]*)/u, 'connect-src $1 blob:');

/** Pages that only the tests use (e.g. a control page with an inline script), served under a recipe's policy. */
const TEST_PAGES = '/recipe-tests/';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
};
/** Recipe files that are meant to be read, not run (PHP, YAML, Twig, TypoScript, server configuration). */
const AS_TEXT = 'text/plain; charset=utf-8';

function matchOne(text, pattern) {
  const match = pattern.exec(text);
  if (!match) throw new Error(`no Content-Security-Policy found (${pattern})`);
  return match[1].trim();
}

function unquote(value) {
  const v = value.trim();
  if (v.length >= 2 && v[0] === v.at(-1) && (v[0] === '"' || v[0] === "'")) {
    return v[0] === "'" ? v.slice(1, -1).replaceAll("''", "'") : v.slice(1, -1);
  }
  return v;
}

/**
 * The header TYPO3 builds from a site's csp.yaml, for the form the recipe uses: `inheritDefault: false` and a list
 * of `mutations` with `mode: set` (or `extend`/`append`), `directive` and `sources`. Anything else is refused, so
 * the test never passes on a file TYPO3 would read differently.
 */
export function policyFromTypo3Yaml(text) {
  const directives = new Map();
  let current;
  let inSources = false;
  let inheritDefault;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+#.*$/, '').replace(/^#.*$/, '');
    if (line.trim() === '') continue;
    let m;
    if ((m = /^inheritDefault:\s*(\S+)$/.exec(line))) inheritDefault = m[1];
    else if (/^mutations:\s*$/.test(line)) continue;
    else if ((m = /^\s*-\s+mode:\s*(.+)$/.exec(line))) {
      current = { mode: unquote(m[1]), sources: [] };
      inSources = false;
    } else if (current && (m = /^\s+directive:\s*(.+)$/.exec(line))) current.directive = unquote(m[1]);
    else if (current && /^\s+sources:\s*$/.test(line)) inSources = true;
    else if (current && inSources && (m = /^\s+-\s+(.+)$/.exec(line))) {
      current.sources.push(unquote(m[1]));
      if (!current.done) {
        current.done = true;
        const previous = directives.get(current.directive) ?? [];
        if (!['set', 'extend', 'append'].includes(current.mode))
          throw new Error(`csp.yaml: mode ${current.mode}`);
        directives.set(
          current.directive,
          current.mode === 'set' ? current.sources : previous.concat(current.sources),
        );
      }
    } else throw new Error(`csp.yaml: cannot read "${raw.trim()}"`);
  }
  if (inheritDefault !== 'false')
    throw new Error('csp.yaml: the recipe states the whole policy (inheritDefault: false)');
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The Content-Security-Policy header of a recipe, read from its configuration file now (edits apply at once). */
export async function recipePolicy(name) {
  const recipe = RECIPES[name];
  return recipe.policy(await readFile(join(ROOT, recipe.policyFile), 'utf8'));
}

async function send(context, file, policy) {
  let info;
  try {
    info = await stat(file);
  } catch {
    info = undefined;
  }
  if (!info?.isFile()) {
    context.status = 404;
    context.type = 'text/plain';
    context.body = 'Not found';
    return;
  }
  context.body = await readFile(file);
  context.type = TYPES[extname(file)] ?? AS_TEXT;
  context.set('Cache-Control', 'no-store');
  context.set('X-Content-Type-Options', 'nosniff');
  if (policy) context.set('Content-Security-Policy', policy);
}

/** A path inside a folder of the repository, or undefined if it tries to leave it. */
function inside(folder, relativePath) {
  const path = normalize(join(ROOT, folder, relativePath));
  return path.startsWith(join(ROOT, folder)) ? path : undefined;
}

/** What the self-host zip holds: dist/cdn and data, without the data pipeline's inputs. */
function uploaded(relativePath) {
  if (!/^(dist\/cdn|data)\//.test(relativePath) || /^data\/(sources|curation)\//.test(relativePath))
    return undefined;
  return inside('', relativePath);
}

export async function recipesMiddleware(context, next) {
  const path = decodeURIComponent(context.path);
  if (path === '/recipes' || path === '/docs') {
    context.redirect(`${path}/`);
    return;
  }
  for (const recipe of Object.values(RECIPES)) {
    if (path.startsWith(recipe.uploads)) {
      await send(context, uploaded(path.slice(recipe.uploads.length)), undefined);
      return;
    }
  }
  if (path.startsWith('/recipes/') || path.startsWith('/docs/') || path.startsWith(TEST_PAGES)) {
    const [, area, first = '', ...rest] = path.split('/');
    const recipe = first in RECIPES ? first : REFERENCE;
    const index = (relativePath) =>
      relativePath === '' || relativePath.endsWith('/') ? `${relativePath}index.html` : relativePath;
    const file =
      area === 'recipe-tests'
        ? first in RECIPES
          ? inside('test/recipes', index(rest.join('/')))
          : undefined
        : inside(area, index(path.slice(area.length + 2)));
    const policy = file?.endsWith('.html') ? await recipePolicy(recipe) : undefined;
    await send(context, file, path === BUILDER ? builderPolicy(policy) : policy);
    return;
  }
  await next();
}
