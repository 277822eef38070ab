// The CDN bundle: one self-contained, minified ES module that defines every element. Built from tsc's output in
// dist/ (the npm build), so both builds share one compilation.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: 'dist/index.js',
  output: { file: 'dist/cdn/partner-elements.js', format: 'es', sourcemap: true },
  plugins: [nodeResolve({ exportConditions: ['production'] }), terser({ ecma: 2022, module: true })],
  onwarn(warning, warn) {
    // tsc's decorator helpers start with `this && this.__esDecorate`; an undefined module-level `this` is what they expect.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
