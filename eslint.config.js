// ESLint (flat config) with typescript-eslint. Type-aware rules catch what matters most in bots:
// promises nobody awaits inside event handlers (no-floating-promises, no-misused-promises).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.matchcut/', 'bench/results/', 'eval/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
    },
  },
  {
    files: ['bin/**/*.js', 'eslint.config.js', 'test/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', fetch: 'readonly' } },
  },
  {
    // The command line, the benchmark, the evaluation and tests write to the terminal on purpose.
    files: ['adapters/cli/**', 'bench/**', 'eval/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
);
