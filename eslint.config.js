// ESLint flat config: the usual correctness rules (eslint + typescript-eslint, recommended)
// and the architecture rule `wiretrace/stage-order` (lint/stage-order.js) on src/.
// `npm run lint` runs tsc --noEmit, then this; `npm run lint:check-rule` proves the stage
// rule fails on a back-edge import.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import stageOrder, { disableReason } from './lint/stage-order.js';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.bench/**', 'tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { wiretrace: { rules: { 'stage-order': stageOrder, 'disable-reason': disableReason } } },
    rules: {
      'wiretrace/disable-reason': 'error',
      // `_name` marks a parameter or binding kept on purpose (a callback's shape, a destructured rest).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'wiretrace/stage-order': [
        'error',
        { allow: [] },
      ],
    },
  },
);
