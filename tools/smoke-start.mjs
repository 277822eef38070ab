// Checks the README's first command the way a new user would: `npm start` must serve the demo on
// http://localhost:8000 with the built bundle, the embedded dataset and the self-host zip. Used by CI after `npm ci`.
import { spawn } from 'node:child_process';

const base = 'http://localhost:8000';
const expectations = [
  ['/', (body) => body.includes('<partner-list')],
  ['/dist/cdn/partner-elements.js', (body) => body.length > 1000],
  ['/data/partnerships.json', (body) => JSON.parse(body).partnerships.length > 0],
  // The self-host zip the docs page links to (a zip file starts with "PK\x03\x04").
  ['/dist/partner-elements-selfhost.zip', (body) => body.startsWith('PK\u0003\u0004')],
];

try {
  await fetch(base);
  console.error(
    `Something already serves ${base}; stop it (a running \`npm start\` or test runner) and try again.`,
  );
  process.exit(1);
} catch {
  // The port is free, as it must be for this check to mean anything.
}

const server = spawn('npm', ['start'], { detached: true, stdio: ['ignore', 'ignore', 'inherit'] });
const stop = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};

async function get(path) {
  const response = await fetch(base + path);
  return { status: response.status, body: await response.text() };
}

async function waitForServer(deadline) {
  while (Date.now() < deadline) {
    try {
      return await get('/');
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  throw new Error(`npm start did not serve ${base} within the time limit`);
}

try {
  await waitForServer(Date.now() + 120_000);
  for (const [path, ok] of expectations) {
    const { status, body } = await get(path);
    if (status !== 200 || !ok(body)) throw new Error(`GET ${path}: status ${status}, unexpected body`);
    console.log(`npm start serves ${base}${path}`);
  }
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
} finally {
  stop();
}
