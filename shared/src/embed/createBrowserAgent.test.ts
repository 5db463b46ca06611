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
