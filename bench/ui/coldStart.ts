// The cold start of the built standalone client: from navigation to four rows, each with an
// enabled Chat button, against the loopback simulator, in a new browser context each time.
// Beside each start, turn about, the calibration pages (coldStartFloor.ts) and, when
// BENCH_UI_BASELINE_PAGES names a folder of pages built from another commit
// (baselinePages.ts), that build's start on its own simulator: a busy moment of the machine
// weighs on all of them alike, so the paired differences compare what the medians cannot.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { startDemoServer } from '../../apps/server/demoServer';
import { createSimulatorControl, standaloneUrl } from '../../apps/demo/simulatorControl';
import { SEED_IDS } from '../../mocks/src/engine/seedData';
import { SYSTEM_PRESENCE_IDS } from '@acd/shared';
import { percentile } from '../percentile';
import { writeFloorPages } from './coldStartFloor';
import { serveFolder } from './serveFolder';

// Twenty-five: one cold start here spreads from about 105 to 220 ms, so the median of nine
// moved by up to 36 ms between consecutive benches of the same build (144, 170, 180 ms);
// with five it had moved by 20. About 30 s of the bench (docs/benchmarks.md, round fifteen).
const COLD_STARTS = Number(process.env.BENCH_UI_COLD_STARTS ?? 25);

/** What the cold-start page logs when its list is interactive, before the time. */
const INTERACTIVE_AT = 'acd-bench-interactive-at';

const round = (value: number, digits = 0) => Number(value.toFixed(digits));

/**
 * Opens `url` in a new context (empty HTTP cache, no storage: a first visit) and returns the
 * ms from navigation start until four rows show, each with an enabled Chat button.
 */
async function timeToInteractiveList(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  try {
    // The page reports the moment on the console, which the browser forwards on its own:
    // waiting with waitForFunction made Playwright inject its helper script into the page
    // mid-start (7-11 ms of main thread in a trace), which only the client's figure paid.
    await context.addInitScript(`(() => {
      const done = () => {
        const rows = document.querySelectorAll('.acd-row');
        const chat = [...document.querySelectorAll('.acd-row-actions button')]
          .filter((b) => b.textContent === 'Chat' && !b.disabled);
        return rows.length >= 4 && chat.length >= 4;
      };
      let reported = false;
      new MutationObserver((_m, observer) => {
        if (!reported && done()) {
          reported = true;
          observer.disconnect();
          console.debug('${INTERACTIVE_AT} ' + performance.now());
        }
      }).observe(document, { childList: true, subtree: true, attributes: true });
    })();`);
    const page = await context.newPage();
    const reported = page.waitForEvent('console', {
      predicate: (message) => message.text().startsWith(INTERACTIVE_AT),
      timeout: 30_000,
    });
    // Also settled if goto throws first, so a failed page never leaves a rejection unheard.
    reported.catch(() => undefined);
    await page.goto(url);
    const message = await reported;
    return Number(message.text().slice(INTERACTIVE_AT.length + 1));
  } finally {
    await context.close();
  }
}

interface SeededStandalone {
  /** The standalone page's address with a new sign-in in its fragment. */
  nextUrl(): Promise<string>;
  close(): Promise<void>;
}

/**
 * Serves the standalone page built into `distDir` beside a simulator of its own, where the
 * agent is on queue with four connected chats (the simulator's capacity) for the list.
 */
