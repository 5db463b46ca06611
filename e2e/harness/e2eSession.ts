// One test file's world: the demo server (production pages + loopback simulator) on free
// ports, one chromium, and helpers to open agent clients and play the customer.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startDemoServer, type DemoServer } from '../../apps/server/demoServer';
import { createSimulatorControl, standaloneUrl } from '../../apps/demo/simulatorControl';
import { SEED_IDS } from '@acd/mocks/engine/seedData';
import type { Language } from '@acd/shared/features/settings/settingsSlice';
import { SYSTEM_PRESENCE_IDS, type SystemPresence } from '@acd/shared/platform/platformTypes';
import { chromiumAvailable, launchChromium } from './chromium';
import { namesFor, type Names } from './names';

export { SEED_IDS };

/** describe, or describe.skip when chromium is absent outside CI (globalSetup said why). */
export const describeInBrowser: jest.Describe =
  process.env.E2E_SKIP === '1' || !chromiumAvailable() ? describe.skip : describe;

export interface AgentClient {
  page: Page;
  context: BrowserContext;
  names: Names;
  userId: string;
  language: Language;
}

export interface E2eSession {
  demo: DemoServer;
  browser: Browser;
  sim: ReturnType<typeof createSimulatorControl>;
  /** Opens the standalone client signed in as `userId` through the URL fragment. */
  openClient(options?: {
    userId?: string;
    language?: Language;
    context?: BrowserContext;
  }): Promise<AgentClient>;
  /** Sets the agent's presence through the platform API (test set-up, not the behaviour). */
  setPresence(userId: string, presence: SystemPresence): Promise<void>;
  startChat(customerName: string, queueId?: string, firstMessage?: string): Promise<string>;
  close(): Promise<void>;
}

export async function startE2eSession(): Promise<E2eSession> {
  const distDir = process.env.E2E_DIST_DIR;
  const demo = await startDemoServer({
    port: 0,
    acdPort: 0,
    pages: distDir === undefined || distDir === '' ? 'vite' : 'dist',
    ...(distDir === undefined || distDir === '' ? {} : { distDir }),
  });
  const browser = await launchChromium().catch(async (error: unknown) => {
    await demo.close();
    throw error;
  });
  const sim = createSimulatorControl(demo.simulator.url);
  const contexts: BrowserContext[] = [];

  const platformCall = async (token: string, method: string, path: string, body?: unknown) => {
    const response = await fetch(new URL(path, demo.simulator.url), {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  };

  return {
    demo,
    browser,
    sim,
    async openClient({ userId = SEED_IDS.agentAlex, language = 'en', context } = {}) {
      const ctx =
        context ??
        (await browser.newContext({
          locale: language === 'ja' ? 'ja-JP' : 'en-US',
          viewport: { width: 1100, height: 900 },
        }));
      if (context === undefined) contexts.push(ctx);
      const page = await ctx.newPage();
      const grant = await sim.login(userId);
      await page.goto(standaloneUrl(demo.url, demo.simulator.url, language, grant));
      return { page, context: ctx, names: namesFor(language), userId, language };
    },
    async setPresence(userId, presence) {
      const { access_token: token } = await sim.login(userId);
      await platformCall(token, 'PATCH', `/api/v2/users/${userId}/presences/purecloud`, {
        presenceDefinition: { id: SYSTEM_PRESENCE_IDS[presence] },
      });
    },
    async startChat(customerName, queueId = SEED_IDS.queueSupport, firstMessage) {
      const { conversationId } = await sim.startChat({
        queueId,
        customerName,
        customerEmail: `${customerName.toLowerCase().replace(/\W+/g, '.')}@example.com`,
        ...(firstMessage === undefined ? {} : { firstMessage }),
      });
      return conversationId;
    },
    async close() {
      for (const ctx of contexts) await ctx.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await demo.close();
    },
  };
}
