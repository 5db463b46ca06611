// Rule 1: a routed chat appears alerting with the customer's name and queue, and is never
// answered automatically unless auto-answer is on.
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

describe('rule 1: alerting', () => {
  it('shows a routed chat as alerting with the customer name and queue, and does not answer it', async () => {
    const core = await sim.startCore(SEED_IDS.agentAlex);
    const cid = await sim.startChat('田中 一郎');
    const interaction = await waitFor(() => selectInteraction(core.store.getState(), cid), {
      what: 'the alerting chat',
    });
    expect(displayState(interaction)).toBe('alerting');
    expect(interaction.customer.name).toBe('田中 一郎');
    expect(interaction.queue.name).toBe('Support');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(selectInteraction(core.store.getState(), cid)?.state).toBe('alerting');
    const leg = sim.engine.conversation(cid).participants.find((p) => p.purpose === 'agent');
    expect(leg?.state).toBe('alerting');
  });

  it('answers an alerting chat by itself when the admin turned auto-answer on', async () => {
    const core = await sim.startCore(SEED_IDS.agentAlex, { settings: { autoAnswer: true } });
    const cid = await sim.startChat();
    await waitFor(() => selectInteraction(core.store.getState(), cid)?.state === 'connected', {
      what: 'auto-answer',
    });
  });
});
