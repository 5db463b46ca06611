// The notification channel does not depend on who signed in: the core asks for it beside the
// session, so a cold start's socket is not one more round trip (and the first render) behind.
import { startSimulator, SEED_IDS, type SimulatorSession } from '../../../testing/simulatorSession';
import { createPlatformClient } from '../../platform/createPlatformClient';
import { createPlatformHttp } from '../../platform/platformHttp';

let sim: SimulatorSession;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.stop();
});

describe('start-up', () => {
  it('asks for the notification channel while the session is still loading, and uses it', async () => {
    const token = await sim.signIn(SEED_IDS.agentAlex);
    const requests: string[] = [];
    let channelAsked: () => void = () => undefined;
    const channelRequested = new Promise<void>((resolve) => {
      channelAsked = resolve;
    });
    let sessionHeldForChannel = false;
    const platform = createPlatformClient(
      createPlatformHttp({
        baseUrl: sim.server.url,
        fetch: async (input, init) => {
          const url = new URL(input instanceof Request ? input.url : input);
          const request = `${init?.method ?? 'GET'} ${url.pathname}`;
          requests.push(request);
          if (request === 'POST /api/v2/notifications/channels') channelAsked();
          if (url.pathname === '/api/v2/users/me') {
            // The session's answer waits for the channel request (or gives up after 2 s).
            const waited = await Promise.race([
              channelRequested.then(() => true),
              new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2_000)),
            ]);
            sessionHeldForChannel = waited;
          }
          return fetch(input, init);
        },
        getAccessToken: () => token,
        onAuthExpired: () => Promise.resolve(null),
        timeoutMs: 5_000,
      }),
    );

    const core = await sim.startCore(SEED_IDS.agentAlex, { platform, onQueue: false });

    expect(sessionHeldForChannel).toBe(true);
    expect(core.store.getState().connection.status).toBe('connected');
    expect(requests.filter((r) => r === 'POST /api/v2/notifications/channels')).toHaveLength(1);
  });
});
