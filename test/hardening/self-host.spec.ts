// The self-host zip, followed as a webmaster without Node.js follows a recipe: the zip the build wrote (the file the
// docs page links to and the npm package ships, checked to be what the current build gives), unzipped on "their
// computer", its folder partner-elements uploaded as it is to where the recipe says, into an otherwise empty web
// root. A plain static file server serves that folder: files as they are on disk, nothing rewritten, 404 for anything
// else, and the policy header of the recipe's own configuration. A page with nothing but the recipe's script tag and
// <partner-list gemeinde="halberstadt"> shows Halberstadt's partnerships in Chromium, and no request fails or goes to
// another origin. Run by `npm run test:pages` (node:test + playwright-core), after `npm run build`.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { filterPartnerships } from '../../src/data/queries.js';
import type { Dataset } from '../../src/data/model.js';
import { DESTINATIONS, selfHostZip, TOP_FOLDER, ZIP_PATH } from '../../tools/self-host-zip.mjs';
import { launchChromium, openPage } from './harness/browser.js';
import { requireBuild } from './harness/build.js';
import { ROOT, type LoggedRequest, type TestServer } from './harness/server.js';

/** Ports this suite may listen on (a plain server on a fixed port, as a webmaster's would be). */
const PORTS = { first: 8260, last: 8299 };

/** What a web server's stock MIME table says for the zip's files (nginx's mime.types, Apache with the recipe's lines). */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
  '.csv': 'text/csv',
  '.md': 'text/markdown',
  '.txt': 'text/plain',
};

/** The recipes followed here: the two whose steps have the webmaster paste the script tag themselves. */
const FOLLOWED = [
  { recipe: 'plain-html', readme: 'recipes/plain-html/README.md' },
  { recipe: 'typo3', readme: 'recipes/typo3/README.md' },
] as const;

/** The one `<script …>` line of the recipe's steps, as the webmaster copies it. */
function scriptTagOf(readme: string): string {
  const tags = [
    ...readFileSync(join(ROOT, readme), 'utf8').matchAll(/^\s*(<script\b[^\n]*><\/script>)\s*$/gmu),
  ];
  assert.equal(tags.length, 1, `${readme}: one script tag to paste`);
  return tags[0]![1]!;
}

interface StaticServer extends TestServer {
  /** What the server answered, request by request. */
  answered: { path: string; status: number }[];
}

/** A plain static file server for `webRoot` with one header for HTML pages, on the first free port of PORTS. */
async function serveFolder(webRoot: string, policy: string): Promise<StaticServer> {
  const requests: LoggedRequest[] = [];
  const answered: StaticServer['answered'] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
    const path = decodeURIComponent(url.pathname);
    requests.push({ origin: url.origin, path, headers: request.headers });
    let file = normalize(join(webRoot, path));
    if (path.endsWith('/')) file = join(file, 'index.html');
    const found = file.startsWith(webRoot + sep) && (await stat(file).catch(() => undefined))?.isFile();
    const status = found ? 200 : 404;
    answered.push({ path, status });
    if (!found) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not Found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' };
    if (type.startsWith('text/html')) headers['Content-Security-Policy'] = policy;
    response.writeHead(200, headers).end(await readFile(file));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  for (let port = PORTS.first; ; port += 1) {
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
          server.off('error', reject);
          resolve();
        });
      });
      const origin = `http://127.0.0.1:${port}`;
      return {
        origin,
        altOrigin: `http://localhost:${port}`,
        requests,
        answered,
        close: () =>
          new Promise<void>((resolve) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => resolve());
          }),
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port >= PORTS.last) throw error;
    }
  }
}

