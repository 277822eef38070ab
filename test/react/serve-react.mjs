// React ships CommonJS only. For the React wrapper tests the test server turns React's files into ES modules
// (rollup's commonjs plugin) and fixes `process.env.NODE_ENV`, which a bundler would replace, to development.
import rollupCommonjs from '@rollup/plugin-commonjs';
import { fromRollup } from '@web/dev-server-rollup';

const commonjs = fromRollup(rollupCommonjs);
const REACT_FILES = /\/node_modules\/(react|react-dom|scheduler)\//;

const nodeEnv = {
  name: 'react-node-env',
  transform(context) {
    if (REACT_FILES.test(context.path) && typeof context.body === 'string') {
      return { body: context.body.replaceAll('process.env.NODE_ENV', '"development"') };
    }
    return undefined;
  },
};

export const reactPlugins = [
  nodeEnv,
  commonjs({
    include: ['**/node_modules/react/**', '**/node_modules/react-dom/**', '**/node_modules/scheduler/**'],
    // The dev server transforms each file on its own, so the plugin cannot know that what a file requires is
    // CommonJS too; all three packages are, so a require() returns the required module's exports.
    strictRequires: false,
    requireReturnsDefault: true,
  }),
];
