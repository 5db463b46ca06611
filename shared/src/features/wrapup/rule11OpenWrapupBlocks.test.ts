// Rule 11: a wrap-up closed without Done is red and blocks pick-up until it is done; the
// platform routes nothing new meanwhile.
import { startSimulator, SEED_IDS, type SimulatorSession } from '../../../testing/simulatorSession';
import { waitFor } from '../../../testing/waitFor';
import { selectPickUpBlocked, selectRedWrapupIds } from './wrapupSelectors';

let sim: SimulatorSession;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.stop();
});

describe('rule 11: an open wrap-up turns red and blocks', () => {
  it('marks the closed wrap-up red, refuses pick-up with a reason, and unblocks after Done', async () => {
    const core = await sim.startCore(SEED_IDS.agentAlex);
    const first = await sim.pickUpNewChat(core);
    core.api.disconnect(first);
    await waitFor(() => core.store.getState().wrapup.entities[first]?.panelOpen, { what: 'panel' });
    core.api.closeWrapup(first);
    expect(selectRedWrapupIds(core.store.getState())).toEqual([first]);
    expect(selectPickUpBlocked(core.store.getState())).toBe(true);

    // The platform routes nothing to an agent who owes a wrap-up.
    const second = await sim.startChat('Waiting Customer');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(core.store.getState().interactions.entities[second]).toBeUndefined();

    core.api.reopenWrapup(first);
    expect(core.store.getState().wrapup.entities[first]?.panelOpen).toBe(true);
    expect(selectRedWrapupIds(core.store.getState())).toEqual([]);
    await waitFor(
      () => core.store.getState().wrapup.codesByQueue[SEED_IDS.queueSupport]?.status === 'loaded',
      {
        what: 'codes',
      },
    );
    core.api.chooseWrapupCode(first, SEED_IDS.codeResolved);
    core.api.finishWrapup(first);
    // Once released, the waiting chat is routed and can be picked up.
    await waitFor(() => core.store.getState().interactions.entities[second]?.state === 'alerting', {
      what: 'the waiting chat routed',
    });
    expect(selectPickUpBlocked(core.store.getState())).toBe(false);
  });

  it('refuses to pick up a chat that was already alerting when a wrap-up became owed', async () => {
    const core = await sim.startCore(SEED_IDS.agentAlex);
    const first = await sim.pickUpNewChat(core);
    const second = await sim.startChat('Second Customer');
    await waitFor(() => core.store.getState().interactions.entities[second]?.state === 'alerting', {
      what: 'the second alert',
    });
    await sim.customerLeaves(first);
    await waitFor(() => core.store.getState().wrapup.entities[first]?.panelOpen, { what: 'panel' });
    core.api.pickUp(second);
    await waitFor(
      () =>
        Object.values(core.store.getState().notices.entities).some(
          (n) => n.key === 'notice.pickUpBlockedByWrapup',
        ),
      { what: 'the blocked notice' },
    );
    const leg = sim.engine
      .conversation(second)
      .participants.find((p) => p.purpose === 'agent' && p.userId === SEED_IDS.agentAlex);
    expect(leg?.state).toBe('alerting');
  });
});