describe('self-hosting from the zip, as the recipes say, on a plain static server', () => {
  let browser: Browser;
  let work: string;
  /** The zip unzipped "on the webmaster's computer". */
  let unzipped: string;

  before(async () => {
    requireBuild();
    const built = new Uint8Array(readFileSync(join(ROOT, ZIP_PATH)));
    assert.deepEqual(
      built,
      selfHostZip(ROOT),
      `${ZIP_PATH} is not the current build's: run \`npm run build\``,
    );
    work = mkdtempSync(join(tmpdir(), 'selfhost-site-'));
    unzipped = join(work, 'download');
    for (const [name, bytes] of Object.entries(unzipSync(built))) {
      mkdirSync(dirname(join(unzipped, name)), { recursive: true });
      writeFileSync(join(unzipped, name), bytes);
    }
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  for (const { recipe, readme } of FOLLOWED) {
    it(`${recipe}: the folder uploaded to ${DESTINATIONS[recipe] || 'the site’s root'}, the script tag pasted, the list shows the partnerships`, async () => {
      const webRoot = join(work, `site-${recipe}`);
      // The upload: the zip's one folder, as it is, into the recipe's place.
      cpSync(join(unzipped, TOP_FOLDER), join(webRoot, DESTINATIONS[recipe], TOP_FOLDER), {
        recursive: true,
      });
      const tag = scriptTagOf(readme);
      writeFileSync(
        join(webRoot, 'index.html'),
        `<!doctype html>\n<html lang="de">\n<meta charset="utf-8" />\n<title>Partnerstädte</title>\n${tag}\n` +
          '<partner-list gemeinde="halberstadt"></partner-list>\n</html>\n',
      );
      // Through a variable: recipes/serve.mjs is plain JavaScript without type declarations.
      const serve = new URL('../../recipes/serve.mjs', import.meta.url).href;
      const { recipePolicy } = (await import(serve)) as { recipePolicy(name: string): Promise<string> };
      const server = await serveFolder(webRoot, await recipePolicy(recipe));
      try {
        const session = await openPage(browser, server, '/');
        // From here on as the browser sees it; the server's log (answered) holds every request from the first.
        const failed: string[] = [];
        session.page.on('response', (response) => {
          if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
        });
        session.page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));
        const { page } = session;
        await page
          .waitForFunction(
            () => {
              const base = document
                .querySelector('partner-list')
                ?.shadowRoot?.querySelector('[part~="base"]');
              return (
                !!base &&
                base.getAttribute('aria-busy') !== 'true' &&
                base.querySelector('[part~="item"]') !== null
              );
            },
            undefined,
            { timeout: 20_000 },
          )
          .catch((error: Error) => {
            // A blank page: say what the server could not find (a folder nested twice shows here).
            const missing = server.answered
              .filter((a) => a.status !== 200)
              .map((a) => `${a.status} ${a.path}`);
            throw new Error(
              `the list shows no partnerships (${error.message}); not found: ${missing.join(', ')}`,
            );
          });

        // What a person reads: every partner of Halberstadt in the uploaded dataset, in the list.
        const dataset = JSON.parse(
          readFileSync(join(webRoot, DESTINATIONS[recipe], TOP_FOLDER, 'data/partnerships.json'), 'utf8'),
        ) as Dataset;
        const partners = filterPartnerships(dataset.partnerships, { gemeinde: 'halberstadt' });
        assert.ok(partners.length > 0, 'Halberstadt has partnerships in the dataset');
        const items = await page.locator('partner-list [part~="item"]').allInnerTexts();
        assert.equal(items.length, partners.length, 'one item per partnership');
        const text = await page.locator('partner-list [part~="base"]').innerText();
        for (const partner of partners) {
          assert.ok(text.includes(partner.partner.name), `the list names ${partner.partner.name}:\n${text}`);
        }
        assert.equal(await page.locator('partner-list [role="alert"]').count(), 0, 'no error message');

        // Everything came from the uploaded folder; nothing failed, nothing went elsewhere.
        const paths = session.requests.map((r) => new URL(r.url).pathname);
        const folder = `/${DESTINATIONS[recipe]}${TOP_FOLDER}/`;
        for (const needed of [`${folder}dist/cdn/partner-elements.js`, `${folder}data/shards/index/h.json`]) {
          assert.ok(paths.includes(needed), `${needed} requested`);
        }
        assert.deepEqual(
          paths.filter((path) => path !== '/' && path !== '/favicon.ico' && !path.startsWith(folder)),
          [],
          'only the page and the uploaded folder',
        );
        assert.deepEqual(failed, [], 'no request failed');
        // The browser's own favicon request is the site's business, not the recipe's.
        assert.deepEqual(
          server.answered.filter((a) => a.status !== 200 && a.path !== '/favicon.ico'),
          [],
          'the server answered every request with a file',
        );
        assert.deepEqual(session.errors, [], 'no uncaught error, no console error');
        assert.deepEqual(await session.violations(), [], 'no Content-Security-Policy violation');
        await session.close(); // no request to another origin, no cookie, no storage, no font
      } finally {
        await server.close();
      }
    });
  }
});
