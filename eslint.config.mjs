// Flat config: typescript-eslint's type-aware rules on every TypeScript source.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lwcConfig from '@salesforce/eslint-config-lwc';
import { layeringConfig } from './scripts/lint/layering.mjs';

// The Salesforce shell's LWC sources and tests: plain JS, as the platform compiles it.
const lwcFiles = ['force-app/**/lwc/**/*.js'];
// typescript-eslint's rules misread (or crash on) the Babel AST of LWC decorators.
const typescriptRulesOff = Object.fromEntries(
  tseslint.configs.strictTypeChecked
    .flatMap((block) => Object.keys(block.rules ?? {}))
    .filter((rule) => rule.startsWith('@typescript-eslint/'))
    .map((rule) => [rule, 'off']),
);

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'coverage/**', 'dist/**', 'mocks/public/**'] },
  // The built client bundle (npm run build:salesforce).
  { ignores: ['force-app/main/default/staticresources/**'] },
  // Built by npm run build:zendesk.
  { ignores: ['zendesk-app/assets/**'] },
  // Built by npm run build:embeddable.
  { ignores: ['embeddable/dist/**'] },
  // Built by npm run build:extension.
  { ignores: ['extension/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Sagas yield effects whose results are typed at the call site.
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The example CRM page and its framework.js: plain scripts for the browser, as an
    // integrator writes them.
    files: ['embeddable/example/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { window: 'readonly', document: 'readonly', URL: 'readonly', console: 'readonly' },
    },
  },
  ...lwcConfig.configs.recommended.map((block) => ({ ...block, files: lwcFiles })),
  {
    files: lwcFiles,
    rules: typescriptRulesOff,
  },
  {
    // jest.mock factories load their helpers with require (they are hoisted above imports).
    files: ['force-app/**/lwc/**/__tests__/**/*.js'],
    languageOptions: { globals: { require: 'readonly' } },
  },
  // Who may import whom (architecture.md): scripts/lint/layering.mjs.
  ...layeringConfig(),
);
