// `npm run bench`: every performance goal, measured and printed (never a timed test).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCoreBenchmarks } from './core/coreBenchmarks';
import { runMessagingBurstBenchmark } from './core/messagingBurstBenchmark';
import { remoteViewBenchmarks } from './core/remoteViewBenchmarks';

type Suite = () => Promise<Record<string, number>>;

async function optionalSuite(relative: string, exportName: string): Promise<Suite | undefined> {
  const url = new URL(relative, import.meta.url);
  if (!existsSync(fileURLToPath(url))) return undefined;
  const module = (await import(url.href)) as Record<string, unknown>;
  const suite = module[exportName];
  return typeof suite === 'function' ? (suite as Suite) : undefined;
}

async function main(): Promise<void> {
  const suites: [string, Suite | undefined][] = [
    ['core', runCoreBenchmarks],
    ['core, web messaging burst', runMessagingBurstBenchmark],
    ['core to a view frame (Zendesk, extension)', remoteViewBenchmarks],
    ['ui (headless chromium)', await optionalSuite('./ui/uiBenchmarks.ts', 'runUiBenchmarks')],
  ];
  for (const [name, suite] of suites) {
    if (suite === undefined) continue;
    console.log(`\n== ${name}`);
    // One suite that fails says why and fails the run, but the others still print.
    try {
      const figures = await suite();
      for (const [label, value] of Object.entries(figures)) console.log(`${label}: ${value}`);
    } catch (error: unknown) {
      console.error(`${name} failed:`, error);
      process.exitCode = 1;
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
