// Rule 3: after Pick up the chat is connected and stays listed; from the list the agent can
// transfer it (blind, to a queue or an agent) or disconnect it, which does not re-queue it.
import { startSimulator, SEED_IDS, type SimulatorSession } from '../../../testing/simulatorSession';
import { waitFor } from '../../../testing/waitFor';
import { displayState, selectInteraction } from './interactionSelectors';

let sim: SimulatorSession;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.stop();
});

async function pickedUp() {
  const core = await sim.startCore(SEED_IDS.agentAlex);
  return { core, cid: await sim.pickUpNewChat(core) };
}

describe('rule 3: picked up', () => {
  it('keeps a picked-up chat in the list, connected, waiting for the agent', async () => {
    const { core, cid } = await pickedUp();
    const interaction = selectInteraction(core.store.getState(), cid);
    expect(interaction === undefined ? undefined : displayState(interaction)).toBe('connected');
    expect(core.store.getState().interactions.openIds).toEqual([]);
  });

  it('sends one pick-up request for a double click', async () => {
    const core = await sim.startCore(SEED_IDS.agentAlex);
    const cid = await sim.startChat();
    await waitFor(() => selectInteraction(core.store.getState(), cid), { what: 'alert' });
    core.api.pickUp(cid);
    core.api.pickUp(cid);
    expect(core.store.getState().interactions.pending[cid]).toBe('pickUp');
    await waitFor(() => selectInteraction(core.store.getState(), cid)?.state === 'connected', {
      what: 'pick up',
    });
    const notices = Object.values(core.store.getState().notices.entities);
    expect(notices.filter((n) => n.kind === 'error' || n.kind === 'warning')).toEqual([]);
  });

  it('tells the agent when another client or agent got the chat first (409)', async () => {
    const core = await sim.startCore(SEED_IDS.agentAlex);
    const cid = await sim.startChat();
    const interaction = await waitFor(() => selectInteraction(core.store.getState(), cid), {
      what: 'alert',
    });
    // The alert times out on the platform before the click arrives.
    const leg = sim.engine
      .conversation(cid)
      .participants.find((p) => p.id === interaction.participantId);
    if (leg !== undefined) leg.state = 'disconnected';
    core.api.pickUp(cid);
    const notice = await waitFor(() => Object.values(core.store.getState().notices.entities)[0], {
      what: 'notice',
    });
    expect(notice.key).toBe('notice.pickUpConflict');
    expect(notice.detail).toMatch(/no longer alerting/);
  });

  it('transfers a connected chat to a queue from the list: it leaves this agent and alerts there', async () => {
    const { core, cid } = await pickedUp();
    const hanako = await sim.startCore(SEED_IDS.agentHanako);
    core.api.transfer(cid, { queueId: SEED_IDS.queueSales }, '販売 Sales');
    await waitFor(() => selectInteraction(core.store.getState(), cid) === undefined, {
      what: 'transfer',
    });
    const there = await waitFor(() => selectInteraction(hanako.store.getState(), cid), {
      what: 'alert there',
    });
    expect(there.state).toBe('alerting');
    expect(there.queue.name).toBe('販売 Sales');
    expect(Object.values(core.store.getState().notices.entities).map((n) => n.key)).toContain(
      'notice.transferred',
    );
  });

  it('transfers a connected chat to an agent, who gets it alerting', async () => {
    const { core, cid } = await pickedUp();
    const hanako = await sim.startCore(SEED_IDS.agentHanako, { onQueue: false });
    core.api.transfer(cid, { userId: SEED_IDS.agentHanako }, '山田 花子');
    await waitFor(() => selectInteraction(hanako.store.getState(), cid)?.state === 'alerting', {
      what: 'alert',
    });
    await waitFor(() => selectInteraction(core.store.getState(), cid) === undefined, {
      what: 'gone here',
    });
  });

  it('disconnects from the list without putting the chat back in a queue', async () => {
    const { core, cid } = await pickedUp();
    core.api.disconnect(cid);
    await waitFor(() => selectInteraction(core.store.getState(), cid)?.state === 'disconnected', {
      what: 'end',
    });
    const queue = sim.engine.snapshot().queues.find((q) => q.id === SEED_IDS.queueSupport);
    expect(queue?.waiting).toEqual([]);
    expect(sim.engine.conversation(cid).endTime).toBeDefined();
  });
});
