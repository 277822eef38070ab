import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromiumArgs, chromiumPath } from './tools/chromium.mjs';
import { staticPackageCopy } from './tools/static-package-copy.mjs';
import { reactPlugins } from './test/react/serve-react.mjs';
import { recipesMiddleware } from './recipes/serve.mjs';

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['development'] },
  // The CDN test loads the built bundle from a static copy of the package, untouched by the dev server.
  // The recipe pages and the docs page come with their CMS's Content-Security-Policy header (recipes/serve.mjs).
  middleware: [staticPackageCopy, recipesMiddleware],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), ...reactPlugins],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
      // Two test files run at once, each in a tab: the tab in the background is hidden, renders nothing and never
      // gets ResizeObserver callbacks (the map waited forever for its size). Every tab behaves as the focused one.
      async createPage({ context }) {
        const page = await context.newPage();
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
    }),
  ],
  concurrency: 2,
  // A file's whole run, not one test: the map's 30 tests draw real geometry, slow on a busy two-core machine.
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 10000 } },
};
