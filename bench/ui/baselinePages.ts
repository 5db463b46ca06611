// Builds the standalone page as it was at another commit, for the cold start to be measured
// against it on the same machine at the same moments (BENCH_UI_BASELINE_PAGES, coldStart.ts):
// this VM's speed moves by tens of percent between days, so a figure taken on another day
// (the 184 ms issue 16 was filed with) says little about a figure taken today.
//
//   node --import tsx bench/ui/baselinePages.ts [commit] [outDir]
//
// The commit is checked out in a temporary worktree that borrows this checkout's
// node_modules, except its own workspace packages (@acd/*), and builds with its own
// apps/server/buildPages.ts. So it works for commits whose dependencies this checkout still
// installs; the default, 77820b0, is the code issue 16 was filed against.
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  existsSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ISSUE_16_FILED_AT = '77820b0bbb9916c70cafcf2df57551164a091b0e';

function run(command: string, args: string[], cwd: string): void {
  execFileSync(command, args, {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

/** This checkout's packages for the worktree; its workspace links point into the worktree. */
function borrowNodeModules(repo: string, worktree: string): void {
  const from = path.join(repo, 'node_modules');
  const to = path.join(worktree, 'node_modules');
  mkdirSync(to);
  for (const name of readdirSync(from)) {
    // Not the tools' caches (.vite, .cache): the other build would write into this one's.
    if (name === '@acd' || (name.startsWith('.') && name !== '.bin')) continue;
    symlinkSync(path.join(from, name), path.join(to, name));
  }
  // The workspace links are relative (../../shared): the same links inside the worktree
  // resolve to the commit's own packages.
  mkdirSync(path.join(to, '@acd'));
  for (const name of readdirSync(path.join(from, '@acd'))) {
    symlinkSync(readlinkSync(path.join(from, '@acd', name)), path.join(to, '@acd', name));
  }
}

export function buildBaselinePages(commit: string, outDir: string): void {
  const repo = path.resolve(__dirname, '../..');
  const out = path.resolve(outDir);
  // An empty folder of its own: git adds a worktree into an existing empty directory.
  const worktree = mkdtempSync(path.join(os.tmpdir(), 'acd-baseline-'));
  try {
    run('git', ['worktree', 'add', '--detach', worktree, commit], repo);
  } catch (error) {
    rmSync(worktree, { recursive: true, force: true });
    throw error;
  }
  let failure: Error | null = null;
  try {
    borrowNodeModules(repo, worktree);
    const script = path.join('apps', 'server', 'buildPages.ts');
    if (!existsSync(path.join(worktree, script))) {
      throw new Error(`${commit} has no ${script} to build its pages with`);
    }
    run(process.execPath, ['--import', 'tsx', script, out], worktree);
    if (!existsSync(path.join(out, 'standalone', 'index.html'))) {
      throw new Error(`${commit}'s ${script} did not build a standalone page into ${out}`);
    }
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error));
  }
  try {
    run('git', ['worktree', 'remove', '--force', worktree], repo);
  } catch (error) {
    // The build's own failure is the one to report; a worktree left over is pruned by hand.
    console.error(
      `The worktree ${worktree} was not removed: run git worktree prune (${String(error)})`,
    );
  }
  if (failure !== null) throw failure;
}

if (require.main === module) {
  const [
    commit = ISSUE_16_FILED_AT,
    outDir = path.join(os.tmpdir(), `acd-baseline-${commit.slice(0, 7)}`),
  ] = process.argv.slice(2);
  try {
    buildBaselinePages(commit, outDir);
    console.log(`Built ${commit}'s pages into ${outDir}: BENCH_UI_BASELINE_PAGES=${outDir}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
