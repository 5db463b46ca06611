// The layering rules (scripts/lint/layering.mjs) refuse what architecture.md forbids and let
// through what it allows, judged by the project's real ESLint configuration.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

interface ProbeResult {
  file: string;
  failures: { rule: string | null; message: string }[];
}

const LAYERING_RULES = new Set(['import/no-restricted-paths', 'no-restricted-imports']);

const probes: { name: string; file: string; code: string; refused: boolean }[] = [
  {
    name: 'a host importing a deep core path by its package name',
    file: 'zendesk-app/src/main.ts',
    code: "import { translate } from '@acd/shared/i18n/translate';\nexport const probe = translate;\n",
    refused: true,
  },
  {
    name: 'a host importing a core file by a relative path',
    file: 'zendesk-app/src/main.ts',
    code: "import { makeStore } from '../../shared/src/app/store';\nexport const probe = makeStore;\n",
    refused: true,
  },
  {
    name: 'a host using the three public entries',
    file: 'zendesk-app/src/main.ts',
    code:
      "import { translate } from '@acd/shared';\nimport { AgentApp } from '@acd/shared/ui';\n" +
      "import { mountAgentClient } from '@acd/shared/embed';\n" +
      'export const probe = [translate, AgentApp, mountAgentClient];\n',
    refused: false,
  },
  {
    name: 'the core importing a host',
    file: 'shared/src/app/store.ts',
    code: "import { readAppSettings } from '../../../zendesk-app/src/settings';\nexport const probe = readAppSettings;\n",
    refused: true,
  },
  {
    name: 'the core importing the simulator',
    file: 'shared/src/app/store.ts',
    code: "import { SEED_IDS } from '../../../mocks/src/engine/seedData';\nexport const probe = SEED_IDS;\n",
    refused: true,
  },
  {
    name: 'one host importing another',
    file: 'force-app/bundle-src/salesforceClient.tsx',
    code: "import { readAppSettings } from '../../zendesk-app/src/settings';\nexport const probe = readAppSettings;\n",
    refused: true,
  },
  {
    name: 'a page importing the simulator',
    file: 'apps/standalone/startStandalone.tsx',
    code: "import { createSimulatorServer } from '@acd/mocks/node';\nexport const probe = createSimulatorServer;\n",
    refused: true,
  },
  {
    name: 'the demo server starting the loopback simulator (the named exception)',
    file: 'apps/server/demoServer.ts',
    code: "import { startLoopbackServer } from '@acd/mocks/server/loopbackServer';\nexport const probe = startLoopbackServer;\n",
    refused: false,
  },
  {
    name: 'product code importing a test kit',
    file: 'zendesk-app/src/main.ts',
    code: "import { createFakeZafClient } from '../testing/fakeZafClient';\nexport const probe = createFakeZafClient;\n",
    refused: true,
  },
  {
    name: 'a host test using the core test kit and the simulator',
    file: 'force-app/bundle-src/salesforceClient.test.tsx',
    code:
      "import { createRecordingCrm } from '../../shared/testing/recordingCrm';\n" +
      "import { SEED_IDS } from '@acd/mocks/engine/seedData';\nexport const probe = [createRecordingCrm, SEED_IDS];\n",
    refused: false,
  },
  {
    name: 'a host test reaching past the entries',
    file: 'zendesk-app/src/settings.test.ts',
    code: "import { settingsSlice } from '@acd/shared/features/settings/settingsSlice';\nexport const probe = settingsSlice;\n",
    refused: true,
  },
];

function lint(): ProbeResult[] {
  const repoRoot = path.resolve(__dirname, '../..');
  const output = execFileSync(process.execPath, [path.join(__dirname, 'lintProbes.mjs')], {
    cwd: repoRoot,
    input: JSON.stringify(probes),
    encoding: 'utf8',
  });
  return JSON.parse(output) as ProbeResult[];
}

describe('the layering lint rules', () => {
  let results: ProbeResult[] = [];
  beforeAll(() => {
    results = lint();
  }, 120_000);

  it.each(probes.map((probe, index) => [probe.name, index] as const))('%s', (_name, index) => {
    const probe = probes[index];
    const all = results[index]?.failures ?? [];
    // A probe that does not parse would pass as "allowed": none may.
    expect(all.filter((failure) => failure.rule === null)).toEqual([]);
    const failures = all.filter(
      (failure) => failure.rule !== null && LAYERING_RULES.has(failure.rule),
    );
    if (probe?.refused) expect(failures).not.toHaveLength(0);
    else expect(failures).toEqual([]);
  });
});
