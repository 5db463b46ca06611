// The Firefox build passes Mozilla's addons-linter (run offline on the built folder) with no
// errors. `npm test` builds the extension before jest; a lone run builds it here.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const repoRoot = path.resolve(__dirname, '../..');
const firefoxBuild = path.join(repoRoot, 'extension/dist/firefox');
const linterBin = path.join(repoRoot, 'node_modules/addons-linter/bin/addons-linter');

interface LinterMessage {
  code: string;
  message: string;
  file?: string;
}

interface LinterReport {
  errors: LinterMessage[];
  warnings: LinterMessage[];
  notices: LinterMessage[];
}

beforeAll(() => {
  if (!existsSync(path.join(firefoxBuild, 'manifest.json'))) {
    execFileSync('npx', ['tsx', 'extension/scripts/buildExtension.ts'], {
      cwd: repoRoot,
      stdio: 'inherit',
    });
  }
}, 120_000);

it('the Firefox build passes addons-linter with no errors', async () => {
  const run = promisify(execFile);
  // The linter exits non-zero when it finds errors; the report is on stdout either way.
  const { stdout } = await run(
    process.execPath,
    [linterBin, '--output', 'json', '--self-hosted', firefoxBuild],
    { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 },
  ).catch((error: unknown) => ({ stdout: (error as { stdout?: string }).stdout ?? '' }));
  const report = JSON.parse(stdout) as LinterReport;
  expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
  // The manifest itself is clean; the only warnings left are React DOM's innerHTML writes.
  expect(report.warnings.filter((w) => w.file === 'manifest.json')).toEqual([]);
}, 120_000);
