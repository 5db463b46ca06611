// A screen pop the CRM never answers fails after crmCallTimeoutMs, like any failed search:
// the pop ends "failed" with its warning, instead of "searching" for ever, and the chat works.
import type { CrmAdapter } from '../../ports/crmAdapter';
import { createRecordingCrm } from '../../../testing/recordingCrm';
import { startSimulator, SEED_IDS, type SimulatorSession } from '../../../testing/simulatorSession';
import { waitFor } from '../../../testing/waitFor';

let sim: SimulatorSession;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.stop();
});

describe('a screen pop that never answers', () => {
  it('ends failed with its warning, and the chat goes on', async () => {
    const recording = createRecordingCrm();
    const pops: string[] = [];
    const crm: CrmAdapter = {
      ...recording.crm,
      screenPop: (customer) => {
        pops.push(customer.conversationId);
        return new Promise(() => undefined);
      },
    };
    const core = await sim.startCore(SEED_IDS.agentAlex, { crm });
    const cid = await sim.pickUpNewChat(core);
    await waitFor(() => pops.includes(cid), { what: 'the screen pop' });
    await waitFor(() => core.store.getState().crm.entities[cid]?.status === 'failed', {
      what: 'the pop to give up',
    });
    const notice = Object.values(core.store.getState().notices.entities).find(
      (n) => n.key === 'notice.screenPopFailed' && n.conversationId === cid,
    );
    expect(notice?.detail).toMatch(/^The CRM did not answer in /);

    // The chat is unaffected: the reply goes out and lands on the platform.
    core.api.typeReply(cid, 'Still here to help.');
    core.api.sendReply(cid);
    await waitFor(() => core.store.getState().outbox.ids.length === 0, { what: 'the reply sent' });
    const bodies = sim.engine.conversation(cid).messages.map((m) => m.body);
    expect(bodies).toContain('Still here to help.');
  });
});
