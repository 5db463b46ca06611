// Once per run of the e2e project: check for chromium (required under CI) and build the
// pages once, so each test file serves the production build instead of compiling.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromiumAvailable, chromiumMissingMessage } from './chromium';

export default function globalSetup(): void {
  if (!chromiumAvailable()) {
    if (process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false') {
      throw new Error(`${chromiumMissingMessage()} CI is set, so this is a failure.`);
    }
    console.warn(`\n[e2e] SKIPPED: ${chromiumMissingMessage()}\n`);
    process.env.E2E_SKIP = '1';
    return;
  }
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'acd-e2e-pages-'));
  const root = path.resolve(__dirname, '../..');
  // Vite is an ES module; jest runs CommonJS, so the build runs in its own process.
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'apps/server/buildPages.ts', outDir],
    { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (result.status !== 0) {
    throw new Error(`Building the pages for the browser tests failed:\n${result.stderr}`);
  }
  process.env.E2E_DIST_DIR = outDir;
}
