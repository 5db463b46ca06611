// The loopback simulator plus cores signed in as its seeded users: what core tests run on.
import { startLoopbackServer, type LoopbackServer } from '@acd/mocks/server/loopbackServer';
import { SEED_IDS } from '@acd/mocks/engine/seedData';
import { createAgentCore, type AgentCore, type AgentCoreOptions } from '../src/app/createAgentCore';
import { systemClock } from '../src/ports/clock';
import { createMemoryStorage, type Storage } from '../src/ports/storage';
import { createPlatformClient } from '../src/platform/createPlatformClient';
import { createPlatformHttp } from '../src/platform/platformHttp';
import { createRecordingCrm } from './recordingCrm';
import { waitFor } from './waitFor';

export { SEED_IDS };

/** Short timings so reconnects and retries happen within a test. */
export const testTimings = {
  heartbeatIntervalMs: 1_000,
  reconnectBaseMs: 20,
  reconnectMaxMs: 200,
  retryBaseMs: 20,
  retryMaxMs: 200,
  persistDebounceMs: 10,
  typingThrottleMs: 50,
  noticeLingerMs: 300,
  crmCallTimeoutMs: 300,
};

export interface TestCore extends AgentCore {
  crm: ReturnType<typeof createRecordingCrm>;
  storage: Storage;
  userId: string;
  /** Every platform request this core made, as `METHOD /path`, in order. */
  requests: string[];
}

export async function startSimulator() {
  const server = await startLoopbackServer({ port: 0 });
  const post = async (path: string, body: unknown = {}) => {
    const response = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
    return response.status === 202 ? undefined : ((await response.json()) as unknown);
  };
  const cores: TestCore[] = [];

  async function signIn(userId: string): Promise<string> {
    const grant = (await post('/sim/login', { userId })) as { access_token: string };
    return grant.access_token;
  }

  /**
   * A core on a fresh sign-in of `userId`, not started (stopped with the simulator). Each
   * request (`METHOD /path`) goes through `around`, which may hold it or its answer.
   */
  async function createCore(
    userId: string = SEED_IDS.agentAlex,
    options: Partial<AgentCoreOptions> & {
      around?: (request: string, send: () => Promise<Response>) => Promise<Response>;
    } = {},
  ): Promise<TestCore> {
    const token = await signIn(userId);
    const crm = createRecordingCrm();
    const storage = options.storage ?? createMemoryStorage();
    const requests: string[] = [];
    const platform = createPlatformClient(
      createPlatformHttp({
        baseUrl: server.url,
        fetch: (input, init) => {
          const url = new URL(input instanceof Request ? input.url : input);
          const request = `${init?.method ?? 'GET'} ${url.pathname}`;
          requests.push(request);
          const send = () => fetch(input, init);
          return options.around === undefined ? send() : options.around(request, send);
        },
        getAccessToken: () => token,
        onAuthExpired: () => Promise.resolve(null),
        timeoutMs: 3_000,
      }),
    );
    const core = createAgentCore({
      platform,
      crm: crm.crm,
      storage,
      clock: systemClock,
      timings: testTimings,
      logger: { warn: () => undefined },
      ...options,
    });
    const testCore: TestCore = { ...core, crm, storage, userId, requests };
    cores.push(testCore);
    return testCore;
  }

  async function startCore(
    userId: string = SEED_IDS.agentAlex,
    options: Parameters<typeof createCore>[1] & {
      onQueue?: boolean;
      /** false: resolves when the session is known, before the socket. */
      untilConnected?: boolean;
    } = {},
  ): Promise<TestCore> {
    const core = await createCore(userId, options);
    await core.api.start();
    if (options.untilConnected === false) return core;
    await waitFor(() => core.store.getState().connection.status === 'connected', {
      what: 'the socket',
    });
    if (options.onQueue !== false) {
      core.api.setPresence('On Queue');
      await waitFor(() => core.store.getState().session.presence === 'On Queue', {
        what: 'On Queue',
      });
    }
    return core;
  }

  async function startChat(customerName = 'Jo Customer', queueId: string = SEED_IDS.queueSupport) {
    const started = (await post('/sim/chats', {
      queueId,
      customerName,
      customerEmail: 'jo@example.com',
      firstMessage: 'Hello, anyone there?',
    })) as { conversationId: string };
    return started.conversationId;
  }

  /** Starts a chat and has `core` pick it up; resolves with the conversation id when connected. */
  async function pickUpNewChat(
    core: TestCore,
    customerName?: string,
    queueId: string = SEED_IDS.queueSupport,
  ): Promise<string> {
    const cid = await startChat(customerName, queueId);
    await waitFor(() => core.store.getState().interactions.entities[cid], { what: 'the alert' });
    core.api.pickUp(cid);
    await waitFor(() => core.store.getState().interactions.entities[cid]?.state === 'connected', {
      what: 'the pick-up',
    });
    return cid;
  }

  /** Starts a web messaging conversation as a guest would (POST /sim/messaging). */
  async function startMessaging(
    customerName = 'Mina Guest',
    queueId: string = SEED_IDS.queueSupport,
  ) {
    const started = (await post('/sim/messaging', {
      queueId,
      customerName,
      firstMessage: 'Hi, I have a question',
    })) as { conversationId: string; token: string };
    return started.conversationId;
  }

  /** Starts a messaging conversation and has `core` pick it up; resolves with its id. */
  async function pickUpNewMessaging(core: TestCore, customerName?: string): Promise<string> {
    const cid = await startMessaging(customerName);
    await waitFor(() => core.store.getState().interactions.entities[cid], { what: 'the alert' });
    core.api.pickUp(cid);
    await waitFor(() => core.store.getState().interactions.entities[cid]?.state === 'connected', {
      what: 'the messaging pick-up',
    });
    return cid;
  }

  return {
    server,
    engine: server.engine,
    pickUpNewChat,
    startMessaging,
    pickUpNewMessaging,
    /** The customer's device reports an agent's message (or all of them) Delivered/Read/Failed. */
    receipt: (
      conversationId: string,
      status: 'Delivered' | 'Read' | 'Failed',
      messageId?: string,
    ) => post(`/sim/messaging/${conversationId}/receipts`, { status, messageId }),
    post,
    signIn,
    createCore,
    startCore,
    startChat,
    customerSays: (conversationId: string, body: string) =>
      post(`/sim/chats/${conversationId}/messages`, { body }),
    customerLeaves: (conversationId: string) => post(`/sim/chats/${conversationId}/disconnect`),
    async stop(): Promise<void> {
      for (const core of cores) await core.api.stop();
      await server.close();
    },
  };
}

export type SimulatorSession = Awaited<ReturnType<typeof startSimulator>>;
export type { LoopbackServer };
