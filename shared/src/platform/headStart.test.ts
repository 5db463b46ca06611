import { createBrowserAgent } from '../embed/createBrowserAgent';
import { createWebStorage } from '../embed/browserStorage';
import { createMemoryWebStorage } from '../embed/memoryWebStorage';
import { createRecordingCrm } from '../../testing/recordingCrm';
import { SEED_IDS, startSimulator, type SimulatorSession } from '../../testing/simulatorSession';
import { waitFor } from '../../testing/waitFor';
import { createPlatformClient } from './createPlatformClient';
import { sendHeadStart } from './headStart';
import { createPlatformHttp, platformHeaders } from './platformHttp';

const START_UP = [
  'GET /api/v2/users/me',
  'GET /api/v2/conversations/chats',
  'GET /api/v2/conversations/messages',
];

/** A fetch to the real network that notes each request as `METHOD /path`. */
function recordingFetch(fail?: (request: string) => boolean) {
  const sent: string[] = [];
  const send: typeof fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const request = `${init?.method ?? 'GET'} ${url.pathname}`;
    sent.push(request);
    if (fail?.(request) === true) return Promise.reject(new TypeError('Failed to fetch'));
    return fetch(input, init);
  };
  return { sent, fetch: send };
}

const count = (sent: string[], request: string) => sent.filter((s) => s === request).length;

describe('the head start against the simulator', () => {
  let sim: SimulatorSession;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(() => sim.stop());

  /** A browser agent of Alex on `fetch`, started and connected with its first list. */
  async function connectedAgent(token: string, fetchImpl: typeof fetch) {
    const agent = createBrowserAgent({
      platformBaseUrl: sim.server.url,
      accessToken: token,
      fetch: fetchImpl,
      crm: createRecordingCrm().crm,
      storage: createWebStorage(createMemoryWebStorage()),
      tuning: { logger: { warn: () => undefined } },
    });
    await agent.api.start();
    await waitFor(() => agent.store.getState().connection.resyncs >= 1, { what: 'the resync' });
    return agent;
  }

  it('sends the start-up reads, the session first, and the client takes their answers instead of asking again', async () => {
    // Alex is On Queue (another of their clients), so a new chat alerts them.
    await sim.startCore(SEED_IDS.agentAlex);
    const cid = await sim.startChat('Head Start');

    const plain = recordingFetch();
    const withoutHeadStart = await connectedAgent(
      await sim.signIn(SEED_IDS.agentAlex),
      plain.fetch,
    );
    await withoutHeadStart.api.stop();

    const token = await sim.signIn(SEED_IDS.agentAlex);
    const network = recordingFetch();
    const headStart = sendHeadStart({
      baseUrl: sim.server.url,
      accessToken: token,
      fetch: network.fetch,
    });
    expect(network.sent).toEqual(START_UP);
    expect(headStart.waiting()).toBe(3);
    const agent = await connectedAgent(token, headStart.fetch);
    try {
      const state = agent.store.getState();
      expect(state.session.user?.id).toBe(SEED_IDS.agentAlex);
      expect(state.interactions.entities[cid]?.state).toBe('alerting');
      expect(headStart.waiting()).toBe(0);
      // The three early reads were the client's own: it sent no read more than a client
      // started without them (each read goes twice: at start, and again once connected).
      for (const read of START_UP) {
        expect([read, count(network.sent, read)]).toEqual([read, count(plain.sent, read)]);
      }
    } finally {
      await agent.api.stop();
    }
  });

  it('a read that failed on its way is the client’s first attempt: the client tries again itself', async () => {
    const token = await sim.signIn(SEED_IDS.agentHanako);
    let failures = 0;
    const network = recordingFetch((request) => {
      if (request !== 'GET /api/v2/users/me' || failures > 0) return false;
      failures += 1;
      return true;
    });
    const headStart = sendHeadStart({
      baseUrl: sim.server.url,
      accessToken: token,
      fetch: network.fetch,
      keepMs: 100,
    });
    const outcomes: (number | string)[] = [];
    const platform = createPlatformClient(
      createPlatformHttp({
        baseUrl: sim.server.url,
        getAccessToken: () => token,
        onAuthExpired: () => Promise.resolve(null),
        fetch: headStart.fetch,
        sleep: () => Promise.resolve(),
        onExchange: (exchange) => outcomes.push(exchange.outcome),
      }),
    );
    const me = await platform.getMe();
    expect(me.id).toBe(SEED_IDS.agentHanako);
    expect(outcomes).toEqual(['network', 200]);
    expect(count(network.sent, 'GET /api/v2/users/me')).toBe(2);
  });
});

