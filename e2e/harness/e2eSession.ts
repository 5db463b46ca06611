// One test file's world: the demo server (production pages + loopback simulator) on free
// ports, one chromium, and helpers to open agent clients and play the customer.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  type ChatConversation,
  type WrapupCode,
  type Language,
  SYSTEM_PRESENCE_IDS,
  type SystemPresence,
} from '@acd/shared';
import { startDemoServer, type DemoServer } from '../../apps/server/demoServer';
import {
  createSimulatorControl,
  standaloneUrl,
  type SimConversation,
} from '../../apps/demo/simulatorControl';
import { SEED_IDS } from '@acd/mocks/engine/seedData';
import { launchChromium } from './chromium';
import { namesFor, type Names } from './names';

export { SEED_IDS };

export interface AgentClient {
  page: Page;
  context: BrowserContext;
  names: Names;
  userId: string;
  language: Language;
}

/** What `GET /sim/state` answers, as far as the tests read it. */
export interface SimState {
  users: { id: string; name: string; presence: string; routingStatus: string }[];
  queues: {
    id: string;
    name: string;
    wrapupCodeIds: string[];
    memberIds: string[];
    /** Conversations waiting in this queue for routing. */
    waiting: string[];
  }[];
  wrapupCodes: WrapupCode[];
  conversations: (ChatConversation & { messageCount: number })[];
}

export interface OpenClientOptions {
  userId?: string;
  language?: Language;
  context?: BrowserContext;
  /** Runs on the new page before it loads the client (e.g. `page.addInitScript`). */
  beforeLoad?: (page: Page) => Promise<void>;
}

export interface E2eSession {
  demo: DemoServer;
  browser: Browser;
  sim: ReturnType<typeof createSimulatorControl>;
  /** Opens the standalone client signed in as `userId` through the URL fragment. */
  openClient(options?: OpenClientOptions): Promise<AgentClient>;
  /** Sets the agent's presence through the platform API (test set-up, not the behaviour). */
  setPresence(userId: string, presence: SystemPresence): Promise<void>;
  startChat(customerName: string, queueId?: string, firstMessage?: string): Promise<string>;
  /** A fresh platform (no chats, default presences), keeping issued tokens. */
  reset(): Promise<void>;
  /** A client whose list is shown and whose agent is On Queue, ready for routed chats. */
  openReadyClient(options?: OpenClientOptions): Promise<AgentClient>;
  conversation(conversationId: string): Promise<SimConversation | undefined>;
  /** The simulator's whole state (GET /sim/state), with participants' wrap-ups and queues. */
  state(): Promise<SimState>;
  /** Calls the platform API as `userId` (test set-up and checks, not the behaviour). */
  platform<T = unknown>(userId: string, method: string, path: string, body?: unknown): Promise<T>;
  /** Closes every client opened so far (between tests). */
  closeClients(): Promise<void>;
  /** Arms the simulator's fault injection (POST /sim/faults). */
  fault(request: {
    status?: 429 | 500 | 503;
    count?: number;
    latencyMs?: number;
    /** Only calls with this method, and whose path contains this, take the fault. */
    method?: string;
    pathContains?: string;
  }): Promise<void>;
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
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  };

  const post = async (path: string, body: unknown = {}) => {
    const response = await fetch(new URL(path, demo.simulator.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  };

  const session: E2eSession = {
    demo,
    browser,
    sim,
    async openClient({ userId = SEED_IDS.agentAlex, language = 'en', context, beforeLoad } = {}) {
      const ctx =
        context ??
        (await browser.newContext({
          locale: language === 'ja' ? 'ja-JP' : 'en-US',
          viewport: { width: 1100, height: 900 },
        }));
      if (context === undefined) contexts.push(ctx);
      const page = await ctx.newPage();
      if (beforeLoad !== undefined) await beforeLoad(page);
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
    reset: () => post('/sim/reset'),
    async closeClients() {
      const open = contexts.splice(0);
      for (const ctx of open) await ctx.close().catch(() => undefined);
    },
    async openReadyClient(options = {}) {
      const client = await session.openClient(options);
      await client.page
        .getByRole('region', { name: client.names.list, exact: true })
        .or(client.page.getByRole('list', { name: client.names.list, exact: true }))
        .first()
        .waitFor({ state: 'visible', timeout: 20_000 });
      await session.setPresence(client.userId, 'On Queue');
      return client;
    },
    conversation: async (conversationId) =>
      (await sim.conversations()).find((c) => c.id === conversationId),
    async state() {
      const response = await fetch(new URL('/sim/state', demo.simulator.url));
      if (!response.ok) throw new Error(`/sim/state: ${response.status}`);
      return (await response.json()) as SimState;
    },
    async platform<T>(userId: string, method: string, path: string, body?: unknown) {
      const { access_token: token } = await sim.login(userId);
      return (await platformCall(token, method, path, body)) as T;
    },
    fault: (request) => post('/sim/faults', request),
    async close() {
      for (const ctx of contexts) await ctx.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await demo.close();
    },
  };
  return session;
}
