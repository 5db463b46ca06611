// Sign-out stops the core first, then forgets the stored work. When forgetting fails (a
// browser that refuses storage), the agent is still signed in: the client must work on, with
// nothing they typed lost, and the host must learn why (the promise rejects).
import { createMemoryStorage, type Storage } from '../../ports/storage';
import { startSimulator, type SimulatorSession } from '../../../testing/simulatorSession';
import { waitFor } from '../../../testing/waitFor';
import { signOutAgent } from './signOut';

let sim: SimulatorSession;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.stop();
});

/** Memory storage whose removals fail, as when the browser blocks storage mid-session. */
function storageRefusingRemoval(): Storage {
  const storage = createMemoryStorage();
  return {
    ...storage,
    removeItem: () => Promise.reject(new Error('The operation is insecure.')),
  };
}

describe('a sign-out that cannot forget the stored work', () => {
  it('fails with the reason, and the client works on with the typed reply kept', async () => {
    const core = await sim.startCore(undefined, { storage: storageRefusingRemoval() });
    const cid = await sim.pickUpNewChat(core);
    core.api.typeReply(cid, 'One moment please');

    await expect(
      signOutAgent({
        core,
        platformBaseUrl: sim.server.url,
        accessToken: null,
        confirmLoss: () => true,
      }),
    ).rejects.toThrow('The operation is insecure.');

    // Still signed in: the stopped core was started again.
    await waitFor(() => core.store.getState().session.status === 'ready', {
      what: 'the session again',
    });
    expect(core.store.getState().compose.entities[cid]?.text).toBe('One moment please');
    core.api.sendReply(cid);
    await waitFor(
      () => sim.engine.conversation(cid).messages.some((m) => m.body === 'One moment please'),
      { what: 'the reply at the platform' },
    );
  });

  it('puts back what it had removed when a later removal fails, so a reload finds it', async () => {
    const storage = createMemoryStorage();
    // The first key goes; the next is refused (storage failing part-way).
    let removals = 0;
    const partial: Storage = {
      ...storage,
      removeItem: (key) => {
        removals += 1;
        return removals === 1 ? storage.removeItem(key) : Promise.reject(new Error('Quota'));
      },
    };
    const core = await sim.startCore(undefined, { storage: partial });
    const cid = await sim.pickUpNewChat(core);
    core.api.typeReply(cid, 'Kept across a reload');
    const stored = () => JSON.stringify(storage.dump());
    await waitFor(() => stored().includes('Kept across a reload'), { what: 'the stored draft' });
    const before = storage.dump();

    await expect(
      signOutAgent({
        core,
        platformBaseUrl: sim.server.url,
        accessToken: null,
        confirmLoss: () => true,
      }),
    ).rejects.toThrow('Quota');
    expect(removals).toBe(2);
    expect(storage.dump()).toEqual(before);
  });
});
