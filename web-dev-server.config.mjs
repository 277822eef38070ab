// `npm start`: serves the repository on http://localhost:8000 with the demo at /. The demo loads the built CDN
// bundle, so what you see is what a webmaster's page gets. The docs are at /docs/, the CMS recipes at /recipes/,
// each served with the Content-Security-Policy of its CMS (recipes/serve.mjs).
import { recipesMiddleware } from './recipes/serve.mjs';

export default {
  port: 8000,
  hostname: 'localhost',
  rootDir: '.',
  middleware: [
    function demoAtRoot(context, next) {
      if (context.url === '/' || context.url === '/index.html') context.url = '/demo/index.html';
      return next();
    },
    recipesMiddleware,
  ],
};
