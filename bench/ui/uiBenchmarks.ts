// `npm run bench` (UI part), in headless chromium: with 20 chats of 5,000 messages, the time
// from a customer message arriving on the socket to the row and transcript updated and laid
// out (p95), how many components re-render per such event, and the cold start of the
// standalone client to an interactive list against the loopback simulator.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildPages } from '../../apps/server/buildPages';
import { launchChromium } from '../../e2e/harness/chromium';
import { percentile } from '../percentile';
import { pageWeight } from './pageWeight';
import { coldStartBenchmarks } from './coldStart';
import { RENDER_COUNTER_SCRIPT } from './renderCounter';
import { serveFolder } from './serveFolder';

const CHATS = Number(process.env.BENCH_UI_CHATS ?? 20);
const MESSAGES = Number(process.env.BENCH_UI_MESSAGES ?? 5_000);
const EVENTS = Number(process.env.BENCH_UI_EVENTS ?? 200);
const round = (value: number, digits = 2) => Number(value.toFixed(digits));

async function buildBenchPage(outDir: string): Promise<void> {
  // Vite is an ES module: imported dynamically (tsx would otherwise require it as CommonJS).
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: path.join(__dirname, 'page'),
    mode: 'production',
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: true,
      cssMinify: false,
      reportCompressedSize: false,
      // BENCH_UI_NAMES=1 keeps component names for the by-component breakdown.
      minify: process.env.BENCH_UI_NAMES !== '1',
    },
  });
}

interface EventSample {
  ms: number;
  renders: number;
  mounts: number;
}

/** Calls into the page by name: functions passed to evaluate would carry tsx's helpers. */
const inPage = <T>(page: Page, expression: string) => page.evaluate<T>(expression);

async function eventBenchmarks(browser: Browser, pageUrl: string) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  await context.addInitScript(RENDER_COUNTER_SCRIPT);
  const page = await context.newPage();
  // A page that fails says why instead of leaving the benchmark waiting.
  page.on('pageerror', (error) => console.error(`bench page: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`bench page: ${message.text()}`);
  });
  await page.goto(pageUrl);
  const setUpMs = await inPage<number>(page, `window.acdBench.setUp(${CHATS}, ${MESSAGES})`);
  await page.getByRole('log').waitFor();
  const samples: EventSample[] = [];
  for (let i = 0; i < EVENTS + 20; i += 1) {
    const sample = await inPage<EventSample>(page, 'window.acdBench.measure()');
    if (i >= 20) samples.push(sample); // the first events warm the JIT
  }
  // Which components render, for whoever chases the per-event figure.
  const top = (counts: Record<string, number>) =>
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([name, count]) => `${name} ${count}`)
      .join(', ');
  const byName = await inPage<Record<string, number>>(page, 'window.__acdRenders.byName');
  console.log('ui renders and mounts by component over the whole run:', top(byName));
  const rendersByName = await inPage<Record<string, number>>(
    page,
    'window.__acdRenders.rendersByName',
  );
  console.log('ui re-renders only (mounts left out), by component:', top(rendersByName));
  const transcriptLines = await inPage<number>(
    page,
    `document.querySelectorAll('[role="log"] p').length`,
  );
  await context.close();
  const ms = samples.map((s) => s.ms);
  // BENCH_UI_SAMPLES=1 prints every sample in order: a slow one that recurs every few
  // messages is a pattern, not noise.
  if (process.env.BENCH_UI_SAMPLES === '1') {
    console.log('ui message-to-paint samples, ms:', ms.map((v) => round(v, 1)).join(' '));
  }
  const renders = samples.map((s) => s.renders);
  const mounts = samples.map((s) => s.mounts);
  return {
    'ui.setup.chats': CHATS,
    'ui.setup.messagesPerChat': MESSAGES,
    'ui.setup.loadMs, history fetch (goal <= 5,000)': round(setUpMs, 0),
    'ui.transcript.domParagraphs (virtualised)': transcriptLines,
    'ui.messageToPaint.p50Ms': round(percentile(ms, 50)),
    'ui.messageToPaint.p95Ms (goal <= 6)': round(percentile(ms, 95)),
    'ui.rendersPerEvent.median (goal <= 3)': percentile(renders, 50),
    'ui.rendersPerEvent.max (goal <= 6)': Math.max(...renders),
    'ui.mountsPerEvent.median (the new line)': percentile(mounts, 50),
  };
}

export async function runUiBenchmarks(): Promise<Record<string, number>> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'acd-ui-bench-'));
  const browser = await launchChromium();
  try {
    const benchDir = path.join(work, 'bench-page');
    const pagesDir = path.join(work, 'pages');
    await buildBenchPage(benchDir);
    await buildPages(pagesDir);
    const served = await serveFolder(benchDir);
    const weight = pageWeight(pagesDir);
    const kb = (bytes: number) => round(bytes / 1024, 1);
    try {
      return {
        ...(await eventBenchmarks(browser, served.url)),
        ...(await coldStartBenchmarks(browser, pagesDir)),
        // What the cold start downloads and parses before the first render.
        'ui.standalonePage.scripts.rawKB': kb(weight.js.raw),
        'ui.standalonePage.scripts.gzipKB': kb(weight.js.gzip),
        'ui.standalonePage.css.rawKB': kb(weight.css.raw),
        'ui.standalonePage.css.gzipKB': kb(weight.css.gzip),
      };
    } finally {
      await served.close();
    }
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  runUiBenchmarks().then(
    (figures) => {
      for (const [label, value] of Object.entries(figures)) console.log(`${label}: ${value}`);
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
