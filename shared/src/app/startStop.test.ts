// A host signs the agent in again by stopping the core and starting it: a stop that comes while
// the session is still loading must end that start, or the host's sign-in waits for ever and
// the core never runs again (the Zendesk background and the extension await the start).
import { startSimulator, type SimulatorSession } from '../../testing/simulatorSession';

let sim: SimulatorSession;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.stop();
});

/** Settles with 'pending' if `promise` has not settled within `ms`. */
function within(promise: Promise<unknown>, ms: number): Promise<'settled' | 'pending'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    promise.then(() => 'settled' as const),
    new Promise<'pending'>((resolve) => {
      timer = setTimeout(() => resolve('pending'), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Holds every `GET /api/v2/users/me` until `release()`. */
function holdTheSession() {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    release,
    around: async (request: string, send: () => Promise<Response>) => {
      if (request === 'GET /api/v2/users/me') await released;
      return send();
    },
  };
}

describe('the core, started and stopped', () => {
  it('ends a start that a stop overtakes, and runs again on the next start', async () => {
    const session = holdTheSession();
    const core = await sim.createCore(undefined, { around: session.around });

    const firstStart = core.api.start();
    expect(core.store.getState().session.status).toBe('loading');
    await core.api.stop();

    expect(await within(firstStart, 1_000)).toBe('settled');
    expect(core.store.getState().session.user).toBeNull();

    session.release();
    await core.api.start();
    expect(core.store.getState().session.status).toBe('ready');
    expect(core.store.getState().session.user?.id).toBe(core.userId);
  });

  it('gives a second start under way the same start, with one session asked for', async () => {
    const session = holdTheSession();
    const core = await sim.createCore(undefined, { around: session.around });

    const first = core.api.start();
    const second = core.api.start();
    expect(second).toBe(first);
    session.release();
    await first;

    expect(core.store.getState().session.status).toBe('ready');
    expect(core.requests.filter((request) => request === 'GET /api/v2/users/me')).toHaveLength(1);
  });
});
