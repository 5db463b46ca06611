// The layering of ../shared/spec/architecture.md as lint rules, so a wrong import fails
// `npm run lint` instead of waiting for a reviewer:
//   - the core (shared/src) imports no host, no app, no simulator, no test kit;
//   - hosts never import each other;
//   - product code never imports the simulator (mocks/); the demo server, which starts the
//     loopback simulator beside the pages, is the one named exception;
//   - everything outside the core reaches it through its public entries only:
//     `@acd/shared`, `@acd/shared/ui`, `@acd/shared/embed` (shared/package.json "exports");
//   - test kits (shared/testing, zendesk-app/testing) are for tests, benchmarks and browser
//     tests only.
// Two rules hold this: import/no-restricted-paths judges the file an import resolves to
// (relative paths included); no-restricted-imports judges the written specifier, which also
// catches a deep `@acd/shared/...` path that would not resolve at all.
import importPlugin from 'eslint-plugin-import';

/** Each host is a CRM shell or page built on the core; none may import another. */
export const HOSTS = ['force-app', 'zendesk-app', 'apps', 'embeddable', 'extension'];
const CORE = 'shared/src';
const CORE_TEST_KIT = 'shared/testing';
const TEST_KITS = [CORE_TEST_KIT, 'zendesk-app/testing'];
/** The one product file allowed to import the simulator. */
export const SIMULATOR_EXCEPTION = 'apps/server/demoServer.ts';
/** Everything outside the core that imports it: hosts, the simulator, tooling and tests. */
const CORE_CLIENTS = [...HOSTS, 'mocks', 'bench', 'e2e', 'scripts'];

const TEST_FILES = ['**/*.test.ts', '**/*.test.tsx', '**/__tests__/**'];
/** Code that only ever runs in tests or measurements. */
const TEST_ONLY = [
  ...TEST_FILES,
  `${CORE_TEST_KIT}/**`,
  'zendesk-app/testing/**',
  'bench/**',
  'e2e/**',
];
const CODE = ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'];

const ENTRIES_MESSAGE =
  'Use the core through its public entries only: @acd/shared, @acd/shared/ui or @acd/shared/embed.';

const coreImportsNoOutside = (from) => ({
  target: CORE,
  from,
  message: 'The core (shared/src) knows nothing of hosts, apps, the simulator or test kits.',
});

const hostsApart = HOSTS.map((host) => ({
  target: host,
  from: HOSTS.filter((other) => other !== host),
  message: 'Hosts never import each other: what two hosts need belongs in the core.',
}));

const onlyThroughEntries = {
  target: CORE_CLIENTS,
  from: CORE,
  except: ['./index.ts', './ui/index.ts', './embed/index.ts'],
  message: ENTRIES_MESSAGE,
};

const noSimulator = (target) => ({
  target,
  from: 'mocks',
  message: `Product code never imports the simulator (the demo server, ${SIMULATOR_EXCEPTION}, is the one exception).`,
});

const noTestKits = {
  target: [CORE, ...HOSTS, 'mocks', 'scripts'],
  from: TEST_KITS,
  message: 'Test kits are for tests, benchmarks and browser tests only.',
};

const deepCoreSpecifier = {
  regex: '^@acd/shared/(?!(ui|embed)$)',
  message: ENTRIES_MESSAGE,
};
const simulatorSpecifier = {
  regex: '^@acd/mocks(/|$)',
  message: 'Product code never imports the simulator.',
};

function restrictions(zones, patterns) {
  return {
    'import/no-restricted-paths': ['error', { basePath: import.meta.dirname + '/../..', zones }],
    'no-restricted-imports': ['error', { patterns }],
  };
}

/** Flat-config blocks; later blocks replace a rule's options for the files they match. */
export function layeringConfig() {
  const productHostsAndCore = [CORE, ...HOSTS];
  return [
    {
      files: CODE,
      // The very object the LWC config registers (flat config refuses two under one name).
      plugins: { import: importPlugin.flatConfigs.recommended.plugins.import },
      settings: {
        'import/resolver': {
          // apps/ and e2e/ extend this tsconfig: the same paths hold there.
          typescript: { project: 'tsconfig.json' },
          node: true,
        },
      },
    },
    {
      // Product code: every rule.
      files: CODE,
      ignores: [...TEST_ONLY, SIMULATOR_EXCEPTION],
      rules: restrictions(
        [
          coreImportsNoOutside([...HOSTS, 'mocks', 'bench', 'e2e', 'scripts', ...TEST_KITS]),
          ...hostsApart,
          onlyThroughEntries,
          noSimulator(productHostsAndCore),
          noTestKits,
        ],
        [deepCoreSpecifier, simulatorSpecifier],
      ),
    },
    {
      // The demo server starts the loopback simulator; the rest of the rules hold.
      files: [SIMULATOR_EXCEPTION],
      rules: restrictions([...hostsApart, onlyThroughEntries], [deepCoreSpecifier]),
    },
    {
      // Tests, test kits, benchmarks and browser tests may drive the simulator and use the
      // kits, but still keep hosts apart and reach the core through its entries (the core's
      // own tests and kits sit inside the core package and may read it directly).
      files: TEST_ONLY,
      rules: restrictions(
        [
          coreImportsNoOutside([...HOSTS, 'bench', 'e2e', 'scripts']),
          ...hostsApart,
          onlyThroughEntries,
        ],
        [deepCoreSpecifier],
      ),
    },
  ];
}
