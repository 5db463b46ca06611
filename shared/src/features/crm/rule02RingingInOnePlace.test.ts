// Rule 2: each client has its own ringing setting; with two clients of one agent, only the
// one that rings tells its CRM to ring.
import { startSimulator, SEED_IDS, type SimulatorSession } from '../../../testing/simulatorSession';
import { waitFor } from '../../../testing/waitFor';

let sim: SimulatorSession;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.stop();
});

describe('rule 2: ringing in one place only', () => {
  it('rings in the client whose ringing is on and stays silent in the other', async () => {
    const ringing = await sim.startCore(SEED_IDS.agentAlex, { settings: { ringing: true } });
    const silent = await sim.startCore(SEED_IDS.agentAlex, {
      settings: { ringing: false },
      onQueue: false,
    });
    const cid = await sim.startChat();
    const lastOf = (core: typeof ringing) => core.crm.calls.attention.at(-1);
    await waitFor(() => lastOf(ringing)?.alerting === 1 && lastOf(silent)?.alerting === 1, {
      what: 'the alert in both clients',
    });
    expect(lastOf(ringing)).toMatchObject({ alerting: 1, ring: true });
    expect(lastOf(silent)).toMatchObject({ alerting: 1, ring: false });
    expect(silent.crm.calls.attention.some((a) => a.ring)).toBe(false);

    // Picking up in either client stops the ring everywhere.
    silent.api.pickUp(cid);
    await waitFor(() => lastOf(ringing)?.alerting === 0, { what: 'the ring to stop' });
    expect(lastOf(ringing)?.ring).toBe(false);
  });

  it('follows the agent turning ringing off in the running client', async () => {
    const core = await sim.startCore(SEED_IDS.agentAlex);
    await sim.startChat();
    await waitFor(() => core.crm.calls.attention.at(-1)?.ring, { what: 'ringing' });
    core.api.changeSettings({ ringing: false });
    await waitFor(() => core.crm.calls.attention.at(-1)?.ring === false, { what: 'silence' });
    expect(core.crm.calls.attention.at(-1)?.alerting).toBe(1);
  });
});
