import type { Config } from 'jest';

// CommonJS on purpose (.cts): Node 22.18+ loads a config written in TypeScript natively, and an
// ambiguous .ts file would run as an ES module there (no require, no __dirname); Node 20 loads
// the same file through ts-node. Only type annotations that erase cleanly are used.
// sfdx-lwc-jest ships no types: only its preset object is read.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { jestConfig: lwcJestConfig } = require('@salesforce/sfdx-lwc-jest/config') as {
  jestConfig: Config;
};

// One jest, one project per package. @swc/jest strips types (tsc checks them in
// `npm run typecheck`), which keeps cold runs fast on two cores.
const swcTransform: Config['transform'] = {
  '^.+\\.(m|c)?(t|j)sx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', tsx: true },
        target: 'es2022',
        transform: { react: { runtime: 'automatic' } },
      },
      module: { type: 'commonjs' },
    },
  ],
};

// Jest runs CommonJS; MSW 2's helpers ship ESM only, so they go through swc too.
const esmOnlyPackages = [
  'msw',
  '@mswjs',
  '@open-draft',
  'rettime',
  'until-async',
  'headers-polyfill',
  'cookie',
  'outvariant',
  'strict-event-emitter',
  'is-node-process',
  '@bundled-es-modules',
  // design-system-react's components/<name> paths are raw JSX modules.
  '@salesforce/design-system-react',
  'nanoid',
];

const moduleNameMapper = {
  '^@acd/shared/(.*)$': '<rootDir>/shared/src/$1',
  '^@acd/mocks/(.*)$': '<rootDir>/mocks/src/$1',
};

function nodeProject(name: string): Config {
  return {
    displayName: name,
    rootDir: __dirname,
    roots: [`<rootDir>/${name}`],
    testEnvironment: 'node',
    transform: swcTransform,
    transformIgnorePatterns: [`/node_modules/(?!(${esmOnlyPackages.join('|')})/)`],
    moduleNameMapper,
    setupFiles: ['<rootDir>/jest/nodeGlobals.ts'],
    testMatch: ['**/*.test.ts'],
  };
}

/** React components in a DOM with the fetch globals MSW needs (plain jsdom lacks them). */
function domProject(name: string, root: string): Config {
  return {
    ...nodeProject(root),
    displayName: name,
    testEnvironment: 'jest-fixed-jsdom',
    testMatch: ['**/*.test.tsx'],
    setupFiles: [],
    setupFilesAfterEnv: ['<rootDir>/jest/domMatchers.ts'],
  };
}

/**
 * The Salesforce shell's LWC tests with sfdx-lwc-jest's preset (its lightning/* test modules, the LWC
 * compiler); they run here only, once (no separate sfdx-lwc-jest run).
 */
function lwcProject(): Config {
  return {
    ...lwcJestConfig,
    displayName: 'lwc',
    rootDir: __dirname,
    roots: ['<rootDir>/force-app'],
    testMatch: ['**/lwc/**/__tests__/**/*.test.js'],
  };
}

/**
 * Browser tests: the demo server and Debian's chromium through playwright-core. The global
 * setup builds the pages once, and fails under CI when chromium is missing (locally it
 * skips with a message).
 */
function e2eProject(): Config {
  return {
    ...nodeProject('e2e'),
    testMatch: ['<rootDir>/e2e/**/*.e2e.test.ts'],
    globalSetup: '<rootDir>/e2e/harness/globalSetup.ts',
    globalTeardown: '<rootDir>/e2e/harness/globalTeardown.ts',
    setupFilesAfterEnv: ['<rootDir>/e2e/harness/jestSetup.ts'],
  };
}

const config: Config = {
  projects: [
    nodeProject('mocks'),
    nodeProject('shared'),
    domProject('shared-ui', 'shared'),
    lwcProject(),
    { ...nodeProject('scripts/salesforce'), displayName: 'salesforce-metadata' },
    { ...nodeProject('scripts/lint'), displayName: 'lint-rules' },
    domProject('salesforce-bundle', 'force-app/bundle-src'),
    nodeProject('zendesk-app'),
    nodeProject('apps'),
    nodeProject('embeddable'),
    domProject('embeddable-dom', 'embeddable'),
    nodeProject('extension'),
    // .ci/run repeats the suite on other Node versions and drives chromium on only one of them.
    ...(process.env.ACD_BROWSER_TESTS === 'off' ? [] : [e2eProject()]),
  ],
  // Two cores: one worker per core; socket tests open real loopback ports.
  maxWorkers: 2,
  // Tests wait for conditions, never for time; this is only a hang guard. A whole conversation
  // through the simulator can take more than jest's default 5 s on two busy cores (it did in CI).
  testTimeout: 20_000,
};

module.exports = config;
