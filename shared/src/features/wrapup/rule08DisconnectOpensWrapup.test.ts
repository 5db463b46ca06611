// Rule 8: Disconnect ends the chat (no re-queue) and opens the wrap-up panel by itself.
import { startSimulator, SEED_IDS, type SimulatorSession } from '../../../testing/simulatorSession';
import { waitFor } from '../../../testing/waitFor';
import { displayState, selectInteraction } from '../interactions/interactionSelectors';
import { selectWrapupForm } from './wrapupSelectors';

let sim: SimulatorSession;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.stop();
});

describe('rule 8: disconnect opens wrap-up', () => {
  it('ends the chat on the platform and opens the panel with the queue codes', async () => {
    const core = await sim.startCore(SEED_IDS.agentAlex);
    const cid = await sim.pickUpNewChat(core);
    core.api.disconnect(cid);
    const form = await waitFor(() => selectWrapupForm(core.store.getState(), cid)?.panelOpen, {
      what: 'the wrap-up panel',
    });
    expect(form).toBe(true);
    const interaction = await waitFor(
      () =>
        selectInteraction(core.store.getState(), cid)?.state === 'disconnected' &&
        selectInteraction(core.store.getState(), cid),
      { what: 'the disconnected chat' },
    );
    expect(displayState(interaction)).toBe('wrapup');
    const codes = await waitFor(
      () =>
        core.store.getState().wrapup.codesByQueue[SEED_IDS.queueSupport]?.status === 'loaded' &&
        core.store.getState().wrapup.codesByQueue[SEED_IDS.queueSupport]?.codes,
      { what: 'the queue codes' },
    );
    expect(codes.map((c) => c.id).sort()).toEqual(
      [
        SEED_IDS.codeResolved,
        SEED_IDS.codeFollowUp,
        SEED_IDS.codeEscalated,
        SEED_IDS.codeResolvedJa,
      ].sort(),
    );
    // Not re-queued: the customer's side is over and no agent is alerted again.
    const legs = sim.engine.conversation(cid).participants.filter((p) => p.purpose === 'agent');
    expect(legs).toHaveLength(1);
    expect(legs[0]?.disconnectType).toBe('client');
  });

  it('opens the panel too when the customer leaves first', async () => {
    const core = await sim.startCore(SEED_IDS.agentAlex);
    const cid = await sim.pickUpNewChat(core);
    await sim.customerLeaves(cid);
    await waitFor(() => selectWrapupForm(core.store.getState(), cid)?.panelOpen, {
      what: 'the wrap-up panel',
    });
    expect(selectInteraction(core.store.getState(), cid)?.customer.left).toBe(true);
  });
});
