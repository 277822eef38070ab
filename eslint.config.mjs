import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'src/i18n/locales/', 'coverage/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    plugins: { lit, wc },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      // Data is text: never render strings as HTML.
      'lit/no-template-bind': 'error',
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Data is always text.' }] },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Data is always text; use Lit templates.' },
        { property: 'outerHTML', message: 'Data is always text; use Lit templates.' },
      ],
    },
  },
  {
    files: ['**/*.mjs', 'tools/**', 'src/cli/**'],
    languageOptions: { globals: globals.node },
    // Browser code inside Node scripts (benchmark probes) declares its globals in /* global */ comments.
    rules: { 'no-redeclare': ['error', { builtinGlobals: false }] },
  },
);
