// Rule 4: Chat on a connected interaction opens its window; its icon is "open" (orange)
// while the window is open.
import { startSimulator, SEED_IDS, type SimulatorSession } from '../../../testing/simulatorSession';
import { waitFor } from '../../../testing/waitFor';
import { selectIsOpen, selectSelectedId } from './interactionSelectors';

let sim: SimulatorSession;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.stop();
});

describe('rule 4: chat window', () => {
  it('opens the window of a connected chat, marks it open, and unmarks it on close', async () => {
    const core = await sim.startCore(SEED_IDS.agentAlex);
    const cid = await sim.pickUpNewChat(core);
    expect(selectIsOpen(core.store.getState(), cid)).toBe(false);
    core.api.selectChat(cid);
    await waitFor(() => selectIsOpen(core.store.getState(), cid), { what: 'open' });
    expect(selectSelectedId(core.store.getState())).toBe(cid);
    core.api.closeWindow(cid);
    expect(selectIsOpen(core.store.getState(), cid)).toBe(false);
  });

  it('drops the open marker when the chat ends', async () => {
    const core = await sim.startCore(SEED_IDS.agentAlex);
    const cid = await sim.pickUpNewChat(core);
    core.api.selectChat(cid);
    await waitFor(() => selectIsOpen(core.store.getState(), cid), { what: 'open' });
    await sim.customerLeaves(cid);
    await waitFor(() => !selectIsOpen(core.store.getState(), cid), { what: 'closed marker' });
  });
});
