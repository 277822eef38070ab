// The recipes and the self-host zip agree. Every place a recipe tells a webmaster to upload the zip's folder, every
// script address in a recipe's pages and snippets, and every upload folder the recipe server plays is the folder
// `partner-elements` in the one place DESTINATIONS names for that CMS, nested once. The docs and recipes/README.md
// name the three ways to get the zip and link to where the build puts it. (The plain HTML recipe is also followed in
// a real browser, from the built zip: test/hardening/self-host.spec.ts.)
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import {
  DESTINATIONS,
  ENTRY,
  REQUIRED,
  scriptPath,
  selfHostZip,
  TOP_FOLDER,
  ZIP_PATH,
} from '../../tools/self-host-zip.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The theme the recipes' example pages use where the steps say `<your-theme>`. */
const THEME = 'stadt';
const RECIPES = Object.keys(DESTINATIONS) as (keyof typeof DESTINATIONS)[];
/** Wordings that once made the folder nest twice or left it open where the folder goes. */
const MISLEADING = [
  /contents of the (?:self-host )?zip/iu,
  /create the folder `?partner-elements/iu,
  /unzip(?:ped)?(?: it)? (?:to|into|there)\b/iu,
];

/** A site-relative path with the example theme, without origin or leading slash. */
const site = (path: string) =>
  path
    .replace(/^https?:\/\/[^/]+/u, '')
    .replace(/^\//u, '')
    .replaceAll('<your-theme>', THEME)
    .replaceAll('<theme>', THEME);
const placeOf = (recipe: keyof typeof DESTINATIONS) => site(DESTINATIONS[recipe]);

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesIn(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

let zipEntries: Set<string>;

describe('the recipes put the self-host zip’s folder where its script and data are found', () => {
  let tree: string;
  before(() => {
    // A build as small as the zip allows: its layout is what the recipes must match, not its contents.
    tree = mkdtempSync(join(tmpdir(), 'selfhost-recipes-'));
    for (const file of [...REQUIRED, 'data/shards/index/h.json', 'package.json']) {
      mkdirSync(dirname(join(tree, file)), { recursive: true });
      writeFileSync(join(tree, file), '{}');
    }
    zipEntries = new Set(Object.keys(unzipSync(selfHostZip(tree))));
  });
  after(() => rmSync(tree, { recursive: true, force: true }));

  it('the zip unpacks to one folder with the script in it, and every recipe has a place', () => {
    assert.deepEqual(new Set([...zipEntries].map((name) => name.split('/')[0])), new Set([TOP_FOLDER]));
    assert.ok(zipEntries.has(`${TOP_FOLDER}/${ENTRY}`));
    assert.ok(zipEntries.has(`${TOP_FOLDER}/README.txt`));
    const folders = readdirSync(join(ROOT, 'recipes'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    assert.deepEqual(folders.sort(), [...RECIPES].sort());
  });

  for (const recipe of RECIPES) {
    describe(recipe, () => {
      const readme = () => readFileSync(join(ROOT, 'recipes', recipe, 'README.md'), 'utf8');

      it('its steps upload the folder partner-elements itself, and each file they name is in the zip there', () => {
        const text = readme();
        assert.match(text, /upload the folder\s+`partner-elements`/u);
        for (const wording of MISLEADING) assert.doesNotMatch(text, wording);
        const named = [...text.matchAll(/`([^`\s]*partner-elements\/[^`\s]+\.(?:js|json))`/gu)].map((m) =>
          site(m[1]!),
        );
        assert.ok(named.length > 0, 'the steps name the script’s path');
        for (const path of named) {
          assert.ok(
            path.startsWith(placeOf(recipe)),
            `${path} is in ${placeOf(recipe) || 'the site’s root'}`,
          );
          const entry = path.slice(placeOf(recipe).length);
          assert.ok(zipEntries.has(entry), `${path}: the zip has ${entry}`);
        }
        assert.ok(named.includes(site(scriptPath(DESTINATIONS[recipe]))), 'the script’s path');
      });

      it('every script address in its pages and snippets is the zip’s script in that place, nested once', () => {
        const script = site(scriptPath(DESTINATIONS[recipe]));
        let absolute = 0;
        for (const file of filesIn(join(ROOT, 'recipes', recipe))) {
          const text = readFileSync(file, 'utf8');
          for (const wording of MISLEADING) assert.doesNotMatch(text, wording, relative(ROOT, file));
          for (const [path] of text.matchAll(
            /[\w./<>:-]*partner-elements\/dist\/cdn\/partner-elements\.js/gu,
          )) {
            const found = site(path);
            // Relative to the theme (WordPress's get_theme_file_uri, Drupal's libraries.yml) or from the site's root.
            assert.ok(
              found === script || script.endsWith(`/${found}`),
              `${relative(ROOT, file)}: ${path} is not ${script}`,
            );
            if (path.startsWith('/') && found === script) absolute += 1;
          }
        }
        assert.ok(absolute > 0, 'a page of the recipe loads the script from the site’s root');
      });

      it('the recipe server (npm start, the browser tests) serves the upload where the recipe puts it', async () => {
        // Through a variable: recipes/serve.mjs is plain JavaScript without type declarations.
        const serve = new URL('../../recipes/serve.mjs', import.meta.url).href;
        const { RECIPES: served } = (await import(serve)) as { RECIPES: Record<string, { uploads: string }> };
        assert.equal(served[recipe]?.uploads, `/${placeOf(recipe)}${TOP_FOLDER}/`);
      });
    });
  }

  it('recipes/README.md gives each CMS’s place and the script address it gives, and the three ways to the zip', () => {
    const text = readFileSync(join(ROOT, 'recipes/README.md'), 'utf8');
    for (const wording of MISLEADING) assert.doesNotMatch(text, wording);
    for (const recipe of RECIPES) {
      const row = text.split('\n').find((line) => line.includes(`\`${scriptPath(DESTINATIONS[recipe])}\``));
      assert.ok(row, `a row with ${scriptPath(DESTINATIONS[recipe])}`);
      if (DESTINATIONS[recipe]) assert.ok(row.includes(`\`${DESTINATIONS[recipe]}\``), row);
    }
    assertThreeWays(text);
    assert.ok(text.includes(`/${ZIP_PATH}`), 'where npm start serves it');
  });

  it('the docs page links to the zip where the build puts it, and names the three ways to it', () => {
    const html = readFileSync(join(ROOT, 'docs/index.html'), 'utf8');
    const links = [...html.matchAll(/href="([^"]+\.zip)"/gu)].map(
      (m) => new URL(m[1]!, 'http://x/docs/').pathname,
    );
    assert.ok(links.length > 0, 'a download link');
    for (const link of links) assert.equal(link, `/${ZIP_PATH}`);
    assertThreeWays(html.replaceAll('&lt;', '<').replaceAll('&gt;', '>'));
    for (const wording of MISLEADING) assert.doesNotMatch(html, wording);
  });
});

function assertThreeWays(text: string): void {
  assert.ok(
    text.includes('https://registry.npmjs.org/partner-elements/-/partner-elements-<version>.tgz'),
    'the npm tarball',
  );
  assert.ok(text.includes(`package/${ZIP_PATH}`), 'where the zip is in the tarball');
  assert.ok(text.includes('npm run selfhost:zip'), 'how to build it');
}
