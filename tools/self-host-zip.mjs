// The self-host zip, the last step of `npm run build`: a ready-to-upload zip for a town's own web server, so that a
// webmaster without Node.js gets the files from the docs page or the npm package (dist/partner-elements-selfhost.zip).
//
// It unpacks to one folder, partner-elements/, holding a README.txt (what to upload where, in German and English) and
// exactly the two folders the CDN bundle needs, side by side as in the package: dist/cdn (the bundle and its chunks)
// and data (the dataset and the map geometry, which the bundle finds at ../../data/ relative to itself). That folder,
// uploaded as it is into the site's root, gives /partner-elements/dist/cdn/partner-elements.js; every recipe puts it
// into one folder of its CMS (DESTINATIONS) and nothing else, so no upload nests it twice.
// The data pipeline's inputs (data/sources, data/curation) stay out: a web server has no use for them.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

export const TOP_FOLDER = 'partner-elements';
/** The script a page loads, inside the top folder. */
export const ENTRY = 'dist/cdn/partner-elements.js';
/** Where the build writes the zip, relative to the package root: in the npm package, served by `npm start`. */
export const ZIP_PATH = 'dist/partner-elements-selfhost.zip';
/** What the bundle loads at run time; without these the upload would not work (without shards it only loads more). */
export const REQUIRED = [ENTRY, 'data/partnerships.json', 'data/geo/world.json'];
const LEFT_OUT = ['data/sources/', 'data/curation/'];
// Fixed, so the same build gives the same zip byte for byte.
const MTIME = new Date('2000-01-01T00:00:00Z');

/**
 * Where each recipe (recipes/<name>/) has the webmaster put the folder partner-elements, relative to the site's
 * public root ('' is the root itself). The recipes, the README.txt in the zip and the tests all follow this table.
 */
export const DESTINATIONS = {
  'plain-html': '',
  typo3: 'fileadmin/',
  wordpress: 'wp-content/themes/<your-theme>/',
  drupal: 'themes/custom/<your-theme>/',
};

