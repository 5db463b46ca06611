import { rootReducer } from '../app/rootReducer';
import { resynced } from '../features/interactions/interactionsSlice';
import { sessionLoaded } from '../features/session/sessionSlice';
import { createRecordingCrm } from '../../testing/recordingCrm';
import { SEED_IDS, startSimulator, type SimulatorSession } from '../../testing/simulatorSession';
import { createWebStorage } from './browserStorage';
import { createBrowserAgent } from './createBrowserAgent';
import { createMemoryWebStorage } from './memoryWebStorage';
import { selectStartUpSettled, whenStartUpSettles } from './startUpSettled';

let sim: SimulatorSession;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(() => sim.stop());

const agentOn = (token: string) =>
  createBrowserAgent({
    platformBaseUrl: sim.server.url,
    accessToken: token,
    crm: createRecordingCrm().crm,
    storage: createWebStorage(createMemoryWebStorage()),
    tuning: { logger: { warn: () => undefined } },
  });

describe('when a host first renders the client', () => {
  it('once the session and the chat list are in: the first render already shows the chats', async () => {
    await sim.startCore(SEED_IDS.agentAlex);
    const cid = await sim.startChat('First Render');
    const agent = agentOn(await sim.signIn(SEED_IDS.agentAlex));
    void agent.api.start();
    try {
      // A bound far past the test's own time limit: only the start-up can settle it.
      await whenStartUpSettles(agent.store, 60_000);
      const state = agent.store.getState();
      expect(state.session.status).toBe('ready');
      expect(state.interactions.entities[cid]?.state).toBe('alerting');
    } finally {
      await agent.api.stop();
    }
  });

  it('as soon as the session is refused: the client then says why', async () => {
    const agent = agentOn('not-a-token');
    void agent.api.start();
    try {
      await whenStartUpSettles(agent.store, 60_000);
      expect(agent.store.getState().session.status).toBe('failed');
    } finally {
      await agent.api.stop();
    }
  });

  it('after the bound when the start-up is slow: the shell then shows', async () => {
    // The session's answer takes two seconds to come.
    await sim.post('/sim/faults', {
      latencyMs: 2_000,
      count: 1,
      method: 'GET',
      pathContains: '/users/me',
    });
    const agent = agentOn(await sim.signIn(SEED_IDS.agentAlex));
    void agent.api.start();
    try {
      const startedAt = Date.now();
      await whenStartUpSettles(agent.store, 100);
      expect(Date.now() - startedAt).toBeGreaterThanOrEqual(95);
      expect(Date.now() - startedAt).toBeLessThan(1_500);
      expect(agent.store.getState().session.status).toBe('loading');
    } finally {
      await agent.api.stop();
      await sim.post('/sim/faults', { latencyMs: 0, count: 0 });
    }
  });
});

describe('selectStartUpSettled', () => {
  const signedIn = rootReducer(
    undefined,
    sessionLoaded({
      user: { id: 'agent-1', name: 'Agent', email: 'a@example.com', permissions: [] },
      presence: 'On Queue',
      routingStatus: 'IDLE',
    }),
  );

  it('tells an empty list that came from one not yet asked for', () => {
    expect(signedIn.interactions.listed).toBe(false);
    expect(selectStartUpSettled(signedIn)).toBe(false);
    const listedEmpty = rootReducer(signedIn, resynced({ snapshots: [], startedAtRevision: 0 }));
    expect(listedEmpty.interactions.ids).toEqual([]);
    expect(listedEmpty.interactions.listed).toBe(true);
    expect(selectStartUpSettled(listedEmpty)).toBe(true);
  });
});
