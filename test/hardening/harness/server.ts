/**
 * The page-level suites' web server: Node's http on 127.0.0.1 with an ephemeral port, reachable under two origins
 * (http://127.0.0.1:PORT for the page, http://localhost:PORT as "another origin" for a dataset elsewhere). It serves
 * only what a webmaster's server would: the package's published files, the test pages, the demo pages, two vendor
 * files, and a few faulty URLs. Headers are what these suites are about: a page asked for with `?csp=NAME` is sent with that
 * Content-Security-Policy as a real HTTP header (Trusted Types are enforced from a header, not from a meta tag).
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { Socket } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../../../src/data/model.js';
import { elementsMarkup, manifestTags, STATES, type State } from './markup.js';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/u, '');
const PAGES = join(ROOT, 'test/hardening/pages');
/** The repository's demo pages, as `npm start` serves them (each declares its own policy in a meta tag). */
export const DEMO = join(ROOT, 'demo');

/** The strict policy the issue asks for, and the variants the suites need. */
export const POLICIES: Record<string, (alt: string) => string> = {
  strict: () =>
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
    "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'",
  /** The same, for a dataset on another origin (what docs/security.md tells integrators to add). */
  'strict-cross': (alt) =>
    `default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self' ${alt}; img-src 'self'; ` +
    "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'",
  /** A reader (or a CMS preview) with scripts blocked: only the fallback content inside the elements shows. */
  'no-script': () => "default-src 'self'; script-src 'none'",
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The package files a static copy would hold that the pages may load; dist/i18n/ for the demo's language switch,
 * which lists the languages the package speaks.
 */
const PACKAGE_FILES =
  /^(?:dist\/cdn\/[\w.-]+|dist\/i18n\/[\w.-]+\.js|data\/[\w.-]+\.(?:json|csv)|data\/geo\/[\w.-]+\.json|custom-elements\.json)$/u;

/** A second copy of the bundle, as a CMS plugin would ship its own (another URL, other bytes: another version). */
const SECOND_COPY_BANNER = '/*! partner-elements 0.0.9, bundled with a CMS plugin */\n';

export interface LoggedRequest {
  origin: string;
  path: string;
  headers: IncomingHttpHeaders;
}

export interface TestServer {
  /** The pages' origin. */
  origin: string;
  /** Another origin on the same server, for a dataset that lives elsewhere. */
  altOrigin: string;
  requests: LoggedRequest[];
  close(): Promise<void>;
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, headers = {}) {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
  response.end(body);
}

/** Expands `<!--{{elements STATE,STATE [fallback] [quiet] [wordpress]}}-->` with the manifest's elements, and `{{alt-origin}}`. */
async function renderPage(file: string, altOrigin: string): Promise<string> {
  const template = await readFile(file, 'utf8');
  const dataset = JSON.parse(await readFile(join(ROOT, 'data/partnerships.json'), 'utf8')) as Dataset;
  const tags = manifestTags(ROOT);
  return template
    .replace(/<!--\{\{elements ([\w,]+)((?: \w+)*)\}\}-->/gu, (_, states: string, flags: string) => {
      const wanted = states.split(',').filter((s): s is State => (STATES as readonly string[]).includes(s));
      return elementsMarkup(tags, wanted, dataset, {
        fallback: flags.includes('fallback'),
        interactive: !flags.includes('quiet'),
        wordpress: flags.includes('wordpress'),
      });
    })
    .replace(/\{\{alt-origin\}\}/gu, altOrigin);
}

export async function startServer(): Promise<TestServer> {
  const requests: LoggedRequest[] = [];
  const sockets = new Set<Socket>();
  let origin = '';
  let altOrigin = '';

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', `http://${request.headers.host ?? '127.0.0.1'}`);
    const path = decodeURIComponent(url.pathname);
    requests.push({ origin: url.origin, path: `${path}${url.search}`, headers: request.headers });
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));

    if (path === '/faults/hang.json') return; // never answers: the loading state stays as long as a test needs it
    if (path === '/faults/unavailable.json') return send(response, 503, 'text/plain', 'Service Unavailable');

    let file: string | undefined;
    let banner = '';
    const packagePath = /^\/(cms-plugin\/)?package\/(.+)$/u.exec(path);
    if (packagePath && PACKAGE_FILES.test(packagePath[2]!)) {
      file = join(ROOT, packagePath[2]!);
      if (packagePath[1] && packagePath[2]!.endsWith('.js')) banner = SECOND_COPY_BANNER;
    } else if (/^\/(?:dist|data)\//u.test(path) && PACKAGE_FILES.test(path.slice(1))) {
      file = join(ROOT, path.slice(1)); // the demo pages load the bundle and the data from the site's root
    } else if (path.startsWith('/demo/')) {
      const candidate = normalize(join(DEMO, path.slice('/demo/'.length)));
      if (candidate.startsWith(DEMO + sep)) file = candidate;
    } else if (path.startsWith('/hardening/pages/')) {
      const candidate = normalize(join(PAGES, path.slice('/hardening/pages/'.length)));
      if (candidate.startsWith(PAGES + sep)) file = candidate;
    } else if (path === '/vendor/axe.js') {
      file = join(ROOT, 'node_modules/axe-core/axe.min.js');
    } else if (path.startsWith('/vendor/lit-localize/')) {
      const base = join(ROOT, 'node_modules/@lit/localize');
      const candidate = normalize(join(base, path.slice('/vendor/lit-localize/'.length)));
      if (candidate.startsWith(base + sep) && candidate.endsWith('.js')) file = candidate;
    }
    if (!file) return send(response, 404, 'text/plain', 'Not Found');

    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = {};
    if (path.includes('/data/')) headers['Access-Control-Allow-Origin'] = '*'; // a dataset may be fetched from elsewhere
    const policy = url.searchParams.get('csp');
    if (type.startsWith('text/html') && policy) {
      const make = POLICIES[policy];
      if (!make) return send(response, 400, 'text/plain', `No policy ${policy}`);
      headers['Content-Security-Policy'] = make(altOrigin);
    }
    if (type.startsWith('text/html') && url.searchParams.has('cookie')) {
      headers['Set-Cookie'] = 'cms_session=abc123; Path=/; SameSite=Lax'; // the CMS's own cookie, not ours
    }
    try {
      const body = type.startsWith('text/html')
        ? await renderPage(file, altOrigin)
        : Buffer.concat([Buffer.from(banner), await readFile(file)]);
      send(response, 200, type, body, headers);
    } catch {
      send(response, 404, 'text/plain', 'Not Found');
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  origin = `http://127.0.0.1:${port}`;
  altOrigin = `http://localhost:${port}`;
  return {
    origin,
    altOrigin,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy(); // the hanging requests too
        server.close(() => resolve());
      }),
  };
}