/** The URL path of the script once the folder is in `destination` (a value of DESTINATIONS). */
export function scriptPath(destination) {
  return `/${destination}${TOP_FOLDER}/${ENTRY}`;
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

/** The files of the upload, as paths relative to `root` with forward slashes, sorted. */
export function selfHostFiles(root) {
  const missing = REQUIRED.filter((file) => {
    try {
      return !statSync(join(root, file)).isFile();
    } catch {
      return true;
    }
  });
  if (missing.length > 0) throw new Error(`missing ${missing.join(', ')}: run \`npm run build\` first`);
  return ['dist/cdn', 'data']
    .flatMap((dir) => walk(join(root, dir)))
    .map((path) => relative(root, path).split(sep).join('/'))
    .filter((file) => !LEFT_OUT.some((prefix) => file.startsWith(prefix)))
    .sort();
}

/** The README.txt at the top of the zip: what to upload where and the script tag, German first, then English. */
export function readmeText(version) {
  const title = `partner-elements${version ? ` ${version}` : ''}`;
  const script = scriptPath(DESTINATIONS['plain-html']);
  const tag = `<script type="module" src="${script}"></script>`;
  const element = '<partner-list gemeinde="halberstadt"></partner-list>';
  // Each recipe's place: where the folder goes, then the script's address that gives (the theme in the reader's words).
  const where = (theme, places) =>
    Object.entries(places)
      .map(([recipe, [label, how]]) => {
        const path = scriptPath(DESTINATIONS[recipe]).replace('<your-theme>', theme);
        return `  ${label.padEnd(21)}${how}\n  ${''.padEnd(21)}-> ${path}`;
      })
      .join('\n');
  return `${title}: Dateien für den eigenen Webserver / files for your own web server

DEUTSCH

Dieser Ordner "${TOP_FOLDER}" (der Ordner, in dem diese Datei liegt) kommt als Ganzes auf Ihren
Webserver. Laden Sie den Ordner selbst hoch, nicht nur seinen Inhalt, und ändern Sie darin nichts:
"dist" und "data" müssen nebeneinander in "${TOP_FOLDER}" bleiben. Hat Ihr Entpackprogramm einen
weiteren Ordner darum angelegt (Windows: "Alle extrahieren"), laden Sie nur den Ordner
"${TOP_FOLDER}" darin hoch.

Wohin, und wo das Skript dann liegt:
${where('<Ihr-Theme>', {
  'plain-html': ['Website ohne CMS:', 'in das Hauptverzeichnis der Website (wo die Startseite liegt)'],
  typo3: ['TYPO3:', 'in den Ordner fileadmin/'],
  wordpress: ['WordPress:', 'in den Ordner Ihres Themes, wp-content/themes/<Ihr-Theme>/'],
  drupal: ['Drupal:', 'in den Ordner Ihres Themes, themes/custom/<Ihr-Theme>/'],
})}

Prüfen: Öffnen Sie die Adresse des Skripts im Browser, zum Beispiel
  https://www.ihre-stadt.de${script}
Sie sehen JavaScript-Code. Kommt "Not Found" (404), liegt der Ordner woanders, oft doppelt
(.../${TOP_FOLDER}/${TOP_FOLDER}/dist/...): schieben Sie dann den inneren Ordner eine
Ebene höher.

In die Seite (Website ohne CMS) kommen ein Skript und ein Element:

  ${tag}
  ${element}

Statt "halberstadt" den Namen Ihrer Gemeinde (klein geschrieben, ä als ae usw.) oder ihren
Gemeindeschlüssel. Für TYPO3, WordPress und Drupal stehen die Schritte in den Anleitungen
(recipes) von partner-elements und in seiner Dokumentation.

ENGLISH

This folder "${TOP_FOLDER}" (the folder this file is in) goes onto your web server as a whole.
Upload the folder itself, not just its contents, and change nothing inside it: "dist" and "data"
must stay side by side in "${TOP_FOLDER}". If your unzip tool put another folder around it
(Windows: "Extract All"), upload only the folder "${TOP_FOLDER}" inside.

Where to, and where the script then is:
${where('<your-theme>', {
  'plain-html': ['Site without a CMS:', 'into the root folder of the site (where the home page is)'],
  typo3: ['TYPO3:', 'into the folder fileadmin/'],
  wordpress: ['WordPress:', "into your theme's folder, wp-content/themes/<your-theme>/"],
  drupal: ['Drupal:', "into your theme's folder, themes/custom/<your-theme>/"],
})}

Check: open the script's address in a browser, for example
  https://www.your-town.example${script}
You see JavaScript code. If you get "Not Found" (404), the folder is somewhere else, often nested
twice (.../${TOP_FOLDER}/${TOP_FOLDER}/dist/...): move the inner folder one level up.

Into the page (site without a CMS) go one script and one element:

  ${tag}
  ${element}

Instead of "halberstadt", your Gemeinde's name (lower case, ä as ae and so on) or its official key.
For TYPO3, WordPress and Drupal, the steps are in the recipes of partner-elements and in its
documentation.
`;
}

/** The zip's bytes: README.txt and every upload file under `partner-elements/`. */
export function selfHostZip(root) {
  const files = selfHostFiles(root);
  let version;
  try {
    version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  } catch {
    version = undefined;
  }
  const entries = {
    [`${TOP_FOLDER}/README.txt`]: [new TextEncoder().encode(readmeText(version)), { mtime: MTIME }],
  };
  for (const file of files) {
    entries[`${TOP_FOLDER}/${file}`] = [readFileSync(join(root, file)), { mtime: MTIME }];
  }
  return zipSync(entries, { level: 9 });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const zip = selfHostZip(root);
  const target = join(root, ZIP_PATH);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, zip);
  const count = selfHostFiles(root).length + 1;
  console.log(`${ZIP_PATH}: ${count} files, ${(zip.length / 1024).toFixed(1)} kB.`);
  console.log(
    `Upload its folder ${TOP_FOLDER}/ to the site's root and load ${scriptPath(DESTINATIONS['plain-html'])}.`,
  );
}
