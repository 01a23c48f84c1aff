import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const browserGlobals = [
  'window',
  'document',
  'browser',
  'chrome',
  'navigator',
  'location',
  'localStorage',
];

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The pure core runs in Node, in workers and in content scripts: no browser APIs, and no
    // console output that could leak file names or contents.
    files: ['src/metadata/**', 'src/scan/**', 'src/tips/**'],
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals],
      'no-console': 'error',
    },
  },
);
