// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const noAppImports = {
  group: ['@/app', '@/app/*', '**/app/*'],
  message: 'Shared code and features must not import from src/app (the app composes them).',
};

/**
 * @param {string[]} files
 * @param {{ group: string[]; message: string }[]} patterns
 * @returns {import('eslint').Linter.Config}
 */
function restrictImports(files, patterns) {
  return { files, rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

/** Unidirectional architecture: shared -> features -> app (as in bulletproof-react). */
const architecture = [
  restrictImports(
    ['src/components/**', 'src/config/**', 'src/hooks/**', 'src/lib/**', 'src/testing/**'],
    [
      noAppImports,
      {
        group: ['@/features', '@/features/*', '**/features/*'],
        message: 'Shared code must not depend on a feature.',
      },
    ],
  ),
  ...features.map((feature) =>
    restrictImports(
      [`src/features/${feature}/**`],
      [
        noAppImports,
        {
          group: ['@/features/*', `!@/features/${feature}`, `!@/features/${feature}/**`],
          message: 'Features must not import from each other: compose them in src/app.',
        },
        {
          group: ['../../*'],
          message: 'Leave the feature through the @/ alias (shared code only).',
        },
      ],
    ),
  ),
];

export default tseslint.config(
  {
    ignores: ['dist', 'node_modules', 'src/lib/api/schema.d.ts', 'test-results', 'e2e/.artifacts'],
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.strictTypeChecked],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    files: ['vite.config.ts'],
    extends: [...tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
  ...architecture,
);
