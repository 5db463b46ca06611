import { startLoopbackServer, type LoopbackServer } from '@acd/mocks/server/loopbackServer';
import { SEED_IDS } from '@acd/mocks/engine/seedData';
import { waitFor } from '../../testing/waitFor';
import { createRecordingCrm } from '../../testing/recordingCrm';
import { createWebStorage } from './browserStorage';
import { createBrowserAgent } from './createBrowserAgent';
import { createMemoryWebStorage } from './memoryWebStorage';
import { signInToSimulator } from './simulatorSignIn';

let sim: LoopbackServer;
beforeAll(async () => {
  sim = await startLoopbackServer({ port: 0 });
});
afterAll(() => sim.close());

const quiet = { logger: { warn: () => undefined } };

describe('the browser agent', () => {
  it('asks the host to sign in when it holds no token, then loads the session', async () => {
    const signIn = jest.fn(
      async () => (await signInToSimulator(sim.url, SEED_IDS.agentHanako)).accessToken,
    );
    const agent = createBrowserAgent({
      platformBaseUrl: sim.url,
      signIn,
      crm: createRecordingCrm().crm,
      storage: createWebStorage(createMemoryWebStorage()),
      language: 'ja',
      tuning: quiet,
    });
    await agent.api.start();
    const state = agent.store.getState();
    expect(state.session.user?.name).toBe('山田 花子');
    expect(state.settings).toMatchObject({ language: 'ja', platformBaseUrl: sim.url });
    expect(signIn).toHaveBeenCalledTimes(1);
    await waitFor(() => agent.store.getState().connection.status === 'connected', {
      what: 'the notification socket',
    });
    await agent.api.stop();
  });

  it('uses the token it was given and fails the session when it is refused', async () => {
    const agent = createBrowserAgent({
      platformBaseUrl: sim.url,
      accessToken: 'not-a-token',
      signIn: () => Promise.resolve(null),
      crm: createRecordingCrm().crm,
      storage: createWebStorage(createMemoryWebStorage()),
      tuning: quiet,
    });
    await agent.api.start();
    expect(agent.store.getState().session.status).toBe('failed');
    await agent.api.stop();
  });
});

describe('stopping the browser agent', () => {
  it('ends the platform calls it was retrying: nothing is sent after the stop, no sign-in is asked', async () => {
    const token = (await signInToSimulator(sim.url, SEED_IDS.agentAlex)).accessToken;
    // The agent's chat list (asked twice at start: early, and to resync) fails 503 twice, so
    // the client is retrying it when it stops; a retry would then meet the revoked token.
    const armed = await fetch(`${sim.url}/sim/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        status: 503,
        count: 2,
        method: 'GET',
        pathContains: '/conversations/chats',
      }),
    });
    expect(armed.status).toBe(202);
    const sent: { at: number; what: string }[] = [];
    const signIn = jest.fn(() => Promise.resolve(null));
    const agent = createBrowserAgent({
      platformBaseUrl: sim.url,
      accessToken: token,
      signIn,
      fetch: (input, init) => {
        sent.push({
          at: Date.now(),
          what: `${init?.method ?? 'GET'} ${input instanceof Request ? input.url : input.toString()}`,
        });
        return fetch(input, init);
      },
      crm: createRecordingCrm().crm,
      storage: createWebStorage(createMemoryWebStorage()),
      tuning: quiet,
    });
    try {
      await agent.api.start();
      await waitFor(() => sent.filter((s) => s.what.includes('/conversations/chats')).length >= 2, {
        what: 'the chat list retried',
      });
      await agent.api.stop();
      const stoppedAt = Date.now();
      // Then the token is revoked, as sign-out does: a retry left running would meet a 401
      // and ask the host for a new sign-in.
      const revoked = await fetch(`${sim.url}/api/v2/tokens/me`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(revoked.ok).toBe(true);
      // Longer than the retry backoff's cap (4 s) would be slow; its first steps are 250 ms
      // to 1 s, so a retry left running shows well within this.
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      expect(sent.filter((s) => s.at > stoppedAt)).toEqual([]);
      expect(signIn).not.toHaveBeenCalled();
    } finally {
      await fetch(`${sim.url}/sim/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ latencyMs: 0, count: 0 }),
      });
    }
  });
});