async function seededStandalone(distDir: string): Promise<SeededStandalone> {
  const demo = await startDemoServer({ pages: 'dist', distDir });
  try {
    const sim = createSimulatorControl(demo.simulator.url);
    const agent = SEED_IDS.agentAlex;
    const { access_token: token } = await sim.login(agent);
    const api = async (method: string, route: string, body?: unknown) => {
      const response = await fetch(new URL(route, demo.simulator.url), {
        method,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: body === undefined ? null : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${route}: ${response.status}`);
      return response.status === 202 ? undefined : ((await response.json()) as unknown);
    };
    await api('PATCH', `/api/v2/users/${agent}/presences/purecloud`, {
      presenceDefinition: { id: SYSTEM_PRESENCE_IDS['On Queue'] },
    });
    for (let i = 0; i < 4; i += 1) {
      const { conversationId } = await sim.startChat({
        queueId: SEED_IDS.queueSupport,
        customerName: `Cold Start ${i}`,
        firstMessage: 'Hello',
      });
      const chat = (await api('GET', `/api/v2/conversations/chats/${conversationId}`)) as {
        participants: { id: string; purpose: string; state: string; user?: { id: string } }[];
      };
      const leg = chat.participants.find((p) => p.purpose === 'agent' && p.user?.id === agent);
      if (leg === undefined) throw new Error('The chat did not alert the agent');
      await api('PATCH', `/api/v2/conversations/chats/${conversationId}/participants/${leg.id}`, {
        state: 'connected',
      });
    }
    return {
      nextUrl: async () =>
        standaloneUrl(demo.url, demo.simulator.url, 'en', await sim.login(agent)),
      close: () => demo.close(),
    };
  } catch (error) {
    await demo.close();
    throw error;
  }
}

/** The cold-start figures of the standalone page built into `distDir`. */
export async function coldStartBenchmarks(
  browser: Browser,
  distDir: string,
): Promise<Record<string, number>> {
  // BENCH_UI_COLD_STARTS=0 skips them (while working on the per-event figures).
  if (COLD_STARTS <= 0) return {};
  const baselineDir = process.env.BENCH_UI_BASELINE_PAGES || undefined;
  if (baselineDir !== undefined && !existsSync(path.join(baselineDir, 'standalone'))) {
    throw new Error(`BENCH_UI_BASELINE_PAGES: ${baselineDir} holds no standalone page`);
  }
  const times = {
    client: [] as number[],
    empty: [] as number[],
    bytes: [] as number[],
    baseline: [] as number[],
  };
  // Whatever was opened is closed, last first, however the set-up or a start fails.
  const opened: (() => Promise<void> | void)[] = [];
  try {
    const client = await seededStandalone(distDir);
    opened.push(() => client.close());
    const baseline = baselineDir === undefined ? null : await seededStandalone(baselineDir);
    if (baseline !== null) opened.push(() => baseline.close());
    const floorDir = mkdtempSync(path.join(os.tmpdir(), 'acd-cold-floor-'));
    opened.push(() => rmSync(floorDir, { recursive: true, force: true }));
    const floor = writeFloorPages(distDir, floorDir);
    const floorServer = await serveFolder(floorDir);
    opened.push(() => floorServer.close());
    for (let i = 0; i < COLD_STARTS; i += 1) {
      times.client.push(await timeToInteractiveList(browser, await client.nextUrl()));
      // Right after the client: just before it, the baseline's heavier start (and its closing)
      // read the client's next start about 20 ms slower than without one.
      if (baseline !== null) {
        times.baseline.push(await timeToInteractiveList(browser, await baseline.nextUrl()));
      }
      times.empty.push(await timeToInteractiveList(browser, floorServer.url + floor.empty));
      times.bytes.push(await timeToInteractiveList(browser, floorServer.url + floor.bytes));
    }
  } finally {
    for (const close of opened.reverse()) await close();
  }
  const median = (values: number[]) => round(percentile(values, 50));
  return {
    'ui.coldStartToInteractiveList.medianMs (goal <= 150)': median(times.client),
    // The middle half of the client's cold starts, to read the median against.
    'ui.coldStartToInteractiveList.p25Ms': round(percentile(times.client, 25)),
    'ui.coldStartToInteractiveList.p75Ms': round(percentile(times.client, 75)),
    'ui.coldStartToInteractiveList.maxMs': round(Math.max(...times.client)),
    'ui.coldStartFloor.emptyPage.medianMs (four rows, no client: this machine at its fastest)':
      median(times.empty),
    'ui.coldStartFloor.clientBytesUnrun.medianMs (the same after loading the client, not running it)':
      median(times.bytes),
    ...(baselineDir === undefined ? {} : baselineFigures(times.client, times.baseline)),
  };
}

/** The client against the baseline build, start by start (same turn, same machine moment). */
function baselineFigures(client: number[], baseline: number[]): Record<string, number> {
  if (baseline.length !== client.length) {
    throw new Error(`${client.length} client starts against ${baseline.length} baseline starts`);
  }
  const differences = client.map((ms, i) => ms - (baseline[i] ?? 0));
  const baselineMedian = percentile(baseline, 50);
  return {
    'ui.coldStartBaseline.medianMs (BENCH_UI_BASELINE_PAGES)': round(baselineMedian),
    'ui.coldStartVsBaseline.pairedMedianMs (client minus baseline, start by start)': round(
      percentile(differences, 50),
    ),
    'ui.coldStartVsBaseline.medianRatio (client median / baseline median)': round(
      percentile(client, 50) / baselineMedian,
      2,
    ),
  };
}