describe('the head start’s answers', () => {
  const BASE = 'https://platform.test';
  const ME = `${BASE}/api/v2/users/me?expand=presence%2CroutingStatus%2Cauthorization`;

  /** A network that never answers until told, and remembers each request and its signal. */
  function heldNetwork() {
    const requests: { url: string; method: string; signal: AbortSignal | null }[] = [];
    const send: typeof fetch = (input, init) => {
      const signal = init?.signal ?? null;
      requests.push({
        url: input instanceof URL ? input.href : typeof input === 'string' ? input : input.url,
        method: init?.method ?? 'GET',
        signal,
      });
      return new Promise((_resolve, reject) => {
        signal?.addEventListener('abort', () => {
          reject(signal.reason as Error);
        });
      });
    };
    return { requests, fetch: send };
  }

  /** A head start for token `t1` on a held network, its answers kept `keepMs`. */
  function heldHeadStart(keepMs = 100) {
    const network = heldNetwork();
    return {
      network,
      headStart: sendHeadStart({ baseUrl: BASE, accessToken: 't1', fetch: network.fetch, keepMs }),
    };
  }

  const asClient = (token: string, signal?: AbortSignal): RequestInit => ({
    method: 'GET',
    headers: platformHeaders(token, false),
    ...(signal === undefined ? {} : { signal }),
  });

  it('goes only to a GET of the same URL with the same token, once', () => {
    const { network, headStart } = heldHeadStart();
    expect(network.requests.map((r) => r.url)).toEqual([
      ME,
      `${BASE}/api/v2/conversations/chats`,
      `${BASE}/api/v2/conversations/messages`,
    ]);
    // A renewed token, another method, another URL: each goes to the network.
    void headStart.fetch(new URL(ME), asClient('t2'));
    void headStart.fetch(new URL(ME), { ...asClient('t1'), method: 'PUT', body: '{}' });
    void headStart.fetch(new URL(`${BASE}/api/v2/users/me`), asClient('t1'));
    expect(network.requests).toHaveLength(6);
    expect(headStart.waiting()).toBe(3);
    // The same read with the same token takes the early answer, and only the first time.
    void headStart.fetch(new URL(ME), asClient('t1'));
    expect(network.requests).toHaveLength(6);
    expect(headStart.waiting()).toBe(2);
    void headStart.fetch(new URL(ME), asClient('t1'));
    expect(network.requests).toHaveLength(7);
  });

  it('ends an early read when the client aborts it (its time limit, a stop)', async () => {
    const { network, headStart } = heldHeadStart();
    const controller = new AbortController();
    const answer = headStart.fetch(new URL(ME), asClient('t1', controller.signal));
    controller.abort(new Error('the client stopped'));
    await expect(answer).rejects.toThrow('the client stopped');
    expect(network.requests[0]?.signal?.aborted).toBe(true);
  });

  it('drops the answers nobody took, aborting their requests', async () => {
    const { network, headStart } = heldHeadStart(20);
    await waitFor(() => headStart.waiting() === 0, { what: 'the answers dropped' });
    expect(network.requests.every((r) => r.signal?.aborted === true)).toBe(true);
    // A late client asks the platform itself.
    void headStart.fetch(new URL(ME), asClient('t1'));
    expect(network.requests).toHaveLength(4);
  });
});
