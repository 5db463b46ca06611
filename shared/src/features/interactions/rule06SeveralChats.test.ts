// Rule 6: with several connected chats the window shows one; it is connected and every
// other connected chat is held. Selecting another swaps them on the platform.
import { startSimulator, SEED_IDS, type SimulatorSession } from '../../../testing/simulatorSession';
import { waitFor } from '../../../testing/waitFor';
import type { TestCore } from '../../../testing/simulatorSession';
import { selectInteraction } from './interactionSelectors';

let sim: SimulatorSession;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.stop();
});

async function pickUpNext(core: TestCore, name: string) {
  return sim.pickUpNewChat(core, name);
}

const heldOnPlatform = (cid: string) =>
  sim.engine
    .conversation(cid)
    .participants.find((p) => p.purpose === 'agent' && p.state === 'connected')?.held;

describe('rule 6: several chats', () => {
  it('keeps the selected chat connected and holds the others, swapping on selection', async () => {
    const core = await sim.startCore(SEED_IDS.agentAlex);
    const first = await pickUpNext(core, 'First Customer');
    core.api.selectChat(first);
    const second = await pickUpNext(core, 'Second Customer');
    // Picked up while the first is shown: it waits held.
    await waitFor(() => selectInteraction(core.store.getState(), second)?.held === true, {
      what: 'second held',
    });
    expect(heldOnPlatform(first)).toBe(false);

    core.api.selectChat(second);
    await waitFor(
      () =>
        selectInteraction(core.store.getState(), first)?.held === true &&
        selectInteraction(core.store.getState(), second)?.held === false,
      { what: 'swap' },
    );
    expect(heldOnPlatform(first)).toBe(true);
    expect(heldOnPlatform(second)).toBe(false);
    expect(core.store.getState().interactions.selectedId).toBe(second);
  });

  it('never leaves two chats unheld when the agent clicks back and forth quickly', async () => {
    const core = await sim.startCore(SEED_IDS.agentAlex);
    const ids = [
      await pickUpNext(core, 'A'),
      await pickUpNext(core, 'B'),
      await pickUpNext(core, 'C'),
    ];
    for (let i = 0; i < 9; i += 1) core.api.selectChat(ids[i % 3] ?? '');
    const last = ids[2] ?? '';
    await waitFor(
      () =>
        ids.every((id) => heldOnPlatform(id) === (id !== last)) &&
        core.store.getState().interactions.selectedId === last,
      { what: 'settled selection' },
    );
    const unheld = ids.filter((id) => heldOnPlatform(id) === false);
    expect(unheld).toEqual([last]);
  });
});
