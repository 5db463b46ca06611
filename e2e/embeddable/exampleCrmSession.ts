// The Embeddable Framework world of a test file: the client built once into a temporary
// folder, the example CRM and the client on their own origins, against the e2e session's
// simulator.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  startExampleCrm,
  type ExampleCrm,
  type ExampleCrmOptions,
} from '../../scripts/embeddable/exampleCrmServer';
import type { Language } from '@acd/shared';
import type { E2eSession } from '../harness/e2eSession';

let builtDir: string | undefined;

/** Builds the client once per test file (Vite runs in its own process, as ES module). */
export function buildClientOnce(): string {
  if (builtDir !== undefined) return builtDir;
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'acd-e2e-embeddable-'));
  const root = path.resolve(__dirname, '../..');
  const result = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/tsx/dist/cli.mjs'),
      'embeddable/scripts/buildEmbeddable.ts',
      outDir,
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (result.status !== 0)
    throw new Error(`Building the embeddable client failed:\n${result.stderr}${result.stdout}`);
  builtDir = outDir;
  return outDir;
}

/** Removes the file's build (a test file's last afterAll calls it). */
export function removeBuiltClient(): void {
  if (builtDir === undefined) return;
  rmSync(builtDir, { recursive: true, force: true });
  builtDir = undefined;
}

/** The e2e session's loopback simulator: its URL, and its list of trusted browser origins. */
export interface CrmSimulator {
  url: string;
  trustOrigins(...origins: string[]): void;
}

/** Starts the example CRM against the simulator, which is told to trust the client's origin. */
export function startCrm(
  simulator: CrmSimulator,
  options: Omit<ExampleCrmOptions, 'platformBaseUrl' | 'distDir' | 'trustOrigins'> = {},
): Promise<ExampleCrm> {
  return startExampleCrm({
    ...options,
    platformBaseUrl: simulator.url,
    distDir: buildClientOnce(),
    trustOrigins: (...origins) => {
      simulator.trustOrigins(...origins);
    },
  });
}

/** The example CRM's page in a new browser context, with the client's frame. */
export async function openCrm(e2e: E2eSession, crm: ExampleCrm, language: Language) {
  const context = await e2e.browser.newContext({
    locale: language === 'ja' ? 'ja-JP' : 'en-US',
    viewport: { width: 1200, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(crm.crmUrl);
  const frame = page.frameLocator('#agent-frame');
  return { context, page, frame };
}
