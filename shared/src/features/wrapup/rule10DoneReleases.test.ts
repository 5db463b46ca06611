// Rule 10: Done with a code of the chat's queue sends the wrap-up and releases the chat;
// Done without a code is refused with a reason.
import { startSimulator, SEED_IDS, type SimulatorSession } from '../../../testing/simulatorSession';
import { waitFor } from '../../../testing/waitFor';
import { selectWrapupForm } from './wrapupSelectors';

let sim: SimulatorSession;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.stop();
});

async function disconnected(queueId: string = SEED_IDS.queueSupport) {
  const core = await sim.startCore(SEED_IDS.agentAlex);
  const cid = await sim.pickUpNewChat(core, undefined, queueId);
  core.api.disconnect(cid);
  await waitFor(() => core.store.getState().wrapup.codesByQueue[queueId]?.status === 'loaded', {
    what: 'codes',
  });
  return { core, cid };
}

describe('rule 10: Done releases', () => {
  it('refuses Done without a code and sends nothing', async () => {
    const { core, cid } = await disconnected();
    core.api.finishWrapup(cid);
    // Done may first wait for the platform's word that the wrap-up is owed (a busy machine).
    await waitFor(() => selectWrapupForm(core.store.getState(), cid)?.error === 'noCode', {
      what: 'the no-code refusal',
    });
    expect(core.store.getState().outbox.ids).toEqual([]);
    const leg = sim.engine.conversation(cid).participants.find((p) => p.purpose === 'agent');
    expect(leg?.wrapup).toBeUndefined();
  });

  it('refuses a code that is not assigned to the chat’s queue', async () => {
    const { core, cid } = await disconnected();
    core.api.chooseWrapupCode(cid, SEED_IDS.codeSpam);
    core.api.finishWrapup(cid);
    // Done may first wait for the platform's word that the wrap-up is owed (a busy machine).
    await waitFor(() => selectWrapupForm(core.store.getState(), cid)?.error === 'noCode', {
      what: 'the no-code refusal',
    });
    expect(core.store.getState().outbox.ids).toEqual([]);
  });

  it('sends the wrap-up once and removes the chat from the list', async () => {
    const { core, cid } = await disconnected(SEED_IDS.queueSales);
    core.api.chooseWrapupCode(cid, SEED_IDS.codeCallbackJa);
    core.api.finishWrapup(cid);
    core.api.finishWrapup(cid);
    await waitFor(
      () =>
        selectWrapupForm(core.store.getState(), cid)?.submission === 'pending' ||
        core.store.getState().interactions.entities[cid] === undefined,
      { what: 'the wrap-up pending' },
    );
    expect(core.store.getState().outbox.ids.length).toBeLessThanOrEqual(1);
    await waitFor(() => core.store.getState().interactions.entities[cid] === undefined, {
      what: 'the release',
    });
    const leg = sim.engine.conversation(cid).participants.find((p) => p.purpose === 'agent');
    expect(leg?.state).toBe('terminated');
    expect(leg?.wrapup?.name).toBe('折り返し連絡');
    expect(selectWrapupForm(core.store.getState(), cid)).toBeUndefined();
    expect(core.store.getState().outbox.ids).toEqual([]);
  });
});
