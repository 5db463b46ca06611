// Rule 9: with call logging off the notes go to the platform's wrap-up; with it on they go
// to the CRM's activity record with everything about the chat, and not to the platform.
import { createMemoryStorage } from '../../ports/storage';
import {
  startSimulator,
  SEED_IDS,
  type SimulatorSession,
  type TestCore,
} from '../../../testing/simulatorSession';
import { waitFor } from '../../../testing/waitFor';

let sim: SimulatorSession;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.stop();
});

async function wrapUp(logging: boolean) {
  const core = await sim.startCore(SEED_IDS.agentAlex, { settings: { callLogging: logging } });
  const cid = await sim.pickUpNewChat(core, '佐藤 健');
  await sim.customerSays(cid, '注文が届きません');
  core.api.typeReply(cid, 'Let me check that for you.');
  core.api.sendReply(cid);
  await waitFor(() => core.store.getState().outbox.ids.length === 0, { what: 'the reply sent' });
  core.api.disconnect(cid);
  await waitFor(
    () => core.store.getState().wrapup.codesByQueue[SEED_IDS.queueSupport]?.status === 'loaded',
    {
      what: 'codes',
    },
  );
  core.api.chooseWrapupCode(cid, SEED_IDS.codeFollowUp);
  core.api.writeNotes(cid, 'Parcel lost; refund offered');
  core.api.finishWrapup(cid);
  await waitFor(() => core.store.getState().interactions.entities[cid] === undefined, {
    what: 'the release',
  });
  const leg = sim.engine.conversation(cid).participants.find((p) => p.purpose === 'agent');
  return { core, cid, leg };
}

describe('rule 9: notes and call logging', () => {
  it('stores the notes with the platform wrap-up when call logging is off', async () => {
    const { core, leg } = await wrapUp(false);
    expect(leg?.wrapup?.code).toBe(SEED_IDS.codeFollowUp);
    expect(leg?.wrapup?.notes).toBe('Parcel lost; refund offered');
    expect(core.crm.calls.logs).toEqual([]);
  });

  it('writes a CRM record with customer, queue, times, code, notes and transcript when on', async () => {
    const { core, cid, leg } = await wrapUp(true);
    expect(leg?.wrapup?.code).toBe(SEED_IDS.codeFollowUp);
    expect(leg?.wrapup?.notes ?? '').toBe('');
    await waitFor(() => core.crm.calls.logs.length === 1, { what: 'the CRM log' });
    const log = core.crm.calls.logs[0];
    expect(log).toMatchObject({
      conversationId: cid,
      customer: { name: '佐藤 健', email: 'jo@example.com' },
      queue: { id: SEED_IDS.queueSupport, name: 'Support' },
      agentName: 'Alex Morgan',
      wrapupCode: { id: SEED_IDS.codeFollowUp, name: 'Follow-up required' },
      notes: 'Parcel lost; refund offered',
    });
    expect(Date.parse(log?.endTime ?? '')).toBeGreaterThanOrEqual(
      Date.parse(log?.connectedTime ?? ''),
    );
    expect(log?.durationSeconds).toBeGreaterThanOrEqual(0);
    expect(log?.transcript.map((line) => [line.from, line.text])).toEqual([
      ['customer', 'Hello, anyone there?'],
      ['system', 'Alex Morgan joined the chat'],
      ['customer', '注文が届きません'],
      ['agent', 'Let me check that for you.'],
      ['system', 'Alex Morgan left the chat'],
    ]);
  });

  it('keeps the CRM log and retries it when the CRM fails', async () => {
    const core = await sim.startCore(SEED_IDS.agentAlex, { settings: { callLogging: true } });
    core.crm.failNextLogs(2);
    const cid = await sim.pickUpNewChat(core);
    core.api.disconnect(cid);
    await waitFor(
      () => core.store.getState().wrapup.codesByQueue[SEED_IDS.queueSupport]?.status === 'loaded',
      {
        what: 'codes',
      },
    );
    core.api.chooseWrapupCode(cid, SEED_IDS.codeResolved);
    core.api.finishWrapup(cid);
    await waitFor(() => core.crm.calls.logs.length === 1, { what: 'the CRM log after retries' });
    expect(core.crm.calls.logs[0]?.conversationId).toBe(cid);
    await waitFor(() => core.store.getState().outbox.ids.length === 0, { what: 'an empty outbox' });
  });

  it('after five failed tries keeps the log with a Retry on its notice, also after a reload', async () => {
    const storage = createMemoryStorage();
    const before = await sim.startCore(SEED_IDS.agentAlex, {
      storage,
      settings: { callLogging: true },
    });
    before.crm.failNextLogs(5);
    const cid = await sim.pickUpNewChat(before);
    before.api.disconnect(cid);
    await waitFor(
      () => before.store.getState().wrapup.codesByQueue[SEED_IDS.queueSupport]?.status === 'loaded',
      { what: 'codes' },
    );
    before.api.chooseWrapupCode(cid, SEED_IDS.codeResolved);
    before.api.writeNotes(cid, 'Only in the CRM');
    before.api.finishWrapup(cid);
    const retryOf = (core: TestCore) =>
      Object.values(core.store.getState().notices.entities).find(
        (notice) => notice.key === 'notice.crmLogFailed',
      )?.retryId;
    await waitFor(() => retryOf(before) !== undefined, { what: 'the notice after five tries' });
    expect(before.crm.calls.logs).toHaveLength(0);
    await before.api.stop();

    // After a reload the notice and its Retry are back; the CRM works again.
    const after = await sim.startCore(SEED_IDS.agentAlex, {
      storage,
      onQueue: false,
      settings: { callLogging: true },
    });
    const retry = retryOf(after);
    expect(retry).toBeDefined();
    after.api.retryOutboxItem(retry ?? '');
    await waitFor(() => after.crm.calls.logs.length === 1, { what: 'the log on Retry' });
    expect(after.crm.calls.logs[0]?.notes).toBe('Only in the CRM');
    await waitFor(() => after.store.getState().outbox.ids.length === 0, {
      what: 'an empty outbox',
    });
  });
});
